"""Pickup page: counter pickups (find, hold, hand over, print the slip) and the Returns list.

A scan while the page shows looks the code up (the customer's QR, a pickup code, a
tracking number); on the Returns tab a scan marks the parcel as taken by the
carrier's van. Keys: Ctrl+F search, F2 hand over, F3 hold for pickup, F4 print slip.

Every look-up and every change goes through the operation runner; the lists refresh
from change notices (parcels; settings: the dwell limit).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopapp.changes import Changes
from shopapp.clock import ms_to_next_day
from shopapp.delivery import attempts, pickup
from shopapp.delivery.pickup import PickupItem
from shopapp.delivery.signature import check_signature
from shopapp.parcels import lifecycle

from shopapp.ui.appearance import status_colours
from shopapp.ui.context import AppContext
from shopapp.ui.messages import error_text
from shopapp.ui.names import status_name
from shopapp.ui.operations import Job
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.printing.pickup_slip import PickupSlip, local_date, write_pickup_slip
from shopapp.ui.widgets.banner import BAD, GOOD, INFO, WARN, show_banner
from shopapp.ui.widgets.outcome_dialogs import HandoverDialog, ProofDialog
from shopapp.ui.widgets.returns_panel import ReturnsPanel
from shopapp.ui.widgets.tables import readonly_table

log = logging.getLogger(__name__)
_STYLE = (
    "QPushButton { font-size: 15pt; min-height: 52px; padding: 2px 12px; }"
    "QLineEdit { font-size: 16pt; min-height: 48px; }"
    "QTableWidget { font-size: 13pt; } QHeaderView::section { font-size: 12pt; padding: 6px; }"
    "QTabBar::tab { font-size: 14pt; padding: 10px 22px; }"
)


# What a parcel's pickup changes: its status (parcels) and an event to send (outbox).
RECORDED = Changes.PARCELS | Changes.OUTBOX


@dataclass(frozen=True)
class DwellMoved:
    """The parcels the dwell limit moved to the returns (changes only when there are some)."""

    moved: list[str]

    @property
    def changes(self) -> Changes:
        return RECORDED if self.moved else Changes.NONE


@dataclass(frozen=True)
class SlipData:
    item: PickupItem
    shop_name: str


def waited_text(widget: QWidget, waited: timedelta | None) -> str:
    """'3 d 4 h', '5 h 10 min', '12 min' ('' when not held)."""
    if waited is None:
        return ""
    minutes = int(waited.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("PickupPage", "{0} d {1} h").format(days, hours)
    if hours:
        return QCoreApplication.translate("PickupPage", "{0} h {1} min").format(hours, mins)
    return QCoreApplication.translate("PickupPage", "{0} min").format(mins)


class PickupPage(PageWidget):
    """Counter pickup and returns.

    Attributes:
        open_pdfs: open a printed slip in the system's PDF viewer (off in tests).
        last_slip: the PDF written last.
    """

    takes_scans = True

    handed_over = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("pickupPage")
        self.setStyleSheet(_STYLE)
        self.open_pdfs = True
        self.last_slip: Path | None = None
        self.last_slip_data: PickupSlip | None = None  # to print it again
        self.items: list[PickupItem] = []
        self.dialog: ProofDialog | None = None
        self._asked = 0  # the latest look-up asked for; older answers are dropped

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_counter(), self.tr("Counter pickup"))
        self.returns = ReturnsPanel(context)
        self.tabs.addTab(self.returns, self.tr("Returns to carrier"))
        self.returns.changed.connect(self._update_tab_titles)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h1>" + self.tr("Pickup and returns") + "</h1>"))
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.search)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        # Each button and its menu entry are one action (with its key).
        for name, text, key, slot, button in (
            ("handOver", self.tr("Hand over…"), "F2", self.hand_over, self.handover_button),
            ("holdForPickup", self.tr("Hold for pickup"), "F3", self.hold, self.hold_button),
            ("printSlip", self.tr("Print pickup slip"), "F4", self.print_slip, self.slip_button),
            ("findParcel", self.tr("Find a parcel"), "Ctrl+F", self._focus_search, None),
        ):
            self.page_action(name, text, key, slot, button=button)
        self._midnight = QTimer(self, singleShot=True)
        self._midnight.timeout.connect(self._new_day)
        self._wait_for_midnight()
        self.apply_dwell_limit()  # then the lists show

    def _build_counter(self) -> QWidget:
        page = QWidget()
        self.search = QLineEdit()
        self.search.setObjectName("pickupSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find a parcel"))
        self.search.setPlaceholderText(
            self.tr("Name, tracking number or pickup code, or scan the customer's QR code")
        )
        self.banner = QLabel()
        self.banner.setObjectName("pickupBanner")
        self.banner.setWordWrap(True)
        self.table = readonly_table(
            [
                self.tr("Recipient"),
                self.tr("Tracking number"),
                self.tr("Status"),
                self.tr("Pickup code"),
                self.tr("Waiting"),
                self.tr("Shelf"),
            ],
            "pickupTable",
            self.tr("Parcels found"),
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # The name takes what is left; the codes and the status are never cut (a short
        # list: sizing to contents costs nothing here).
        header = self.table.horizontalHeader()
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.detail = QLabel()
        self.detail.setObjectName("pickupDetail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("font-size: 14pt")
        self.handover_button = QPushButton(self.tr("F2  Hand over…"))
        self._style_handover()
        self.hold_button = QPushButton(self.tr("F3  Hold for pickup"))
        self.slip_button = QPushButton(self.tr("F4  Print pickup slip"))
        buttons = QHBoxLayout()
        for button in (self.handover_button, self.hold_button, self.slip_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.search)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        show_banner(self.banner, self.tr("Find the parcel, or scan the customer's code."), INFO)
        return page

    def _style_handover(self) -> None:
        good = status_colours().good_text
        self.handover_button.setStyleSheet(
            f"QPushButton:enabled {{ color: {good}; font-weight: bold }}"
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "handover_button"):
            self._style_handover()  # light <-> dark

    # -- finding ------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Look the search up again; `then` runs once the parcels found show."""
        if self.context.ops.closed:  # a search typed as the window closed
            return
        query = self.search.text()
        self._asked += 1
        asked = self._asked
        self.context.ops.read(
            lambda job: pickup.find_for_pickup(job.store, query),
            owner=self,
            done=lambda items: self._found(asked, items, then),
            failed=lambda error: self._say(error_text(error), BAD),
        )

    def _found(
        self, asked: int, items: list[PickupItem], then: Callable[[], None] | None
    ) -> None:
        if asked != self._asked:
            return  # the search changed meanwhile
        selected = self.selected()
        self.items = items
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = (
                item.recipient,
                item.tracking_number,
                status_name(item.status),
                pickup.format_code(item.pickup_code) if item.pickup_code else "",
                waited_text(self, item.waited),
                item.shelf_slot or "",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.status == lifecycle.HELD_FOR_PICKUP:
                    font = cell.font()
                    font.setBold(column in (0, 3))
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        keep = next(
            (r for r, i in enumerate(self.items) if selected and i.tracking_number == selected),
            0 if self.items else -1,
        )
        if keep >= 0:
            self.table.selectRow(keep)
        else:
            self.table.clearSelection()
        self._selection_changed()
        self._update_tab_titles()
        if then is not None:
            then()

    def _say(self, sentence: str, colour: str) -> None:
        show_banner(self.banner, sentence, colour)

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.items):
            return None
        return self.items[rows[0].row()].tracking_number

    def selected_item(self) -> PickupItem | None:
        number = self.selected()
        return next((i for i in self.items if i.tracking_number == number), None)

    def _selection_changed(self) -> None:
        item = self.selected_item()
        status = item.status if item else None
        self.handover_button.setEnabled(status in (lifecycle.HELD_FOR_PICKUP, lifecycle.RECEIVED))
        self.hold_button.setEnabled(status in pickup.HOLDABLE)
        self.slip_button.setEnabled(status == lifecycle.HELD_FOR_PICKUP)
        if item is None:
            self.detail.setText(self.tr("No parcel found.") if self.search.text().strip() else "")
            return
        text = self.tr("{0} for {1}: {2}").format(
            item.tracking_number, item.recipient or "?", status_name(item.status)
        )
        if item.held_since:
            text += "\n" + self.tr("Waiting {0} (since {1}); collect by {2}.").format(
                waited_text(self, item.waited),
                local_date(item.held_since),
                local_date(item.collect_by),
            )
        self.detail.setText(text)

    def handle_scan(self, code: str) -> None:
        """A scan while the page shows: a lookup, or on the Returns tab a return."""
        if self.tabs.currentWidget() is self.returns:
            self.returns.handle_scan(code)
            return
        self.search.blockSignals(True)
        code_only = pickup.parse_pickup_code(code)
        self.search.setText(pickup.format_code(code_only) if code_only else code.strip())
        self.search.blockSignals(False)
        self._debounce.stop()
        self.refresh(then=lambda: self._scanned(code.strip()))

    def _scanned(self, code: str) -> None:
        if len(self.items) == 1:
            item = self.items[0]
            self._say(
                self.tr("Found: {0} for {1} ({2})").format(
                    item.tracking_number, item.recipient, status_name(item.status)
                ),
                GOOD if item.status == lifecycle.HELD_FOR_PICKUP else WARN,
            )
        elif not self.items:
            self._say(self.tr("Nothing found for {0}.").format(code), BAD)

    # -- actions ------------------------------------------------------------------------

    def hold(self) -> None:
        item = self.selected_item()
        if item is None or item.status not in pickup.HOLDABLE:
            return
        number = item.tracking_number
        self.context.ops.write(
            lambda job: pickup.hold_for_pickup(job.store, number),
            owner=self,
            done=lambda code: self._say(
                self.tr("Held for {0}: pickup code {1}. F4 prints the slip.").format(
                    item.recipient, pickup.format_code(code)
                ),
                GOOD,
            ),
            failed=lambda error: self._say(error_text(error), BAD),
            changes=RECORDED,
        )

    def hand_over(self) -> None:
        item = self.selected_item()
        if item is None or item.status not in (lifecycle.HELD_FOR_PICKUP, lifecycle.RECEIVED):
            return
        dialog = HandoverDialog(
            self.tr("{0} for {1}").format(item.tracking_number, item.recipient or "?"),
            item.recipient,
            self,
            ops=self.context.ops,
        )
        number, status = item.tracking_number, item.status

        def prepare() -> Callable[[Job], object]:
            """Read on the UI thread what was typed; the signature is checked here, before
            the hold below, so that a refusal writes nothing."""
            signature = dialog.signature.pad.signature()
            check_signature(signature)
            name, id_check = dialog.name.text(), dialog.id_check_code()

            def record(job: Job) -> object:
                if status == lifecycle.RECEIVED:  # on the shelf, collected at once
                    pickup.hold_for_pickup(job.store, number)
                return pickup.hand_over(
                    job.store, job.paths, number, name=name, signature=signature,
                    id_check=id_check,
                )

            return record

        dialog.set_operation(self.context.ops, prepare)
        dialog.accepted.connect(lambda: self._handed_over(item, dialog.name.text().strip()))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: ProofDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.window().activateWindow()
        self.search.setFocus()

    def _handed_over(self, item: PickupItem, name: str) -> None:
        self._say(self.tr("Handed over: {0} to {1}.").format(item.tracking_number, name), GOOD)
        self.handed_over.emit(item.tracking_number)

    def print_slip(self) -> None:
        """Write the selected parcel's pickup slip (a PDF; `last_slip`) and open it."""
        item = self.selected_item()
        if item is None or item.status != lifecycle.HELD_FOR_PICKUP:
            return
        number, has_code = item.tracking_number, bool(item.pickup_code)

        def gather(job: Job) -> SlipData:
            if not has_code:  # held by another path, without a code yet
                pickup.ensure_pickup_code(job.store, number)
            return SlipData(pickup.pickup_item(job.store, number), pickup.shop_name(job.store))

        run = self.context.ops.read if has_code else self.context.ops.write
        run(
            gather,
            owner=self,
            done=self._write_slip,
            failed=self._slip_failed,
            changes=Changes.NONE if has_code else Changes.PARCELS,
        )

    def _write_slip(self, data: SlipData) -> None:
        slip = PickupSlip.from_item(data.item, data.shop_name)
        target = self.context.paths.root / "slips" / f"pickup-{data.item.tracking_number}.pdf"
        try:  # on the UI thread: the slip is painted with Qt (QPdfWriter)
            self.last_slip = write_pickup_slip(target, slip)
        except OSError as error:
            self._slip_failed(error)
            return
        self._say(self.tr("Slip ready: {0}").format(self.last_slip), GOOD)
        self.last_slip_data = slip
        if self.open_pdfs:  # the PDF is kept; the print dialog opens on the document printer
            self.print_last_slip()

    def print_last_slip(self, printer: QPrinter | None = None) -> bool:
        """Print the slip written last: on `printer`, else the one chosen in the print
        dialog (it opens on the `document_printer` setting), off the UI thread (asking the
        print system about the printer may take a moment). True once it is on its way."""
        from shopapp.ui.printing.dialog import ask_printer, check_printer, finished
        from shopapp.ui.printing.pickup_slip import print_pickup_slip

        slip = self.last_slip_data
        if slip is None:
            return False
        chosen = printer or ask_printer(
            self, str(self.context.setting("document_printer")), self.tr("Print the pickup slip")
        )
        if chosen is None:
            return False

        def work(_job: Job) -> str:  # QPainter on a QPrinter: fine off the UI thread
            check_printer(chosen)
            finished(chosen, print_pickup_slip(chosen, slip))
            return chosen.printerName() or chosen.outputFileName()

        self.context.ops.network(
            work,
            owner=self,
            done=lambda where: self._say(self.tr("Slip sent to {0}").format(where), GOOD),
            failed=lambda error: self._say(error_text(error), BAD),
        )
        return True

    def _slip_failed(self, error: BaseException) -> None:
        self._say(
            self.tr("The slip could not be written: {0}").format(error_text(error)), BAD
        )

    # -- the page -----------------------------------------------------------------------

    def _update_tab_titles(self) -> None:
        count = len(self.returns.items)
        title = self.tr("Returns to carrier")
        self.tabs.setTabText(1, f"{title} ({count})" if count else title)

    def apply_changes(self, changes: Changes) -> None:
        if self.context.ops.closed:  # the window is closing: a late notice
            return
        if Changes.SETTINGS in changes:
            self.apply_dwell_limit()  # the limit may have changed; then the lists show
        elif Changes.PARCELS in changes:
            self.returns.refresh()
            self.refresh()

    def apply_dwell_limit(self) -> None:
        """Held parcels that waited longer than the dwell limit go to the returns; then
        both lists are read again. Run when the page is made, when the settings change and
        at midnight (a time rule: nothing announces a parcel that has just waited too long)."""
        self.context.ops.write(
            lambda job: DwellMoved(attempts.apply_dwell_limit(job.store)),
            owner=self,
            done=self._dwell_applied,
            failed=lambda error: self._say(error_text(error), BAD),
        )

    def _wait_for_midnight(self) -> None:
        self._midnight.start(ms_to_next_day())

    def _new_day(self) -> None:
        """A new day: parcels held since long enough have waited too long now."""
        if self.context.ops.closed:
            return
        self._wait_for_midnight()
        self.apply_dwell_limit()

    def _dwell_applied(self, result: DwellMoved) -> None:
        self.returns.refresh()
        self.refresh()
        moved = len(result.moved)
        if moved:
            self._say(
                self.tr("%n parcel(s) waited too long and moved to the returns.", "", moved), WARN
            )

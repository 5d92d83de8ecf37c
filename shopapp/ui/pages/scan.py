"""Scan page: check parcels in at the counter, with feedback readable from two metres.

Every scan (the app-wide scanner filter, a serial scanner, the manual field or a batch
file) goes through `handle_scan`, which commits the check-in (shopapp.counter) before
it shows the result: a big panel whose colour, symbol and word say what happened, the
shelf slot and the recipient, and a sound per class. The tally and the list of parcels
not scanned yet follow a moment later, off the scan's path.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from shopapp import settings
from shopapp.counter import (
    CheckInOutcome,
    Outcome,
    Tally,
    check_in,
    mark_damaged,
    missing_parcels,
    tally,
    undo_last_scan,
)
from shopapp.counter.batch import import_scans, read_batch_file
from shopapp.errors import ShopAppError
from shopapp.labels import LabelContentError, ShelfLabel, short_name

from shopapp.ui.context import AppContext
from shopapp.ui.errors import error_text
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.sounds import SoundPlayer, make_sound_player

log = logging.getLogger(__name__)

MISSING_SHOWN = 500
TALLY_DELAY_MS = 400  # the tally waits for a pause in the scanning (at most this long)


@dataclass(frozen=True)
class Look:
    """How a panel state looks: background, text colour, symbol."""

    background: str
    foreground: str
    symbol: str


# Colours with a symbol and a word each: colour is never the only signal. Text on
# green and red is white, on amber black (WCAG contrast above 4.5:1 for each pair).
LOOKS: dict[str, Look] = {
    "idle": Look("#37474f", "#ffffff", "▶"),
    "received": Look("#1b7a34", "#ffffff", "✔"),
    "already_received": Look("#f2b600", "#111111", "↻"),
    "not_on_manifest": Look("#f2b600", "#111111", "?"),
    "outside_radius": Look("#f2b600", "#111111", "⚠"),
    "invalid": Look("#c62828", "#ffffff", "✖"),
    "confirm": Look("#f2b600", "#111111", "?"),
    "undone": Look("#1f5fa8", "#ffffff", "↶"),
    "failed": Look("#c62828", "#ffffff", "✖"),
}


class ResultPanel(QFrame):
    """The big coloured answer: symbol and word, shelf slot, recipient, detail."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("scanResult")
        self.setAccessibleName(self.tr("Scan result"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(380)
        self.headline = QLabel()
        self.slot = QLabel()
        self.recipient = QLabel()
        self.detail = QLabel()
        self.number = QLabel()
        for label, px, bold in (
            (self.headline, 56, True),
            (self.slot, 150, True),
            (self.recipient, 44, True),
            (self.number, 26, False),
            (self.detail, 24, False),
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(label is self.detail or label is self.recipient)
            font = label.font()
            font.setPixelSize(px)
            font.setBold(bold)
            label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.headline)
        layout.addWidget(self.slot, 1)
        layout.addWidget(self.recipient)
        layout.addWidget(self.number)
        layout.addWidget(self.detail)
        self.state = ""

    def show_state(
        self,
        state: str,
        headline: str,
        slot: str = "",
        recipient: str = "",
        number: str = "",
        detail: str = "",
    ) -> None:
        look = LOOKS[state]
        if state != self.state:
            self.state = state
            self.setStyleSheet(
                f"#scanResult {{ background: {look.background}; border-radius: 10px; }}"
                f"#scanResult QLabel {{ color: {look.foreground}; background: transparent; }}"
            )
        self.headline.setText(f"{look.symbol}  {headline}")
        self.slot.setText(slot)
        self.slot.setVisible(bool(slot))
        self.recipient.setText(recipient)
        self.recipient.setVisible(bool(recipient))
        self.number.setText(number)
        self.number.setVisible(bool(number))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleDescription(" ".join(p for p in (headline, slot, recipient, detail) if p))


def grouped(number: str | None) -> str:
    """A tracking number in groups of four, easier to compare by eye."""
    if not number:
        return ""
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


class ScanPage(PageWidget):
    """The counter's scan-in page.

    Signals:
        scan_handled(object): the CheckInOutcome of each scan, after it is shown.
        import_finished(object): the summary dict of a batch import (or the error).
    """

    takes_scans = True

    scan_handled = Signal(object)
    import_finished = Signal(object)
    _import_result = Signal(object)

    def __init__(self, context: AppContext, sounds: SoundPlayer | None = None) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("scanPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # F9 and Ctrl+Z work on the page
        self.last: CheckInOutcome | None = None
        self.last_latency_s = 0.0
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scan-import")
        with context.store.read() as session:
            values = settings.get_all(session)
        self.label_size = str(values["label_size"])
        self.print_on_scan = bool(values["print_label_on_scan"])
        self.zpl_printer = str(values["zpl_printer"])
        self.sounds = sounds or make_sound_player(
            context.paths.root, float(values["sound_volume"]), bool(values["sound_muted"]), self
        )

        self.panel = ResultPanel()
        self.panel.show_state("idle", self.tr("Ready: scan a parcel"))

        self.tally_label = QLabel()
        self.tally_label.setObjectName("scanTally")
        self.tally_label.setAccessibleName(self.tr("Tally"))
        self.tally_label.setStyleSheet("font-size: 24px; font-weight: bold; padding: 6px;")
        self.tally_label.setWordWrap(True)

        self.note = QLabel()  # what Damaged / Undo did, or a problem
        self.note.setObjectName("scanNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("font-size: 22px; font-weight: bold; padding: 4px;")

        self.manual = QLineEdit()
        self.manual.setObjectName("manualEntry")
        self.manual.setPlaceholderText(self.tr("Type a tracking number that will not scan"))
        self.manual.setAccessibleName(self.tr("Manual entry"))
        self.manual.setStyleSheet("font-size: 20px; padding: 6px;")
        self.manual.returnPressed.connect(self._manual_entry)
        self.check_in_button = self._button(self.tr("Check in"), self._manual_entry)
        self.damaged_button = self._button(self.tr("Damaged (F9)"), self.mark_damaged)
        self.undo_button = self._button(self.tr("Undo last scan (Ctrl+Z)"), self.undo_last)
        self.label_button = self._button(self.tr("Shelf label…"), self.show_label)
        self.import_button = self._button(self.tr("Import batch file…"), self.choose_batch_file)
        # Shown only while a scan waits for the shopkeeper's word (Outcome.CONFIRM).
        self.confirm_button = self._button(
            self.tr("Same number: receive it (F8)"), self.confirm_pending
        )
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.hide()
        self._pending_confirm: str | None = None
        self._set_last(None)

        self.missing_title = QLabel()
        self.missing_title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.missing = QListWidget()
        self.missing.setObjectName("missingList")
        self.missing.setAccessibleName(self.tr("Parcels not scanned yet"))
        self.missing.setStyleSheet("font-size: 17px;")
        self.missing.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        entry = QHBoxLayout()
        entry.addWidget(self.manual, 1)
        entry.addWidget(self.check_in_button)
        actions = QHBoxLayout()
        for button in (
            self.confirm_button,
            self.damaged_button,
            self.undo_button,
            self.label_button,
            self.import_button,
        ):
            actions.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.panel, 1)
        left.addWidget(self.tally_label)
        left.addWidget(self.note)
        left.addLayout(actions)
        left.addLayout(entry)
        right = QVBoxLayout()
        right.addWidget(self.missing_title)
        right.addWidget(self.missing, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 1)

        for keys, slot in (
            (QKeySequence(Qt.Key.Key_F9), self.mark_damaged),
            (QKeySequence(Qt.Key.Key_F8), self.confirm_pending),
            (QKeySequence.StandardKey.Undo, self.undo_last),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(TALLY_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_due)
        self._missing_items: dict[str, QListWidgetItem] = {}
        self._list_stale = True
        self._import_result.connect(self._import_done)
        self.refresh()

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(56)
        button.setStyleSheet("font-size: 18px; padding: 6px 14px;")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click must not steal the focus
        button.clicked.connect(slot)
        return button

    # -- scanning ---------------------------------------------------------------

    def handle_scan(self, code: str, confirmed: bool = False) -> CheckInOutcome | None:
        """Check one scanned code in and show the result; connect the scanner here.

        `confirmed`: the shopkeeper says a label whose check digit failed is the
        manifest's parcel (the answer to a CONFIRM outcome).
        """
        started = time.perf_counter()
        self._set_pending_confirm(None)  # a new scan answers the question by moving on
        try:
            outcome = check_in(self.context.store, code, confirmed=confirmed)
        except ShopAppError as error:  # disk full, no profile: nothing was saved
            self.panel.show_state(
                "failed",
                self.tr("NOT SAVED"),
                recipient=str(error),
                detail=self.tr("The scan was not recorded: fix this, then scan the parcel again."),
            )
            self.sounds.play("error")
            self.note.setText("")
            self.last_latency_s = time.perf_counter() - started
            return None
        self.show_outcome(outcome)
        if outcome.outcome is Outcome.CONFIRM:
            self._set_pending_confirm(code)
        if not outcome.repeat:
            self.sounds.play(str(outcome.severity))
        if outcome.tracking_number is not None:
            self._set_last(outcome)
        if self.print_on_scan and outcome.recorded:
            self._print_in_background()
        self.last_latency_s = time.perf_counter() - started
        if outcome.recorded and outcome.tracking_number in self._missing_items:
            # Off the list at once; the full list is re-read only after undo or import.
            item = self._missing_items.pop(outcome.tracking_number)
            self.missing.takeItem(self.missing.row(item))
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()
        self.scan_handled.emit(outcome)
        return outcome

    def show_outcome(self, outcome: CheckInOutcome) -> None:
        """Put one outcome on the panel (translated here, by outcome and fields)."""
        slot = outcome.shelf_slot or ""
        number = grouped(outcome.tracking_number)
        recipient = outcome.recipient
        kind = outcome.outcome
        if kind is Outcome.RECEIVED:
            self.panel.show_state(
                "received",
                self.tr("RECEIVED"),
                slot,
                recipient,
                number,
                self.tr("Put it on shelf {0}.").format(slot),
            )
        elif (
            kind is Outcome.ALREADY_RECEIVED
            and outcome.repeat
            and self.last is not None
            and (self.last.tracking_number == outcome.tracking_number)
        ):
            self.note.setText(self.tr("Scanned twice: counted once."))
        elif kind is Outcome.ALREADY_RECEIVED:
            if outcome.status in ("received", "held_for_pickup", "return_pending"):
                detail = self.tr(
                    "Scanned in before: it belongs on shelf {0}. Nothing new was recorded."
                ).format(slot or "?")
            else:
                detail = self.tr(
                    "This parcel is marked \u201c{0}\u201d: it should not be here. "
                    "Set it aside and check it on the Parcels page."
                ).format((outcome.status or "").replace("_", " "))
            self.panel.show_state(
                "already_received", self.tr("ALREADY RECEIVED"), slot, recipient, number, detail
            )
        elif kind is Outcome.NOT_ON_MANIFEST:
            self.panel.show_state(
                "not_on_manifest",
                self.tr("NOT ON MANIFEST"),
                slot,
                self.tr("Unknown recipient"),
                number,
                self.tr(
                    "Kept as an unexpected parcel: put it on shelf {0} and add its address "
                    "when you have a moment."
                ).format(slot),
            )
        elif kind is Outcome.CONFIRM:
            self.panel.show_state(
                "confirm",
                self.tr("CHECK THE NUMBER"),
                "",
                recipient,
                number,
                self.tr(
                    "The label's check digit is wrong, but this number is on the manifest. "
                    "Compare it with the label: the same? Press F8 to receive it. "
                    "Not the same? Scan again."
                ),
            )
        elif kind is Outcome.OUTSIDE_RADIUS:
            km = (outcome.distance_m or 0) / 1000
            self.panel.show_state(
                "outside_radius",
                self.tr("OUTSIDE RADIUS"),
                slot,
                recipient,
                number,
                self.tr(
                    "{0:.1f} km away: set it aside on the returns shelf {1} for the carrier."
                ).format(km, slot),
            )
        else:
            read = outcome.raw.strip()
            self.panel.show_state(
                "invalid",
                self.tr("INVALID CODE"),
                recipient=self._invalid_message(outcome),
                number=self.tr("Read: {0}").format(read[:40] + ("…" if len(read) > 40 else ""))
                if read
                else "",
                detail=self.tr("Nothing was recorded. Scan again or type the number below."),
            )
        if not outcome.repeat:
            self.note.setText("")

    def _invalid_message(self, outcome: CheckInOutcome) -> str:
        messages = {
            "empty": self.tr("Nothing was read: scan the label again."),
            "garbage": self.tr(
                "The scanner sent unreadable characters: scan again; if it "
                "keeps happening, check the scanner's keyboard layout."
            ),
            "check_digit": self.tr("Check digit wrong: scan again or type it."),
            "truncated": self.tr("Only part of the code was read: scan again or type it."),
            "two_labels": self.tr(
                "Two labels were read as one: cover the other label with your hand and scan again."
            ),
            "not_a_parcel": self.tr(
                "This is a product barcode, not a parcel label: scan the carrier's label."
            ),
            "unknown_format": self.tr(
                "Not a parcel label this shop knows: check the label or type the tracking number."
            ),
        }
        return messages.get(outcome.error_code or "", outcome.message)

    def _set_pending_confirm(self, code: str | None) -> None:
        self._pending_confirm = code
        self.confirm_button.setVisible(code is not None)

    def confirm_pending(self) -> None:
        """Receive the parcel of the label the shopkeeper has compared with the manifest."""
        code = self._pending_confirm
        if code is not None:
            self.handle_scan(code, confirmed=True)

    def _manual_entry(self) -> None:
        text = self.manual.text().strip()
        if text:
            self.manual.clear()
            self.handle_scan(text)

    def _set_last(self, outcome: CheckInOutcome | None) -> None:
        self.last = outcome
        has_parcel = outcome is not None and outcome.tracking_number is not None
        self.damaged_button.setEnabled(has_parcel)
        self.label_button.setEnabled(has_parcel)
        self.undo_button.setEnabled(
            outcome is not None
            and outcome.outcome in (Outcome.RECEIVED, Outcome.NOT_ON_MANIFEST)
            and outcome.recorded
        )

    # -- actions on the parcel just scanned -----------------------------------------

    def mark_damaged(self) -> None:
        if self.last is None or self.last.tracking_number is None:
            return
        number = self.last.tracking_number
        try:
            result = mark_damaged(self.context.store, number)
        except ShopAppError as error:
            self.note.setText(error_text(error))
            self.sounds.play("error")
            return
        if (
            self.panel.state
            in ("received", "already_received", "not_on_manifest", "outside_radius")
            and self.tr(" · DAMAGED") not in self.panel.headline.text()
        ):
            self.panel.headline.setText(self.panel.headline.text() + self.tr(" · DAMAGED"))
            self.panel.detail.setText(
                self.tr("⚠ Damage noted: the carrier is told at the next sync.")
            )
        if result.recorded:
            self.note.setText(self.tr("⚠ DAMAGED noted on {0}.").format(grouped(number)))
        else:
            self.note.setText(self.tr("Damage was already noted on {0}.").format(grouped(number)))
        self.sounds.play("warning")
        self._refresh_timer.start()

    def undo_last(self) -> None:
        if self.last is None or not self.undo_button.isEnabled():
            return
        number = self.last.tracking_number or ""
        try:
            result = undo_last_scan(self.context.store, number)
        except ShopAppError as error:
            self.note.setText(error_text(error))
            self.sounds.play("error")
            return
        self.panel.show_state(
            "undone",
            self.tr("SCAN UNDONE"),
            self.last.shelf_slot or "",
            self.last.recipient,
            grouped(number),
            self.tr("Take the parcel off shelf {0}: it counts as not scanned again.").format(
                self.last.shelf_slot or "?"
            ),
        )
        log.info("scan of %s undone (%s)", number, result.event_type)
        self.note.setText("")
        self.sounds.play("warning")
        self._set_last(None)
        self._list_stale = True
        self._refresh_timer.start()

    def shelf_label(self) -> ShelfLabel | None:
        """The shelf label of the parcel just scanned (None: nothing to label)."""
        last = self.last
        if last is None or last.tracking_number is None:
            return None
        try:
            return ShelfLabel(
                last.tracking_number,
                short_name(last.recipient) or "?",
                last.shelf_slot or "",
                None,
                date.today(),
            )
        except LabelContentError as error:
            self.note.setText(str(error))
            return None

    def show_label(self) -> None:
        label = self.shelf_label()
        if label is None:
            return
        from shopapp.ui.printing.preview import LabelPreviewDialog

        LabelPreviewDialog(label, self.label_size, self.context.paths.root, self).open()

    def _print_in_background(self) -> None:
        """The label of the parcel just scanned, to the ZPL printer or a PDF file."""
        label = self.shelf_label()
        if label is None:
            return
        from shopapp.ui.printing.preview import print_label

        self._executor.submit(
            print_label, label, self.label_size, self.zpl_printer, self.context.paths.root
        )

    # -- tally and missing list --------------------------------------------------------

    def _refresh_due(self) -> None:
        self.refresh(full=self._list_stale)

    def refresh(self, full: bool = True) -> None:
        """Re-read the tally, and with `full` the list of parcels not scanned yet.

        The tally is one SQL pass (milliseconds); the list is rebuilt only when asked,
        since a scan takes its parcel off the list directly.
        """
        try:
            counts = tally(self.context.store)
            missing = missing_parcels(self.context.store, limit=MISSING_SHOWN) if full else None
        except ShopAppError as error:
            self.tally_label.setText(str(error))
            return
        self.show_tally(counts)
        self.missing_title.setText(self.tr("Not scanned yet: {0}").format(counts.missing))
        if missing is None:
            return
        self._list_stale = False
        self.missing.clear()
        self._missing_items.clear()
        for parcel in missing:
            same_day = self.tr("SAME DAY  ") if parcel.service == "same-day" else ""
            item = QListWidgetItem(
                f"{same_day}{parcel.recipient or '?'}\n    {grouped(parcel.tracking_number)}"
            )
            self.missing.addItem(item)
            self._missing_items[parcel.tracking_number] = item
        if counts.missing > len(missing):
            self.missing.addItem(self.tr("… and {0} more").format(counts.missing - len(missing)))

    def show_tally(self, counts: Tally) -> None:
        parts = [
            self.tr("Expected {0}").format(counts.expected),
            self.tr("Received {0}").format(counts.received),
            self.tr("Missing {0}").format(counts.missing),
        ]
        if counts.unexpected:
            parts.append(self.tr("Not on manifest {0}").format(counts.unexpected))
        if counts.outside_radius:
            parts.append(self.tr("For return {0}").format(counts.outside_radius))
        if counts.damaged:
            parts.append(self.tr("Damaged {0}").format(counts.damaged))
        self.tally_label.setText("   ·   ".join(parts))
        self.tally = counts

    # -- batch import ----------------------------------------------------------------

    def choose_batch_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the scanner's batch file"),
            str(Path.home()),
            self.tr("Text files (*.txt *.csv *.dat);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Check in a batch file off the UI thread; `import_finished` says how it went."""
        self.import_button.setEnabled(False)
        self.note.setText(self.tr("Importing {0}…").format(path.name))
        store = self.context.store

        def work() -> None:
            try:
                result: object = import_scans(store, read_batch_file(path), source=str(path))
            except ShopAppError as error:
                result = error
            except Exception as error:  # reported, never lost in the thread
                log.exception("batch import failed")
                result = error
            self._import_result.emit(result)

        self._executor.submit(work)

    def _import_done(self, result: object) -> None:
        self.import_button.setEnabled(True)
        self.refresh()
        if isinstance(result, BaseException):
            self.note.setText(self.tr("Import failed: {0}").format(result))
            self.sounds.play("error")
        elif isinstance(result, dict):
            counts = result["counts"]
            self.note.setText(
                self.tr(
                    "Imported {0} codes: {1} received, {2} already received, {3} not on "
                    "manifest, {4} outside radius, {5} invalid."
                ).format(
                    result["scanned"],
                    counts["received"],
                    counts["already_received"],
                    counts["not_on_manifest"],
                    counts["outside_radius"],
                    counts["invalid"],
                )
            )
            self.sounds.play("warning" if counts["invalid"] else "ok")
        self.import_finished.emit(result)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        self._executor.shutdown(wait=True)
        super().closeEvent(event)

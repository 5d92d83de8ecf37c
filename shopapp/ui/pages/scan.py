"""Scan page: check parcels in at the counter, with feedback readable from two metres.

Every scan (the app-wide scanner filter, a serial scanner, the manual field or a batch
file) goes through `handle_scan`, which hands the check-in (shopapp.counter) to the
operation runner's writer; once it is committed the result comes back and is shown: a
big panel whose colour, symbol and word say what happened, the shelf slot and the
recipient, and a sound per class. Nothing slow runs on the UI thread: the tally and the
list of parcels not scanned yet follow the change notice a moment later, read on the
pool, once the result has painted. Settings (label size, print on scan, the printer,
sound volume) are read from `context.setting` when used, so a saved setting holds at once.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from shopapp.changes import Changes
from shopapp.counter import (
    ActionResult,
    CheckInOutcome,
    MissingParcel,
    Outcome,
    Tally,
    check_in,
    mark_damaged,
    missing_parcels,
    tally,
    undo_last_scan,
)
from shopapp.counter.batch import ImportCancelled, import_scans, read_batch_file
from shopapp.labels import LabelContentError, ShelfLabel, short_name
from shopapp.messages import Message
from shopapp.reports import localdays

from shopapp.ui.appearance import StatusColours, Swatch, status_colours
from shopapp.ui.context import AppContext
from shopapp.ui.messages import error_text, text
from shopapp.ui.operations import Cancelled, Job, Task
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.sounds import SoundPlayer, make_sound_player

log = logging.getLogger(__name__)

MISSING_SHOWN = 500
TALLY_DELAY_MS = 400  # the tally waits for a pause in the scanning (at most this long)
BATCH_CHANGES = Changes.PARCELS | Changes.OUTBOX  # what a batch import changes


@dataclass(frozen=True)
class Look:
    """How a panel state looks: its status colour (a name in StatusColours), symbol."""

    status: str
    symbol: str

    def swatch(self, colours: StatusColours) -> Swatch:
        swatch: Swatch = getattr(colours, self.status)
        return swatch


# Colours with a symbol and a word each: colour is never the only signal. The colours
# are the theme's (appearance.status_colours; contrast checked in test_appearance.py).
LOOKS: dict[str, Look] = {
    "idle": Look("idle", "▶"),
    "received": Look("good", "✔"),
    "already_received": Look("warn", "↻"),
    "not_on_manifest": Look("warn", "?"),
    "outside_radius": Look("warn", "⚠"),
    "invalid": Look("bad", "✖"),
    "confirm": Look("warn", "?"),
    "undone": Look("info", "↶"),
    "failed": Look("bad", "✖"),
}
# The panel's text sizes at full height; on a short screen they shrink with the panel.
PANEL_FULL_HEIGHT, PANEL_FULL_WIDTH = 420, 780
PANEL_MIN_HEIGHT, PANEL_MIN_WIDTH = 220, 380


class ResultPanel(QFrame):
    """The big coloured answer: symbol and word, shelf slot, recipient, detail.

    Its colours are painted, not styled: a style sheet set on each change of state
    re-polishes every label and the window's size hints (about a millisecond on the
    scan's path); a palette and a rounded rectangle cost nothing measurable.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("scanResult")
        self.setAccessibleName(self.tr("Scan result"))
        # Its text shrinks with it (resizeEvent): its size hints must not hold it wide.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(PANEL_MIN_WIDTH, PANEL_MIN_HEIGHT)
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
            label.setProperty("full_px", px)
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
        self.labels = (self.headline, self.slot, self.recipient, self.number, self.detail)
        self.state = ""
        self._scale = 1.0
        self._background = QColor(LOOKS["idle"].swatch(status_colours()).background)

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
            self._restyle(look)
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

    def _restyle(self, look: Look) -> None:
        """The state's colours: only when the state changes (or the theme does)."""
        swatch = look.swatch(status_colours())
        self._background = QColor(swatch.background)
        foreground = QColor(swatch.foreground)
        for label in self.labels:
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, foreground)
            label.setPalette(palette)
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.state:
            self._restyle(LOOKS[self.state])  # light <-> dark: the theme's colours

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        # On a short screen the big slot and headline shrink with the panel, so the
        # entry box and buttons below stay on the screen (1280x720).
        super().resizeEvent(event)
        scale = min(
            1.0, max(0.45, min(self.height() / PANEL_FULL_HEIGHT, self.width() / PANEL_FULL_WIDTH))
        )
        if abs(scale - self._scale) < 0.02:
            return
        self._scale = scale
        for label in self.labels:
            font = label.font()
            font.setPixelSize(max(12, round(int(label.property("full_px")) * scale)))
            label.setFont(font)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._background)
        painter.drawRoundedRect(QRectF(self.rect()), 10, 10)
        painter.end()


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

    def __init__(self, context: AppContext, sounds: SoundPlayer | None = None) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("scanPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # F9 and Ctrl+Z work on the page
        self.last: CheckInOutcome | None = None  # the last scan of a parcel, for F9/undo
        self.last_outcome: CheckInOutcome | None = None  # the last result shown
        self.last_latency_s = 0.0  # handle_scan to the result shown, for the benchmark
        self.handled = 0  # results shown (outcomes and failures)
        self.tally = Tally()
        self.sounds = sounds or make_sound_player(
            context.paths.root,
            float(context.setting("sound_volume")),
            bool(context.setting("sound_muted")),
            self,
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
        self.note.linkActivated.connect(self._note_link)  # "Print again" of unprinted labels
        # Labels that did not print, kept under labels/unprinted/ (also from before a restart).
        from shopapp.ui.printing.label_jobs import kept_labels

        self.unprinted_labels: list[ShelfLabel] = kept_labels(context.paths.root)
        if self.unprinted_labels:
            self._say_unprinted(self.tr("Shelf labels from before were not printed."))
        self.import_progress = QProgressBar()
        self.import_progress.setObjectName("importProgress")
        self.import_progress.setAccessibleName(self.tr("Batch import"))
        self.import_progress.setRange(0, 1000)
        self.import_progress.hide()
        # Stops a long import between two chunks (the chunks before stay checked in).
        self.import_stop = QPushButton(self.tr("Stop import"))
        self.import_stop.setObjectName("importStop")
        self.import_stop.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.import_stop.clicked.connect(self.stop_import)
        self.import_stop.hide()
        self._import_task: Task[dict[str, Any]] | None = None

        self.manual = QLineEdit()
        self.manual.setObjectName("manualEntry")
        self.manual.setPlaceholderText(self.tr("Type a tracking number that will not scan"))
        self.manual.setAccessibleName(self.tr("Manual entry"))
        self.manual.setStyleSheet("font-size: 20px; padding: 6px;")
        self.manual.returnPressed.connect(self._manual_entry)
        # These buttons' clicks are page actions (below): one command with a menu entry.
        self.check_in_button = self._button(self.tr("Check in"))
        self.damaged_button = self._button(self.tr("Damaged (F9)"))
        self.undo_button = self._button(self.tr("Undo last scan (Ctrl+Z)"))
        self.label_button = self._button(self.tr("Shelf label…"))
        self.import_button = self._button(self.tr("Import batch file…"))
        # Shown only while a scan waits for the shopkeeper's word (Outcome.CONFIRM).
        self.confirm_button = self._button(self.tr("Same number: receive it (F8)"))
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.hide()
        self._pending_confirm: str | None = None
        self._set_last(None)

        self.missing_title = QLabel()
        self.missing_title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.missing_title.setWordWrap(True)
        self.missing = QListWidget()
        self.missing.setObjectName("missingList")
        self.missing.setAccessibleName(self.tr("Parcels not scanned yet"))
        self.missing.setStyleSheet("font-size: 17px;")
        self.missing.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Wide enough for a whole grouped tracking number (the list used to cut them off).
        list_font = self.missing.font()
        list_font.setPixelSize(17)
        self.missing.setFont(list_font)
        number_width = self.missing.fontMetrics().horizontalAdvance(
            "    " + grouped("1Z4A9E02010000012100")
        )
        self.missing.setMinimumWidth(number_width + 40)  # + the scroll bar and margins

        entry = QHBoxLayout()
        entry.addWidget(self.manual, 1)
        entry.addWidget(self.check_in_button)
        # Two rows of actions: one row of five is wider than a 1280-pixel screen leaves.
        actions = QGridLayout()
        actions.addWidget(self.confirm_button, 0, 0, 1, 2)
        actions.addWidget(self.damaged_button, 1, 0)
        actions.addWidget(self.undo_button, 1, 1)
        actions.addWidget(self.label_button, 2, 0)
        actions.addWidget(self.import_button, 2, 1)
        left_side = QWidget()
        left = QVBoxLayout(left_side)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.panel, 1)
        left.addWidget(self.tally_label)
        left.addWidget(self.note)
        importing = QHBoxLayout()
        importing.addWidget(self.import_progress, 1)
        importing.addWidget(self.import_stop)
        left.addLayout(importing)
        left.addLayout(actions)
        left.addLayout(entry)
        right_side = QWidget()
        right = QVBoxLayout(right_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.missing_title)
        right.addWidget(self.missing, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("scanSplitter")  # the window keeps its position
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left_side)
        self.splitter.addWidget(right_side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.splitter)

        for name, wording, keys, slot, button in (
            ("checkIn", self.tr("Check in the typed number"), QKeySequence(),
             self._manual_entry, self.check_in_button),
            ("confirmPending", self.tr("Same number: receive it"), QKeySequence(Qt.Key.Key_F8),
             self.confirm_pending, self.confirm_button),
            ("markDamaged", self.tr("Damaged"), QKeySequence(Qt.Key.Key_F9), self.mark_damaged,
             self.damaged_button),
            ("undoLastScan", self.tr("Undo last scan"), QKeySequence(QKeySequence.StandardKey.Undo),
             self.undo_last, self.undo_button),
            ("shelfLabel", self.tr("Shelf label…"), QKeySequence(), self.show_label,
             self.label_button),
            ("importBatch", self.tr("Import batch file…"), QKeySequence(),
             self.choose_batch_file, self.import_button),
        ):
            self.page_action(name, wording, keys, slot, button=button)

        # Not a poll: started by a change notice, it lets a burst of scans end (or at
        # most TALLY_DELAY_MS pass) before the tally and the list are read again.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(TALLY_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refreshing = False
        self._refresh_again = False
        self._missing_keys: list[tuple[str, str, str]] = []  # (number, recipient, service)
        self._missing_items: dict[str, QListWidgetItem] = {}
        self._more_item: QListWidgetItem | None = None
        self._closed = False
        self.refresh()

    def _button(self, text: str, slot: Any = None) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(48)
        button.setStyleSheet("font-size: 18px; padding: 4px 12px;")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click must not steal the focus
        if slot is not None:  # else a page action takes its click
            button.clicked.connect(slot)
        return button

    # -- change notices --------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Parcels changed (a scan here, a sync, a run): the tally and the list follow;
        settings saved: the sound volume now (the rest is read when used)."""
        if Changes.SETTINGS in changes:
            self.sounds.set_volume(
                float(self.context.setting("sound_volume")),
                bool(self.context.setting("sound_muted")),
            )
        if Changes.PARCELS in changes and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def shutdown(self) -> None:
        """The window closes: no more reads of the tally (scans already asked for are
        committed by the runner's shutdown)."""
        self._refresh_timer.stop()
        self._closed = True

    # -- scanning ---------------------------------------------------------------

    def handle_scan(self, code: str, confirmed: bool = False) -> Task[CheckInOutcome]:
        """Check one scanned code in (on the writer) and show the result once committed.

        `confirmed`: the shopkeeper says a label whose check digit failed is the
        manifest's parcel (the answer to a CONFIRM outcome).
        """
        started = time.perf_counter()
        self._set_pending_confirm(None)  # a new scan answers the question by moving on

        def work(job: Job) -> CheckInOutcome:
            return check_in(job.store, code, confirmed=confirmed)

        return self.context.ops.write(
            work,
            owner=self,
            done=lambda outcome: self._scanned(code, outcome, started),
            failed=lambda error: self._not_saved(error, started),
        )

    def _scanned(self, code: str, outcome: CheckInOutcome, started: float) -> None:
        self.show_outcome(outcome)
        self._set_pending_confirm(code if outcome.outcome is Outcome.CONFIRM else None)
        if not outcome.repeat:
            self.sounds.play(str(outcome.severity))
        if outcome.tracking_number is not None:
            self._set_last(outcome)
        self.last_outcome = outcome
        self.handled += 1
        self.last_latency_s = time.perf_counter() - started
        if outcome.recorded and self.context.setting("print_label_on_scan"):
            self._print_in_background()
        self.scan_handled.emit(outcome)

    def _not_saved(self, error: BaseException, started: float) -> None:
        """Disk full, no profile: nothing of this scan was saved."""
        self.panel.show_state(
            "failed",
            self.tr("NOT SAVED"),
            recipient=error_text(error),
            detail=self.tr("The scan was not recorded: fix this, then scan the parcel again."),
        )
        self.sounds.play("error")
        self.note.setText("")
        self.last_outcome = None
        self.handled += 1
        self.last_latency_s = time.perf_counter() - started

    def show_outcome(self, outcome: CheckInOutcome) -> None:
        """Put one outcome on the panel: its word here, its sentence from the message table."""
        slot = outcome.shelf_slot or ""
        number = grouped(outcome.tracking_number)
        recipient = outcome.recipient
        said = text(outcome.message)
        kind = outcome.outcome
        if (
            kind is Outcome.ALREADY_RECEIVED
            and outcome.repeat
            and self.last is not None
            and (self.last.tracking_number == outcome.tracking_number)
        ):
            self.note.setText(said)  # "Scanned twice: counted once.": the panel stays
            return
        if kind is Outcome.RECEIVED:
            self.panel.show_state("received", self.tr("RECEIVED"), slot, recipient, number, said)
        elif kind is Outcome.ALREADY_RECEIVED:
            self.panel.show_state(
                "already_received", self.tr("ALREADY RECEIVED"), slot, recipient, number, said
            )
        elif kind is Outcome.NOT_ON_MANIFEST:
            self.panel.show_state(
                "not_on_manifest",
                self.tr("NOT ON MANIFEST"),
                slot,
                self.tr("Unknown recipient"),
                number,
                said,
            )
        elif kind is Outcome.CONFIRM:
            self.panel.show_state(
                "confirm", self.tr("CHECK THE NUMBER"), "", recipient, number, said
            )
        elif kind is Outcome.OUTSIDE_RADIUS:
            self.panel.show_state(
                "outside_radius", self.tr("OUTSIDE RADIUS"), slot, recipient, number, said
            )
        else:
            read = outcome.raw.strip()
            self.panel.show_state(
                "invalid",
                self.tr("INVALID CODE"),
                recipient=said,
                number=self.tr("Read: {0}").format(read[:40] + ("…" if len(read) > 40 else ""))
                if read
                else "",
                detail=self.tr("Nothing was recorded. Scan again or type the number below."),
            )
        self.note.setText("")

    def _set_pending_confirm(self, code: str | None) -> None:
        self._pending_confirm = code
        self.confirm_button.setVisible(code is not None)

    def confirm_pending(self) -> None:
        """Receive the parcel of the label the shopkeeper has compared with the manifest."""
        code = self._pending_confirm
        if code is not None:
            self.handle_scan(code, confirmed=True)

    def _manual_entry(self) -> None:
        typed = self.manual.text().strip()
        if typed:
            self.manual.clear()
            self.handle_scan(typed)

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
        self.context.ops.write(
            lambda job: mark_damaged(job.store, number),
            owner=self,
            done=self._damage_noted,
            failed=self._action_failed,
        )

    def _damage_noted(self, result: ActionResult) -> None:
        marked = self.tr(" · DAMAGED")
        if (
            self.panel.state
            in ("received", "already_received", "not_on_manifest", "outside_radius")
            and marked not in self.panel.headline.text()
        ):
            self.panel.headline.setText(self.panel.headline.text() + marked)
        self.note.setText(text(result.message))
        self.sounds.play("warning")

    def _action_failed(self, error: BaseException) -> None:
        self.note.setText(error_text(error))
        self.sounds.play("error")

    def undo_last(self) -> None:
        last = self.last
        if last is None or not self.undo_button.isEnabled():
            return
        number = last.tracking_number or ""
        self._set_last(None)  # one undo per scan, even pressed twice quickly
        self.context.ops.write(
            lambda job: undo_last_scan(job.store, number),
            owner=self,
            done=lambda result: self._undone(last, result),
            failed=lambda error: self._undo_failed(last, error),
        )

    def _undone(self, last: CheckInOutcome, result: ActionResult) -> None:
        self.panel.show_state(
            "undone",
            self.tr("SCAN UNDONE"),
            last.shelf_slot or "",
            last.recipient,
            grouped(result.tracking_number),
            text(result.message),
        )
        log.info("scan of %s undone (%s)", result.tracking_number, result.event_type)
        self.note.setText("")
        self.sounds.play("warning")

    def _undo_failed(self, last: CheckInOutcome, error: BaseException) -> None:
        if self.last is None:
            self._set_last(last)  # nothing was undone: it can be tried again
        self._action_failed(error)

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
                localdays.today(),  # the shop's date, not the PC's
            )
        except LabelContentError as error:
            self.note.setText(error_text(error))
            return None

    def show_label(self) -> None:
        label = self.shelf_label()
        if label is None:
            return
        from shopapp.ui.printing.preview import LabelPreviewDialog

        size = str(self.context.setting("label_size"))
        printer = str(self.context.setting("label_printer"))
        LabelPreviewDialog(label, size, self.context.paths.root, self, printer=printer).open()

    def _print_in_background(self) -> None:
        """The label of the parcel just scanned, printed silently where the settings say
        now: the label printer (a page at the label's size, or raw ZPL), a network Zebra,
        else a PDF file."""
        label = self.shelf_label()
        if label is not None:
            self._print_labels([label])

    def _print_labels(self, labels: list[ShelfLabel]) -> None:
        from shopapp.ui.printing.label_jobs import LabelTarget, print_label

        target = LabelTarget.from_settings(self.context.setting)
        for label in labels:

            def work(job: Job, label: ShelfLabel = label) -> object:
                return print_label(label, target, job.paths.root)

            self.context.ops.network(work, owner=self, done=self._label_printed)

    def print_again(self) -> None:
        """Print the labels that did not print, to the printer the settings say now."""
        labels, self.unprinted_labels = self.unprinted_labels, []
        self._print_labels(labels)

    def _note_link(self, link: str) -> None:
        if link == "print-again":
            self.note.setText(self.tr("Printing the shelf labels again…"))
            self.print_again()

    def _label_printed(self, result: Any) -> None:
        # print_label never raises (a label must not stop the counter): it says why and
        # keeps the label; the shopkeeper hears of it and can print it again.
        if result.ok:
            if not self.unprinted_labels and self.note.text().startswith(
                self.tr("Printing the shelf labels again…")
            ):
                self.note.setText(self.tr("The shelf labels are printed."))
            return
        numbers = {label.tracking_number for label in self.unprinted_labels}
        if result.label.tracking_number not in numbers:
            self.unprinted_labels.append(result.label)
        self._say_unprinted(
            self.tr("The shelf label was not printed: {0}").format(error_text(result.error))
        )

    def _say_unprinted(self, why: str) -> None:
        """Why labels wait, how many, and the "Print again" link, on the note."""
        import html

        self.note.setText(
            html.escape(why)
            + " "
            + html.escape(self.tr("%n label(s) kept.", "", len(self.unprinted_labels)))
            + ' <a href="print-again">'
            + html.escape(self.tr("Print again"))
            + "</a>"
        )

    # -- tally and missing list --------------------------------------------------------

    def refresh(self) -> None:
        """Read the tally and the list of parcels not scanned yet again (on the pool)."""
        if self._closed:
            return
        if self._refreshing:
            self._refresh_again = True  # one more once this one is back
            return
        self._refreshing = True

        def work(job: Job) -> tuple[Tally, list[MissingParcel]]:
            return tally(job.store), missing_parcels(job.store, limit=MISSING_SHOWN)

        self.context.ops.read(work, owner=self, done=self._refreshed, failed=self._refresh_failed)

    def _refresh_done(self) -> None:
        self._refreshing = False
        if self._refresh_again:
            self._refresh_again = False
            self._refresh_timer.start()

    def _refresh_failed(self, error: BaseException) -> None:
        self.tally_label.setText(error_text(error))
        self._refresh_done()

    def _refreshed(self, found: tuple[Tally, list[MissingParcel]]) -> None:
        counts, missing = found
        self.show_tally(counts)
        self.missing_title.setText(self.tr("Not scanned yet: %n parcel(s)", "", counts.missing))
        self._show_missing(missing, counts.missing)
        self._refresh_done()

    def _show_missing(self, missing: list[MissingParcel], total: int) -> None:
        """Update the list in place: parcels scanned meanwhile go, the next ones come at
        the end; it is built again only when its order changed otherwise."""
        keys = [(p.tracking_number, p.recipient, p.service) for p in missing]
        if self._more_item is not None:
            self.missing.takeItem(self.missing.row(self._more_item))
            self._more_item = None
        wanted = set(keys)
        for key in [k for k in self._missing_keys if k not in wanted]:
            item = self._missing_items.pop(key[0])
            self.missing.takeItem(self.missing.row(item))
        kept = [k for k in self._missing_keys if k in wanted]
        if kept != keys[: len(kept)]:
            self.missing.clear()
            self._missing_items.clear()
            kept = []
        for number, recipient, service in keys[len(kept) :]:
            same_day = self.tr("SAME DAY  ") if service == "same-day" else ""
            item = QListWidgetItem(f"{same_day}{recipient or '?'}\n    {grouped(number)}")
            self.missing.addItem(item)
            self._missing_items[number] = item
        self._missing_keys = keys
        if total > len(missing):
            self._more_item = QListWidgetItem(self.tr("… and %n more", "", total - len(missing)))
            self.missing.addItem(self._more_item)

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

    def import_file(self, path: Path) -> Task[dict[str, Any]]:
        """Check in a batch file on the writer; `import_finished` says how it went.

        Chunks of lines are a transaction each (the same outcomes as scanning them one
        by one), in the writer's order: scans at the counter during the import wait for
        it (10,000 codes take seconds). The bar moves after each committed chunk.
        """
        self.import_button.setEnabled(False)
        self.note.setText(self.tr("Importing {0}…").format(path.name))
        self.import_progress.setValue(0)
        self.import_progress.show()
        self.import_stop.setEnabled(True)
        self.import_stop.show()

        def work(job: Job) -> dict[str, Any]:
            return import_scans(
                job.store,
                read_batch_file(path),
                source=str(path),
                progress=job.progress,
                cancelled=job.cancelled,
            )

        self._import_task = self.context.ops.write(
            work,
            owner=self,
            done=self._import_done,
            failed=self._import_failed,
            progress=self._import_progress,
            changes=BATCH_CHANGES,
        )
        return self._import_task

    def stop_import(self) -> None:
        """Stop the running import after the chunk being checked in."""
        if self._import_task is not None:
            self._import_task.cancel()
            self.import_stop.setEnabled(False)

    def _import_ended(self) -> None:
        self._import_task = None
        self.import_button.setEnabled(True)
        self.import_progress.hide()
        self.import_stop.hide()

    def _import_progress(self, fraction: float, what: Message) -> None:
        self.import_progress.setValue(round(fraction * 1000))
        self.import_progress.setFormat(text(what))

    def _import_done(self, result: dict[str, Any]) -> None:
        self._import_ended()
        counts = result["counts"]
        summary = Message(
            "batch.done",
            {name: counts[name] for name in counts},
            count=int(result["scanned"]),
        )
        self.note.setText(text(summary))
        self.sounds.play("warning" if counts["invalid"] else "ok")
        self.import_finished.emit(result)

    def _import_failed(self, error: BaseException) -> None:
        self._import_ended()
        if isinstance(error, ImportCancelled):  # stopped by the shopkeeper: no failure
            self.note.setText(error_text(error))
            self.sounds.play("warning")
        elif isinstance(error, Cancelled):  # stopped before it began
            self.note.setText(self.tr("Import stopped before it began: nothing was checked in."))
            self.sounds.play("warning")
        else:
            self.note.setText(self.tr("Import failed: {0}").format(error_text(error)))
            self.sounds.play("error")
        # A disk that filled part way: the lines before it were checked in.
        self.context.ops.announce(BATCH_CHANGES)
        self.import_finished.emit(error)

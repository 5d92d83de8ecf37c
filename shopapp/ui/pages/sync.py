"""Sync page: pairing, the end-of-day "Sync now" button, progress and a plain report.

The sync itself is the app's (`context.sync`, shopapp/ui/sync_service.py): this page
starts it, shows its progress and its reports, and says when it waits (a sync from a
terminal holds the data dir's lock; the link cut a sync short and it goes on by itself
after a pause). While a sync runs, the page says what the link is doing: bytes sent and
still to send, and plainly when the connection is the problem ("The connection keeps
dropping: 1.2 MB of 2.0 MB sent; it carries on by itself.").

What it shows comes through the operation runner (pairing, rejected events, the last
report) and is refreshed from change notices (`apply_changes`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from shopapp.changes import Changes
from shopapp.messages import Message
from shopapp.store import Store
from shopapp.sync import link
from shopapp.sync.credentials import FILE, KEYRING
from shopapp.sync.pairing import Pairing, PairResult, load_pairing, pair
from shopapp.sync.rejections import reason_message
from shopapp.sync.report import SyncReport
from shopapp.sync.review import Rejection, mark_reviewed, unreviewed_rejections
from shopapp.sync.run import last_report

from shopapp.ui.appearance import status_colours
from shopapp.ui.context import AppContext
from shopapp.ui.messages import error_text, text
from shopapp.ui.names import event_name, local_time_text, size_text
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.status_bar import link_sentence
from shopapp.ui.sync_service import SyncService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Look:
    """What the page shows from the store, read in one go on the runner."""

    pairing: Pairing | None = None
    rejections: list[Rejection] | None = None
    report: SyncReport | None = None


def _look(store: Store, *, pairing: bool, outbox: bool) -> _Look:
    return _Look(
        pairing=load_pairing(store) if pairing else None,
        rejections=unreviewed_rejections(store) if outbox else None,
        report=last_report(store) if outbox else None,
    )


class SyncPage(PageWidget):
    """Pair with the carrier, sync on demand (or automatically), show what happened.

    Signals:
        sync_finished(SyncReport): a sync run ended (also when it stopped half-way, or
            did nothing because another sync held the lock: `error_code` "busy").
        pair_finished(object): pairing ended: a PairResult, or the exception.
    """

    sync_finished = Signal(object)
    pair_finished = Signal(object)
    LINK_MS = 500

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("syncPage")
        self.sync = SyncService.of(context)
        self.last_report: SyncReport | None = None
        self._paired = False
        self._pairing = False

        heading = QLabel(self.tr("<h1>Sync with the carrier</h1>"))

        # Pairing -----------------------------------------------------------------
        self.server_edit = QLineEdit()
        self.server_edit.setPlaceholderText("https://carrier.example/api")
        self.server_edit.setAccessibleName(self.tr("Server address"))
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("Paste the shop's token from the carrier"))
        self.token_edit.setAccessibleName(self.tr("Shop token"))
        self.pair_button = QPushButton(self.tr("Pair"))
        self.pair_button.clicked.connect(self.start_pair)
        self.pairing_label = QLabel()
        self.pairing_label.setWordWrap(True)
        pairing_box = QGroupBox(self.tr("Pairing"))
        form = QFormLayout(pairing_box)
        form.addRow(self.tr("Server address"), self.server_edit)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_edit, 1)
        token_row.addWidget(self.pair_button)
        form.addRow(self.tr("Shop token"), token_row)
        form.addRow(self.pairing_label)

        # Sync now ------------------------------------------------------------------
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("syncNow")
        big = QFont(self.sync_button.font())
        big.setPointSize(20)
        big.setBold(True)
        self.sync_button.setFont(big)
        self.sync_button.setMinimumHeight(64)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.setMinimumHeight(64)
        # The buttons and their menu entries are one action each.
        self.page_action("syncNow", self.tr("Sync now"), "F5", lambda: self.start_sync(),
                         button=self.sync_button)
        self.page_action("stopSync", self.tr("Stop"), "", self.cancel, button=self.cancel_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.status_label = QLabel(self.tr("Press Sync now at the end of the day (or any time)."))
        self.status_label.setWordWrap(True)
        self.link_label = QLabel()
        self.link_label.setObjectName("linkLabel")
        self.link_label.setWordWrap(True)
        self.link_label.setVisible(False)
        self._board_key = self.sync.board_key
        # While a sync runs, its bytes sent and still to send change by the second: this
        # short timer reads them from the in-memory link board (shopapp.sync.link.current),
        # never the database, and runs only while a sync does.
        self._link_timer = QTimer(self, interval=self.LINK_MS)
        self._link_timer.timeout.connect(self.refresh_link)

        # Report --------------------------------------------------------------------
        self.figures: dict[str, QLabel] = {}
        report_box = QGroupBox(self.tr("Last sync"))
        report_form = QFormLayout(report_box)
        for key, title in (
            ("sent", self.tr("Events sent")),
            ("acknowledged", self.tr("Accepted by the carrier")),
            ("duplicate", self.tr("Already there (sent before)")),
            ("rejected", self.tr("Rejected")),
            ("pending", self.tr("Still waiting to be sent")),
            ("new_parcels", self.tr("New parcels expected")),
            ("updated_parcels", self.tr("Parcels with new details")),
            ("blobs_uploaded", self.tr("Proof files uploaded")),
            ("bytes_sent", self.tr("Sent over the connection")),
            ("bytes_to_send", self.tr("Still to send")),
        ):
            label = QLabel("–")
            label.setObjectName(f"figure_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figures[key] = label
            report_form.addRow(title, label)
        self.clock_label = QLabel()
        self.clock_label.setWordWrap(True)
        self._link_trouble = False
        self.clock_label.setVisible(False)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)

        self.error_label.setVisible(False)
        report_form.addRow(self.clock_label)
        report_form.addRow(self.error_label)
        self._style_colours()

        rejected_box = QGroupBox(self.tr("Rejected events (the carrier's reason)"))
        self.rejected_list = QListWidget()
        self.rejected_list.setAccessibleName(self.tr("Rejected events"))
        self.rejected_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.rejected_list.setWordWrap(True)
        self.rejected_list.setAlternatingRowColors(True)
        self.rejected_list.setSpacing(2)
        self.seen_button = QPushButton(self.tr("Mark as seen"))
        self.seen_button.clicked.connect(self.mark_selected_seen)
        self.all_seen_button = QPushButton(self.tr("Mark all as seen"))
        self.all_seen_button.clicked.connect(self.mark_all_seen)
        rejected_layout = QVBoxLayout(rejected_box)
        rejected_layout.addWidget(self.rejected_list)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.seen_button)
        buttons.addWidget(self.all_seen_button)
        rejected_layout.addLayout(buttons)

        action_row = QHBoxLayout()
        action_row.addWidget(self.sync_button, 3)
        action_row.addWidget(self.cancel_button, 1)
        # The last sync's ten figures scroll on a short screen (1280x720); the rejected
        # list beside them is a list that scrolls already.
        report_scroll = QScrollArea()
        report_scroll.setObjectName("syncReportScroll")
        report_scroll.setWidgetResizable(True)
        report_scroll.setFrameShape(QFrame.Shape.NoFrame)
        report_scroll.setWidget(report_box)
        report_scroll.setMinimumHeight(150)
        self.rejected_list.setMinimumHeight(60)
        lower = QHBoxLayout()
        lower.addWidget(report_scroll, 1)
        lower.addWidget(rejected_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(pairing_box)
        layout.addLayout(action_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.link_label)
        layout.addWidget(self.status_label)
        layout.addLayout(lower, 1)

        self.sync.started.connect(self._on_started)
        self.sync.progress.connect(self._on_progress)
        self.sync.finished.connect(self._on_synced)
        self.sync.failed.connect(self._on_sync_crashed)
        self.sync.waiting.connect(self._on_waiting)
        self.sync_button.setEnabled(False)  # until the pairing is read
        if self.sync.running():
            self._on_started(self.sync.automatic)
        self._load(pairing=True, outbox=True, first=True)

    # -- what the page shows: read on the runner, refreshed from change notices -------

    def apply_changes(self, changes: Changes) -> None:
        pairing = Changes.PAIRING in changes
        outbox = bool(changes & Changes.OUTBOX)
        if pairing or outbox:
            self._load(pairing=pairing, outbox=outbox)

    def refresh_pairing(self) -> None:
        self._load(pairing=True, outbox=False)

    def refresh_rejections(self) -> None:
        self._load(pairing=False, outbox=True)

    def _load(self, *, pairing: bool, outbox: bool, first: bool = False) -> None:
        if self.context.ops.closed:  # the window is closing: a late notice
            return
        self.context.ops.read(
            lambda job: _look(job.store, pairing=pairing, outbox=outbox),
            owner=self,
            done=lambda look: self._loaded(look, pairing, outbox, first),
            failed=self._load_failed,
        )

    def _load_failed(self, error: BaseException) -> None:
        self.status_label.setText(error_text(error))

    def _loaded(self, look: _Look, pairing: bool, outbox: bool, first: bool) -> None:
        if pairing:
            self._show_pairing(look.pairing)
        if outbox:
            self._show_rejections(look.rejections or [])
            if first and look.report is not None and self.last_report is None:
                self._show_previous_report(look.report)

    def _show_previous_report(self, previous: SyncReport) -> None:
        self.show_report(previous)
        when = local_time_text(previous.started_at)
        self.status_label.setText(self.tr("Last sync started {0}.").format(when))

    # -- state -------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self.sync.running() or self._pairing

    def _show_pairing(self, pairing: Pairing | None) -> None:
        self._paired = pairing is not None
        if pairing is None:
            self.pairing_label.setText(
                self.tr("Not paired yet: enter the address and the token the carrier gave you.")
            )
            self.sync_button.setEnabled(False)
            return
        if not self.server_edit.text():
            self.server_edit.setText(pairing.server_url)
        self.pairing_label.setText(
            self.tr("Paired as shop {0} with {1}. The token is kept {2}.").format(
                pairing.shop_id if pairing.shop_id is not None else "?",
                pairing.server_url,
                self._storage_words(pairing.token_storage),
            )
        )
        self.sync_button.setEnabled(not self.is_busy())

    def _storage_words(self, storage: str | None) -> str:
        if storage == KEYRING:
            return self.tr("in the system keyring")
        if storage == FILE:
            return self.tr("in a file in the shop's data folder that only you can read")
        return self.tr("on this computer")

    def _show_rejections(self, rejections: list[Rejection]) -> None:
        self.rejected_list.clear()
        for rejection in rejections:
            reason = text(reason_message(rejection.reason))
            item = QListWidgetItem(
                self.tr("{0} · {1} · {2}").format(
                    rejection.tracking_number, event_name(rejection.type), reason
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, rejection.id)
            item.setToolTip(reason)
            self.rejected_list.addItem(item)
        has_any = bool(rejections)
        self.seen_button.setEnabled(has_any)
        self.all_seen_button.setEnabled(has_any)

    # -- actions -----------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy and self._paired)
        self.pair_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy or self.sync.retry_pending())

    @Slot()
    def refresh_link(self) -> None:
        """The running sync's bytes sent and still to send, and whether the link is the
        problem (read from the sync's own figures, `shopapp.sync.link.current`)."""
        status = link.current(self._board_key)
        if status is None or not status.running:
            return
        sentence = link_sentence(
            status.bytes_sent, status.bytes_left, status.link_trouble(), running=True
        )
        self.link_label.setText(sentence)
        self.link_label.setVisible(bool(sentence))
        self._style_link(status.link_trouble() and status.bytes_left > 0)

    def _style_link(self, trouble: bool) -> None:
        self._link_trouble = trouble
        warn = status_colours().warn_text
        self.link_label.setStyleSheet(f"color: {warn}; font-weight: bold" if trouble else "")

    def _style_colours(self) -> None:
        """The warning and error lines in the theme's amber and red (light or dark)."""
        colours = status_colours()
        self.clock_label.setStyleSheet(f"color: {colours.warn_text}; font-weight: bold")
        self.error_label.setStyleSheet(f"color: {colours.bad_text}; font-weight: bold")
        self._style_link(self._link_trouble)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "error_label"):
            self._style_colours()  # light <-> dark

    def _on_progress(self, fraction: float, what: Message) -> None:
        self.progress.setValue(round(fraction * 100))
        self.status_label.setText(text(what))

    @Slot()
    def start_pair(self) -> None:
        if self.is_busy():
            return
        server, token = self.server_edit.text().strip(), self.token_edit.text().strip()
        if not server or not token:
            self.pairing_label.setText(self.tr("Enter both the server address and the token."))
            return
        self.status_label.setText(self.tr("Checking the token with the carrier…"))
        self._pairing = True
        self._set_busy(True)
        # The result says what changed (PairResult.changes): the pairing, maybe the profile.
        self.context.ops.network(
            lambda job: pair(job.paths, job.store, server, token),
            owner=self,
            done=self._on_paired,
            failed=self._on_pair_failed,
        )

    def _on_paired(self, result: PairResult) -> None:
        self._pairing = False
        self._set_busy(self.sync.running())
        self.token_edit.clear()  # the token lives in the keyring or the private file only
        words = self.tr("Paired with {0} as shop {1}.").format(
            result.server_url, result.shop_name
        )
        if result.plain_http:
            words += "\n" + text(Message("sync.plain_http", {"url": result.server_url}))
        self.status_label.setText(words)
        self.refresh_pairing()
        self.pair_finished.emit(result)

    def _on_pair_failed(self, error: BaseException) -> None:
        self._pairing = False
        self._set_busy(self.sync.running())
        self.pairing_label.setText(self.tr("Pairing failed: {0}").format(error_text(error)))
        self.status_label.setText(self.tr("Not paired."))
        self.pair_finished.emit(error)

    @Slot()
    def start_sync(self, automatic: bool = False) -> bool:
        """Start the app's sync; False when one is running, or (automatic) not paired."""
        if self._pairing or (automatic and not self._paired):
            return False
        return self.sync.start(automatic=automatic)

    @Slot()
    def cancel(self) -> None:
        waiting = self.sync.retry_pending() and not self.sync.running()
        self.sync.cancel()
        if waiting:
            self.status_label.setText(self.tr("It will not try again by itself."))
            self._set_busy(False)
            return
        self.status_label.setText(self.tr("Stopping after the current step…"))

    # -- the sync service's signals -------------------------------------------------

    def _on_started(self, automatic: bool) -> None:
        self.progress.setValue(0)
        self.error_label.setVisible(False)
        self._link_timer.start()
        self._set_busy(True)
        if automatic and self.last_report is not None and self.last_report.link_trouble:
            words = self.tr("Trying again by itself (the connection dropped)…")
        elif automatic:
            words = self.tr("Syncing automatically…")
        else:
            words = self.tr("Syncing…")
        self.status_label.setText(words)

    def _on_synced(self, report: SyncReport) -> None:
        self._link_timer.stop()
        self._set_busy(False)
        if report.error_code == "busy":  # another sync holds the lock: nothing was done
            message = report.error_message
            self.status_label.setText(text(message) if message is not None else "")
        else:
            self.show_report(report)
        self.refresh_rejections()
        self.sync_finished.emit(report)

    def _on_sync_crashed(self, error: BaseException) -> None:
        self._link_timer.stop()
        self._set_busy(False)
        report = SyncReport(error=repr(error), error_code="crash")
        self.show_report(report)
        self.error_label.setText(error_text(error))
        self.sync_finished.emit(report)

    def _on_waiting(self, _why: Message, ms: int) -> None:
        self._set_busy(self.sync.running())
        seconds = max(1, round(ms / 1000))
        if seconds >= 90:
            minutes = round(seconds / 60)
            when = self.tr("The next try starts by itself in %n minute(s).", "", minutes)
        else:
            when = self.tr("The next try starts by itself in %n second(s).", "", seconds)
        self.status_label.setText(self.status_label.text() + "\n" + when)

    def show_report(self, report: SyncReport) -> None:
        self.last_report = report
        values = {
            "sent": report.sent,
            "acknowledged": report.acknowledged,
            "duplicate": report.duplicate,
            "rejected": len(report.rejected),
            "pending": report.pending,
            "new_parcels": report.new_parcels,
            "updated_parcels": report.updated_parcels,
            "blobs_uploaded": report.blobs_uploaded,
        }
        for key, value in values.items():
            self.figures[key].setText(str(value))
        self.figures["bytes_sent"].setText(size_text(report.bytes_sent))
        self.figures["bytes_to_send"].setText(size_text(report.bytes_to_send))
        trouble = not report.ok and report.link_trouble and report.bytes_to_send > 0
        sentence = link_sentence(report.bytes_sent, report.bytes_to_send, trouble, running=False)
        self.link_label.setText(sentence)
        self.link_label.setVisible(bool(sentence))
        self._style_link(trouble)
        notes = report.note_messages()
        clock = [note for note in notes if note.code == "sync.clock_off"]
        if not clock and report.clock_warning:  # a report from before the notes
            clock = [
                Message(
                    "sync.clock_off",
                    {"offset_s": report.clock_offset_s or 0.0},
                    fallback=report.clock_warning,
                )
            ]
        others = [
            note
            for note in notes
            if note.code != "sync.clock_off" and note.fallback != report.clock_warning
        ]
        self.clock_label.setText(
            self.tr("Clock: {0}").format(" ".join(text(note) for note in clock)) if clock else ""
        )
        self.clock_label.setVisible(bool(clock))
        if report.ok:
            self.progress.setValue(100)
            self.status_label.setText(
                self.tr("Sync done: {0}, {1}.").format(
                    text(Message("sync.events_sent", count=report.sent)),
                    text(Message("sync.new_parcels", count=report.new_parcels)),
                )
            )
            self.error_label.setVisible(False)
        else:
            self.status_label.setText(text(Message("sync.stopped")))
            self.error_label.setText(self._error_words(report))
            self.error_label.setVisible(True)
        if others:
            self.status_label.setText(
                self.status_label.text() + "\n" + "\n".join(text(note) for note in others[:5])
            )

    def _error_words(self, report: SyncReport) -> str:
        code = report.error_code
        if code == "offline" and report.link_trouble and report.bytes_sent > 0:
            return text(Message("sync.offline_link"))
        if code == "crash":
            return text(Message("error.unexpected"))
        message = report.error_message
        if message is None:
            return text(Message("sync.sync_failed"))
        return text(message)

    @Slot()
    def mark_selected_seen(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.rejected_list.selectedItems()]
        self._mark(ids)

    @Slot()
    def mark_all_seen(self) -> None:
        ids = [
            self.rejected_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.rejected_list.count())
        ]
        self._mark(ids)

    def _mark(self, ids: list[str]) -> None:
        if not ids:
            return
        self.seen_button.setEnabled(False)
        self.all_seen_button.setEnabled(False)
        self.context.ops.write(
            lambda job: mark_reviewed(job.store, ids),
            owner=self,
            done=lambda _count: self.refresh_rejections(),
            failed=self._load_failed,
            changes=Changes.OUTBOX,
        )

    # -- shutting down -------------------------------------------------------------

    @Slot()
    def shutdown(self) -> None:
        """The page goes (the app closes, or the language changed): the sync is the app's
        and goes on; only the page's own link timer stops."""
        self._link_timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.shutdown()
        super().closeEvent(event)

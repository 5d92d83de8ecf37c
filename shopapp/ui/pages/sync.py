"""Sync page: pairing, the end-of-day "Sync now" button, progress and a plain report.

While a sync runs, the page says what the link is doing: bytes sent and still to send,
and plainly when the connection is the problem ("The connection keeps dropping: 1.2 MB
of 2.0 MB sent; it carries on by itself."). A sync that the link cut short (offline
after faults, with data left) is started again by itself after a pause that doubles
from 30 s to 5 minutes, until everything is sent.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from shopapp.errors import ShopAppError
from shopapp.sync import link
from shopapp.sync.credentials import FILE, KEYRING
from shopapp.sync.pairing import PairResult, load_pairing, pair
from shopapp.sync.report import SyncReport
from shopapp.sync.review import mark_reviewed, unreviewed_rejections
from shopapp.sync.run import last_report, run_sync

from shopapp.ui.context import AppContext
from shopapp.ui.names import event_name, local_time_text
from shopapp.ui.pages.base import PageWidget
from shopapp.ui.status_bar import link_sentence, size_text

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]


class TaskWorker(QObject):
    """Runs one core call off the UI thread; the call gets a progress callback."""

    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, task: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._task = task

    @Slot()
    def run(self) -> None:
        try:
            result = self._task(self.progress.emit)
        except Exception as error:  # handed to the page, which shows it; the app goes on
            log.exception("background task failed")
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class SyncPage(PageWidget):
    """Pair with the carrier, sync on demand (or automatically), show what happened.

    Signals:
        sync_finished(SyncReport): a sync run ended (also when it stopped half-way).
        pair_finished(object): pairing ended: a PairResult, or the exception.
    """

    sync_finished = Signal(object)
    pair_finished = Signal(object)
    LINK_MS = 500
    RETRY_FIRST_MS = 30_000
    RETRY_MAX_MS = 300_000

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("syncPage")
        self._thread: QThread | None = None
        self._worker: TaskWorker | None = None
        self._cancel = threading.Event()
        self.last_report: SyncReport | None = None

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
        self.sync_button.setMinimumHeight(72)
        self.sync_button.clicked.connect(lambda: self.start_sync())
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.setMinimumHeight(72)
        self.cancel_button.clicked.connect(self.cancel)
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
        self._board_key = link.board_key(context.store.db_path)
        self._link_timer = QTimer(self, interval=self.LINK_MS)
        self._link_timer.timeout.connect(self.refresh_link)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._retry_after_link_fault)
        self._retry_ms = self.RETRY_FIRST_MS

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
        self.clock_label.setStyleSheet("color: #9a5b00; font-weight: bold")
        self.clock_label.setVisible(False)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold")
        self.error_label.setVisible(False)
        report_form.addRow(self.clock_label)
        report_form.addRow(self.error_label)

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
        lower = QHBoxLayout()
        lower.addWidget(report_box, 1)
        lower.addWidget(rejected_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(pairing_box)
        layout.addLayout(action_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.link_label)
        layout.addWidget(self.status_label)
        layout.addLayout(lower, 1)

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.refresh_pairing()
        self.refresh_rejections()
        self._show_previous_report()

    def _show_previous_report(self) -> None:
        try:
            previous = last_report(self.context.store)
        except ShopAppError:
            previous = None
        if previous is None:
            return
        self.show_report(previous)
        when = local_time_text(previous.started_at)
        self.status_label.setText(self.tr("Last sync started {0}.").format(when))

    # -- state -------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._thread is not None

    def refresh_pairing(self) -> None:
        try:
            pairing = load_pairing(self.context.store)
        except ShopAppError as error:
            self.pairing_label.setText(str(error))
            return
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

    def refresh_rejections(self) -> None:
        try:
            rejections = unreviewed_rejections(self.context.store)
        except ShopAppError as error:
            self.status_label.setText(str(error))
            return
        self.rejected_list.clear()
        for rejection in rejections:
            item = QListWidgetItem(
                self.tr("{0} · {1} · {2}").format(
                    rejection.tracking_number, event_name(rejection.type), rejection.reason
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, rejection.id)
            item.setToolTip(rejection.reason)
            self.rejected_list.addItem(item)
        has_any = bool(rejections)
        self.seen_button.setEnabled(has_any)
        self.all_seen_button.setEnabled(has_any)

    # -- actions -----------------------------------------------------------------

    def _run(
        self,
        task: Callable[[Progress], Any],
        on_finished: Callable[[Any], None],
        on_failed: Callable[[Any], None],
    ) -> None:
        thread = QThread(self)
        worker = TaskWorker(task)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(on_finished)
        worker.failed.connect(on_failed)
        worker.finished.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(self._on_thread_done)
        self._thread, self._worker = thread, worker
        self._set_busy(True)
        thread.start()

    def _set_busy(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy)
        self.pair_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    @Slot()
    def refresh_link(self) -> None:
        """The running sync's bytes sent and still to send, and whether the link is the
        problem (read from the sync's own figures, `shopapp.sync.link.current`)."""
        status = link.current(self._board_key)
        if status is None or not status.running:
            return
        text = link_sentence(
            status.bytes_sent, status.bytes_left, status.link_trouble(), running=True
        )
        self.link_label.setText(text)
        self.link_label.setVisible(bool(text))
        self._style_link(status.link_trouble() and status.bytes_left > 0)

    def _style_link(self, trouble: bool) -> None:
        self.link_label.setStyleSheet("color: #9a5b00; font-weight: bold" if trouble else "")

    @Slot()
    def _retry_after_link_fault(self) -> None:
        if not self.start_sync(automatic=True):
            return
        self.status_label.setText(self.tr("Trying again by itself (the connection dropped)…"))
    @Slot()
    def _on_thread_done(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if worker is not None:
            worker.deleteLater()
        if thread is not None:
            thread.deleteLater()
        self._set_busy(False)
        self.refresh_pairing()

    @Slot(int, str)
    def _on_progress(self, percent: int, message: str) -> None:
        self.progress.setValue(percent)
        self.status_label.setText(message)

    @Slot()
    def start_pair(self) -> None:
        if self.is_busy():
            return
        server, token = self.server_edit.text().strip(), self.token_edit.text().strip()
        if not server or not token:
            self.pairing_label.setText(self.tr("Enter both the server address and the token."))
            return
        paths, store = self.context.paths, self.context.store
        self.status_label.setText(self.tr("Checking the token with the carrier…"))
        self._run(
            lambda _progress: pair(paths, store, server, token),
            self._on_paired,
            self._on_pair_failed,
        )

    @Slot(object)
    def _on_paired(self, result: PairResult) -> None:
        self.token_edit.clear()  # the token lives in the keyring or the private file only
        text = self.tr("Paired with {0} as shop {1}.").format(result.server_url, result.shop_name)
        if result.warnings:
            text += "\n" + "\n".join(result.warnings)
        self.status_label.setText(text)
        self.pair_finished.emit(result)

    @Slot(object)
    def _on_pair_failed(self, error: Exception) -> None:
        self.pairing_label.setText(self.tr("Pairing failed: {0}").format(error))
        self.status_label.setText(self.tr("Not paired."))
        self.pair_finished.emit(error)

    @Slot()
    def start_sync(self, automatic: bool = False) -> bool:
        """Start a sync in the background; False when one is running or not paired."""
        if self.is_busy():
            return False
        if automatic and not self.sync_button.isEnabled():
            return False
        self._cancel = threading.Event()
        cancel = self._cancel
        paths, store = self.context.paths, self.context.store
        self.progress.setValue(0)
        self.error_label.setVisible(False)
        self._retry_timer.stop()
        self._link_timer.start()
        self.status_label.setText(
            self.tr("Syncing automatically (back online)…") if automatic else self.tr("Syncing…")
        )
        self._run(
            lambda progress: run_sync(paths, store, progress=progress, cancel=cancel),
            self._on_synced,
            self._on_sync_crashed,
        )
        return True

    @Slot()
    def cancel(self) -> None:
        self._retry_timer.stop()
        self._cancel.set()
        self.status_label.setText(self.tr("Stopping after the current step…"))

    @Slot(object)
    def _on_synced(self, report: SyncReport) -> None:
        self._link_timer.stop()
        self.show_report(report)
        self._schedule_carry_on(report)
        self.sync_finished.emit(report)

    def _schedule_carry_on(self, report: SyncReport) -> None:
        """A sync the link cut short goes on by itself after a pause (30 s, doubling to
        5 minutes); a complete one, a stop by hand or any other failure does not."""
        if report.ok or report.error_code != "offline" or not report.link_trouble:
            self._retry_ms = self.RETRY_FIRST_MS
            return
        if report.pending == 0 and report.proofs_pending == 0:
            return
        self._retry_timer.start(self._retry_ms)
        self._retry_ms = min(self.RETRY_MAX_MS, self._retry_ms * 2)

    @Slot(object)
    def _on_sync_crashed(self, error: Exception) -> None:
        self._link_timer.stop()
        report = SyncReport(error=str(error), error_code="crash")
        self.show_report(report)
        self.sync_finished.emit(report)

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
        clock = [w for w in report.warnings if "clock" in w]
        self.clock_label.setText(self.tr("Clock: {0}").format(" ".join(clock)) if clock else "")
        self.clock_label.setVisible(bool(clock))
        if report.ok:
            self.progress.setValue(100)
            self.status_label.setText(
                self.tr("Sync done: {0} sent, {1} new parcels expected.").format(
                    report.sent, report.new_parcels
                )
            )
            self.error_label.setVisible(False)
        else:
            self.status_label.setText(self.tr("The sync stopped; nothing is lost."))
            self.error_label.setText(self._error_words(report))
            self.error_label.setVisible(True)
        others = [w for w in report.warnings if w != report.clock_warning]
        if others:
            self.status_label.setText(self.status_label.text() + "\n" + "\n".join(others[:5]))
        self.refresh_rejections()

    def _error_words(self, report: SyncReport) -> str:
        code = report.error_code
        if code == "offline" and report.link_trouble and report.bytes_sent > 0:
            return self.tr(
                "The connection keeps dropping, so this sync stopped part-way. What was "
                "sent is kept; the rest goes by itself in a moment, or press Sync now."
            )
        if code == "offline":
            return self.tr(
                "The carrier's server cannot be reached now. Everything is kept on this "
                "computer and goes with the next sync."
            )
        if code == "unauthorized":
            return self.tr(
                "The carrier no longer accepts this shop's token: ask for a new one and pair again."
            )
        if code == "not_paired":
            return self.tr("Pair with the carrier first (address and token above).")
        if code == "tls":
            return self.tr(
                "The carrier's server could not prove who it is (certificate check failed). "
                "Nothing was sent. Check the address and this computer's date, or call support."
            )
        if code == "cancelled":
            return self.tr("Stopped. What was sent is kept; the rest goes next time.")
        return report.error or self.tr("The sync stopped.")

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
        try:
            mark_reviewed(self.context.store, ids)
        except ShopAppError as error:
            self.status_label.setText(str(error))
        self.refresh_rejections()

    # -- shutting down -------------------------------------------------------------

    @Slot()
    def shutdown(self) -> None:
        """Stop a running sync and wait for its thread (the app is closing)."""
        self._retry_timer.stop()
        self._link_timer.stop()
        thread = self._thread
        if thread is None:
            return
        self._cancel.set()
        thread.quit()
        thread.wait(15_000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.shutdown()
        super().closeEvent(event)

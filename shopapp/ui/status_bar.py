"""Status bar: connection, last sync, events waiting to be sent and, while a sync runs
(or after one the link cut short), the bytes sent and still to send; refreshed on change
notices and the sync service's signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from shopapp.changes import Changes
from shopapp.sync import link

from shopapp.ui.context import AppContext
from shopapp.ui.messages import error_text
from shopapp.ui.names import local_time_text, size_text
from shopapp.ui.sync_service import SyncService

if TYPE_CHECKING:  # shopapp.sync.run brings the HTTP client: not needed to show the window
    from shopapp.sync.run import SyncStatus


def link_sentence(sent: int, left: int, trouble: bool, running: bool) -> str:
    """The Sync page's sentence about the link: bytes sent and still to send, and plainly
    when the connection is the problem."""
    total = size_text(sent + left)
    if trouble and left > 0:
        return QCoreApplication.translate(
            "ShopStatusBar",
            "The connection keeps dropping: {0} of {1} sent; it carries on by itself.",
        ).format(size_text(sent), total)
    if running:
        return QCoreApplication.translate(
            "ShopStatusBar", "Sending: {0} of {1} sent, {2} still to send."
        ).format(size_text(sent), total, size_text(left))
    if left > 0:
        return QCoreApplication.translate(
            "ShopStatusBar", "{0} of {1} sent; {2} still to send with the next sync."
        ).format(size_text(sent), total, size_text(left))
    if sent > 0:
        return QCoreApplication.translate(
            "ShopStatusBar", "{0} sent; nothing left to send."
        ).format(size_text(sent))
    return ""


class ShopStatusBar(QStatusBar):
    """Connection, last sync, events waiting: refreshed on change notices
    (`apply_changes`: outbox, pairing, parcels) and on the sync service's signals, never
    by polling the database."""

    LINK_MS = 1000

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.connection = QLabel()
        self.connection.setObjectName("connectionLabel")
        self.last_sync = QLabel()
        self.pending = QLabel()
        self.pending.setObjectName("pendingLabel")
        self.link = QLabel()
        self.link.setObjectName("linkLabel")
        self.link.setVisible(False)
        for label in (self.connection, self.last_sync, self.pending, self.link):
            label.setStyleSheet("font-size: 13pt; padding: 2px 10px;")
            self.addPermanentWidget(label)
        self.online: bool | None = None  # None: not paired or not probed yet
        self._status: SyncStatus | None = None
        self.sync = SyncService.of(context)
        self._board_key = self.sync.board_key
        self.sync.started.connect(self._sync_started)
        self.sync.finished.connect(self._sync_ended)
        self.sync.failed.connect(self._sync_ended)
        # While a sync runs its bytes sent and still to send change by the second: this
        # short timer reads them from the in-memory link board (shopapp.sync.link.current),
        # never the database, and runs only while a sync does.
        self._link_timer = QTimer(self, interval=self.LINK_MS)
        self._link_timer.timeout.connect(self.refresh_link)
        if self.sync.running():
            self._link_timer.start()
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        if changes & (Changes.OUTBOX | Changes.PAIRING | Changes.PARCELS):
            self.refresh()

    def retranslate(self) -> None:
        self._paint()

    def set_online(self, online: bool | None) -> None:
        self.online = online
        self._paint()

    def refresh(self) -> None:
        """Read the outbox's figures and the last sync (on the runner), then show them."""
        from shopapp.sync.run import sync_status

        if self.context.ops.closed:  # the window is closing: a late notice, nothing to show
            return
        self.context.ops.read(
            lambda job: sync_status(job.store),
            owner=self,
            done=self._show,
            failed=self._read_failed,
        )

    def _show(self, status: SyncStatus) -> None:
        self._status = status
        self._paint()

    def _read_failed(self, error: BaseException) -> None:
        self.pending.setText(error_text(error))

    def _paint(self) -> None:
        status = self._status
        if status is None:
            return
        if not status.paired:
            self.connection.setText(self.tr("Not paired with the carrier (see Sync)"))
        elif self.online is None:
            self.connection.setText(self.tr("Checking the connection…"))
        elif self.online:
            self.connection.setText(self.tr("● Online"))
        else:
            self.connection.setText(self.tr("○ Offline (working locally)"))
        when = local_time_text(status.last_sync_at) if status.last_sync_at else None
        self.last_sync.setText(
            self.tr("Last sync: {0}").format(when) if when else self.tr("Never synced")
        )
        text = self.tr("%n event(s) waiting to sync", "", status.pending)
        if status.rejected_unreviewed:
            text += " · " + self.tr(
                "%n rejected: see Sync", "", status.rejected_unreviewed
            )
        self.pending.setText(text)
        self.refresh_link()

    def _sync_started(self, _automatic: bool) -> None:
        self._link_timer.start()
        self.refresh_link()

    def _sync_ended(self, _outcome: object) -> None:
        self._link_timer.stop()
        self.refresh()

    def refresh_link(self) -> None:
        """Bytes sent and still to send while a sync runs; after one that the link cut
        short, what is still to send. Hidden otherwise. Reads no database."""
        status = link.current(self._board_key)
        text = ""
        if status is not None and status.running:
            sent, left = size_text(status.bytes_sent), size_text(status.bytes_left)
            total = size_text(status.bytes_total)
            if status.link_trouble():
                text = self.tr("Connection dropping: {0} of {1} sent, carrying on").format(
                    sent, total
                )
            elif status.bytes_total > 0:
                text = self.tr("Syncing: {0} of {1} sent, {2} to go").format(sent, total, left)
        else:
            report = self._status.last_report if self._status is not None else None
            if report is not None and report.bytes_to_send > 0 and report.link_faults > 0:
                text = self.tr("{0} still to send (the connection dropped)").format(
                    size_text(report.bytes_to_send)
                )
        self.link.setText(text)
        self.link.setVisible(bool(text))

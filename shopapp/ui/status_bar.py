"""Status bar: connection, last sync, events waiting to be sent and, while a sync runs
(or after one the link cut short), the bytes sent and still to send; refreshed on timers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from shopapp.changes import Changes
from shopapp.errors import StoreError
from shopapp.store.queries import sync_summary
from shopapp.sync import link, state
from shopapp.sync.report import SyncReport

from shopapp.ui.context import AppContext
from shopapp.ui.names import local_time_text


def size_text(size: int) -> str:
    """Bytes for the shopkeeper: "850 bytes", "12.5 kB", "340 kB", "1.2 MB" (the locale's
    decimal sign)."""
    locale = QLocale()
    if size < 1000:
        return QCoreApplication.translate("ShopStatusBar", "{0} bytes").format(size)
    if size < 1_000_000:
        kilo = size / 1000
        digits = 1 if kilo < 100 else 0
        return QCoreApplication.translate("ShopStatusBar", "{0} kB").format(
            locale.toString(kilo, "f", digits)
        )
    return QCoreApplication.translate("ShopStatusBar", "{0} MB").format(
        locale.toString(size / 1_000_000, "f", 1)
    )


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
    REFRESH_MS = 5000
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
        self._last_report: SyncReport | None = None
        self._board_key = link.board_key(context.store.db_path)
        self._timer = QTimer(self, interval=self.REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._link_timer = QTimer(self, interval=self.LINK_MS)
        self._link_timer.timeout.connect(self.refresh_link)
        self._link_timer.start()
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        if changes & (Changes.OUTBOX | Changes.PAIRING | Changes.PARCELS):
            self.refresh()

    def retranslate(self) -> None:
        self.refresh()

    def set_online(self, online: bool | None) -> None:
        self.online = online
        self.refresh()

    def refresh(self) -> None:
        try:
            with self.context.store.read() as session:
                summary = sync_summary(session)
                paired = bool(state.get_value(session, state.SERVER_URL))
        except StoreError as error:
            self.pending.setText(str(error))
            return
        if not paired:
            self.connection.setText(self.tr("Not paired with the carrier (see Sync)"))
        elif self.online is None:
            self.connection.setText(self.tr("Checking the connection…"))
        elif self.online:
            self.connection.setText(self.tr("● Online"))
        else:
            self.connection.setText(self.tr("○ Offline (working locally)"))
        when = local_time_text(summary.last_sync_at) if summary.last_sync_at else None
        self.last_sync.setText(
            self.tr("Last sync: {0}").format(when) if when else self.tr("Never synced")
        )
        text = self.tr("{0} events waiting to sync").format(summary.pending)
        if summary.rejected_unreviewed:
            text += self.tr(" · {0} rejected: see Sync").format(summary.rejected_unreviewed)
        self.pending.setText(text)
        self._last_report = self._read_last_report()
        self.refresh_link()

    def _read_last_report(self) -> SyncReport | None:
        from shopapp.sync.run import last_report

        try:
            return last_report(self.context.store)
        except StoreError:
            return None

    def refresh_link(self) -> None:
        """Bytes sent and still to send while a sync runs; after one that the link cut
        short, what is still to send. Hidden otherwise."""
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
            report = self._last_report
            if report is not None and report.bytes_to_send > 0 and report.link_faults > 0:
                text = self.tr("{0} still to send (the connection dropped)").format(
                    size_text(report.bytes_to_send)
                )
        self.link.setText(text)
        self.link.setVisible(bool(text))

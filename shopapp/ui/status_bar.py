"""Status bar: connection, last sync and events waiting to be sent, refreshed on a timer."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from shopapp.errors import StoreError
from shopapp.store.queries import sync_summary
from shopapp.sync import state

from shopapp.ui.context import AppContext
from shopapp.ui.names import local_time_text


class ShopStatusBar(QStatusBar):
    REFRESH_MS = 5000

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.connection = QLabel()
        self.connection.setObjectName("connectionLabel")
        self.last_sync = QLabel()
        self.pending = QLabel()
        self.pending.setObjectName("pendingLabel")
        for label in (self.connection, self.last_sync, self.pending):
            label.setStyleSheet("font-size: 13pt; padding: 2px 10px;")
            self.addPermanentWidget(label)
        self.online: bool | None = None  # None: not paired or not probed yet
        self._timer = QTimer(self, interval=self.REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
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

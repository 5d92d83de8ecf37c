"""Online/offline: a cheap health probe on a timer, off the UI thread, with backoff.

While offline the probe waits longer each time (5 s, 10 s, 20 s ... up to 5 minutes,
with jitter, so a village of shops does not knock in step); once online it checks every
minute. Going online with events waiting asks for an automatic sync.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from shopapp.errors import ShopAppError
from shopapp.store.outbox import pending_count

from shopapp.ui.context import AppContext

log = logging.getLogger(__name__)


class ConnectivityMonitor(QObject):
    """Probes the paired server's health; emits `online(bool)` when the answer changes.

    Signals:
        online(bool): reachable or not (emitted on every change, and after the first probe).
        sync_wanted(): came online with events waiting to be sent.
    Args:
        start_sync: called (on the UI thread) together with `sync_wanted`, e.g.
            `lambda: sync_page.start_sync(automatic=True)`.
    """

    online = Signal(bool)
    sync_wanted = Signal()
    _probed = Signal(bool)

    def __init__(
        self,
        context: AppContext,
        parent: QObject | None = None,
        *,
        start_sync: Callable[[], object] | None = None,
        first_delay_ms: int = 5_000,
        max_delay_ms: int = 300_000,
        online_interval_ms: int = 60_000,
        probe_fn: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.start_sync = start_sync
        self.first_delay_ms = first_delay_ms
        self.max_delay_ms = max_delay_ms
        self.online_interval_ms = online_interval_ms
        self.state: bool | None = None
        self.probes = 0
        self._delay_ms = first_delay_ms
        self._probing = False
        self._stopped = True
        self._probe = probe_fn or self._probe_paired_server
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.probe_now)
        self._probed.connect(self._on_probed)

    def _probe_paired_server(self) -> bool:
        # Imported here: the HTTP client (requests) is not needed to show the window.
        from shopapp.sync.commands import probe

        return probe(self.context.paths, self.context.store)

    def start(self, first_in_ms: int = 0) -> None:
        self._stopped = False
        self._timer.start(first_in_ms)

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        self._pool.waitForDone(10_000)

    @Slot()
    def probe_now(self) -> None:
        """Probe at once (off the UI thread); the answer comes back through `_probed`."""
        if self._probing or self._stopped:
            return
        self._probing = True
        self._pool.start(self._probe_in_pool)

    def _probe_in_pool(self) -> None:
        try:
            result = bool(self._probe())
        except Exception:  # an unreadable store or anything else: treat as offline
            log.exception("health probe failed")
            result = False
        self._probed.emit(result)  # queued to the UI thread

    @Slot(bool)
    def _on_probed(self, reachable: bool) -> None:
        self._probing = False
        self.probes += 1
        came_online = reachable and self.state is not True
        changed = reachable != self.state
        self.state = reachable
        if changed:
            self.online.emit(reachable)
        if reachable:
            self._delay_ms = self.first_delay_ms
            next_ms = self.online_interval_ms
        else:
            next_ms = self._delay_ms
            self._delay_ms = min(self.max_delay_ms, self._delay_ms * 2)
            next_ms = int(random.uniform(0.5, 1.0) * next_ms)  # jitter: shops not in step
        if came_online and self._has_pending():
            self.sync_wanted.emit()
            if self.start_sync is not None:
                self.start_sync()
        if not self._stopped:
            self._timer.start(max(50, next_ms))

    def _has_pending(self) -> bool:
        try:
            with self.context.store.read() as session:
                return pending_count(session) > 0
        except ShopAppError:
            return False

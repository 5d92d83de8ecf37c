"""Online/offline: a cheap health probe on a timer, through the operation runner, with backoff.

While offline the probe waits longer each time (5 s, 10 s, 20 s ... up to 5 minutes,
with jitter, so a village of shops does not knock in step); once online it checks every
minute. Going online with events waiting starts an automatic sync of the app's sync
service (`context.sync`).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from shopapp.store import Store

from shopapp.ui.context import AppContext
from shopapp.ui.operations import Job

log = logging.getLogger(__name__)


def _probe_paired_server(job: Job) -> bool:
    # Imported here: the HTTP client (requests) is not needed to show the window.
    from shopapp.sync.commands import probe

    return probe(job.paths, job.store)


def _events_waiting(store: Store) -> bool:
    from shopapp.sync.push import count_pending

    return count_pending(store) > 0


class ConnectivityMonitor(QObject):
    """Probes the paired server's health; emits `online(bool)` when the answer changes.

    Signals:
        online(bool): reachable or not (emitted on every change, and after the first probe).
    Args:
        start_sync: called (on the UI thread) when it comes online with events waiting;
            by default the app's sync service starts an automatic sync.
        probe_fn: the probe itself (tests); by default a health check of the paired server.
    """

    online = Signal(bool)

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
        self.start_sync = start_sync or self._start_automatic_sync
        self.first_delay_ms = first_delay_ms
        self.max_delay_ms = max_delay_ms
        self.online_interval_ms = online_interval_ms
        self.state: bool | None = None
        self.probes = 0
        self._delay_ms = first_delay_ms
        self._probing = False
        self._stopped = True
        self._probe_fn = probe_fn
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.probe_now)

    def _start_automatic_sync(self) -> None:
        from shopapp.ui.sync_service import SyncService

        SyncService.of(self.context).start(automatic=True)

    def start(self, first_in_ms: int = 0) -> None:
        self._stopped = False
        self._timer.start(first_in_ms)

    def stop(self) -> None:
        """No more probes; an answer still on its way is dropped."""
        self._stopped = True
        self._timer.stop()

    @Slot()
    def probe_now(self) -> None:
        """Probe at once (on the runner's pool); the answer comes back to `_on_probed`."""
        if self._probing or self._stopped or self.context.ops.closed:
            return
        self._probing = True
        probe_fn = self._probe_fn

        def work(job: Job) -> tuple[bool, bool]:
            try:
                reachable = bool(probe_fn()) if probe_fn is not None else _probe_paired_server(job)
            except Exception:  # an unreadable store or anything else: treat as offline
                log.exception("health probe failed")
                reachable = False
            try:
                waiting = reachable and _events_waiting(job.store)
            except Exception:  # the store's own trouble is the pages' to show
                log.exception("could not count the events waiting")
                waiting = False
            return reachable, waiting

        self.context.ops.network(
            work, owner=self, done=self._on_probed, failed=self._on_probe_failed
        )

    def _on_probe_failed(self, _error: BaseException) -> None:
        self._on_probed((False, False))

    def _on_probed(self, answer: tuple[bool, bool]) -> None:
        reachable, events_waiting = answer
        self._probing = False
        if self._stopped:
            return
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
        if came_online and events_waiting:
            self.start_sync()
        if not self._stopped:
            self._timer.start(max(50, next_ms))

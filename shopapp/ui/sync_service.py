"""The app's one sync: owned by the main window (`context.sync`), used by the
connectivity monitor, the Sync page, the end-of-day button and the status bar.

- **One sync at a time.** `start()` says False while one runs in the app; a sync from a
  terminal (`shopapp sync`) on the same data dir is kept out by the data dir's sync lock
  (shopapp.sync.lock), which `run_sync` takes. When a terminal sync holds it, the run
  does nothing (its report says `busy`): the service says so (`finished` with that
  report, and `waiting`) and tries again by itself after `BUSY_RETRY_MS`.
- **It carries on by itself.** A sync the link cut short (offline after faults, with
  data left) is started again after a pause that doubles from 30 s to 5 minutes, until
  everything is sent.
- **It runs through the operation runner** (`context.ops.network`): progress comes back
  as (fraction, Message), the report's `changes` are announced to the pages and the
  status bar, and a crash goes to the one error display as well as to `failed`.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal

from shopapp.messages import Message
from shopapp.sync.report import SyncReport

if TYPE_CHECKING:
    from shopapp.sync.retry import RetryPolicy

    from shopapp.ui.context import AppContext
    from shopapp.ui.operations import Job, Task


def run_sync_for_app(
    job: Job, cancel: threading.Event, policy: RetryPolicy | None = None
) -> SyncReport:
    """The work of one sync on the runner's pool (replaced by tests for a short budget)."""
    from shopapp.sync.run import run_sync

    return run_sync(job.paths, job.store, progress=job.progress, cancel=cancel, policy=policy)


class SyncService(QObject):
    """Signals (all on the UI thread):
    started(bool): a sync began (True: started by itself, not by a person);
    progress(float, Message): how far it is and what it does;
    finished(SyncReport): it ended, complete or not (also `busy`: another held the lock);
    failed(BaseException): it crashed (a bug: the report could not even be made);
    waiting(Message, int): the next sync starts by itself in that many ms, and why.
    """

    started = Signal(bool)
    progress = Signal(float, object)
    finished = Signal(object)
    failed = Signal(object)
    waiting = Signal(object, int)

    RETRY_FIRST_MS = 30_000
    RETRY_MAX_MS = 300_000
    BUSY_RETRY_MS = 30_000

    def __init__(
        self,
        context: AppContext,
        parent: QObject | None = None,
        *,
        policy: RetryPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.policy = policy
        self._task: Task[SyncReport] | None = None
        self._cancel = threading.Event()
        self.automatic = False
        self.last_report: SyncReport | None = None
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._start_again)
        self._retry_ms = self.RETRY_FIRST_MS

    @property
    def board_key(self) -> str:
        """The key of this data dir's running sync on the in-memory link board
        (shopapp.sync.link.current: bytes sent and still to send, read without the store)."""
        from shopapp.sync import link

        return link.board_key(self.context.store.db_path)

    @classmethod
    def of(cls, context: AppContext) -> SyncService:
        """The app's sync service (the main window makes it; a page built on its own, in
        a test, gets one made here, kept by the context)."""
        if context.sync is None:
            context.sync = cls(context)
        return context.sync

    def running(self) -> bool:
        return self._task is not None

    def retry_pending(self) -> bool:
        return self._retry_timer.isActive()

    def start(self, automatic: bool = False) -> bool:
        """Start a sync in the background; False when one is already running."""
        if self._task is not None or self.context.ops.closed:
            return False
        self._retry_timer.stop()
        self._cancel = threading.Event()
        self.automatic = automatic
        cancel, policy = self._cancel, self.policy
        # The report says what changed (`SyncReport.changes`): announced by the runner.
        self._task = self.context.ops.network(
            lambda job: run_sync_for_app(job, cancel, policy),
            owner=self,
            done=self._done,
            failed=self._failed,
            progress=self._progress,
        )
        self.started.emit(automatic)
        return True

    def cancel(self) -> None:
        """Stop the running sync after its current step, and any sync waiting to start."""
        self._retry_timer.stop()
        self._retry_ms = self.RETRY_FIRST_MS
        self._cancel.set()

    def shutdown(self, timeout_s: float = 15.0) -> None:
        """The app is closing: stop the sync and give it a moment to record what it did."""
        self.cancel()
        task = self._task
        deadline = time.monotonic() + timeout_s
        while task is not None and not task.done() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.02)

    # -- the runner's callbacks (UI thread) ------------------------------------------

    def _progress(self, fraction: float, what: Message) -> None:
        self.progress.emit(fraction, what)

    def _done(self, report: SyncReport) -> None:
        self._task = None
        if report.error_code != "busy":
            self.last_report = report
        self.finished.emit(report)
        if self._task is None:  # (a listener may have started the next one already)
            self._schedule(report)

    def _failed(self, error: BaseException) -> None:
        from shopapp.ui.operations import Cancelled

        self._task = None
        if isinstance(error, Cancelled):  # never started: the app is closing
            return
        self.failed.emit(error)
        self.context.ops.failed.emit(error)  # the one error display says it too

    # -- starting again by itself ----------------------------------------------------

    def _schedule(self, report: SyncReport) -> None:
        """A sync kept out by a terminal's tries again in a while; one the link cut
        short goes on after a pause (30 s, doubling to 5 minutes); a complete one, a stop
        by hand or any other failure does not."""
        if report.error_code == "busy":
            self._wait(report.error_message or Message("sync.busy"), self.BUSY_RETRY_MS)
            return
        if report.ok or report.error_code != "offline" or not report.link_trouble:
            self._retry_ms = self.RETRY_FIRST_MS
            return
        if report.pending == 0 and report.proofs_pending == 0:
            return
        self._wait(Message("sync.offline_link"), self._retry_ms)
        self._retry_ms = min(self.RETRY_MAX_MS, self._retry_ms * 2)

    def _wait(self, why: Message, ms: int) -> None:
        self._retry_timer.start(ms)
        self.waiting.emit(why, ms)

    def _start_again(self) -> None:
        self.start(automatic=True)

"""The app's one sync: owned by the main window, used by the connectivity monitor, the
Sync page, the end-of-day button and the status bar.

Only one sync runs at a time in the app (`running`); a sync from a terminal on the same
data dir is kept out by the sync lock in the data dir (shopapp.sync.lock).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from shopapp.changes import Changes
from shopapp.messages import Message, message

if TYPE_CHECKING:
    from shopapp.sync.report import SyncReport

    from shopapp.ui.context import AppContext
    from shopapp.ui.operations import Job, Task


class SyncService(QObject):
    started = Signal(bool)  # automatic
    progress = Signal(float, object)  # fraction, Message
    finished = Signal(object)  # SyncReport
    failed = Signal(object)  # an exception the sync itself could not turn into a report

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._task: Task[SyncReport] | None = None
        self._cancel = threading.Event()
        self.automatic = False

    def running(self) -> bool:
        return self._task is not None

    def start(self, automatic: bool = False) -> bool:
        """Start a sync in the background; False when one is already running."""
        if self._task is not None:
            return False
        self._cancel = threading.Event()
        self.automatic = automatic
        cancel = self._cancel

        def work(job: Job) -> SyncReport:
            from shopapp.sync.run import run_sync

            def progress(percent: int, what: str) -> None:
                job.progress(percent / 100, message("sync.step", what, step=what))

            return run_sync(job.paths, job.store, progress=progress, cancel=cancel)

        self._task = self.context.ops.network(
            work,
            owner=self,
            done=self._done,
            failed=self._failed,
            progress=self._progress,
            changes=Changes.OUTBOX | Changes.PARCELS | Changes.PAIRING,
        )
        self.started.emit(automatic)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def shutdown(self) -> None:
        self._cancel.set()

    def _progress(self, fraction: float, what: Message) -> None:
        self.progress.emit(fraction, what)

    def _done(self, report: SyncReport) -> None:
        self._task = None
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.failed.emit(error)

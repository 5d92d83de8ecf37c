"""One sync at a time on a data dir, across processes: a lock file in the data dir.

`run_sync` takes it, so the app's sync and `shopapp sync` from a terminal never run at
the same time on the same shop. The lock is the operating system's, on
DATA_DIR/sync.lock: `flock` on Linux and macOS, `msvcrt.locking` on Windows. The OS
lets it go when its process ends, however it ends (closed, killed, crashed), so the lock
of a process that died is free for the next sync: a stale lock is taken over at once,
never waited for, and no pid is guessed at. The file keeps the holder's pid, who it is
("app" or "terminal") and when it began, so a sync that finds the lock held can say who
has it. The file itself stays (deleting a lock file races with the next one to open it).

Qt-free; the lock is not re-entrant (a second `acquire` in the same process, from
another `SyncLock`, finds it held too).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from shopapp.clock import utc_now_iso
from shopapp.filelock import FileLock, Holder, open_lock_file
from shopapp.filelock import holder as lock_holder
from shopapp.sync.errors import SyncError

__all__ = ["APP", "TERMINAL", "Holder", "SyncLock", "SyncRunning", "holder", "lock_path"]

log = logging.getLogger(__name__)

LOCK_FILE = "sync.lock"
APP = "app"
TERMINAL = "terminal"


class SyncRunning(SyncError):
    """Another sync on this data dir holds the lock (the app, or `shopapp sync`)."""

    code = "busy"

    def __init__(self, holder: Holder) -> None:
        self.holder = holder
        if holder.who == TERMINAL:
            whom = f"from a terminal (`shopapp sync`, process {holder.pid})"
        elif holder.who == APP:
            whom = f"in the app (process {holder.pid})"
        else:
            whom = "by another program"
        super().__init__(
            f"A sync is already running on this shop's data {whom}; try again when it has finished."
        )

    def message_args(self) -> dict[str, object]:
        return {"who": self.holder.who, "pid": self.holder.pid, "since": self.holder.since}


def lock_path(root: Path) -> Path:
    return root / LOCK_FILE


def holder(root: Path) -> Holder | None:
    """Who holds the data dir's sync lock now; None when it is free (or stale)."""
    return lock_holder(lock_path(root))


class SyncLock(FileLock):
    """`with SyncLock(paths.root, "terminal"):` ... ; raises `SyncRunning` when held."""

    name = "sync lock"

    def __init__(self, root: Path, who: str = APP) -> None:
        super().__init__(lock_path(root), who)

    def refused(self, holder: Holder) -> Exception:
        return SyncRunning(holder)

    def acquire(self) -> SyncLock:
        self._check_not_held()
        self._take(open_lock_file(self.path), utc_now_iso())
        log.debug("sync lock taken (%s, pid %d)", self.who, os.getpid())
        return self

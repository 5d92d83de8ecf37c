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

import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from shopapp.clock import utc_now_iso
from shopapp.sync.errors import SyncError

log = logging.getLogger(__name__)

LOCK_FILE = "sync.lock"
APP = "app"
TERMINAL = "terminal"
# Windows locks byte ranges: the lock is one byte far past the holder's note, so the
# note stays readable by the one that finds the lock held.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    """Who holds the lock: its process id, "app" or "terminal", since when (ISO UTC)."""

    pid: int = 0
    who: str = ""
    since: str = ""


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


def _try_lock(fd: int) -> bool:
    """Lock `fd` without waiting; False when another open file holds the lock."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # BlockingIOError (EWOULDBLOCK); EACCES on some systems
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _open(path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, 0o600)


def _read_note(path: Path) -> Holder:
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
        return Holder(int(data.get("pid", 0)), str(data.get("who", "")), str(data.get("since", "")))
    except (OSError, ValueError, TypeError, AttributeError):
        return Holder()  # between the holder's lock and its note, or not ours: unknown


def holder(root: Path) -> Holder | None:
    """Who holds the data dir's sync lock now; None when it is free (or stale)."""
    path = lock_path(root)
    if not path.exists():
        return None
    fd = _open(path)
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
    finally:
        os.close(fd)
    return _read_note(path)


class SyncLock:
    """`with SyncLock(paths.root, "terminal"):` ... ; raises `SyncRunning` when held."""

    def __init__(self, root: Path, who: str = APP) -> None:
        self.path = lock_path(root)
        self.who = who
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            raise RuntimeError("this SyncLock is held already")
        fd = _open(self.path)
        if not _try_lock(fd):
            os.close(fd)
            raise SyncRunning(_read_note(self.path))
        try:
            note = json.dumps({"pid": os.getpid(), "who": self.who, "since": utc_now_iso()})
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, note.encode("utf-8"))
        except OSError as error:  # the note is for messages only: the lock is what counts
            log.warning("could not write the sync lock's note: %s", error)
        self._fd = fd
        log.debug("sync lock taken (%s, pid %d)", self.who, os.getpid())

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)  # no note of a holder that has gone
        except OSError:
            pass
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> SyncLock:
        self.acquire()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.release()

"""An operating-system lock on a file, across processes: the sync lock, the app lock, the
roll-over of a command's log.

The lock is `flock` on Linux and macOS, `msvcrt.locking` on Windows. The OS lets it go
when its process ends, however it ends (closed, killed, crashed), so the lock of a
process that died is free at once: a stale lock is taken over, never waited for, and no
pid is guessed at. The file keeps the holder's note (pid, who, since) so the one that
finds it held can say who has it; the file itself stays (deleting a lock file races with
the next one to open it). Not re-entrant: a second lock in the same process finds it
held too.

Qt-free and light to import (a second start of the app reads the app lock first).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self

log = logging.getLogger(__name__)

# Windows locks byte ranges: the lock is one byte far past the holder's note, so the
# note stays readable by the one that finds the lock held.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    """Who holds a lock: its process id, who it is ("app", "terminal", ...), since when."""

    pid: int = 0
    who: str = ""
    since: str = ""


def try_lock(fd: int) -> bool:
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


def unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def open_lock_file(path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, 0o600)


def read_note(path: Path) -> Holder:
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
        return Holder(int(data.get("pid", 0)), str(data.get("who", "")), str(data.get("since", "")))
    except (OSError, ValueError, TypeError, AttributeError):
        return Holder()  # between the holder's lock and its note, or not ours: unknown


def holder(path: Path) -> Holder | None:
    """Who holds the lock on `path` now; None when it is free (nobody, or a dead one).

    Raises:
        OSError: the lock file cannot be opened.
    """
    if not path.exists():
        return None
    fd = open_lock_file(path)
    try:
        if try_lock(fd):
            unlock(fd)
            return None
    finally:
        os.close(fd)
    return read_note(path)


class FileLock:
    """A held lock file with its holder's note. Subclasses say what a refusal raises
    (`refused`) and open the file in `acquire`, then hand it to `_take`."""

    name = "lock"  # for the log: "sync lock", "app lock"

    def __init__(self, path: Path, who: str) -> None:
        self.path = path
        self.who = who
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def refused(self, holder: Holder) -> Exception:
        raise NotImplementedError

    def acquire(self) -> Self:
        raise NotImplementedError

    def _check_not_held(self) -> None:
        if self._fd is not None:
            raise RuntimeError(f"this {type(self).__name__} is held already")

    def _take(self, fd: int, since: str) -> None:
        """Lock the open `fd` and write the note; `refused(holder)` when another holds it."""
        if not try_lock(fd):
            os.close(fd)
            raise self.refused(read_note(self.path))
        try:
            note = json.dumps({"pid": os.getpid(), "who": self.who, "since": since})
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, note.encode("utf-8"))
        except OSError as error:  # a full disk: the lock counts, the note is for messages
            log.warning("could not write the %s's note: %s", self.name, error)
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)  # no note of a holder that has gone
        except OSError:
            pass
        try:
            unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> Self:
        return self.acquire()

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.release()

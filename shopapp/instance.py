"""One app per data dir: the running app holds the OS lock on DATA_DIR/app.lock for its life.

Why a lock of the core and not Qt's QLockFile: `shopapp restore` is a core command (no
Qt) and must see that the app runs, so the lock must be readable without Qt; and the
operating system's lock (`flock` / `msvcrt.locking`, the same as `shopapp.sync.lock`)
goes when its process ends, however it ends, so an app that crashed leaves nothing to
guess about (QLockFile decides staleness from a pid, a host name and an age). `restore`
takes the same lock while it works, so an app started meanwhile finds the shop in use
instead of opening a database that is being replaced.

The file keeps a note (pid, who, since) for the messages of the one that finds it held.
`server_name(root)` is the name of the running app's local socket (the UI's
QLocalServer), derived from the data dir's path, so a second start on the same data dir
can ask the first to come to the front.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from shopapp.errors import ShopAppError
from shopapp.messages import message

# The OS locking itself is the sync lock's (one implementation of Windows' byte ranges).
from shopapp.sync.lock import Holder, _open, _read_note, _try_lock, _unlock

log = logging.getLogger(__name__)

LOCK_FILE = "app.lock"
APP = "app"
RESTORE = "restore"
# The exit code of a start or a restore refused because the shop is in use elsewhere
# (EX_TEMPFAIL, as `shopapp sync` while another sync runs): nothing was done; try later.
EXIT_IN_USE = 75


class ShopInUse(ShopAppError):
    """Another process holds the data dir's app lock: the app, or a restore."""

    code = "instance.in_use"

    def __init__(self, root: Path, holder: Holder) -> None:
        self.root = root
        self.holder = holder
        if holder.who == RESTORE:
            whom = f"a restore of a backup (`shopapp restore`, process {holder.pid})"
        elif holder.who == APP:
            whom = f"the app (process {holder.pid})"
        else:
            whom = "another program"
        super().__init__(
            message(
                self.code,
                f"The shop in {root} is open in {whom}. Close it (or wait for it to finish) "
                "and try again.",
                who=holder.who,
                pid=holder.pid,
                since=holder.since,
                path=str(root),
            )
        )


def _now() -> str:
    # Not shopapp.clock: its wire formats cost a second start most of its imports.
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def lock_path(root: Path) -> Path:
    return root / LOCK_FILE


def server_name(root: Path) -> str:
    """The running app's local socket name for this data dir (one per dir and user)."""
    key = os.path.normcase(str(root.expanduser().resolve()))
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{key}".encode()).hexdigest()[:24]
    return f"shopapp-{digest}"


def holder(root: Path) -> Holder | None:
    """Who holds the data dir's app lock now; None when it is free (nobody, or a dead one)."""
    path = lock_path(root)
    if not path.exists():
        return None
    try:
        fd = _open(path)
    except OSError:  # unreadable (read-only folder, not ours): nobody we can see
        return None
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
    finally:
        os.close(fd)
    return _read_note(path)


class InstanceLock:
    """`lock = InstanceLock(paths.root); lock.acquire()` ... `lock.release()`; `with` works.

    `acquire` raises `ShopInUse` when another process holds it. When the lock file cannot
    even be made (a read-only folder), it logs why and goes on unlocked (`held` False):
    such a shop cannot be written by anyone, and start-up says so.
    """

    def __init__(self, root: Path, who: str = APP) -> None:
        self.root = root
        self.path = lock_path(root)
        self.who = who
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        if self._fd is not None:
            raise RuntimeError("this InstanceLock is held already")
        try:
            # The data dir may not exist yet: private to the user, as DataPaths.create makes it.
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = _open(self.path)
        except OSError as error:
            log.warning("no app lock on %s: %s", self.path, error)
            return self
        if not _try_lock(fd):
            os.close(fd)
            raise ShopInUse(self.root, _read_note(self.path))
        try:
            note = json.dumps({"pid": os.getpid(), "who": self.who, "since": _now()})
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, note.encode("utf-8"))
        except OSError as error:  # a full disk: the lock counts, the note is for messages
            log.warning("could not write the app lock's note: %s", error)
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.release()

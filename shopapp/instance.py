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
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from shopapp.errors import ShopAppError
from shopapp.filelock import FileLock, Holder, open_lock_file
from shopapp.filelock import holder as lock_holder
from shopapp.messages import message

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
    try:
        return lock_holder(lock_path(root))
    except OSError:  # unreadable (read-only folder, not ours): nobody we can see
        return None


class InstanceLock(FileLock):
    """`lock = InstanceLock(paths.root); lock.acquire()` ... `lock.release()`; `with` works.

    `acquire` raises `ShopInUse` when another process holds it. When the lock file cannot
    even be made (a read-only folder), it logs why and goes on unlocked (`held` False):
    such a shop cannot be written by anyone, and start-up says so.
    """

    name = "app lock"

    def __init__(self, root: Path, who: str = APP) -> None:
        super().__init__(lock_path(root), who)
        self.root = root

    def refused(self, holder: Holder) -> Exception:
        return ShopInUse(self.root, holder)

    def acquire(self) -> InstanceLock:
        self._check_not_held()
        try:
            # The data dir may not exist yet: private to the user, as DataPaths.create makes it.
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = open_lock_file(self.path)
        except OSError as error:
            log.warning("no app lock on %s: %s", self.path, error)
            return self
        self._take(fd, _now())
        return self

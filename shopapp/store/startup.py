"""Opening the shop database at start-up: integrity check, backup, migrations.

A database that cannot be opened is not therefore damaged. On a full disk SQLite cannot
make its shared-memory file and answers "disk I/O error"; on a read-only folder "unable
to open"; behind another program's lock "database is locked". Told "damaged", a
shopkeeper restores an older backup and loses the day, so a failure is told apart here:
full disk, read-only folder, locked by another copy, an I/O error on a file that is
whole, and only then real damage (the file checked without writing anything, SQLite's
`immutable` mode). Restore is offered only for real damage, and only once a copy of the
damaged file is kept beside it (`shop.sqlite3.damaged-<time>`).
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import exc as sa_exc

from shopapp.errors import IntegrityCheckFailed, StoreError
from shopapp.messages import message
from shopapp.paths import DataPaths
from shopapp.store import backup, migrate
from shopapp.store.store import Store

log = logging.getLogger(__name__)

# Less free than this when the database fails to open: the disk is full (SQLite's
# shared-memory file alone takes 32 KiB; a day's work needs far more than this).
LOW_SPACE_BYTES = 1 << 20
DAMAGED_SUFFIX = ".damaged-"


class StartupFailed(StoreError):
    """The database could not be opened, but it is not damaged: do not restore.

    The subclasses say why; `exit_code` is the app's (README: 4)."""

    code = "startup.failed"
    exit_code = 4


class DiskFullAtStartup(StartupFailed):
    code = "startup.disk_full"


class ReadOnlyAtStartup(StartupFailed):
    code = "startup.read_only"


class LockedAtStartup(StartupFailed):
    code = "startup.locked"


class UnreadableAtStartup(StartupFailed):
    """An I/O error on a database file that checks whole: the disk, not the data."""

    code = "startup.io"


class DamagedAtStartup(IntegrityCheckFailed):
    """Really damaged. `kept`: the copy of the damaged file kept before any restore (None:
    it could not be kept, e.g. no room for it, and then no restore is offered)."""

    code = "startup.damaged"
    exit_code = 3

    def __init__(
        self, db_path: str, detail: str, backups: list[str], kept: str | None, why_not: str = ""
    ) -> None:
        self.kept = kept
        self.why_not = why_not
        super().__init__(db_path, detail, backups)
        if kept is None:  # no copy, no restore: a restore would replace the only copy
            self.args = (
                f"The shop database {db_path} is damaged ({detail}). A copy of it could not "
                f"be kept ({why_not}), so do not restore yet: free some space and start the "
                "app again, or call support.",
            )
        else:
            restore = (
                f"Close the app and restore the newest backup with: shopapp restore {backups[0]}"
                if backups
                else "No backup was found; call support before doing anything else."
            )
            self.args = (
                f"The shop database {db_path} is damaged ({detail}). A copy of it was kept "
                f"as {kept}. {restore}",
            )

    def message_args(self) -> dict[str, object]:
        return {**super().message_args(), "kept": self.kept or "", "why_not": self.why_not}


def open_store(paths: DataPaths, *, daily_backup: str = "now") -> Store:
    """Open (or create) the database, checked and at the newest schema.

    `daily_backup`: "now" takes today's backup before returning, "skip" not at all. The
    desktop app skips it here and takes it on its operation runner once the window is
    up (shopapp.ui.app), so the window need not wait for it and no thread of its own
    is started. Raises a `StartupFailed` (full disk, read-only, locked, I/O) or
    `DamagedAtStartup` (an `IntegrityCheckFailed`) when the database cannot be used.
    """
    if daily_backup not in ("now", "skip"):
        raise ValueError(f"daily_backup must be 'now' or 'skip', not {daily_backup!r}")
    try:
        paths.create()
    except OSError as error:
        raise diagnose(paths, error) from error
    free = free_bytes(paths.root)
    if free < LOW_SPACE_BYTES:  # opening may still work, but the first scan would fail
        raise _disk_full(paths, free)
    existed = paths.database.exists() and paths.database.stat().st_size > 0
    store = Store(paths.database)
    try:
        if existed:
            verdict = store.quick_check()
            if verdict != "ok":  # SQLite read the file and found it wrong: real damage
                raise _damaged(paths, verdict)
        revision = migrate.current_revision(store)
        if revision != migrate.HEAD_REVISION:
            if existed:
                backup.backup_before(paths, f"pre-migrate-{revision or 'none'}")
            log.info("migrating the database from %s to %s", revision, migrate.HEAD_REVISION)
            migrate.upgrade(store)
        if daily_backup == "now":
            backup.daily_backup(paths)
    except IntegrityCheckFailed:
        store.close()
        raise
    except (sa_exc.DBAPIError, sqlite3.Error, OSError, StoreError) as error:
        store.close()
        log.error("the database could not be opened: %s", error)
        raise diagnose(paths, error) from error
    return store


def free_bytes(folder: Path) -> int:
    """Free space where `folder` is (its nearest existing parent); a huge number if unknown."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            try:
                return shutil.disk_usage(candidate).free
            except OSError:
                break
    return 1 << 62


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        orig = getattr(current, "orig", None)  # SQLAlchemy's wrapped driver error
        if isinstance(orig, BaseException) and orig not in seen:
            seen.append(orig)
        current = current.__cause__ or current.__context__
    return seen


def diagnose(paths: DataPaths, error: BaseException) -> StoreError:
    """What an open/check/migrate failure really is (see the module's docstring)."""
    chain = _chain(error)
    names = {str(getattr(e, "sqlite_errorname", "")) for e in chain}
    errnos = {getattr(e, "errno", None) for e in chain if isinstance(e, OSError)}
    codes = {e.message.code for e in chain if isinstance(e, StoreError)}
    detail = str(getattr(error, "orig", error))
    lower = " ".join(str(e) for e in chain).lower()
    path = str(paths.database)
    free = free_bytes(paths.root)
    if (
        "SQLITE_FULL" in names
        or errno.ENOSPC in errnos
        or "disk.full" in codes
        or "disk is full" in lower
        or free < LOW_SPACE_BYTES
    ):
        return _disk_full(paths, free)
    if (
        any(n.startswith("SQLITE_READONLY") for n in names)
        or errno.EROFS in errnos
        or errno.EACCES in errnos
        or errno.EPERM in errnos
        or not _writable(paths)
    ):
        return ReadOnlyAtStartup(
            message(
                "startup.read_only",
                f"The shop's data folder {paths.root} cannot be written (a read-only folder "
                "or disk, or no permission). The shop database is not damaged: do not "
                "restore a backup. Make the folder writable for your user (or start the app "
                "with --data-dir on a writable disk), then start the app again.",
                path=str(paths.root),
            )
        )
    if any(n.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) for n in names) or "locked" in lower:
        return LockedAtStartup(
            message(
                "startup.locked",
                f"The shop database {path} is locked by another program (another copy of "
                "the app, or a database tool). It is not damaged: close the other program, "
                "then start the app again.",
                path=path,
            )
        )
    if isinstance(error, StoreError) and "store.refused" in codes:
        return error  # SQLite refused a statement (a constraint): not the disk, not damage
    verdict = _whole_file_check(paths.database)
    if verdict in ("ok", "missing"):
        return UnreadableAtStartup(
            message(
                "startup.io",
                f"The disk failed while opening the shop database {path} ({detail}); the "
                "database itself checks whole, so do not restore a backup. Check the disk "
                "(its cable, or free space), then start the app again.",
                path=path,
                detail=detail,
            )
        )
    return _damaged(paths, verdict)


def _disk_full(paths: DataPaths, free: int) -> DiskFullAtStartup:
    return DiskFullAtStartup(
        message(
            "startup.disk_full",
            f"The disk of the shop's data folder ({paths.root}) is full: only "
            f"{free // 1024} KB free. The shop database is not damaged and nothing is "
            "lost: do not restore a backup. Free some space (empty the recycle bin, "
            "delete old downloads), then start the app again.",
            path=str(paths.root),
            free_kb=free // 1024,
        )
    )


def _writable(paths: DataPaths) -> bool:
    folder_ok = os.access(paths.root, os.W_OK) if paths.root.exists() else True
    db = paths.database
    return folder_ok and (not db.exists() or os.access(db, os.W_OK))


def _whole_file_check(db: Path) -> str:
    """The database file checked without writing a byte (no -shm, no -wal made):
    'ok', 'missing', or what SQLite found. The last WAL is not read in this mode, so
    'ok' says the file is whole, not that it is complete."""
    if not db.exists():
        return "missing"
    return backup.integrity_of(db, quick=True, immutable=True)


def _damaged(paths: DataPaths, verdict: str) -> DamagedAtStartup:
    backups = [str(p) for p in backup.list_backups(paths)]
    kept, why_not = keep_damaged_copy(paths)
    log.error("the shop database is damaged (%s); copy kept: %s", verdict, kept or why_not)
    return DamagedAtStartup(str(paths.database), verdict, backups, kept, why_not)


def keep_damaged_copy(paths: DataPaths) -> tuple[str | None, str]:
    """Copy the damaged database (and its WAL) beside it, once per damaged file.

    Returns (the copy's path, "") or (None, why not). A copy of the same file (same size,
    not older) made at an earlier start is reused, so starting again does not fill the
    disk with copies."""
    db = paths.database
    wal = Path(f"{db}-wal")
    try:
        size = db.stat().st_size
        mtime = db.stat().st_mtime
        for earlier in sorted(db.parent.glob(f"{db.name}{DAMAGED_SUFFIX}*"), reverse=True):
            if earlier.name.endswith("-wal"):
                continue
            if earlier.stat().st_size == size and earlier.stat().st_mtime >= mtime:
                return str(earlier), ""
        needed = size + (wal.stat().st_size if wal.exists() else 0)
        if free_bytes(db.parent) < needed + LOW_SPACE_BYTES:
            return None, f"only {free_bytes(db.parent) // 1024} KB free for {needed // 1024} KB"
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = db.with_name(f"{db.name}{DAMAGED_SUFFIX}{stamp}")
        shutil.copyfile(db, target)
        if wal.exists():
            shutil.copyfile(wal, Path(f"{target}-wal"))
    except OSError as error:
        return None, str(error)
    return str(target), ""

"""Backups with SQLite's online backup API (a raw copy of a live WAL database is not a backup)."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

from shopapp.errors import StoreError
from shopapp.messages import Message, message
from shopapp.paths import DataPaths

log = logging.getLogger(__name__)

DAILY_PREFIX = "daily-"
KEEP_DAILY = 7


def integrity_of(path: Path, quick: bool = False, *, immutable: bool = False) -> str:
    """'ok' or SQLite's findings for the database file at `path`. `immutable`: read it
    without writing a byte (no -shm, no -wal made; the last WAL is not read then)."""
    mode = "ro&immutable=1" if immutable else "ro"
    try:
        conn = sqlite3.connect(f"file:{path}?mode={mode}", uri=True)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    return "; ".join(str(r[0]) for r in rows[:5])


def backup_database(source: Path, destination: Path) -> Path:
    """Copy a live database consistently to `destination`, then check the copy.

    A failed copy (a full disk) leaves no partial file behind and raises a StoreError
    that says what it was (`disk.full`, ...), never a damaged database."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    try:
        src = sqlite3.connect(str(source), timeout=10)
        try:
            dst = sqlite3.connect(str(partial))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        from shopapp.store.startup import LOW_SPACE_BYTES
        from shopapp.store.store import explain_sqlite_error

        # On a full disk SQLite often says only "disk I/O error" (no room for its -shm).
        if _free(destination.parent) < LOW_SPACE_BYTES:
            raise StoreError(_disk_full()) from error
        raise StoreError(explain_sqlite_error(error)) from error
    verdict = integrity_of(partial)
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise StoreError(f"The backup copy failed its integrity check ({verdict}).")
    partial.replace(destination)
    return destination


def list_backups(paths: DataPaths) -> list[Path]:
    """Every backup file, newest first."""
    if not paths.backups.exists():
        return []
    files = [p for p in paths.backups.glob("*.sqlite3") if p.is_file()]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)


def daily_backup(paths: DataPaths, today: date | None = None) -> Path | None:
    """Take today's backup unless there is one; keep the newest KEEP_DAILY. None if not needed."""
    today = today or date.today()
    target = paths.backups / f"{DAILY_PREFIX}{today.isoformat()}.sqlite3"
    if target.exists() or not paths.database.exists():
        return None
    if not room_for_copy(paths):  # a backup must not take the disk's last bytes
        log.warning(
            "daily backup skipped: %d KB free, a copy needs %d KB and %d KB must stay free",
            _free(paths.backups) // 1024,
            _database_bytes(paths) // 1024,
            RESERVE_BYTES // 1024,
        )
        return None
    backup_database(paths.database, target)
    dailies = sorted(paths.backups.glob(f"{DAILY_PREFIX}*.sqlite3"), reverse=True)
    for old in dailies[KEEP_DAILY:]:
        old.unlink(missing_ok=True)
    log.info("daily backup written to %s", target)
    return target


# What must stay free after a backup: the day's scans, events and proof photos.
RESERVE_BYTES = 32 << 20


def _free(folder: Path) -> int:
    from shopapp.store.startup import free_bytes

    return free_bytes(folder)


def _disk_full() -> Message:
    return message(
        "disk.full",
        "The disk is full: nothing more can be saved. Free some space (empty the recycle "
        "bin, delete old downloads), then do it again. What was saved before is safe.",
    )


def _database_bytes(paths: DataPaths) -> int:
    wal = Path(f"{paths.database}-wal")
    size = paths.database.stat().st_size if paths.database.exists() else 0
    return size + (wal.stat().st_size if wal.exists() else 0)


def room_for_copy(paths: DataPaths, reserve: int = RESERVE_BYTES) -> bool:
    """Is there room for a copy of the database with `reserve` bytes still free after it?"""
    return _free(paths.backups) >= _database_bytes(paths) + reserve


def backup_before(paths: DataPaths, reason: str) -> Path:
    """A backup taken before something risky (a migration, a restore).

    Without room for it and a megabyte more it is refused as a full disk: the risky step
    must not go ahead unbacked (a needed backup may use more of the disk than the daily)."""
    if not room_for_copy(paths, reserve=1 << 20):
        raise StoreError(_disk_full())
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_database(paths.database, paths.backups / f"{reason}-{stamp}.sqlite3")


def restore(paths: DataPaths, backup_file: Path) -> Path | None:
    """Replace the shop database by `backup_file`; refused while the app runs.

    Refused (`ShopInUse`, nothing changed) while the app holds the data dir's app lock
    or a sync runs; the app lock is held meanwhile, so the app cannot start on a database
    being replaced. The current database (and its WAL, which may hold the last commits)
    is kept beside the backups first, as a raw copy since it may be damaged. Returns
    where that copy went, or None when there was no database.
    """
    from shopapp.instance import RESTORE, InstanceLock, ShopInUse
    from shopapp.sync.lock import holder as sync_holder

    if not backup_file.is_file():
        raise StoreError(f"No backup file at {backup_file}.")
    verdict = integrity_of(backup_file)
    if verdict != "ok":
        raise StoreError(f"{backup_file} is not a usable backup ({verdict}). Pick another one.")
    paths.create()
    with InstanceLock(paths.root, RESTORE):
        syncing = sync_holder(paths.root)
        if syncing is not None:  # a terminal's `shopapp sync` is writing this database
            raise ShopInUse(paths.root, syncing)
        # Room for the kept copy and the restored file, checked before anything changes.
        needed = _database_bytes(paths) + backup_file.stat().st_size + (1 << 20)
        if _free(paths.backups) < needed:
            raise StoreError(_disk_full())
        kept: Path | None = None
        if paths.database.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = paths.backups / f"replaced-{stamp}.sqlite3.bak"
            shutil.copy2(paths.database, kept)
            wal = Path(f"{paths.database}-wal")
            if wal.exists() and wal.stat().st_size:
                shutil.copy2(wal, Path(f"{kept}-wal"))
        for suffix in ("-wal", "-shm"):
            Path(str(paths.database) + suffix).unlink(missing_ok=True)
        paths.database.unlink(missing_ok=True)
        backup_database(backup_file, paths.database)
        return kept

"""Backups with SQLite's online backup API (a raw copy of a live WAL database is not a backup)."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

from shopapp.errors import StoreError
from shopapp.paths import DataPaths

log = logging.getLogger(__name__)

DAILY_PREFIX = "daily-"
KEEP_DAILY = 7


def integrity_of(path: Path, quick: bool = False) -> str:
    """'ok' or SQLite's findings for the database file at `path`."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    return "; ".join(str(r[0]) for r in rows[:5])


def backup_database(source: Path, destination: Path) -> Path:
    """Copy a live database consistently to `destination`, then check the copy."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    src = sqlite3.connect(str(source), timeout=10)
    try:
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
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
    backup_database(paths.database, target)
    dailies = sorted(paths.backups.glob(f"{DAILY_PREFIX}*.sqlite3"), reverse=True)
    for old in dailies[KEEP_DAILY:]:
        old.unlink(missing_ok=True)
    log.info("daily backup written to %s", target)
    return target


def backup_before(paths: DataPaths, reason: str) -> Path:
    """A backup taken before something risky (a migration, a restore)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_database(paths.database, paths.backups / f"{reason}-{stamp}.sqlite3")


def restore(paths: DataPaths, backup_file: Path) -> Path | None:
    """Replace the shop database by `backup_file`; the app must be closed.

    The current database is kept beside the backups first (as a raw copy, since it may
    be damaged). Returns where that copy went, or None when there was no database.
    """
    if not backup_file.is_file():
        raise StoreError(f"No backup file at {backup_file}.")
    verdict = integrity_of(backup_file)
    if verdict != "ok":
        raise StoreError(f"{backup_file} is not a usable backup ({verdict}). Pick another one.")
    paths.create()
    kept: Path | None = None
    if paths.database.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = paths.backups / f"replaced-{stamp}.sqlite3.bak"
        shutil.copy2(paths.database, kept)
    for suffix in ("-wal", "-shm"):
        Path(str(paths.database) + suffix).unlink(missing_ok=True)
    paths.database.unlink(missing_ok=True)
    backup_database(backup_file, paths.database)
    return kept

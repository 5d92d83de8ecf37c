"""Opening the shop database at start-up: integrity check, backup, migrations."""

from __future__ import annotations

import logging
import threading

from sqlalchemy import exc as sa_exc

from shopapp.errors import IntegrityCheckFailed
from shopapp.paths import DataPaths
from shopapp.store import backup, migrate
from shopapp.store.store import Store

log = logging.getLogger(__name__)


def open_store(paths: DataPaths, *, daily_backup: str = "now") -> Store:
    """Open (or create) the database, checked and at the newest schema.

    `daily_backup`: "now" takes today's backup before returning, "background" in a
    thread (the window need not wait for it), "skip" not at all.
    """
    paths.create()
    existed = paths.database.exists() and paths.database.stat().st_size > 0
    store = Store(paths.database)
    if existed:
        try:
            verdict = store.quick_check()
        except sa_exc.DatabaseError as error:  # "file is not a database" and the like
            verdict = str(error.orig)
        if verdict != "ok":
            store.close()
            backups = [str(p) for p in backup.list_backups(paths)]
            raise IntegrityCheckFailed(str(paths.database), verdict, backups)
    revision = migrate.current_revision(store)
    if revision != migrate.HEAD_REVISION:
        if existed:
            backup.backup_before(paths, f"pre-migrate-{revision or 'none'}")
        log.info("migrating the database from %s to %s", revision, migrate.HEAD_REVISION)
        migrate.upgrade(store)
    if daily_backup == "now":
        backup.daily_backup(paths)
    elif daily_backup == "background":
        threading.Thread(
            target=_backup_quietly, args=(paths,), name="daily-backup", daemon=True
        ).start()
    return store


def _backup_quietly(paths: DataPaths) -> None:
    try:
        backup.daily_backup(paths)
    except Exception:  # a failed backup must not take the app down; the log says why
        log.exception("daily backup failed")

"""Opening the shop database at start-up: integrity check, backup, migrations."""

from __future__ import annotations

import logging

from sqlalchemy import exc as sa_exc

from shopapp.errors import IntegrityCheckFailed
from shopapp.paths import DataPaths
from shopapp.store import backup, migrate
from shopapp.store.store import Store

log = logging.getLogger(__name__)


def open_store(paths: DataPaths, *, daily_backup: str = "now") -> Store:
    """Open (or create) the database, checked and at the newest schema.

    `daily_backup`: "now" takes today's backup before returning, "skip" not at all. The
    desktop app skips it here and takes it on its operation runner once the window is
    up (shopapp.ui.app), so the window need not wait for it and no thread of its own
    is started.
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
    elif daily_backup != "skip":
        raise ValueError(f"daily_backup must be 'now' or 'skip', not {daily_backup!r}")
    return store

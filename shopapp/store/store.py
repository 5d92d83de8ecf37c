"""The Store: the one door to the local database, with read and write transactions."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc
from sqlmodel import Session

from shopapp.errors import StoreError
from shopapp.messages import Message, message
from shopapp.store.engine import BUSY_TIMEOUT_MS, make_engine

log = logging.getLogger(__name__)


def explain_sqlite_error(error: Exception) -> Message:
    """What a SQLite failure means for the shopkeeper, as a code (worded by the UI) with
    its English sentence for the log and the command line."""
    detail = str(getattr(error, "orig", error))
    lower = detail.lower()
    if "disk is full" in lower or "disk i/o" in lower and "full" in lower:
        return message(
            "disk.full",
            "The disk is full: nothing was saved. Free some space (empty the recycle bin, "
            "delete old downloads) and try again.",
        )
    if "locked" in lower or "busy" in lower:
        return message(
            "store.busy",
            "The shop database is busy (another copy of the app?). Close it and try again.",
        )
    if "readonly" in lower or "read-only" in lower:
        return message(
            "store.read_only",
            "The shop database cannot be written (read-only folder). Nothing was saved.",
        )
    if "malformed" in lower or "not a database" in lower:
        return message(
            "store.malformed",
            "The shop database is damaged: nothing was saved. Restart the app to repair it.",
        )
    if "i/o" in lower:
        return message(
            "store.io",
            "The disk failed to write: nothing was saved. Check the disk and try again.",
        )
    return message(
        "store.refused",
        f"The shop database refused the change ({lower}). Nothing was saved.",
        detail=detail,
    )


class Store:
    """Owns the engines; hands out sessions inside explicit transactions.

    `write()` commits everything done in the block at once, or nothing (the block
    raised, or SQLite failed): a user action and its event never part ways.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._write_engine = make_engine(db_path, write=True)
        self._read_engine = make_engine(db_path, write=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        try:
            with Session(self._write_engine, expire_on_commit=False) as session:
                with session.begin():
                    yield session
        except (sa_exc.OperationalError, sa_exc.DatabaseError) as error:
            log.exception("write transaction failed")
            raise StoreError(explain_sqlite_error(error)) from error

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with Session(self._read_engine, expire_on_commit=False) as session:
                with session.begin():
                    yield session
        except (sa_exc.OperationalError, sa_exc.DatabaseError) as error:
            log.exception("read transaction failed")
            raise StoreError(explain_sqlite_error(error)) from error

    def quick_check(self) -> str:
        """'ok', or what SQLite's quick integrity check found."""
        with self._read_engine.connect() as conn:
            rows = conn.execute(text("PRAGMA quick_check")).fetchall()
        return "; ".join(str(r[0]) for r in rows[:5])

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (outside any transaction, hence a plain connection)."""
        conn = sqlite3.connect(str(self.db_path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()

    @property
    def write_engine(self) -> Engine:
        """For Alembic, which runs its migrations on the write engine."""
        return self._write_engine

    def close(self) -> None:
        self._write_engine.dispose()
        self._read_engine.dispose()

"""SQLite engines with the pragmas and transaction control the shop's data needs.

Python's sqlite3 module defers BEGIN and commits on its own around DDL, so a user
action and its event could end up in different transactions. Following SQLAlchemy's
"pysqlite serializable" recipe we switch the driver's own handling off and emit BEGIN
ourselves: `BEGIN IMMEDIATE` on the write engine (takes the write lock up front, so a
transaction never fails half-way on a lock upgrade) and a plain `BEGIN` on the read engine.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000


def _set_pragmas(dbapi_connection: sqlite3.Connection) -> None:
    # The driver must not open transactions behind our back.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit survives power loss too once the call returns (events are money).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def make_engine(db_path: Path, *, write: bool) -> Engine:
    """An engine on the database file; `write=True` begins every transaction IMMEDIATE."""
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        pool_size=2 if write else 4,
        max_overflow=0 if write else 4,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        _set_pragmas(dbapi_connection)

    begin_sql = "BEGIN IMMEDIATE" if write else "BEGIN"

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin_sql)

    return engine

"""Database engines and transactions for SQLite (default) and PostgreSQL (psycopg 3).

Writes take the database's write lock at their start: `BEGIN IMMEDIATE` on SQLite (no
lock upgrade deadlock between two writers) and a row lock on the shop in PostgreSQL
(see `lock_shop`), so the writes of one shop are serialised and commit in the order of
their manifest sequence numbers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, select

from central_api import config, models

_IMMEDIATE = "central_api_immediate"


def normalise_url(url: str) -> str:
    """Use psycopg 3 for a bare postgresql:// URL (psycopg2 is not a dependency)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_engine(url: str) -> Engine:
    engine = sa.create_engine(
        url, connect_args={"check_same_thread": False, "timeout": 30}, pool_pre_ping=False
    )

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # WORKAROUND: pysqlite begins transactions lazily and on its own; take control
        # (SQLAlchemy docs, "Serializable isolation / Savepoints / Transactional DDL").
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        immediate = conn.get_execution_options().get(_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@dataclass(frozen=True)
class Database:
    """One database: an engine for reads and a view of it whose transactions write.

    Attributes:
        engine: reads (SQLite: deferred BEGIN).
        writer: the same pool; on SQLite each transaction starts with BEGIN IMMEDIATE.
    """

    engine: Engine
    writer: Engine

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing is committed."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction, committed when the block ends without an exception."""
        with Session(self.writer, expire_on_commit=False) as session:
            yield session
            session.commit()

    def create_tables(self) -> None:
        """Create missing tables as create_all does (no revision recorded: see schema)."""
        # SQLModel keeps one metadata per process, shared with the shop app's tables:
        # name ours, so that the central database holds nothing else.
        SQLModel.metadata.create_all(self.engine, tables=models.TABLES)

    def drop_tables(self) -> None:
        SQLModel.metadata.drop_all(self.engine, tables=models.TABLES)

    def dispose(self) -> None:
        self.engine.dispose()


# Connections per worker process on PostgreSQL (see central_api/README.md, "Serving many
# shops"): FastAPI runs the sync routes on 40 threads, but a request holds a connection
# only for its transactions, so a small pool serves them; a thread that finds the pool
# empty waits up to POOL_TIMEOUT_S, then the request is answered 503 with Retry-After.
POOL_SIZE = config.POOL_SIZE
MAX_OVERFLOW = config.MAX_OVERFLOW
POOL_TIMEOUT_S = 10.0


def open_database(
    url: str,
    *,
    create: bool = True,
    check: bool = True,
    pool_size: int = POOL_SIZE,
    max_overflow: int = MAX_OVERFLOW,
) -> Database:
    """Connect to the database at `url`.

    Args:
        create: create the tables of an empty database, at the code's schema revision.
        check: refuse a database whose schema is not the code's (`schema.SchemaError`,
            whose message names the command that fixes it); False for `migrate`.
        pool_size, max_overflow: PostgreSQL connections kept, and allowed beyond them.
    """
    from central_api import schema

    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = _sqlite_engine(url)
    else:
        engine = sa.create_engine(
            url,
            pool_pre_ping=True,
            pool_size=pool_size,
            max_overflow=max_overflow,
            pool_timeout=POOL_TIMEOUT_S,
        )
    database = Database(engine=engine, writer=engine.execution_options(**{_IMMEDIATE: True}))
    if check:
        try:
            schema.check(engine, url, create=create)
        except BaseException:
            engine.dispose()
            raise
    return database


def lock_shop(session: Session, shop_id: int) -> models.Shop | None:
    """Load the shop row for update; in PostgreSQL this serialises the shop's writers."""
    statement = select(models.Shop).where(models.Shop.id == shop_id).with_for_update()
    return session.exec(statement).first()

"""Local store: SQLModel tables, engine and pragmas, Alembic migrations, the event outbox."""

from shopapp.store.startup import open_store
from shopapp.store.store import Store

__all__ = ["Store", "open_store"]

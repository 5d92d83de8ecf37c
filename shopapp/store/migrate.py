"""Schema upgrades through Alembic, run at start-up after a backup of the database file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from shopapp.store.store import Store

if TYPE_CHECKING:  # Alembic is imported only when a migration is due (start-up time)
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions; a test keeps the two in step, so start-up
# can tell "nothing to do" without importing Alembic and parsing every revision.
HEAD_REVISION = "0004"


def current_revision(store: Store) -> str | None:
    with store.write_engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if not has_table:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return str(row[0]) if row else None


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade(store: Store, revision: str = "head") -> None:
    """Bring the schema to `revision` in one transaction (SQLite DDL is transactional)."""
    from alembic import command

    config = _alembic_config()
    with store.write_engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()


def script_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    return str(head)

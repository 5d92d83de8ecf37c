"""The server's schema version (Alembic, `central_api/migrations`): check, create, migrate.

- `shopapp-central migrate --database URL` brings any database to the code's schema: a
  new empty one is created at the head revision; one made by `create_all` before there
  were migrations (no `alembic_version` table) is recognised by its tables, stamped with
  the revision it matches, then upgraded; a versioned one is upgraded.
- `serve` (and `create_app`) only checks: an empty database is created at the head (so a
  first start, the tests and the demo need no extra step), a database at the head is
  served, anything else is refused with `SchemaError`, whose message names the command
  that fixes it. The server never upgrades a database with data by itself: a carrier
  runs `migrate` once, after a backup, before starting the new code (with several
  workers or servers, one upgrade, not N).

The tables are the central API's own (`models.TABLES`); SQLModel's metadata is shared
with the desktop app's, which never reaches the central database.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from central_api import models

MIGRATIONS = Path(__file__).with_name("migrations")
# The first revision's tables, and those each later revision added, to recognise a
# database that `create_all` made before migrations existed.
FIRST_TABLES = frozenset({"shops", "parcels", "events", "blobs"})
LATER_TABLES = {
    "0002": frozenset({"blob_uploads", "blob_upload_chunks", "carrier_settings", "map_packs"})
}
VERSION_TABLE = "alembic_version"


class SchemaError(RuntimeError):
    """The database's schema is not the code's; the message says what to do."""


def metadata() -> sa.MetaData:
    """A MetaData holding only the central API's tables (for create_all and comparisons)."""
    own = sa.MetaData()
    for table in models.TABLES:
        table.to_metadata(own)
    return own


def _config(connection: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
        config.attributes["target_metadata"] = metadata()
    return config


@cache
def head() -> str:
    """The code's schema revision."""
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(
        {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}
    )


@dataclass(frozen=True)
class SchemaState:
    """What a database holds.

    Attributes:
        revision: its Alembic revision (None: unversioned or empty).
        tables: the central API's tables found (without alembic_version).
    """

    revision: str | None
    tables: frozenset[str]

    @property
    def empty(self) -> bool:
        return self.revision is None and not self.tables


def _own_tables(connection: sa.Connection) -> frozenset[str]:
    names = set(sa.inspect(connection).get_table_names())
    return frozenset(names & {table.name for table in models.TABLES})


def revision_of(connection: sa.Connection) -> str | None:
    """The database's recorded revision (None: not versioned)."""
    return MigrationContext.configure(connection).get_current_revision()


def state(engine: Engine) -> SchemaState:
    with engine.connect() as connection:
        revision = MigrationContext.configure(connection).get_current_revision()
        tables = _own_tables(connection)
    return SchemaState(revision=revision, tables=tables)


def _guess_unversioned(tables: frozenset[str]) -> str | None:
    """The revision a pre-migrations database (made by create_all) matches, if any."""
    if not FIRST_TABLES <= tables:
        return None
    guess = "0001"
    for revision, added in LATER_TABLES.items():
        if added <= tables:
            guess = revision
        elif added & tables:
            return None  # part of a revision: not something create_all made
    return guess


def migrate_command(url: str) -> str:
    return f"shopapp-central migrate --database '{_shown(url)}'"


def _shown(url: str) -> str:
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL is shown as given
        return url


def create_at_head(engine: Engine) -> None:
    """Create every table of an empty database and record it at the head revision."""
    with engine.begin() as connection:
        metadata().create_all(connection)
        MigrationContext.configure(connection).stamp(ScriptDirectory.from_config(_config()), "head")


def check(engine: Engine, url: str, *, create: bool = True) -> SchemaState:
    """Serve only a database at the code's revision; create an empty one when `create`.

    Raises:
        SchemaError: older, newer, unversioned or partial; the message names the fix.
    """
    found = state(engine)
    code = head()
    if found.empty and create:
        create_at_head(engine)
        return SchemaState(revision=code, tables=frozenset(t.name for t in models.TABLES))
    if found.revision == code:
        return found
    fix = migrate_command(url)
    if found.empty:
        raise SchemaError(f"The database has no tables yet; create them with: {fix}")
    if found.revision is None:
        raise SchemaError(
            "The database was made before the server had schema migrations (no "
            f"{VERSION_TABLE} table); bring it to revision {code} with: {fix}"
        )
    if found.revision not in known_revisions():
        raise SchemaError(
            f"The database's schema (revision {found.revision}) is newer than this server "
            f"(revision {code}); run the server version that migrated it, or a newer one."
        )
    raise SchemaError(
        f"The database's schema (revision {found.revision}) is older than this server's "
        f"(revision {code}); back it up, then upgrade it with: {fix}"
    )


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Bring the database to `revision` (default the head); returns (before, after).

    An empty database is created at the head; an unversioned one (create_all before
    migrations) is stamped with the revision its tables match first.

    Raises:
        SchemaError: an unversioned database whose tables match no revision, or one newer
            than the code.
    """
    found = state(engine)
    if found.revision is not None and found.revision not in known_revisions():
        raise SchemaError(
            f"The database's schema (revision {found.revision}) is newer than this code "
            f"(revision {head()}); nothing done."
        )
    before = found.revision
    if found.empty and revision == "head":
        create_at_head(engine)
        return None, head()
    with engine.connect() as connection:
        config = _config(connection)
        if found.revision is None and found.tables:
            guess = _guess_unversioned(found.tables)
            if guess is None:
                raise SchemaError(
                    "The database holds some of the central API's tables but matches no "
                    f"revision ({', '.join(sorted(found.tables))}); restore it from a backup."
                )
            command.stamp(config, guess)
            before = guess
        command.upgrade(config, revision)
        connection.commit()
    return before, state(engine).revision or ""

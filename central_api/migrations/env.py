"""Alembic environment of the central API: runs on the connection that
`central_api.schema` hands over (no alembic.ini, no URL of its own)."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
# SQLite's DDL is transactional too: an upgrade applies whole or not at all.
context.configure(
    connection=connection,
    render_as_batch=True,
    transactional_ddl=True,
    target_metadata=context.config.attributes.get("target_metadata"),
)
with context.begin_transaction():
    context.run_migrations()

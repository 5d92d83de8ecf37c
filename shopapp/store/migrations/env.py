"""Alembic environment: runs on the connection that shopapp.store.migrate hands over."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
# SQLite's DDL is transactional; Alembic assumes otherwise for SQLite unless told, and
# an upgrade must apply whole or not at all.
context.configure(connection=connection, render_as_batch=True, transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()

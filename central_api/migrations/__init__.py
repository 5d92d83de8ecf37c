"""Alembic migrations of the central API's schema (run by `shopapp-central migrate`)."""

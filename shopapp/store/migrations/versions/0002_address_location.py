"""Locations set by hand per address, remembered for the next parcels there.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "address_location",
        sa.Column("address_key", sa.String(), primary_key=True),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("set_at", sa.String(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("address_location")

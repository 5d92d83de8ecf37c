"""The first release's schema: shops, parcels, events, blobs (as `create_all` made it).

Revision ID: 0001
Revises:
Create Date: 2026-12-01

Types are spelt as the DDL the first release's `create_all` emitted (sqlmodel's
AutoString is a VARCHAR; the UTC timestamp type is a DATETIME / TIMESTAMP).
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "shops",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("token_hash", sa.String(), nullable=True),
        sa.Column("manifest_seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_shops_token_hash", "shops", ["token_hash"], unique=True)
    op.create_table(
        "blobs",
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["shop_id"], ["shops.id"]),
        sa.PrimaryKeyConstraint("shop_id", "sha256"),
    )
    op.create_table(
        "events",
        sa.Column("seq", _BIG_ID, nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("tracking_number", sa.String(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["shop_id"], ["shops.id"]),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("event_id"),
    )
    op.create_index("ix_events_shop_seq", "events", ["shop_id", "seq"], unique=False)
    op.create_table(
        "parcels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("tracking_number", sa.String(), nullable=False),
        sa.Column("recipient", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("service", sa.String(), nullable=False),
        sa.Column("deadline", sa.DateTime(), nullable=True),
        sa.Column("time_window_start", sa.DateTime(), nullable=True),
        sa.Column("time_window_end", sa.DateTime(), nullable=True),
        sa.Column("weight_kg", sa.Float(), nullable=True),
        sa.Column("size", sa.String(), nullable=True),
        sa.Column("instructions", sa.String(), nullable=True),
        sa.Column("pickup_code", sa.String(), nullable=True),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("flags", sa.String(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["shop_id"], ["shops.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("shop_id", "tracking_number", name="uq_parcels_shop_tracking"),
    )
    op.create_index("ix_parcels_shop_seq", "parcels", ["shop_id", "seq"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_parcels_shop_seq", table_name="parcels")
    op.drop_table("parcels")
    op.drop_index("ix_events_shop_seq", table_name="events")
    op.drop_table("events")
    op.drop_table("blobs")
    op.drop_index("ix_shops_token_hash", table_name="shops")
    op.drop_table("shops")

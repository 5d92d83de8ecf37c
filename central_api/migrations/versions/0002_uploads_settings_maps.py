"""Resumable proof uploads, carrier settings and map packs.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

The tables that came after the first release: blob_uploads and blob_upload_chunks
(PATCH /v1/blobs/{sha256}), carrier_settings (the carrier's tracking-number formats) and
map_packs (GET /v1/map). No existing row changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blob_upload_chunks",
        sa.Column("token", sa.String(), nullable=False),
        sa.Column("start", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("token", "start"),
    )
    op.create_table(
        "carrier_settings",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "blob_uploads",
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("token", sa.String(), nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["shop_id"], ["shops.id"]),
        sa.PrimaryKeyConstraint("shop_id", "sha256"),
        sa.UniqueConstraint("token"),
    )
    op.create_index("ix_blob_uploads_updated_at", "blob_uploads", ["updated_at"], unique=False)
    op.create_table(
        "map_packs",
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("south", sa.Float(), nullable=False),
        sa.Column("west", sa.Float(), nullable=False),
        sa.Column("north", sa.Float(), nullable=False),
        sa.Column("east", sa.Float(), nullable=False),
        sa.Column("radius_m", sa.Float(), nullable=False),
        sa.Column("margin_m", sa.Float(), nullable=False),
        sa.Column("source_name", sa.String(), nullable=False),
        sa.Column("extract_date", sa.DateTime(), nullable=True),
        sa.Column("built_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["shop_id"], ["shops.id"]),
        sa.PrimaryKeyConstraint("shop_id"),
    )


def downgrade() -> None:
    op.drop_table("map_packs")
    op.drop_index("ix_blob_uploads_updated_at", table_name="blob_uploads")
    op.drop_table("blob_uploads")
    op.drop_table("carrier_settings")
    op.drop_table("blob_upload_chunks")

"""Initial schema: shop profile, parcels, event log/outbox, proof files, plans, sync state, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shop_profile",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("radius_m", sa.Integer(), nullable=False),
        sa.Column("vehicles", sa.Integer(), nullable=False),
        sa.Column("vehicle_capacity", sa.Integer(), nullable=False),
        sa.Column("open_s", sa.Integer(), nullable=False),
        sa.Column("close_s", sa.Integer(), nullable=False),
        sa.Column("units", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_table(
        "parcel",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tracking_number", sa.String(), nullable=False),
        sa.Column("recipient", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("service", sa.String(), nullable=False),
        sa.Column("deadline", sa.String(), nullable=True),
        sa.Column("weight_g", sa.Integer(), nullable=True),
        sa.Column("size", sa.String(), nullable=True),
        sa.Column("instructions", sa.String(), nullable=False),
        sa.Column("tw_start_s", sa.Integer(), nullable=True),
        sa.Column("tw_end_s", sa.Integer(), nullable=True),
        sa.Column("max_attempts", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("damaged", sa.Boolean(), nullable=False),
        sa.Column("unexpected", sa.Boolean(), nullable=False),
        sa.Column("outside_radius", sa.Boolean(), nullable=False),
        sa.Column("shelf_slot", sa.String(), nullable=True),
        sa.Column("pickup_code", sa.String(), nullable=True),
        sa.Column("manifest_seq", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.String(), nullable=True),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("search_text", sa.String(), nullable=False),
    )
    op.create_index("ix_parcel_tracking_number", "parcel", ["tracking_number"], unique=True)
    op.create_index("ix_parcel_status", "parcel", ["status"])
    op.create_index("ix_parcel_pickup_code", "parcel", ["pickup_code"])
    op.create_table(
        "event",
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("parcel_id", sa.Integer(), sa.ForeignKey("parcel.id"), nullable=False),
        sa.Column("tracking_number", sa.String(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("data", sa.String(), nullable=False),
        sa.Column("sync_state", sa.String(), nullable=False),
        sa.Column("sync_reason", sa.String(), nullable=True),
        sa.Column("synced_at", sa.String(), nullable=True),
        sa.Column("reviewed", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_event_id", "event", ["id"], unique=True)
    op.create_index("ix_event_parcel_id", "event", ["parcel_id"])
    op.create_index("ix_event_sync_state", "event", ["sync_state"])
    op.create_table(
        "proof_file",
        sa.Column("sha256", sa.String(), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("uploaded_at", sa.String(), nullable=True),
        sa.Column("purged_at", sa.String(), nullable=True),
    )
    op.create_table(
        "route_plan",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_date", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("problem_json", sa.String(), nullable=False),
        sa.Column("plan_json", sa.String(), nullable=False),
    )
    op.create_index("ix_route_plan_plan_date", "route_plan", ["plan_date"])
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
    )


def downgrade() -> None:
    for table in ("setting", "sync_state", "route_plan", "proof_file", "event", "parcel"):
        op.drop_table(table)
    op.drop_table("shop_profile")

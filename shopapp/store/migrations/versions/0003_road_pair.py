"""Road distances and times between location pairs, per map, so a re-plan costs nothing.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "road_pair",
        sa.Column("map_sha", sa.String(), primary_key=True),
        sa.Column("from_lat_e6", sa.Integer(), primary_key=True),
        sa.Column("from_lon_e6", sa.Integer(), primary_key=True),
        sa.Column("to_lat_e6", sa.Integer(), primary_key=True),
        sa.Column("to_lon_e6", sa.Integer(), primary_key=True),
        sa.Column("distance_m", sa.Integer(), nullable=False),
        sa.Column("time_s", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("road_pair")

"""The shop profile's time zone.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

shop_profile.time_zone: an IANA name ("Europe/London"), from the carrier's GET /v1/shop
or chosen in the first-run setup. NULL for a profile made before zones: the shop's day
boundaries stay the PC's, as they were, until a zone is chosen or the next sync brings
the carrier's.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shop_profile") as batch:
        batch.add_column(sa.Column("time_zone", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("shop_profile") as batch:
        batch.drop_column("time_zone")

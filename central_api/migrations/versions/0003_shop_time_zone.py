"""The shops' time zone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

shops.time_zone (an IANA name): a date-only deadline is the end of that day in the
shop's zone, and GET /v1/shop tells the app its zone. Shops that exist get NULL (nothing
tells their zone), as does a shop created without one: the app then keeps its own.
parcels.deadline_date: a deadline given as a date alone, kept as given ("2026-11-25"),
so the app can end that day in its own zone. Deadlines already stored do not change.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch: SQLite cannot ALTER a column in place (the downgrade needs it).
    with op.batch_alter_table("shops") as batch:
        batch.add_column(sa.Column("time_zone", sa.String(), nullable=True))
    with op.batch_alter_table("parcels") as batch:
        batch.add_column(sa.Column("deadline_date", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("parcels") as batch:
        batch.drop_column("deadline_date")
    with op.batch_alter_table("shops") as batch:
        batch.drop_column("time_zone")

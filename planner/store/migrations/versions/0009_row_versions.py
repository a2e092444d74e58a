"""a version on every row people edit together

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 03:30:00

The plan, activities, sessions, quotas, budget lines, payments, enrolments and
attendance marks get ``version``, an integer counted up at every update (1 for
the rows already there). A save names the version it read and its UPDATE
matches only that version, so the second of two people editing one row is
refused instead of overwriting the first. A NOT NULL column with a server
default is added in place; nothing is rebuilt.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = (
    "plan",
    "activity",
    "session",
    "quota",
    "budget_line",
    "payment",
    "enrolment",
    "mark",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
            )


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.drop_column("version")

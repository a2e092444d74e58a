"""payments: a budget line's actual amount becomes the sum of its payments

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-06 00:30:00

Each budget line that had an actual amount gets one undated payment of that
amount (an undated payment counts at every as-of date), so every figure stays
what it was; then the line's ``actual_minor`` column goes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.store.migrations import portable

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "uid", sa.String(), nullable=False, server_default=sa.text(portable.uid_default())
        ),
        sa.Column("budget_line_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("booked_rate", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["budget_line_id"], ["budget_line.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_payment_uid", "payment", ["uid"], unique=True)
    op.create_index("ix_payment_budget_line_id", "payment", ["budget_line_id"])
    op.execute(
        "INSERT INTO payment (budget_line_id, paid_on, amount_minor, reference, note) "
        "SELECT id, NULL, actual_minor, '', '' FROM budget_line "
        "WHERE actual_minor IS NOT NULL ORDER BY id"
    )
    with op.batch_alter_table("budget_line", recreate=portable.recreate()) as batch:
        batch.drop_constraint("actual_not_negative", type_="check")
        batch.drop_column("actual_minor")


def downgrade() -> None:
    raise NotImplementedError("the planner never downgrades a database")

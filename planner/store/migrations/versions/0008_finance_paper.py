"""finance paper: the report's reference and sign-off, rate sources, baselines

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 03:30:00

The plan gets the budget report's reference and version and who prepares,
reviews and approves it (name and title each); an exchange rate gets its source
and the date it was read. All are nullable, so existing rows keep what they have
and SQLite adds the columns in place. Two new tables hold baselines: a year's
planned budget frozen under a name, line by line.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.store.migrations import portable

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

PLAN_COLUMNS = (
    "report_reference",
    "report_version",
    "prepared_name",
    "prepared_title",
    "reviewed_name",
    "reviewed_title",
    "approved_name",
    "approved_title",
)


def upgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        for column in PLAN_COLUMNS:
            batch.add_column(sa.Column(column, sa.String(), nullable=True))
    with op.batch_alter_table("exchange_rate") as batch:
        batch.add_column(sa.Column("source", sa.String(), nullable=True))
        batch.add_column(sa.Column("rate_date", sa.Date(), nullable=True))
    op.create_table(
        "baseline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "uid", sa.String(), nullable=False, server_default=sa.text(portable.uid_default())
        ),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("made_by", sa.String(), nullable=False),
        sa.Column("made_at", sa.String(), nullable=False),
        sa.CheckConstraint("length(name) > 0", name="name_not_empty"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "name"),
    )
    op.create_index("ix_baseline_uid", "baseline", ["uid"], unique=True)
    op.create_table(
        "baseline_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("baseline_id", sa.Integer(), nullable=False),
        sa.Column("activity", sa.String(), nullable=False),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("funding_source", sa.String(), nullable=True),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("planned_minor", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["baseline_id"], ["baseline.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_baseline_line_baseline_id", "baseline_line", ["baseline_id"])


def downgrade() -> None:
    raise NotImplementedError("the planner never downgrades a database")

"""the results framework: objectives, outcomes, outputs, indicators with targets
and entered actuals, follow-ups of completers; the plan's host country and an
activity's maximum test score

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-06 00:30:00

Both new columns are nullable (nothing set), so old rows upgrade as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.store.migrations import portable

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _uid() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        "uid", sa.String(), nullable=False, server_default=sa.text(portable.uid_default())
    )


def upgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        batch.add_column(sa.Column("host_country", sa.String(), nullable=True))
    with op.batch_alter_table("activity") as batch:
        batch.add_column(sa.Column("max_score", sa.String(), nullable=True))

    op.create_table(
        "result",
        sa.Column("id", sa.Integer(), nullable=False),
        _uid(),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("level", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("theme_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("length(code) BETWEEN 1 AND 40", name="code_length"),
        sa.CheckConstraint("level IN ('objective','outcome','output')", name="level_enum"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["parent_id"], ["result.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["theme_id"], ["theme.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "code"),
    )
    for col in ("uid", "plan_id", "parent_id", "theme_id"):
        op.create_index(f"ix_result_{col}", "result", [col], unique=col == "uid")

    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        _uid(),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("result_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("baseline", sa.String(), nullable=False),
        sa.Column("baseline_year", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("figure", sa.String(), nullable=True),
        sa.Column("theme_id", sa.Integer(), nullable=True),
        sa.Column("cumulative", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(code) BETWEEN 1 AND 40", name="code_length"),
        sa.CheckConstraint("direction IN ('higher','lower')", name="direction_enum"),
        sa.CheckConstraint("cumulative IN (0, 1)", name="cumulative_bool"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["result_id"], ["result.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["theme_id"], ["theme.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "code"),
    )
    for col in ("uid", "plan_id", "result_id", "theme_id"):
        op.create_index(f"ix_indicator_{col}", "indicator", [col], unique=col == "uid")

    op.create_table(
        "indicator_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["indicator_id"], ["indicator.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("indicator_id", "year"),
    )
    op.create_table(
        "indicator_actual",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["indicator_id"], ["indicator.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("indicator_id", "year"),
    )
    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("applies", sa.String(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.CheckConstraint(
            "applies IS NULL OR applies IN ('yes','partly','no')", name="applies_enum"
        ),
        sa.ForeignKeyConstraint(["enrolment_id"], ["enrolment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("enrolment_id"),
    )


def downgrade() -> None:
    for table in ("follow_up", "indicator_actual", "indicator_target", "indicator", "result"):
        op.drop_table(table)
    with op.batch_alter_table("activity") as batch:
        batch.drop_column("max_score")
    with op.batch_alter_table("plan") as batch:
        batch.drop_column("host_country")

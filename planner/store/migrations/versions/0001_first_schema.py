"""first schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 05:48:47.756271
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("years", sa.Integer(), nullable=False),
        sa.Column("base_currency", sa.String(), nullable=False),
        sa.Column("completion_threshold", sa.String(), nullable=False),
        sa.CheckConstraint("length(base_currency) = 3", name="base_currency_code"),
        sa.CheckConstraint("length(name) > 0", name="name_not_empty"),
        sa.CheckConstraint("start_year BETWEEN 2000 AND 2100", name="start_year_range"),
        sa.CheckConstraint("years IN (3, 4, 5)", name="years_horizon"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "administration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=True),
        sa.CheckConstraint("length(code) BETWEEN 1 AND 40", name="code_length"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "code"),
    )
    with op.batch_alter_table("administration", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_administration_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "exchange_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("to_base", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "year", "currency"),
    )
    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_rate_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "funding_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.CheckConstraint("length(code) BETWEEN 1 AND 40", name="code_length"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "code"),
    )
    with op.batch_alter_table("funding_source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_funding_source_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "theme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.CheckConstraint("length(code) BETWEEN 1 AND 40", name="code_length"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "code"),
    )
    with op.batch_alter_table("theme", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_theme_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("venue", sa.String(), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("mode", sa.String(), nullable=False),
        sa.Column("hours_per_session", sa.String(), nullable=False),
        sa.CheckConstraint("kind IN ('course','symposium')", name="kind_enum"),
        sa.CheckConstraint("mode IN ('in_person','online','hybrid')", name="mode_enum"),
        sa.CheckConstraint(
            "status IN ('planned','approved','scheduled','delivered','cancelled')",
            name="status_enum",
        ),
        sa.CheckConstraint("length(code) BETWEEN 1 AND 40", name="code_length"),
        sa.CheckConstraint("start_date <= end_date", name="start_before_end"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["theme.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "code"),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "envelope",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("funding_source_id", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount_minor >= 0", name="amount_not_negative"),
        sa.ForeignKeyConstraint(
            ["funding_source_id"],
            ["funding_source.id"],
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "year", "funding_source_id"),
    )
    with op.batch_alter_table("envelope", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_envelope_funding_source_id"), ["funding_source_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_envelope_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("native_name", sa.String(), nullable=True),
        sa.Column("gender", sa.String(), nullable=True),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.CheckConstraint("gender IS NULL OR gender IN ('F','M','X')", name="gender_enum"),
        sa.CheckConstraint("length(ref) BETWEEN 1 AND 40", name="ref_length"),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "ref"),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participant_administration_id"), ["administration_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_participant_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "budget_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("planned_minor", sa.Integer(), nullable=False),
        sa.Column("actual_minor", sa.Integer(), nullable=True),
        sa.Column("funding_source_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "category IN ('travel','accommodation','per_diem','venue','interpretation','materials','experts','other')",
            name="category_enum",
        ),
        sa.CheckConstraint("actual_minor IS NULL OR actual_minor >= 0", name="actual_not_negative"),
        sa.CheckConstraint("length(currency) = 3", name="currency_code"),
        sa.CheckConstraint("planned_minor >= 0", name="planned_not_negative"),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["funding_source_id"],
            ["funding_source.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_line_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_budget_line_funding_source_id"), ["funding_source_id"], unique=False
        )

    op.create_table(
        "enrolment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("pre_score", sa.String(), nullable=True),
        sa.Column("post_score", sa.String(), nullable=True),
        sa.Column("satisfaction", sa.String(), nullable=True),
        sa.CheckConstraint("status IN ('nominated','confirmed','withdrawn')", name="status_enum"),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("activity_id", "participant_id"),
    )
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_enrolment_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "quota",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("administration_id", sa.Integer(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.CheckConstraint("seats >= 0", name="seats_not_negative"),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["administration_id"],
            ["administration.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("activity_id", "administration_id"),
    )
    with op.batch_alter_table("quota", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quota_administration_id"), ["administration_id"], unique=False
        )

    op.create_table(
        "session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("starts", sa.String(), nullable=False),
        sa.CheckConstraint("length(starts) IN (10, 16)", name="starts_iso"),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("activity_id", "starts"),
    )

    op.create_table(
        "mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("marked_at", sa.String(), nullable=True),
        sa.Column("marked_by", sa.String(), nullable=True),
        sa.CheckConstraint("status IN ('present','late','excused','absent')", name="status_enum"),
        sa.ForeignKeyConstraint(["enrolment_id"], ["enrolment.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["session.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("enrolment_id", "session_id"),
    )
    with op.batch_alter_table("mark", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mark_session_id"), ["session_id"], unique=False)


def downgrade() -> None:
    op.drop_table("mark")
    op.drop_table("session")
    op.drop_table("quota")
    op.drop_table("enrolment")
    op.drop_table("budget_line")
    op.drop_table("participant")
    op.drop_table("envelope")
    op.drop_table("activity")
    op.drop_table("theme")
    op.drop_table("funding_source")
    op.drop_table("exchange_rate")
    op.drop_table("administration")
    op.drop_table("plan")

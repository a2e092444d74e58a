"""the change journal, and stable identities for the rows users change

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 22:00:00

Tables whose rows a user creates and renames get a ``uid``: 32 hex digits that
survive export, import and a copy to another database (ids are local to one
file). Each of those tables is rebuilt (SQLite cannot add a column with a
per-row default otherwise): the planner migrates with foreign keys off, so the
rebuild keeps every child row. Rows whose identity follows from their parents'
(sessions, quotas, rates, envelopes, enrolments, marks) need none.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.store.migrations import portable

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

WITH_UID = (
    "plan",
    "administration",
    "theme",
    "funding_source",
    "participant",
    "activity",
    "budget_line",
)


def upgrade() -> None:
    for table in WITH_UID:
        with op.batch_alter_table(table, recreate=portable.recreate()) as batch:
            batch.add_column(
                sa.Column(
                    "uid",
                    sa.String(),
                    nullable=False,
                    server_default=sa.text(portable.uid_default()),
                )
            )
            batch.create_index(f"ix_{table}_uid", ["uid"], unique=True)

    op.create_table(
        "change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("user", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("reverts", sa.Integer(), nullable=True),
        sa.CheckConstraint("kind IN ('edit', 'undo', 'redo', 'import', 'erase')", name="kind_enum"),
        sa.ForeignKeyConstraint(["reverts"], ["change.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_change_plan_at", "change", ["plan_id", "at"])
    op.create_table(
        "change_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("op", sa.String(), nullable=False),
        sa.Column("old", sa.String(), nullable=True),
        sa.Column("new", sa.String(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("op IN ('I', 'U', 'D')", name="op_enum"),
        sa.ForeignKeyConstraint(["change_id"], ["change.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_change_row_change_id", "change_row", ["change_id"])
    op.create_index("ix_change_row_row", "change_row", ["tbl", "row_id"])
    op.create_index("ix_change_row_activity", "change_row", ["activity_id"])
    op.create_index("ix_change_row_participant", "change_row", ["participant_id"])
    op.create_table(
        "undo_entry",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["change_id"], ["change.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("position"),
    )


def downgrade() -> None:
    op.drop_table("undo_entry")
    op.drop_table("change_row")
    op.drop_table("change")
    for table in reversed(WITH_UID):
        with op.batch_alter_table(table, recreate=portable.recreate()) as batch:
            batch.drop_index(f"ix_{table}_uid")
            batch.drop_column("uid")

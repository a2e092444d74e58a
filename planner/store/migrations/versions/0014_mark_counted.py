"""the marks that count, by enrolment, in an index of their own

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 04:00:00

The figures (planner.services.participation) count each enrolment's attended and
excused sessions. They read them through the marks' (enrolment, session) index and
then each mark's row for its status: half the time of the figures on a large plan.
This adds a partial index of the marks that count (every status but absent) by
enrolment, holding their status, so the figures read the marks from the index
alone. Both engines build it from the rows already there; nothing is rebuilt or
rewritten, and no row changes. On PostgreSQL the index is read alone once VACUUM
(autovacuum, or ``planner copy`` at its end) has marked the table's pages visible.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.enums import COUNTED_MARKS, COUNTED_MARKS_INDEX

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        COUNTED_MARKS_INDEX,
        "mark",
        ["enrolment_id", "status"],
        sqlite_where=sa.text(COUNTED_MARKS),
        postgresql_where=sa.text(COUNTED_MARKS),
    )


def downgrade() -> None:
    op.drop_index(COUNTED_MARKS_INDEX, table_name="mark")

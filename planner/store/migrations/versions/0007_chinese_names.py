"""an optional Chinese name beside each English one

Revision ID: 0007
Revises: 0003
Create Date: 2026-12-06 01:00:00

The plan (name and owner), administrations, themes, funding sources and
activities (title and venue) get a nullable ``*_zh`` column: the name a Chinese
report shows where there is one (the English name otherwise). Existing rows
have none, so nothing is rebuilt: SQLite adds a nullable column in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.store.migrations import portable

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: table -> its new columns, in this order
COLUMNS = {
    "plan": ("name_zh", "owner_zh"),
    "administration": ("name_zh",),
    "theme": ("name_zh",),
    "funding_source": ("name_zh",),
    "activity": ("title_zh", "venue_zh"),
}


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.add_column(sa.Column(column, sa.String(), nullable=True))


def downgrade() -> None:
    for table, columns in reversed(COLUMNS.items()):
        with op.batch_alter_table(table, recreate=portable.recreate()) as batch:
            for column in reversed(columns):
                batch.drop_column(column)

"""an optional Chinese name beside the results framework's English words

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 21:00:00

A result's title and an indicator's name and unit get a nullable ``*_zh`` column,
as revision 0007 gave the plan, themes and activities theirs: a Chinese report or
window shows it where there is one, the English text otherwise. Existing rows
have none, so nothing is rebuilt on either engine.

It comes after 0010, not before it: a PostgreSQL database already at 0010 would
never run a revision slipped in below it. 0010 turned the amounts and foreign
keys of its time into BIGINT and DEFERRABLE; these columns are neither, so
nothing here needs that treatment (a later revision adding an amount or a key
must give PostgreSQL the BIGINT or DEFERRABLE itself).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.store.migrations import portable

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

#: table -> its new columns, in this order
COLUMNS = {
    "result": ("title_zh",),
    "indicator": ("name_zh", "unit_zh"),
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

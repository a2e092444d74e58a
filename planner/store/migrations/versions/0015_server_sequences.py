"""serial numbers on a server continue after the highest copied one

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 05:30:00

``planner copy`` into a server database moved each table's ``id`` sequence past the
copied rows, but not the undo stack's, whose rows are numbered by ``position``. A
file with an undo history copied to a server then refused the first edits made
there ("duplicate key value violates unique constraint undo_entry_pkey"), one per
copied entry, until the sequence had passed them. This moves every serial column's
sequence past the highest number in its table, once; the copy now does it itself.
Nothing changes on SQLite, whose rows take the next number by themselves, and no
row changes anywhere.
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    serial = bind.exec_driver_sql(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND left(column_default, 8) = 'nextval('"
    ).fetchall()
    for table, column in serial:
        sequence = bind.exec_driver_sql(
            f"SELECT pg_get_serial_sequence('\"{table}\"', '{column}')"
        ).scalar()
        last, called = bind.exec_driver_sql(f"SELECT last_value, is_called FROM {sequence}").one()
        top = bind.exec_driver_sql(f'SELECT max("{column}") FROM "{table}"').scalar()
        # never backwards: a number once given may be a deleted row's that undo restores
        following = max((top or 0) + 1, last + 1 if called else last)
        bind.exec_driver_sql(f"SELECT setval('{sequence}', {int(following)}, false)")


def downgrade() -> None:
    """Nothing to undo: a sequence past its table's highest number suits 0014 too."""

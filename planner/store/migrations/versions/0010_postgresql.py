"""what a PostgreSQL database needs beyond the shared schema

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 04:00:00

Nothing changes in a SQLite file. On PostgreSQL:

- every amount in minor units (``*_minor``) becomes BIGINT: SQLite's INTEGER holds
  64 bits, PostgreSQL's only 32, and amounts go up to 10 trillion with cents;
- every foreign key becomes DEFERRABLE (still checked at once unless a
  transaction asks otherwise), so that undo and redo can put rows back in the
  order the journal recorded them and have the keys checked at commit, as SQLite
  does with ``defer_foreign_keys``.
"""

from __future__ import annotations

from alembic import op

from planner.store.migrations import portable

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if portable.is_sqlite():
        return
    bind = op.get_bind()
    money = bind.exec_driver_sql(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND column_name LIKE '%%\\_minor' "
        "AND data_type = 'integer' ORDER BY table_name, column_name"
    ).fetchall()
    for table, column in money:
        op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE BIGINT')
    keys = bind.exec_driver_sql(
        "SELECT c.conrelid::regclass::text, c.conname FROM pg_catalog.pg_constraint c "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace "
        "WHERE c.contype = 'f' AND n.nspname = current_schema() AND NOT c.condeferrable "
        "ORDER BY 1, 2"
    ).fetchall()
    for table, name in keys:
        op.execute(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE')


def downgrade() -> None:
    raise NotImplementedError("the planner never downgrades a database")

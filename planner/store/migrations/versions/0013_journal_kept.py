"""on a server, the history cannot be deleted by a colleague's raw SQL

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 00:40:00

Nothing changes in a SQLite file. On PostgreSQL every planner role may write the
journal's tables (each edit records itself), so a login could also delete its
entries in psql. The planner itself deletes an entry only when the edit changed
nothing (no recorded rows), in the transaction that made it, and never deletes a
recorded row. So, for everyone but the database's owner and superusers (who
administer the database anyway):

- deleting a ``change`` is refused unless it is the login's own and has no
  recorded rows (an import's entry, which records none, is someone's history too);
- deleting a ``change_row`` is refused.

Erasing a person (``planner.services.history``) rewrites rows and keeps them, and
is unaffected.
"""

from __future__ import annotations

from alembic import op

from planner.store.migrations import portable

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

FUNCTION = """
CREATE OR REPLACE FUNCTION planner_journal_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles r
        WHERE r.rolname = session_user
          AND (r.rolsuper OR r.oid = (SELECT c.relowner FROM pg_catalog.pg_class c
                                      WHERE c.oid = TG_RELID))
    ) THEN
        RETURN OLD;
    END IF;
    IF TG_TABLE_NAME = 'change_row' THEN
        RAISE EXCEPTION 'the history is kept: a recorded change cannot be deleted'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD."user" IS DISTINCT FROM session_user
       OR EXISTS (SELECT 1 FROM change_row WHERE change_id = OLD.id) THEN
        RAISE EXCEPTION 'the history is kept: a recorded change cannot be deleted'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
END
$$
"""


def upgrade() -> None:
    if portable.is_sqlite():
        return
    op.execute(FUNCTION)
    for table in ("change", "change_row"):
        op.execute(f"DROP TRIGGER IF EXISTS planner_journal_kept ON {table}")
        op.execute(
            f"CREATE TRIGGER planner_journal_kept BEFORE DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION planner_journal_kept()"
        )


def downgrade() -> None:
    raise NotImplementedError("the planner never downgrades a database")

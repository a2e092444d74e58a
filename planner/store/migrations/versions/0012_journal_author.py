"""on a server, a journal entry's author is the login that wrote it

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 23:45:00

Nothing changes in a SQLite file (one person, one desk). On PostgreSQL the
planner already writes ``session_user`` as the author of each change; this makes
the server hold to it whoever writes, the planner or a raw SQL session of a
colleague's login:

- a new ``change`` row gets ``session_user`` as its ``user``, whatever the INSERT
  said;
- an UPDATE of a ``change`` row keeps its ``user`` and ``at`` (the window renames an
  entry's action, never who made it or when).

The database's owner and superusers are exempt: ``planner copy`` (run by the
owner, docs/team-mode.md) brings a file's history in with its authors, and the
owner administers the database anyway.
"""

from __future__ import annotations

from alembic import op

from planner.store.migrations import portable

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

FUNCTION = """
CREATE OR REPLACE FUNCTION planner_change_author() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles r
        WHERE r.rolname = session_user
          AND (r.rolsuper OR r.oid = (SELECT c.relowner FROM pg_catalog.pg_class c
                                      WHERE c.oid = TG_RELID))
    ) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW."user" := session_user;
    ELSE
        NEW."user" := OLD."user";
        NEW.at := OLD.at;
    END IF;
    RETURN NEW;
END
$$
"""

TRIGGER = (
    "CREATE TRIGGER planner_change_author BEFORE INSERT OR UPDATE ON change "
    "FOR EACH ROW EXECUTE FUNCTION planner_change_author()"
)


def upgrade() -> None:
    if portable.is_sqlite():
        return
    op.execute(FUNCTION)
    op.execute("DROP TRIGGER IF EXISTS planner_change_author ON change")
    op.execute(TRIGGER)


def downgrade() -> None:
    raise NotImplementedError("the planner never downgrades a database")

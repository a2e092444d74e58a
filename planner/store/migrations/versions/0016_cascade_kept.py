"""on a server, a delete cannot cascade into rows the login may not delete

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 06:00:00

Nothing changes in a SQLite file. On PostgreSQL, ``ON DELETE CASCADE`` deletes the
child rows with the rights of the tables' owner, not the login's: a ``planner``
login deleting an activity in psql took its payments (finance's) and its
enrolments and attendance marks (trainers') with it, although its grants refuse
it those tables. The planner's services ask first and refuse in words
(``planner.services.cascade``); this makes the server hold to it for a raw SQL
session too. Every table a cascade reaches gets a row trigger that refuses to
delete a row unless the login (``session_user``: a cascade runs as the owner, so
``current_user`` would not tell) may delete from that table itself. A direct
delete is checked by the grants before the trigger fires; the owner and
superusers may delete everything and are not held back.
"""

from __future__ import annotations

from alembic import op

from planner.store.migrations import portable

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

#: Every table whose rows a delete of another table's row deletes with it.
TABLES = (
    "administration",
    "theme",
    "funding_source",
    "exchange_rate",
    "envelope",
    "participant",
    "activity",
    "session",
    "quota",
    "budget_line",
    "payment",
    "enrolment",
    "mark",
    "follow_up",
    "certificate",
    "result",
    "indicator",
    "indicator_target",
    "indicator_actual",
    "baseline",
    "baseline_line",
)

FUNCTION = """
CREATE OR REPLACE FUNCTION planner_cascade_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- a cascade runs as the tables' owner; a login's own delete passed its grants
    IF current_user <> session_user
       AND NOT pg_catalog.has_table_privilege(session_user, TG_RELID, 'DELETE') THEN
        RAISE EXCEPTION 'permission denied for table %: the delete would take its rows '
            'with it, which this login may not delete', TG_TABLE_NAME
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
    for table in TABLES:
        op.execute(f'DROP TRIGGER IF EXISTS planner_cascade_kept ON "{table}"')
        op.execute(
            f'CREATE TRIGGER planner_cascade_kept BEFORE DELETE ON "{table}" '
            "FOR EACH ROW EXECUTE FUNCTION planner_cascade_kept()"
        )


def downgrade() -> None:
    raise NotImplementedError("the planner never downgrades a database")

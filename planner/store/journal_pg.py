"""The change journal on PostgreSQL: the same rows as on SQLite, written by
PL/pgSQL triggers.

The triggers are made once per database (by whoever first records, under an
advisory lock, and again when a table has none yet) and stay; they record only
while the transaction says which change it is recording (the setting
``planner.change_id``, local to the transaction), so other work pays one test
per row. A row's columns are written as a JSON object (``to_jsonb``), as on
SQLite: integers as numbers, text and dates as strings, NULL as null.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: Made once per database; a new table gets its trigger the next time it is missing.
_FUNCTION = "planner_journal_{table}"


def journaled_tables(con: Any, not_journaled: frozenset[str]) -> dict[str, list[str]]:
    rows = con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
    ).fetchall()
    out: dict[str, list[str]] = {}
    for table, column in rows:
        if table not in not_journaled:
            out.setdefault(str(table), []).append(str(column))
    return out


def _function(table: str, activity: str, participant: str) -> str:
    def ref(expr: str, r: str) -> str:
        return expr.format(r=r).replace("main.", "")

    return f"""
CREATE OR REPLACE FUNCTION "{_FUNCTION.format(table=table)}"() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  cid text := current_setting('planner.change_id', true);
  r record;
BEGIN
  IF cid IS NULL OR cid = '' THEN RETURN NULL; END IF;
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  IF TG_OP = 'UPDATE' AND to_jsonb(OLD) = to_jsonb(NEW) THEN RETURN NULL; END IF;
  INSERT INTO change_row (change_id, tbl, row_id, op, old, new, activity_id, participant_id)
  VALUES (
    cid::integer, TG_TABLE_NAME, r.id, left(TG_OP, 1),
    CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD)::text END,
    CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW)::text END,
    {ref(activity, "r")}, {ref(participant, "r")});
  RETURN NULL;
END
$fn$"""


def install(
    con: Any,
    tables: Mapping[str, list[str]],
    activity: Mapping[str, str],
    participant: Mapping[str, str],
) -> None:
    """Make the recording triggers of every journaled table that has none, and the
    trigger that announces a change made outside the journal (:data:`UNRECORDED`)."""
    have: dict[str, set[str]] = {}
    for name, table in con.execute(
        "SELECT g.tgname, c.relname FROM pg_catalog.pg_trigger g "
        "JOIN pg_catalog.pg_class c ON c.oid = g.tgrelid "
        "WHERE g.tgname IN ('planner_journal', 'planner_unrecorded') AND c.relnamespace = "
        "(SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = current_schema())"
    ):
        have.setdefault(str(name), set()).add(str(table))
    journaled = [t for t in tables if "id" in tables[t]]
    missing = [t for t in journaled if t not in have.get("planner_journal", set())]
    unheard = [t for t in journaled if t not in have.get("planner_unrecorded", set())]
    if not missing and not unheard:
        return
    con.execute("SELECT pg_advisory_xact_lock(7341106)")
    for table in missing:
        con.execute(_function(table, activity.get(table, "NULL"), participant.get(table, "NULL")))
        con.execute(f'DROP TRIGGER IF EXISTS planner_journal ON "{table}"')
        con.execute(
            f'CREATE TRIGGER planner_journal AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            f'FOR EACH ROW EXECUTE FUNCTION "{_FUNCTION.format(table=table)}"()'
        )
    if unheard:
        con.execute(_UNRECORDED_FUNCTION)
    for table in unheard:
        con.execute(f'DROP TRIGGER IF EXISTS planner_unrecorded ON "{table}"')
        con.execute(
            f'CREATE TRIGGER planner_unrecorded AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "FOR EACH STATEMENT EXECUTE FUNCTION planner_unrecorded()"
        )


#: The announcement of a change that no journal entry records (someone's raw SQL in
#: psql, another program): open windows read everything again. Sent once per
#: transaction at its commit (PostgreSQL folds equal notifications), never for the
#: planner's own writes, which say which change they record.
UNRECORDED = "0"

_UNRECORDED_FUNCTION = """
CREATE OR REPLACE FUNCTION planner_unrecorded() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('planner.change_id', true), '') = '' THEN
        PERFORM pg_notify('planner_change', '0');
    END IF;
    RETURN NULL;
END
$$
"""


#: The channel every change is announced on (at commit), for open windows to LISTEN.
CHANNEL = "planner_change"


def announce(con: Any, change_id: int) -> None:
    """Tell every window listening on this database, when the transaction commits,
    that the journal has a new change (nothing is sent if it rolls back)."""
    con.execute(f"SELECT pg_notify('{CHANNEL}', ?)", (str(change_id),))


def set_change(con: Any, change_id: int | None) -> None:
    con.execute(
        "SELECT set_config('planner.change_id', ?, true)",
        ("" if change_id is None else str(change_id),),
    )


def row_json(alias: str) -> str:
    """A row as the triggers write it (for comparing with the journal)."""
    return f"to_jsonb({alias})::text"

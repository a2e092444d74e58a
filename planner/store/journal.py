"""Recording every row a change writes, in the same transaction, and replaying it.

While a change is being recorded, temporary triggers on the connection copy each
inserted, updated or deleted row of the plan's tables into ``change_row``, as the
row's columns before and after (JSON objects written by SQLite itself, so every
value comes back exactly: integers, text, NULL). The triggers exist only on
connections that record: a bulk import on another connection pays nothing for
them, and a tool that opens the file sees an ordinary database.

Replaying applies those rows backwards (undo) or forwards (redo), with the same
ids, after checking that every row is still as the change left it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import groupby
from typing import Any

from planner.errors import PlannerError
from planner.store import journal_pg

#: Tables that are not journaled: the journal itself, schema bookkeeping, and
#: database-wide settings (the certificate key must never be copied anywhere).
NOT_JOURNALED = frozenset(
    {"change", "change_row", "undo_entry", "alembic_version", "app_setting", "sqlite_sequence"}
)

#: The column counting a row's updates (tables people edit together have it).
VERSION = "version"

#: How a row finds the activity and the participant it belongs to, per table.
_ACTIVITY = {
    "activity": "{r}.id",
    "session": "{r}.activity_id",
    "quota": "{r}.activity_id",
    "budget_line": "{r}.activity_id",
    "payment": "(SELECT activity_id FROM main.budget_line WHERE id = {r}.budget_line_id)",
    "enrolment": "{r}.activity_id",
    "mark": "(SELECT activity_id FROM main.enrolment WHERE id = {r}.enrolment_id)",
    "certificate": "{r}.activity_id",
    "follow_up": "(SELECT activity_id FROM main.enrolment WHERE id = {r}.enrolment_id)",
}
_PARTICIPANT = {
    "participant": "{r}.id",
    "enrolment": "{r}.participant_id",
    "mark": "(SELECT participant_id FROM main.enrolment WHERE id = {r}.enrolment_id)",
    "certificate": "{r}.participant_id",
    "follow_up": "(SELECT participant_id FROM main.enrolment WHERE id = {r}.enrolment_id)",
}


@dataclass(frozen=True)
class Note:
    """What is being recorded: the user's action in words, who, and for which plan."""

    action: str
    user: str
    plan_id: int | None = None
    kind: str = "edit"
    reverts: int | None = None


@dataclass(frozen=True)
class RowChange:
    id: int
    tbl: str
    row_id: int
    op: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _on_server(con: Any) -> bool:
    """Whether this is PostgreSQL's connection (``planner.store.pg_compat``)."""
    return not isinstance(con, sqlite3.Connection)


def on_server(con: Any) -> bool:
    """Whether ``con`` (a raw connection) is on a PostgreSQL server."""
    return _on_server(con)


def defer_foreign_keys(con: Any) -> None:
    """Check the foreign keys of this transaction at its commit, not statement by
    statement: for a delete whose cascades reach one table by two paths (a plan's
    quotas go with its activities, and their administrations with the plan), which
    PostgreSQL may otherwise check halfway, and for rows put back in any order."""
    if _on_server(con):
        con.execute("SET CONSTRAINTS ALL DEFERRED")  # every key is deferrable (0010)
    else:
        con.execute("PRAGMA defer_foreign_keys = ON")


def journaled_tables(con: sqlite3.Connection) -> dict[str, list[str]]:
    """Every journaled table of the database with its columns, in order."""
    if _on_server(con):
        return journal_pg.journaled_tables(con, NOT_JOURNALED)
    tables = [
        str(name)
        for (name,) in con.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    return {
        t: [str(r[1]) for r in con.execute(f'PRAGMA main.table_info("{t}")')]
        for t in tables
        if t not in NOT_JOURNALED and not t.startswith("sqlite_")
    }


def _json(columns: Sequence[str], ref: str, con: Any = None) -> str:
    if con is not None and _on_server(con):
        return journal_pg.row_json(ref)
    return "json_object(" + ", ".join(f"'{c}', {ref}.\"{c}\"" for c in columns) + ")"


def install(con: sqlite3.Connection) -> None:
    """Create this connection's temporary recording triggers (once per connection)."""
    if _on_server(con):
        journal_pg.install(con, journaled_tables(con), _ACTIVITY, _PARTICIPANT)
        return
    if con.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'journal_ctx'").fetchone():
        return
    statements = [
        "CREATE TEMP TABLE journal_ctx (id INTEGER PRIMARY KEY CHECK (id = 1), change_id)"
    ]
    statements.append("INSERT INTO temp.journal_ctx VALUES (1, NULL)")
    on = "WHEN (SELECT change_id FROM temp.journal_ctx) IS NOT NULL"
    for table, columns in journaled_tables(con).items():
        for event, op, refs in (
            ("INSERT", "I", ("NEW",)),
            ("UPDATE", "U", ("OLD", "NEW")),
            ("DELETE", "D", ("OLD",)),
        ):
            r = refs[-1]
            old = _json(columns, "OLD") if "OLD" in refs else "NULL"
            new = _json(columns, "NEW") if "NEW" in refs else "NULL"
            activity = _ACTIVITY.get(table, "NULL").format(r=r)
            participant = _PARTICIPANT.get(table, "NULL").format(r=r)
            # an UPDATE that changes nothing is not a change
            same = (
                " AND " + f"{_json(columns, 'OLD')} IS NOT {_json(columns, 'NEW')}"
                if op == "U"
                else ""
            )
            statements.append(
                f'CREATE TEMP TRIGGER "journal_{table}_{op}" AFTER {event} ON main."{table}" '
                f"{on}{same} BEGIN "
                "INSERT INTO change_row "
                "(change_id, tbl, row_id, op, old, new, activity_id, participant_id) VALUES "
                f"((SELECT change_id FROM temp.journal_ctx), '{table}', {r}.id, '{op}', "
                f"{old}, {new}, {activity}, {participant}); END"
            )
    for sql in statements:
        con.execute(sql)


def begin(con: sqlite3.Connection, note: Note) -> int:
    """Start recording a change inside the caller's transaction; returns its id."""
    install(con)
    change_id = add_change(
        con, note.user, note.action, note.kind, plan_id=note.plan_id, reverts=note.reverts
    )
    if _on_server(con):
        journal_pg.set_change(con, change_id)
    else:
        con.execute("UPDATE temp.journal_ctx SET change_id = ?", (change_id,))
    return change_id


def add_change(
    con: sqlite3.Connection,
    user: str,
    action: str,
    kind: str,
    *,
    plan_id: int | None,
    reverts: int | None = None,
) -> int:
    """Write one entry of the journal; returns its id.

    On a server the author is the database login (``session_user``), whatever
    ``user`` says: two colleagues at two desks are told apart by the server itself.
    Open windows are told at commit (``journal_pg.CHANNEL``)."""
    who = "session_user" if _on_server(con) else "?"
    args: tuple[Any, ...] = (now(),) + (() if _on_server(con) else (user,))
    cur = con.execute(
        'INSERT INTO main.change (at, "user", action, kind, plan_id, reverts) '
        f"VALUES (?, {who}, ?, ?, ?, ?)",
        (*args, action, kind, plan_id, reverts),
    )
    change_id = int(cur.lastrowid or 0)
    if _on_server(con):
        journal_pg.announce(con, change_id)
    return change_id


def end(con: sqlite3.Connection, change_id: int) -> int:
    """Stop recording; returns how many rows the change wrote."""
    if _on_server(con):
        journal_pg.set_change(con, None)
    else:
        con.execute("UPDATE temp.journal_ctx SET change_id = NULL")
    return int(
        con.execute(
            "SELECT count(*) FROM main.change_row WHERE change_id = ?", (change_id,)
        ).fetchone()[0]
    )


def stop(con: sqlite3.Connection) -> None:
    """Make sure nothing more is recorded on this connection (after an error)."""
    if _on_server(con):
        return  # the setting ends with the transaction
    if con.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'journal_ctx'").fetchone():
        con.execute("UPDATE temp.journal_ctx SET change_id = NULL")


def rows_of(con: sqlite3.Connection, change_id: int) -> list[RowChange]:
    return [
        RowChange(
            int(i),
            str(t),
            int(r),
            str(op),
            None if o is None else json.loads(o),
            None if n is None else json.loads(n),
        )
        for i, t, r, op, o, n in con.execute(
            "SELECT id, tbl, row_id, op, old, new FROM main.change_row "
            "WHERE change_id = ? ORDER BY id",
            (change_id,),
        )
    ]


def current(con: sqlite3.Connection, table: str, row_id: int, columns: Sequence[str]) -> Any:
    found = con.execute(
        f"SELECT {_json(columns, f'main.{_q(table)}', con)} FROM main.{_q(table)} WHERE id = ?",
        (row_id,),
    ).fetchone()
    return None if found is None else json.loads(found[0])


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def check_state(
    con: sqlite3.Connection,
    expected: dict[tuple[str, int], dict[str, Any] | None],
    tables: dict[str, list[str]],
) -> list[tuple[str, int]]:
    """The rows that are not as expected now (None expected: the row is absent).

    Read a table at a time, 500 rows per query (an undo can cover thousands)."""
    differ: list[tuple[str, int]] = []
    by_table: dict[str, list[int]] = {}
    for table, row_id in expected:
        by_table.setdefault(table, []).append(row_id)
    for table, ids in by_table.items():
        if table not in tables:
            differ += [(table, i) for i in ids]
            continue
        now: dict[int, Any] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            t = f"main.{_q(table)}"
            for row_id, blob in con.execute(
                f"SELECT id, {_json(tables[table], t, con)} FROM {t} WHERE id IN ({marks})", chunk
            ):
                now[int(row_id)] = json.loads(blob)
        differ += [
            (table, i)
            for i in ids
            if _unversioned(now.get(i)) != _unversioned(expected[(table, i)])
        ]
    return differ


def _unversioned(state: dict[str, Any] | None) -> dict[str, Any] | None:
    """A row's state without its ``version``: an undo puts the values back but
    counts the version on, so a row is as a change left it whatever its version."""
    if state is None:
        return None
    return {k: v for k, v in state.items() if k != VERSION}


def final_states(rows: Iterable[RowChange]) -> dict[tuple[str, int], dict[str, Any] | None]:
    """Each row's state after the change (None: deleted)."""
    out: dict[tuple[str, int], dict[str, Any] | None] = {}
    for r in rows:
        out[(r.tbl, r.row_id)] = r.new
    return out


def first_states(rows: Iterable[RowChange]) -> dict[tuple[str, int], dict[str, Any] | None]:
    """Each row's state before the change (None: it did not exist)."""
    out: dict[tuple[str, int], dict[str, Any] | None] = {}
    for r in rows:
        out.setdefault((r.tbl, r.row_id), r.old)
    return out


def put(
    con: sqlite3.Connection, table: str, row_id: int, state: dict[str, Any] | None, *, exists: bool
) -> None:
    """Make a row what ``state`` says: deleted (None), updated (it ``exists``) or
    inserted, same id."""
    _put_many(con, table, [(row_id, state)], exists=exists)


#: one step of a replay: the table, the row's id, the state to give it, whether it exists
_Step = tuple[str, int, "dict[str, Any] | None", bool]


def _shape(step: _Step) -> tuple[str, bool, tuple[str, ...] | None]:
    """Steps of the same shape run as one statement (``executemany``)."""
    table, _, state, exists = step
    return table, exists, None if state is None else tuple(state)


def _put_many(
    con: sqlite3.Connection,
    table: str,
    rows: list[tuple[int, dict[str, Any] | None]],
    *,
    exists: bool,
) -> None:
    """:func:`put` for rows of one table whose states have the same columns (or are
    all None), in their order: one statement run for each row, as ``put`` would."""
    t = f"main.{_q(table)}"
    first = rows[0][1]
    if first is None:
        con.executemany(f"DELETE FROM {t} WHERE id = ?", [(row_id,) for row_id, _ in rows])
        return
    columns = list(first)
    if exists:
        # the values as recorded, the version one more than now: versions only grow,
        # so an editor still holding the version before the undo is refused
        kept = [c for c in columns if c not in ("id", VERSION)]
        sets = ", ".join(f"{_q(c)} = ?" for c in kept)
        if VERSION in columns:
            sets += f", {VERSION} = {VERSION} + 1"
        con.executemany(
            f"UPDATE {t} SET {sets} WHERE id = ?",
            [(*(state[c] for c in kept), row_id) for row_id, state in rows if state is not None],
        )
    else:
        names = ", ".join(_q(c) for c in columns)
        marks = ", ".join("?" for _ in columns)
        con.executemany(
            f"INSERT INTO {t} ({names}) VALUES ({marks})",
            [[state[c] for c in columns] for _, state in rows if state is not None],
        )


def replay(con: sqlite3.Connection, rows: Sequence[RowChange], *, backwards: bool) -> None:
    """Undo (backwards) or redo a change's rows, foreign keys checked at commit.

    The rows are put back in the order recorded (reversed to undo); a run of rows of
    one table and the same columns goes as one ``executemany`` (the same statements,
    in the same order: an undo of a large delete puts back thousands of rows)."""
    defer_foreign_keys(con)
    # Each step knows whether its row is there: an insert's undo finds it, a
    # delete's undo does not, an update's both ways.
    steps: list[_Step] = (
        [(r.tbl, r.row_id, r.old, r.op != "D") for r in reversed(rows)]
        if backwards
        else [(r.tbl, r.row_id, r.new, r.op != "I") for r in rows]
    )
    try:
        for (table, exists, _), run in groupby(steps, key=_shape):
            _put_many(con, table, [(row_id, state) for _, row_id, state, _ in run], exists=exists)
    except _integrity_errors(con) as e:
        raise PlannerError(
            _(
                "the change cannot be replayed: it would break the plan's rules ({e}); "
                "nothing was changed"
            ).format(e=e)
        ) from e


def _integrity_errors(con: Any) -> tuple[type[Exception], ...]:
    if not _on_server(con):
        return (sqlite3.IntegrityError,)
    import psycopg

    return (sqlite3.IntegrityError, psycopg.IntegrityError)

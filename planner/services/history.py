"""Who changed what, and when: the journal read as history, field by field.

Also the erasure of a person's personal data, from the tables and from the
journal, for a data-protection request.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from planner.errors import NotFoundError
from planner.i18n import _
from planner.money import format_minor
from planner.store import Database, raw_connection, unit_of_work
from planner.store import journal as J

#: The participant's fields that identify a person, and what erasure leaves.
PERSONAL = {"name": "a person (erased)", "native_name": None, "email": None, "position": None}
ERASED = "a person (erased)"
#: Columns that are bookkeeping, not something a user changed.
_QUIET = {"id", "uid", "version"}


def _column_order() -> dict[str, dict[str, int]]:
    from planner.services.tables import TABLE_COLUMNS

    return {t: {c: i for i, c in enumerate(cols)} for t, cols in TABLE_COLUMNS.items()}


_COLUMN_ORDER = _column_order()


@dataclass(frozen=True)
class FieldChange:
    """One changed field of one row, in one change: the unit an auditor reads."""

    change_id: int
    at: str
    user: str
    action: str
    kind: str
    table: str
    row_id: int
    row: str
    op: str
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class Filter:
    plan_id: int | None = None
    activity_id: int | None = None
    participant_id: int | None = None
    budget_line_id: int | None = None
    user: str | None = None
    since: date | None = None
    until: date | None = None
    change_id: int | None = None


def _label(table: str, row: dict[str, Any]) -> str:
    """A row as a person names it: a code, a reference, a description, a date."""
    for key in ("code", "ref", "description", "starts", "name"):
        if row.get(key):
            return f"{table.replace('_', ' ')} {row[key]}"
    return f"{table.replace('_', ' ')} #{row.get('id')}"


def _shown(field: str, value: Any, row: dict[str, Any], base: str | None) -> str:
    """A value as text, money exact in its currency: the row's own, else (an
    envelope) the plan's base currency."""
    if value is None:
        return ""
    if field.endswith("_minor") and isinstance(value, int):
        currency = row.get("currency") or base
        if currency:
            return f"{format_minor(value, str(currency))} {currency}"
    return str(value)


def _where(where: Filter) -> tuple[list[str], list[Any]]:
    """The SQL conditions (on ``change c`` and ``change_row r``) that ``where`` asks for."""
    clauses: list[str] = []
    args: list[Any] = []
    for clause, value in (
        ("AND c.plan_id = ?", where.plan_id),
        ("AND r.activity_id = ?", where.activity_id),
        ("AND r.participant_id = ?", where.participant_id),
        ("AND r.tbl = 'budget_line' AND r.row_id = ?", where.budget_line_id),
        ('AND c."user" = ?', where.user),
        ("AND c.at >= ?", None if where.since is None else where.since.isoformat()),
        ("AND c.at < date(?, '+1 day')", None if where.until is None else where.until.isoformat()),
        ("AND c.id = ?", where.change_id),
    ):
        if value is not None:
            clauses.append(clause)
            args.append(value)
    return clauses, args


def _line_currency(
    con: Any, line_id: Any, change_id: int, known: dict[tuple[Any, int], str | None]
) -> str | None:
    """The currency of budget line ``line_id`` when change ``change_id`` was made
    (a payment's amount is in its line's currency, which the payment's row does not
    hold): the line as the journal last saw it up to that change, else as it was
    before its next recorded change, else as it is now. None if the line is unknown."""
    if (line_id, change_id) in known:
        return known[(line_id, change_id)]
    found: str | None = None
    for sql in (
        "SELECT coalesce(r.new, r.old) FROM change_row r WHERE r.tbl = 'budget_line' "
        "AND r.row_id = ? AND r.change_id <= ? ORDER BY r.change_id DESC, r.id DESC LIMIT 1",
        "SELECT r.old FROM change_row r WHERE r.tbl = 'budget_line' "
        "AND r.row_id = ? AND r.change_id > ? AND r.old IS NOT NULL "
        "ORDER BY r.change_id, r.id LIMIT 1",
    ):
        snapshot = con.execute(sql, (line_id, change_id)).fetchone()
        if snapshot and snapshot[0]:
            found = json.loads(snapshot[0]).get("currency")
            if found:
                break
    if not found:
        now = con.execute("SELECT currency FROM budget_line WHERE id = ?", (line_id,)).fetchone()
        found = now[0] if now else None
    known[(line_id, change_id)] = str(found) if found else None
    return known[(line_id, change_id)]


def field_changes(session: Session, where: Filter, limit: int | None = None) -> list[FieldChange]:
    """Every changed field matching ``where``, newest first."""
    con = raw_connection(session)
    line_currencies: dict[tuple[Any, int], str | None] = {}
    clauses, args = _where(where)
    sql = [
        'SELECT c.id, c.at, c."user", c.action, c.kind, r.tbl, r.row_id, r.op, r.old, r.new, '
        "(SELECT base_currency FROM plan WHERE id = c.plan_id) "
        "FROM change c JOIN change_row r ON r.change_id = c.id WHERE 1 = 1",
        *clauses,
    ]
    sql.append("ORDER BY c.id DESC, r.id")
    out: list[FieldChange] = []
    for cid, at, user, action, kind, tbl, row_id, op, old_j, new_j, base in con.execute(
        " ".join(sql), args
    ):
        old = json.loads(old_j) if old_j else {}
        new = json.loads(new_j) if new_j else {}
        row = new or old
        label = _label(tbl, row)
        fields = [k for k in (new or old) if k not in _QUIET and old.get(k) != new.get(k)]
        # in the table's column order: a server's JSON keeps its keys in another order
        order = _COLUMN_ORDER.get(str(tbl), {})
        fields.sort(key=lambda k: order.get(k, len(order)))
        if tbl == "payment" and row.get("budget_line_id") is not None:
            currency = _line_currency(con, row["budget_line_id"], int(cid), line_currencies)
            if currency:  # shown with the amounts; not a changed field of the payment
                old = {**old, "currency": currency} if old else old
                new = {**new, "currency": currency} if new else new
        for field in fields:
            out.append(
                FieldChange(
                    int(cid),
                    str(at),
                    str(user),
                    str(action),
                    str(kind),
                    str(tbl),
                    int(row_id),
                    label,
                    str(op),
                    field.removesuffix("_minor"),
                    _shown(field, old.get(field), old, base) if old else "",
                    _shown(field, new.get(field), new, base) if new else "",
                )
            )
        if limit is not None and len(out) >= limit:
            break
    return out


def fields_of_change(session: Session, change_id: int, where: Filter) -> list[FieldChange]:
    """The fields one change changed, within ``where``'s activity, person or line."""
    return field_changes(
        session,
        Filter(
            activity_id=where.activity_id,
            participant_id=where.participant_id,
            budget_line_id=where.budget_line_id,
            change_id=change_id,
        ),
    )


@dataclass(frozen=True)
class Entry:
    """One change as the history lists it: who, when, what, how many rows."""

    change_id: int
    at: str
    user: str
    action: str
    kind: str
    rows: int


def entries(session: Session, where: Filter, limit: int = 500) -> list[Entry]:
    """The changes matching ``where``, newest first (imports and erasures included)."""
    con = raw_connection(session)
    clauses, args = _where(where)
    sql = [
        'SELECT c.id, c.at, c."user", c.action, c.kind, count(r.id) FROM change c '
        "LEFT JOIN change_row r ON r.change_id = c.id WHERE 1 = 1",
        *clauses,
    ]
    sql.append("GROUP BY c.id ORDER BY c.id DESC LIMIT ?")
    args.append(limit)
    return [
        Entry(int(i), str(a), str(u), str(t), str(k), int(n))
        for i, a, u, t, k, n in con.execute(" ".join(sql), args)
    ]


def users(session: Session, plan_id: int | None) -> list[str]:
    """Everyone who changed the plan, for the history's filter."""
    con = raw_connection(session)
    return [
        str(u)
        for (u,) in con.execute(
            'SELECT DISTINCT "user" FROM change WHERE ? IS NULL OR plan_id = ? ORDER BY "user"',
            (plan_id, plan_id),
        )
    ]


def display_names(session: Session) -> dict[str, str]:
    """login -> the person's name, for the logins of a server that have one (set by
    ``planner team add-user --full-name``, kept by the server as the role's comment);
    empty on a file, where the history records the name given in the window."""
    con = raw_connection(session)
    if not J.on_server(con):
        return {}
    found = con.execute(
        "SELECT rolname, shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolcanlogin"
    ).fetchall()
    return {str(login): " ".join(str(d).split()) for login, d in found if d and str(d).strip()}


def login_of(session: Session, typed: str) -> str:
    """The recorded author a typed person means: a login as it is, the history's own
    ``Wang Fang (wang_fang)``, or (on a server) a login's full name, ``Wang Fang``,
    when exactly one login has it; otherwise the text as typed (a file's names)."""
    names = display_names(session)
    if not names or typed in names:
        return typed
    for login in names:
        if typed == who(login, names):
            return login
    folded = " ".join(typed.split()).casefold()
    matching = [login for login, name in names.items() if name.casefold() == folded]
    return matching[0] if len(matching) == 1 else typed


def who(user: str, names: dict[str, str]) -> str:
    """The author of a change as the history shows it: ``Wang Fang (wang_fang)`` when
    the login has a name, else the recorded name itself."""
    name = names.get(user)
    return f"{name} ({user})" if name and name != user else user


# ------------------------------------------------------------------ erasure
def erase_participant(db: Database, participant_id: int, *, user: str) -> int:
    """Remove a person's personal data from the tables and the journal, then
    compact the file so that no byte of it remains; returns the journal rows
    rewritten. Their attendance and scores stay (the plan's figures do not
    change); the history keeps "a person (erased)"."""
    with unit_of_work(db) as session:  # not recorded: the journal must not copy the data
        con = raw_connection(session)
        found = con.execute(
            "SELECT plan_id, name, native_name, email, position FROM participant WHERE id = ?",
            (participant_id,),
        ).fetchone()
        if found is None:
            raise NotFoundError(
                _("participant number {participant_id} no longer exists").format(
                    participant_id=participant_id
                )
            )
        plan_id = int(found[0])
        values = _personal_values(con, participant_id, found[1:])
        con.execute(
            "UPDATE participant SET name = ?, native_name = NULL, email = NULL, position = NULL "
            "WHERE id = ?",
            (ERASED, participant_id),
        )
        rewritten = _erase_from_journal(con, participant_id, values)
        J.add_change(con, user, "Erased a person's personal data", "erase", plan_id=plan_id)
    compact(db)
    return rewritten


def _personal_values(
    con: sqlite3.Connection, participant_id: int, current: Iterable[Any]
) -> set[str]:
    """Every value the person's identifying fields ever had, now or in the journal."""
    values = {str(v) for v in current if v}
    for old_j, new_j in con.execute(
        "SELECT old, new FROM change_row WHERE tbl = 'participant' AND row_id = ?",
        (participant_id,),
    ):
        for blob in (old_j, new_j):
            if blob:
                row = json.loads(blob)
                values |= {str(row[k]) for k in PERSONAL if row.get(k)}
    values.discard(ERASED)
    return values


def _erase_from_journal(con: sqlite3.Connection, participant_id: int, values: set[str]) -> int:
    if not values:
        return 0
    rewritten = 0
    rows = con.execute(
        "SELECT id, row_id, old, new FROM change_row WHERE tbl = 'participant'"
    ).fetchall()
    for rid, row_id, old_j, new_j in rows:
        blobs = [old_j, new_j]
        mine = row_id == participant_id or any(
            b and any(str(v) in values for v in json.loads(b).values()) for b in blobs
        )
        if not mine:
            continue
        fixed = []
        for blob in blobs:
            if not blob:
                fixed.append(blob)
                continue
            row = json.loads(blob)
            row.update({k: PERSONAL[k] for k in PERSONAL if k in row})
            fixed.append(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
        con.execute("UPDATE change_row SET old = ?, new = ? WHERE id = ?", (*fixed, rid))
        rewritten += 1
    # actions in words may quote the person (e.g. a merge)
    for cid, action in con.execute("SELECT id, action FROM change").fetchall():
        text = str(action)
        for v in sorted(values, key=len, reverse=True):
            text = text.replace(v, ERASED)
        if text != action:
            con.execute("UPDATE change SET action = ? WHERE id = ?", (text, cid))
    # an undo could only bring back placeholders: the person's edits leave the stack
    con.execute(
        "DELETE FROM undo_entry WHERE change_id IN (SELECT change_id FROM change_row "
        "WHERE tbl = 'participant' AND row_id = ?)",
        (participant_id,),
    )
    return rewritten


def compact(db: Database) -> None:
    """Rewrite the file without its free pages, and empty the WAL, so that
    erased text is nowhere in the database's files (on a server: its tables)."""
    if db.is_server:
        # the tables rewritten without their dead rows (the server's own WAL and
        # backups are the administrator's to expire); VACUUM runs outside a transaction
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM FULL participant, change_row, change")
        return
    with db.engine.connect() as conn:
        con = conn.connection.driver_connection
        assert isinstance(con, sqlite3.Connection)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("VACUUM")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")

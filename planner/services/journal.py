"""Every edit is a recorded change: exact undo and redo, history and audit.

A use case runs inside :func:`recorded`: one transaction that also records, row
by row, what it wrote, with who, when and what the user did in words. The undo
stack lives in the database (it survives a restart), up to :data:`UNDO_LIMIT`
entries; the journal itself is kept whole, as the audit trail.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlmodel import Session

from planner.errors import PlannerError
from planner.i18n import _
from planner.store import Database, peek, raw_connection, unit_of_work
from planner.store import journal as J

#: How many edits can be undone; older ones stay in the history.
UNDO_LIMIT = 1000


def default_user() -> str:
    """The system's user name, for a user who has not given theirs."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def signed_in_user(db: Database) -> str | None:
    """The database login on a server (the name its journal records for every edit
    made on this connection), None on a file."""
    if not db.is_server:
        return None
    return str(peek(db, "SELECT session_user"))


def user_of(db: Database) -> str:
    """Who edits ``db`` from here, as its journal records it: the login on a server,
    the system's user name on a file."""
    return signed_in_user(db) or default_user()


@dataclass(frozen=True)
class Step:
    """An entry of the undo stack."""

    change_id: int
    action: str
    done: bool


@contextmanager
def recorded(
    db: Database, action: str, *, user: str | None = None, plan_id: int | None = None
) -> Iterator[Session]:
    """One transaction that records what it writes as one change the user can undo.

    A change that writes nothing leaves nothing in the journal or the stack.
    """
    note = J.Note(action=action, user=user or default_user(), plan_id=plan_id)
    with unit_of_work(db) as session:
        con = raw_connection(session)
        change_id = J.begin(con, note)
        try:
            yield session
            session.flush()  # the ORM's pending writes, while the triggers record
        except BaseException:
            # the transaction rolls back; a server refuses every query after an error
            # in it, so only stop recording where that can be done (SQLite)
            J.stop(con)
            raise
        count = J.end(con, change_id)
        if count == 0:
            con.execute("DELETE FROM change WHERE id = ?", (change_id,))
            session.info["change_id"] = None
            return
        #: which change this was, for the window's undo stack
        session.info["change_id"] = change_id
        con.execute("DELETE FROM undo_entry WHERE done = ?", (False,))  # a new edit ends redo
        con.execute("INSERT INTO undo_entry (change_id, done) VALUES (?, ?)", (change_id, True))
        con.execute(
            "DELETE FROM undo_entry WHERE position <= (SELECT max(position) FROM undo_entry) - ?",
            (UNDO_LIMIT,),
        )


def was_saved(db: Database, change_id: int) -> bool:
    """Whether the change numbered ``change_id`` is in the journal: after a
    connection lost during its COMMIT (``errors.NotConfirmed``), whether the server
    saved it. A change's number is never given twice, so a row means it was
    committed. Raises PlannerError if the server still cannot be reached."""
    return bool(peek(db, f"SELECT count(*) FROM change WHERE id = {int(change_id)}"))


def record_import(session: Session, action: str, *, user: str | None, plan_id: int) -> None:
    """An import is one entry of the history, not a row each (and is not undone)."""
    J.add_change(raw_connection(session), user or default_user(), action, "import", plan_id=plan_id)


def stack(db: Database) -> list[Step]:
    """The undo stack, oldest first: done steps can be undone, the others redone."""
    with unit_of_work(db) as session:
        con = raw_connection(session)
        return [
            Step(int(c), str(a), bool(d))
            for c, a, d in con.execute(
                "SELECT u.change_id, c.action, u.done FROM undo_entry u "
                "JOIN change c ON c.id = u.change_id ORDER BY u.position"
            )
        ]


def undo(db: Database, change_id: int | None = None, *, user: str | None = None) -> str:
    """Undo the newest done step (which must be ``change_id`` if given); returns
    its action. Refused, with nothing changed, if a row it wrote changed since."""
    return _step(db, change_id, user=user, backwards=True)


def redo(db: Database, change_id: int | None = None, *, user: str | None = None) -> str:
    """Redo the oldest undone step (which must be ``change_id`` if given)."""
    return _step(db, change_id, user=user, backwards=False)


def _step(db: Database, change_id: int | None, *, user: str | None, backwards: bool) -> str:
    with unit_of_work(db) as session:
        con = raw_connection(session)
        if backwards:
            entry = con.execute(
                "SELECT position, change_id FROM undo_entry WHERE done = ? "
                "ORDER BY position DESC LIMIT 1",
                (True,),
            ).fetchone()
        else:
            entry = con.execute(
                "SELECT position, change_id FROM undo_entry WHERE done = ? "
                "ORDER BY position LIMIT 1",
                (False,),
            ).fetchone()
        word = "undo" if backwards else "redo"
        if entry is None:
            raise PlannerError(_("there is nothing to {word}").format(word=word))
        position, target = int(entry[0]), int(entry[1])
        if change_id is not None and change_id != target:
            raise PlannerError(
                _(
                    "that edit is no longer the next to {word} (another window or user "
                    "changed the plan since); nothing was changed"
                ).format(word=word)
            )
        action, plan_id = con.execute(
            "SELECT action, plan_id FROM change WHERE id = ?", (target,)
        ).fetchone()
        rows = J.rows_of(con, target)
        tables = J.journaled_tables(con)
        expected = J.final_states(rows) if backwards else J.first_states(rows)
        differ = J.check_state(con, expected, tables)
        if differ:
            raise PlannerError(_conflict(con, str(action), word, target, differ))
        if db.is_server:
            # a delete that would cascade to rows written since: on a server the
            # cascade may be refused outright (revision 0016) before it could be seen
            from planner.services.cascade import cascaded_rows

            gone = "I" if backwards else "D"
            doomed = {(r.tbl, r.row_id) for r in rows if r.op == gone}
            extra = cascaded_rows(session, doomed) - set(expected)
            if extra:
                raise PlannerError(_conflict(con, str(action), word, target, sorted(extra)))
        label = "Undo" if backwards else "Redo"
        note = J.Note(
            action=f"{label}: {action}",
            user=user or default_user(),
            plan_id=plan_id,
            kind=word,
            reverts=target,
        )
        replay_id = J.begin(con, note)
        try:
            J.replay(con, rows, backwards=backwards)
        except BaseException:
            # as in recorded(): the transaction rolls back, and a server refuses every
            # query after an error in it; a query here would hide the real error
            J.stop(con)
            raise
        J.end(con, replay_id)
        touched = {
            (str(t), int(r))
            for t, r in con.execute(
                "SELECT tbl, row_id FROM change_row WHERE change_id = ?", (replay_id,)
            )
        }
        extra = touched - set(expected)
        if extra:  # e.g. a delete that would cascade to rows added since
            raise PlannerError(_conflict(con, str(action), word, target, sorted(extra)))
        con.execute("UPDATE undo_entry SET done = ? WHERE position = ?", (not backwards, position))
        return str(action)


def _conflict(
    con: sqlite3.Connection, action: str, word: str, target: int, differ: list[tuple[str, int]]
) -> str:
    table, row_id = differ[0]
    later = con.execute(
        'SELECT c."user", c.at, c.action FROM change_row r JOIN change c ON c.id = r.change_id '
        "WHERE r.tbl = ? AND r.row_id = ? AND r.change_id > ? ORDER BY r.id DESC LIMIT 1",
        (table, row_id, target),
    ).fetchone()
    what = table.replace("_", " ")
    if later is not None:
        who, at, since = later
        when = at[:16].replace("T", " ")
        why = f"the {what} it changed was changed since by {who} ({when} UTC: {since})"
    else:
        why = f"the {what} it changed was changed since, outside the planner's history"
    more = f" (and {len(differ) - 1} more rows)" if len(differ) > 1 else ""
    return f"cannot {word} “{action}”: {why}{more}; nothing was changed"

"""No lost update: a save names the version of the row it read.

The rows people edit together carry ``version`` (``planner.models.plan.Versioned``),
which the ORM counts up at every UPDATE and checks in its WHERE clause. A form
remembers the version it loaded and passes it as ``seen``: if the row moved on
since, :func:`check` refuses the save with a :class:`ConflictError` that says who
changed what and when, taken from the change journal, and nothing is written.
Plain SQL through SQLAlchemy, so it holds on any engine.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from planner.errors import ConflictError, Edit
from planner.money import from_minor

#: How many of a row's newest journal entries a conflict looks through.
_LOOK_BACK = 200

#: Columns that are bookkeeping, not something a person changed.
_QUIET = frozenset({"id", "uid", "version", "marked_at"})


def version_of(row: Any) -> int | None:
    """The version a form remembers when it loads ``row`` (None: no row)."""
    return None if row is None else int(row.version)


def check(session: Session, row: Any, seen: int | None, what: str) -> None:
    """Refuse to save ``row`` if it is no longer at version ``seen`` (None: no check)."""
    if seen is None or int(row.version) == seen:
        return
    raise conflict(session, row.__tablename__, int(row.id), seen, what)


def conflict(session: Session, table: str, row_id: int, seen: int, what: str) -> ConflictError:
    """The error for a save of ``table`` row ``row_id`` read at version ``seen``."""
    found = session.execute(
        text(
            'SELECT c."user", c.at, r.old, r.new FROM change_row r '
            "JOIN change c ON c.id = r.change_id "
            "WHERE r.tbl = :tbl AND r.row_id = :row_id ORDER BY r.id DESC LIMIT :n"
        ),
        {"tbl": table, "row_id": row_id, "n": _LOOK_BACK},
    ).all()
    since: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = []
    for user, at, old, new in reversed(found):
        before = json.loads(old) if old else None
        after = json.loads(new) if new else None
        if before is None or after is None:
            continue
        if int(after.get("version") or 0) > seen:
            since.append((str(user), str(at), before, after))
    edits = _edits(since)
    if since:
        who = ", ".join(dict.fromkeys(s[0] for s in since))
        when = since[-1][1][:16].replace("T", " ")
        said = "; ".join(f"{e.field} {e.old} → {e.new}" for e in edits) or "no field you see"
        message = (
            f"{who} changed this {what} at {when} UTC, after you opened it ({said}); "
            "nothing was saved: reload to see their change, then make yours again"
        )
    else:
        message = (
            f"someone else changed this {what} after you opened it; nothing was saved: "
            "reload to see their change, then make yours again"
        )
    return ConflictError(message, what=what, edits=edits)


def _edits(since: Sequence[tuple[str, str, dict[str, Any], dict[str, Any]]]) -> list[Edit]:
    """Each field that differs between what the user saw and what is there now."""
    if not since:
        return []
    first, last = since[0][2], since[-1][3]
    user, at = since[-1][0], since[-1][1]
    out = []
    for key, new in last.items():
        old = first.get(key)
        if key in _QUIET or old == new:
            continue
        out.append(Edit(user, at, _label(key), _shown(key, old, first), _shown(key, new, last)))
    return out


def _label(column: str) -> str:
    for suffix in ("_minor", "_id"):
        column = column.removesuffix(suffix)
    return column.replace("_", " ")


def _shown(column: str, value: Any, row: dict[str, Any]) -> str:
    if value is None:
        return "—"
    if column.endswith("_minor") and isinstance(value, int) and row.get("currency"):
        return f"{from_minor(value, str(row['currency'])):,}"
    if isinstance(value, Decimal):
        return f"{value:,}"
    return str(value)

"""A delete that would cascade to rows of another role's tables is refused.

On a server, PostgreSQL's ``ON DELETE CASCADE`` deletes the child rows with the
rights of the tables' owner, not the login's: without this check a ``planner``
login deleting an activity would also delete its payments (finance's), its
enrolments, attendance marks and certificates (trainers'), none of which its
grants let it delete directly. Before such a delete the services ask the server
(:func:`refuse_foreign_rows`) whether the login may delete every table the
cascade would reach that holds rows; if not, nothing is deleted and the message
says what the row holds and which role may change it. A SQLite file has one
user, who may delete everything: nothing is asked there.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlmodel import Session, SQLModel

from planner.errors import PlannerError
from planner.i18n import _
from planner.store import raw_connection
from planner.store.roles import ROLES, WRITES

#: One step of a cascade: the child table and its column naming the parent row.
Step = tuple[str, str]


def _children(table: str) -> list[Step]:
    """The tables whose rows a delete of a ``table`` row deletes with it, directly."""
    import planner.models  # noqa: F401  (every table in the metadata)

    found = []
    for child in SQLModel.metadata.sorted_tables:
        if child.name == table:  # a result's sub-results: the same table, the same rights
            continue
        for fk in child.foreign_keys:
            if fk.ondelete == "CASCADE" and fk.column.table.name == table:
                found.append((child.name, str(fk.parent.name)))
    return found


def _reach(table: str, path: tuple[Step, ...] = ()) -> Iterator[tuple[Step, ...]]:
    """Every path of cascades from ``table``, nearest tables first."""
    for step in _children(table):
        yield (*path, step)
        yield from _reach(step[0], (*path, step))


def _select_ids(table: str, path: tuple[Step, ...], count: int) -> str:
    """The ids of the rows at the end of ``path`` hanging off ``count`` ``table`` rows."""
    marks = ", ".join("?" for _i in range(count))
    inner = f'SELECT id FROM "{table}" WHERE id IN ({marks})'
    for name, column in path:
        inner = f'SELECT id FROM "{name}" WHERE "{column}" IN ({inner})'
    return inner


def cascaded_rows(session: Session, doomed: Iterable[tuple[str, int]]) -> set[tuple[str, int]]:
    """Every (table, id) a delete of the rows ``doomed`` would delete with them by
    cascade (the rows themselves excluded unless reached from another)."""
    con = raw_connection(session)
    by_table: dict[str, list[int]] = {}
    for table, row_id in doomed:
        by_table.setdefault(table, []).append(int(row_id))
    found: set[tuple[str, int]] = set()
    for table, ids in by_table.items():
        for path in _reach(table):
            sql = _select_ids(table, path, len(ids))
            found |= {(path[-1][0], int(r[0])) for r in con.execute(sql, tuple(ids))}
    return found


def _nouns() -> dict[str, str]:
    return {
        "payment": _("payments"),
        "enrolment": _("enrolments"),
        "mark": _("attendance marks"),
        "follow_up": _("follow-ups"),
        "certificate": _("issued certificates"),
        "participant": _("participants"),
        "exchange_rate": _("exchange rates"),
        "envelope": _("envelopes"),
        "funding_source": _("funding sources"),
        "baseline": _("budget baselines"),
        "baseline_line": _("budget baseline lines"),
        "activity": _("activities"),
        "session": _("sessions"),
        "quota": _("seat quotas"),
        "budget_line": _("budget lines"),
        "theme": _("themes"),
        "administration": _("administrations"),
        "result": _("results"),
        "indicator": _("indicators"),
        "indicator_target": _("indicator targets"),
        "indicator_actual": _("indicator actuals"),
    }


def _role_of(table: str) -> str:
    for role in ROLES:
        if table in WRITES[role][0]:
            return role
    return _("the database's owner")


def refuse_foreign_rows(session: Session, table: str, ids: Iterable[int], what: str) -> None:
    """Raise PlannerError, before anything is deleted, if deleting the ``table`` rows
    ``ids`` would cascade to rows the login may not delete; ``what`` names the rows
    in the message (an activity's code, ...). Nothing is asked on a file."""
    wanted: Sequence[int] = [int(i) for i in ids]
    if not wanted or session.get_bind().dialect.name != "postgresql":
        return
    con = raw_connection(session)
    allowed: dict[str, bool] = {}
    held: list[str] = []
    for path in _reach(table):
        child = path[-1][0]
        if child in held:
            continue
        if child not in allowed:
            row = con.execute(
                "SELECT has_table_privilege(current_user, ?, 'DELETE')", (child,)
            ).fetchone()
            allowed[child] = bool(row[0])
        if allowed[child]:
            continue
        inner = _select_ids(table, path, len(wanted))
        if con.execute(f"SELECT EXISTS ({inner})", tuple(wanted)).fetchone()[0]:
            held.append(child)
    if not held:
        return
    nouns = _nouns()
    by_role: dict[str, list[str]] = {}
    for child in held:
        by_role.setdefault(_role_of(child), []).append(nouns.get(child, child.replace("_", " ")))
    parts = [
        _("{things}, which only {role} may change").format(things=", ".join(things), role=role)
        for role, things in by_role.items()
    ]
    raise PlannerError(
        _("{what} holds {parts}; nothing was deleted").format(
            what=what, parts=_(" and ").join(parts)
        )
    )

"""The plan's figures for a page that shows them after every edit (the Results
page): computed once, then kept up to date by counting anew only the activities
an edit touched, which the change journal names (planner/store/journal.py); counted
anew whole when an edit may have changed more than some activities' own rows.

Counting one activity reads its enrolments and marks alone, so an edit shows in
milliseconds where counting the whole plan takes most of a second on a plan of
1,000 activities and 500,000 marks (benchmarks/bench_results.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlmodel import Session

from planner.services.indicators import PlanData
from planner.store import raw_connection

#: Tables whose rows belong to one activity: an edit of them changes that
#: activity's own sums and nothing else.
OWN_ROWS = frozenset(
    {"activity", "session", "quota", "budget_line", "payment", "enrolment", "mark", "follow_up"}
)
#: Tables no figure reads: the results framework (the page reads it anew each
#: time) and the certificates register.
NO_FIGURES = frozenset(
    {"result", "indicator", "indicator_target", "indicator_actual", "certificate"}
)
#: Past these, counting the whole plan anew costs no more than patching.
MAX_ACTIVITIES = 200
MAX_ROWS = 50_000


def change_counter(session: Session) -> int:
    """The newest recorded change of the database (0 before the first)."""
    found = raw_connection(session).execute("SELECT max(id) FROM change").fetchone()
    return int(found[0] or 0)


def touched_activities(session: Session, since: int) -> set[int] | None:
    """The activities whose own sums the changes recorded after change ``since``
    may have changed; None when they may have changed more than that (a plan-wide
    row such as the plan, a theme, an administration, a rate or an envelope; a
    table this module does not know; an import, which records no rows; or more
    than :data:`MAX_ACTIVITIES` activities)."""
    con = raw_connection(session)
    bare = con.execute(
        "SELECT 1 FROM change c WHERE c.id > ? AND NOT EXISTS "
        "(SELECT 1 FROM change_row r WHERE r.change_id = c.id) LIMIT 1",
        (since,),
    ).fetchone()
    if bare is not None:
        return None
    rows = con.execute(
        "SELECT tbl, row_id, activity_id, old, new FROM change_row WHERE change_id > ? "
        "ORDER BY id LIMIT ?",
        (since, MAX_ROWS + 1),
    ).fetchall()
    if len(rows) > MAX_ROWS:
        return None
    ids: set[int] = set()
    enrolments: dict[int, set[int]] = {}  # enrolment id -> its activities in the rows
    lines: dict[int, set[int]] = {}  # budget line id -> its activities in the rows
    want_enrolments: set[int] = set()
    want_lines: set[int] = set()
    people: set[int] = set()
    for tbl, row_id, activity_id, old, new in rows:
        if tbl in NO_FIGURES:
            continue
        if tbl == "participant":  # sex and administration count in every activity
            people.add(int(row_id))
            continue
        if tbl not in OWN_ROWS:
            return None
        states = [json.loads(x) for x in (old, new) if x is not None]
        mine = {int(s["activity_id"]) for s in states if s.get("activity_id") is not None}
        if tbl == "activity":
            mine.add(int(row_id))
        if activity_id is not None:
            mine.add(int(activity_id))
        ids |= mine
        if tbl == "enrolment":
            enrolments.setdefault(int(row_id), set()).update(mine)
        elif tbl == "budget_line":
            lines.setdefault(int(row_id), set()).update(mine)
        elif tbl in ("mark", "follow_up"):
            want_enrolments |= _parents(states, "enrolment_id")
        elif tbl == "payment":
            want_lines |= _parents(states, "budget_line_id")
    found = _resolve(con, "enrolment", want_enrolments, enrolments)
    found_lines = _resolve(con, "budget_line", want_lines, lines)
    if found is None or found_lines is None:
        return None
    ids |= found | found_lines
    if people:
        marks = ", ".join("?" * len(people))
        ids |= {
            int(a)
            for (a,) in con.execute(
                f"SELECT DISTINCT activity_id FROM enrolment WHERE participant_id IN ({marks})",
                sorted(people),
            )
        }
    return ids if len(ids) <= MAX_ACTIVITIES else None


def _parents(states: Iterable[dict[str, Any]], key: str) -> set[int]:
    return {int(s[key]) for s in states if s.get(key) is not None}


def _resolve(con: Any, table: str, wanted: set[int], seen: dict[int, set[int]]) -> set[int] | None:
    """The activities of the ``table`` rows ``wanted``: from the rows of the
    changes (``seen``, which knows deleted ones) or the table; None if one is in
    neither."""
    out: set[int] = set()
    rest = set()
    for row_id in wanted:
        if row_id in seen:
            out |= seen[row_id]
        else:
            rest.add(row_id)
    if rest:
        found = {}
        chunk = sorted(rest)
        for start in range(0, len(chunk), 500):
            part = chunk[start : start + 500]
            marks = ", ".join("?" * len(part))
            found.update(
                con.execute(f"SELECT id, activity_id FROM {table} WHERE id IN ({marks})", part)
            )
        if len(found) < len(rest):
            return None
        out |= {int(a) for a in found.values()}
    return out


class LiveFigures:
    """One plan's :class:`PlanData`, kept up to date between reads.

    Call :meth:`stale` when told that the plan's data changed and :meth:`read` to
    get the figures: the first read counts the whole plan; a read after
    :meth:`stale` counts anew only the activities the journal says changed since
    the last count, or the whole plan when it cannot tell (a change that was not
    recorded, or one that reaches beyond some activities' own rows)."""

    def __init__(self, plan_id: int) -> None:
        self.plan_id = plan_id
        self.data: PlanData | None = None
        self.seen = 0
        self.dirty = False
        #: how the last read came by its figures: "whole", "patched" or "kept"
        self.last = ""

    def stale(self) -> None:
        self.dirty = True

    def read(self, session: Session) -> PlanData:
        now = change_counter(session)
        ids = None
        if self.data is not None and not self.dirty:
            self.last = "kept"
            return self.data
        if self.data is not None and now > self.seen:
            ids = touched_activities(session, self.seen)
        if self.data is None or ids is None:
            self.data = PlanData(session, self.plan_id)
            self.last = "whole"
        else:
            self.data.patch(session, ids)
            self.last = "patched"
        self.seen, self.dirty = now, False
        return self.data


__all__ = ["LiveFigures", "change_counter", "touched_activities"]

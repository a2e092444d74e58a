"""Follow-ups of completers (Kirkpatrick level 3): recorded one by one or read
from a CSV or XLSX file all or nothing, and the list of completers due for one
(docs/methodology.md, "Results").

A follow-up belongs to the enrolment of a completer of a delivered activity; any
other enrolment is refused with the reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlmodel import Session

from planner.errors import PlannerError, Problem, ValidationError
from planner.i18n import _
from planner.models import Applies
from planner.services.participation import completed
from planner.services.rules import Checker
from planner.store import raw_connection

#: The columns of a follow-up file (a header row, any order, any case).
FILE_COLUMNS = ("activity", "participant", "date", "applies", "note")

_ENROLMENT = """
SELECT e.id, a.status, a.end_date, pl.completion_threshold,
       (SELECT count(*) FROM session s WHERE s.activity_id = a.id),
       (SELECT count(*) FROM mark m WHERE m.enrolment_id = e.id
          AND m.status IN ('present', 'late')),
       (SELECT count(*) FROM mark m WHERE m.enrolment_id = e.id AND m.status = 'excused'),
       e.status
FROM enrolment e JOIN activity a ON a.id = e.activity_id
JOIN participant p ON p.id = e.participant_id JOIN plan pl ON pl.id = a.plan_id
WHERE a.plan_id = ? AND a.code = ? AND p.ref = ?
"""


def _completer_enrolment(
    con: Any, plan_id: int, activity: str, participant: str, day: date | None
) -> int:
    """The enrolment id of ``participant`` in ``activity`` if they completed it (and
    ``day``, the follow-up's date, is not before the activity ended); else
    PlannerError saying why not."""
    row = con.execute(_ENROLMENT, (plan_id, activity, participant)).fetchone()
    if row is None:
        raise PlannerError(
            _("{participant} is not enrolled in {activity}").format(
                participant=participant, activity=activity
            )
        )
    eid, status, end, threshold, sessions, attended, excused, enrolment = row
    if status != "delivered":
        raise PlannerError(
            _("{activity} is {status}, not delivered: nobody has completed it yet").format(
                activity=activity, status=status
            )
        )
    if enrolment == "withdrawn" or not completed(sessions, attended, excused, Decimal(threshold)):
        raise PlannerError(
            _("{participant} did not complete {activity}; only completers are followed up").format(
                participant=participant, activity=activity
            )
        )
    ended = date.fromisoformat(str(end))
    if day is not None and day < ended:
        raise PlannerError(
            _("a follow-up dated {day} is before {activity} ended ({ended})").format(
                day=day.isoformat(), activity=activity, ended=ended.isoformat()
            )
        )
    return int(eid)


def _values(c: Checker, obj: Mapping[str, Any], path: str) -> tuple[date | None, str | None, str]:
    day = c.day(obj, "date", path)
    applies = c.choice(obj, "applies", path, Applies, nullable=True)
    note = c.text(obj, "note", path, empty_ok=True, multiline=True) or ""
    return day, applies, note


def record_follow_up(
    session: Session, plan_id: int, activity: str, participant: str, obj: Mapping[str, Any]
) -> int:
    """Record (or replace) the follow-up of one completer: ``date``, ``applies``
    (yes, partly, no or None: no answer) and ``note``. Returns its id."""
    con = raw_connection(session)
    c = Checker(strict=False)
    day, applies, note = _values(c, obj, "")
    c.raise_if_any()
    eid = _completer_enrolment(con, plan_id, activity, participant, day)
    assert day is not None
    return _write(con, eid, day, applies, note)


def _write(con: Any, eid: int, day: date, applies: str | None, note: str) -> int:
    con.execute(
        "INSERT INTO follow_up (enrolment_id, on_date, applies, note) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (enrolment_id) DO UPDATE SET on_date = excluded.on_date, "
        "applies = excluded.applies, note = excluded.note",
        (eid, day.isoformat(), applies, note),
    )
    found = con.execute("SELECT id FROM follow_up WHERE enrolment_id = ?", (eid,)).fetchone()
    return int(found[0])


def delete_follow_up(session: Session, plan_id: int, activity: str, participant: str) -> None:
    con = raw_connection(session)
    row = con.execute(_ENROLMENT, (plan_id, activity, participant)).fetchone()
    if (
        row is None
        or not con.execute("DELETE FROM follow_up WHERE enrolment_id = ?", (row[0],)).rowcount
    ):
        raise PlannerError(
            _("{participant} has no follow-up for {activity}").format(
                participant=participant, activity=activity
            )
        )


def import_follow_ups(session: Session, plan_id: int, path: str | Path) -> int:
    """Read a CSV or XLSX file of follow-ups (columns :data:`FILE_COLUMNS`) and
    record them all, or, if any row is wrong, none: every problem is listed with
    its line. Returns how many were recorded."""
    from planner.services.nomination_files import read_table

    table = read_table(path)
    headers = table.columns(FILE_COLUMNS)
    missing = [c for c in FILE_COLUMNS[:3] if c not in headers]
    if missing:
        raise PlannerError(
            _("{name} has no column {join}; a follow-up file has the columns {join2}").format(
                name=table.name, join=", ".join(missing), join2=", ".join(FILE_COLUMNS)
            )
        )
    con = raw_connection(session)
    problems: list[Problem] = []
    todo: list[tuple[int, date, str | None, str]] = []
    seen: dict[int, int] = {}
    for line, cells in zip(table.lines, table.rows, strict=True):
        row = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(headers)}
        obj = {
            "date": row.get("date", "").strip(),
            "applies": row.get("applies", "").strip().lower() or None,
            "note": row.get("note", ""),
        }
        where = f"line {line}"
        c = Checker(strict=True)
        day, applies, note = _values(c, obj, where)
        problems += c.problems
        try:
            eid = _completer_enrolment(
                con,
                plan_id,
                row.get("activity", "").strip(),
                row.get("participant", "").strip(),
                day,
            )
        except PlannerError as e:
            problems.append(Problem(where, e.message))
            continue
        if eid in seen:
            problems.append(
                Problem(
                    where, _("the same person and activity as line {line}").format(line=seen[eid])
                )
            )
            continue
        seen[eid] = line
        if day is not None and not c.problems:
            todo.append((eid, day, applies, note))
    if problems:
        raise ValidationError(problems)
    for eid, day, applies, note in todo:
        _write(con, eid, day, applies, note)
    return len(todo)


@dataclass(frozen=True)
class Due:
    activity: str
    title: str
    participant: str
    name: str
    administration: str
    ended: date
    due: date


def add_months(day: date, months: int) -> date:
    """``day`` ``months`` later, on the last day of the month where it is shorter."""
    import calendar

    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_for_follow_up(session: Session, plan_id: int, months: int, today: date) -> list[Due]:
    """Completers of delivered activities without a follow-up whose activity ended
    at least ``months`` months before ``today``, oldest first."""
    if not 0 <= months <= 120:
        raise PlannerError(
            _("{months} months: give a number of months from 0 to 120").format(months=months)
        )
    con = raw_connection(session)
    threshold = Decimal(
        con.execute("SELECT completion_threshold FROM plan WHERE id = ?", (plan_id,)).fetchone()[0]
    )
    out = []
    for code, title, end, ref, name, admin, sessions, attended, excused in con.execute(
        "SELECT a.code, a.title, a.end_date, p.ref, p.name, ad.code, "
        "(SELECT count(*) FROM session s WHERE s.activity_id = a.id), "
        "(SELECT count(*) FROM mark m WHERE m.enrolment_id = e.id "
        "   AND m.status IN ('present', 'late')), "
        "(SELECT count(*) FROM mark m WHERE m.enrolment_id = e.id AND m.status = 'excused') "
        "FROM enrolment e JOIN activity a ON a.id = e.activity_id "
        "JOIN participant p ON p.id = e.participant_id "
        "JOIN administration ad ON ad.id = p.administration_id "
        "WHERE a.plan_id = ? AND a.status = 'delivered' AND e.status != 'withdrawn' "
        "AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.enrolment_id = e.id) "
        "ORDER BY a.end_date, a.code, p.ref",
        (plan_id,),
    ):
        ended = date.fromisoformat(end)
        due = add_months(ended, months)
        if due <= today and completed(sessions, attended, excused, threshold):
            out.append(Due(code, title, ref, name, admin, ended, due))
    return out


def due_csv(due: list[Due]) -> str:
    """The due list as CSV (``planner follow-up due``), formula-safe."""
    import csv
    import io

    from planner.text import spreadsheet_safe

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["activity", "participant", "name", "administration", "ended", "due"])
    for d in due:
        writer.writerow(
            [spreadsheet_safe(v) for v in (d.activity, d.participant, d.name, d.administration)]
            + [d.ended.isoformat(), d.due.isoformat()]
        )
    return out.getvalue()

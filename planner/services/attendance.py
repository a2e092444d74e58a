"""Attendance of one activity: its grid, whole-session marks and the check-in desk.

Qt-free helpers for the attendance page. Every mark is written through
:func:`planner.services.people.set_mark` (which checks it and records when and by
whom it was set), and every per-participant figure comes from
:mod:`planner.services.metrics`; nothing here restates those rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlmodel import Session

from planner.errors import PlannerError
from planner.models import EnrolmentStatus, Mark, MarkStatus, Status
from planner.services import metrics
from planner.services.people import set_mark
from planner.store import raw_connection

PRESENT = MarkStatus.PRESENT.value
LATE = MarkStatus.LATE.value
EXCUSED = MarkStatus.EXCUSED.value
ABSENT = MarkStatus.ABSENT.value
#: Statuses that count as attending a session (spec/metrics.md, attended(p)).
ATTENDED = frozenset({PRESENT, LATE})
#: What Space does to a cell: empty -> present -> late -> excused -> absent -> empty.
CYCLE: tuple[str | None, ...] = (None, PRESENT, LATE, EXCUSED, ABSENT)
_WITHDRAWN = EnrolmentStatus.WITHDRAWN.value


def next_in_cycle(status: str | None) -> str | None:
    return CYCLE[(CYCLE.index(status) + 1) % len(CYCLE)] if status in CYCLE else PRESENT


# ------------------------------------------------------------------ the grid
@dataclass(frozen=True)
class GridSession:
    id: int
    #: ISO date ``2027-03-01`` or date and time ``2027-03-01T09:00``
    starts: str

    @property
    def day(self) -> date:
        return date.fromisoformat(self.starts[:10])

    @property
    def time(self) -> str | None:
        return self.starts[11:16] or None


@dataclass(frozen=True)
class GridPerson:
    """One enrolment of the activity, with what the grid shows of its participant."""

    enrolment_id: int
    participant_id: int
    ref: str
    name: str
    native_name: str | None
    administration: str
    administration_name: str
    status: str
    pre_score: str | None
    post_score: str | None
    satisfaction: str | None


@dataclass(frozen=True)
class MarkState:
    """What one cell holds: a status (None: no mark) and when and by whom it was set."""

    enrolment_id: int
    session_id: int
    status: str | None
    marked_at: str | None = None
    marked_by: str | None = None


@dataclass(frozen=True)
class PersonFigures:
    attended: int
    excused: int
    rate: Decimal | None
    completed: bool


def person_figures(
    statuses: Iterable[str | None], sessions: int, threshold: Decimal
) -> PersonFigures:
    """attended(p), excused sessions, attendance rate(p) and completion, by the
    definitions of :mod:`planner.services.metrics`."""
    attended = excused = 0
    for st in statuses:
        if st in ATTENDED:
            attended += 1
        elif st == EXCUSED:
            excused += 1
    return PersonFigures(
        attended,
        excused,
        metrics.attendance_rate(sessions, attended, excused),
        metrics.completed(sessions, attended, excused, threshold),
    )


@dataclass
class Grid:
    """One activity's attendance: its sessions, its enrolled participants (not
    withdrawn; by administration, then name) and their marks."""

    activity_id: int
    plan_id: int
    code: str
    title: str
    status: str
    start: date
    end: date
    threshold: Decimal
    sessions: list[GridSession]
    people: list[GridPerson]
    marks: dict[tuple[int, int], MarkState] = field(default_factory=dict)

    def status_of(self, enrolment_id: int, session_id: int) -> str | None:
        m = self.marks.get((enrolment_id, session_id))
        return None if m is None else m.status

    def figures(self, enrolment_id: int) -> PersonFigures:
        return person_figures(
            (self.status_of(enrolment_id, s.id) for s in self.sessions),
            len(self.sessions),
            self.threshold,
        )

    def attending(self, session_id: int) -> int:
        """How many of the enrolled are present or late at one session."""
        return sum(1 for p in self.people if self.status_of(p.enrolment_id, session_id) in ATTENDED)


def grid(session: Session, activity_id: int) -> Grid:
    """Load one activity's grid in two queries (activity with sessions; enrolments
    with people and marks)."""
    con = raw_connection(session)
    head = con.execute(
        "SELECT a.plan_id, a.code, a.title, a.status, a.start_date, a.end_date, "
        "p.completion_threshold, s.id, s.starts "
        "FROM activity a JOIN plan p ON p.id = a.plan_id "
        "LEFT JOIN session s ON s.activity_id = a.id WHERE a.id = ? ORDER BY s.starts",
        (activity_id,),
    ).fetchall()
    if not head:
        raise PlannerError(f"the activity no longer exists (number {activity_id})")
    plan_id, code, title, status, start, end, threshold = head[0][:7]
    sessions = [GridSession(sid, starts) for *_, sid, starts in head if sid is not None]
    known = {s.id for s in sessions}
    people: dict[int, GridPerson] = {}
    marks: dict[tuple[int, int], MarkState] = {}
    for (
        eid,
        pid,
        ref,
        name,
        native,
        admin,
        admin_name,
        e_status,
        pre,
        post,
        sat,
        sid,
        m_status,
        at,
        by,
    ) in con.execute(
        "SELECT e.id, e.participant_id, pa.ref, pa.name, pa.native_name, ad.code, ad.name, "
        "e.status, e.pre_score, e.post_score, e.satisfaction, "
        "m.session_id, m.status, m.marked_at, m.marked_by "
        "FROM enrolment e JOIN participant pa ON pa.id = e.participant_id "
        "JOIN administration ad ON ad.id = pa.administration_id "
        "LEFT JOIN mark m ON m.enrolment_id = e.id "
        "WHERE e.activity_id = ? AND e.status != ?",
        (activity_id, _WITHDRAWN),
    ):
        if eid not in people:
            people[eid] = GridPerson(
                eid, pid, ref, name, native, admin, admin_name, e_status, pre, post, sat
            )
        if sid is not None and sid in known:
            marks[eid, sid] = MarkState(eid, sid, m_status, at, by)
    ordered = sorted(people.values(), key=lambda p: (p.administration, p.name.casefold(), p.ref))
    return Grid(
        activity_id,
        plan_id,
        code,
        title,
        status,
        date.fromisoformat(start),
        date.fromisoformat(end),
        Decimal(threshold),
        sessions,
        ordered,
        marks,
    )


@dataclass(frozen=True)
class ActivityChoice:
    id: int
    code: str
    title: str
    status: str
    start: date
    end: date
    enrolled: int


_FIRST = (Status.DELIVERED.value, Status.SCHEDULED.value)


def activities_with_enrolments(session: Session, plan_id: int) -> list[ActivityChoice]:
    """The plan's activities that have enrolments: delivered and scheduled ones
    first, each part by start date."""
    rows = (
        raw_connection(session)
        .execute(
            "SELECT a.id, a.code, a.title, a.status, a.start_date, a.end_date, "
            "sum(e.status != ?) FROM activity a JOIN enrolment e ON e.activity_id = a.id "
            "WHERE a.plan_id = ? GROUP BY a.id",
            (_WITHDRAWN, plan_id),
        )
        .fetchall()
    )
    out = [
        ActivityChoice(i, c, t, st, date.fromisoformat(s), date.fromisoformat(e), int(n or 0))
        for i, c, t, st, s, e, n in rows
    ]
    out.sort(key=lambda a: (a.status not in _FIRST, a.start, a.code))
    return out


def running_on(choices: Sequence[ActivityChoice], day: date) -> ActivityChoice | None:
    """The activity that runs on ``day`` (the first of the list if several)."""
    return next((a for a in choices if a.start <= day <= a.end), None)


def session_on(sessions: Sequence[GridSession], day: date) -> GridSession | None:
    """The first session on ``day``, if any (the check-in desk's default)."""
    return next((s for s in sessions if s.day == day), None)


# ------------------------------------------------------------------ writing marks
@dataclass(frozen=True)
class Changed:
    """What a write did: each changed cell before and after (for undo and the view)."""

    before: list[MarkState]
    after: list[MarkState]


def _state(session: Session, enrolment_id: int, session_id: int) -> MarkState:
    found = (
        raw_connection(session)
        .execute(
            "SELECT status, marked_at, marked_by FROM mark "
            "WHERE enrolment_id = ? AND session_id = ?",
            (enrolment_id, session_id),
        )
        .fetchone()
    )
    if found is None:
        return MarkState(enrolment_id, session_id, None)
    return MarkState(enrolment_id, session_id, *found)


def _written(row: Mark | None, enrolment_id: int, session_id: int) -> MarkState:
    if row is None:
        return MarkState(enrolment_id, session_id, None)
    return MarkState(enrolment_id, session_id, row.status, row.marked_at, row.marked_by)


def apply_marks(
    session: Session,
    changes: Iterable[tuple[int, int, str | None]],
    *,
    by: str | None = None,
) -> Changed:
    """Set each (enrolment id, session id, status or None) through ``set_mark``.
    Cells that already hold that status are left alone (their stamp too)."""
    before: list[MarkState] = []
    after: list[MarkState] = []
    for enrolment_id, session_id, status in changes:
        old = _state(session, enrolment_id, session_id)
        if old.status == status:
            continue
        row = set_mark(session, enrolment_id, session_id, status, by=by)
        before.append(old)
        after.append(_written(row, enrolment_id, session_id))
    return Changed(before, after)


def restore_marks(session: Session, states: Iterable[MarkState]) -> Changed:
    """Put cells back exactly as they were (status, and when and by whom), for undo."""
    before: list[MarkState] = []
    after: list[MarkState] = []
    for st in states:
        before.append(_state(session, st.enrolment_id, st.session_id))
        row = set_mark(session, st.enrolment_id, st.session_id, st.status, by=st.marked_by)
        if row is not None:
            row.marked_at, row.marked_by = st.marked_at, st.marked_by
            session.flush()
        after.append(_written(row, st.enrolment_id, st.session_id))
    return Changed(before, after)


def _check_session(session: Session, activity_id: int, session_id: int) -> None:
    found = (
        raw_connection(session)
        .execute("SELECT activity_id FROM session WHERE id = ?", (session_id,))
        .fetchone()
    )
    if found is None:
        raise PlannerError(f"the session no longer exists (number {session_id})")
    if found[0] != activity_id:
        raise PlannerError("that session belongs to another activity")


def mark_session(
    session: Session,
    activity_id: int,
    session_id: int,
    status: str = PRESENT,
    *,
    only_empty: bool = True,
    by: str | None = None,
) -> Changed:
    """Mark every enrolled (not withdrawn) participant of one session ``status``:
    only the empty cells, or every cell. ``Changed.before`` holds the previous
    marks of the cells it changed, for undo with :func:`restore_marks`."""
    _check_session(session, activity_id, session_id)
    rows = (
        raw_connection(session)
        .execute(
            "SELECT e.id, m.status FROM enrolment e LEFT JOIN mark m "
            "ON m.enrolment_id = e.id AND m.session_id = ? "
            "WHERE e.activity_id = ? AND e.status != ? ORDER BY e.id",
            (session_id, activity_id, _WITHDRAWN),
        )
        .fetchall()
    )
    wanted = [
        (eid, session_id, status)
        for eid, current in rows
        if (current is None if only_empty else current != status)
    ]
    return apply_marks(session, wanted, by=by)


# ------------------------------------------------------------------ check-in desk
class Outcome(StrEnum):
    PRESENT_MARKED = "present_marked"
    ALREADY = "already"
    UNKNOWN = "unknown"
    NOT_ENROLLED = "not_enrolled"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class CheckIn:
    """What the desk says about one code. ``previous`` is the cell before a check-in
    (for undo); ``mark`` is the cell now (for ALREADY: when and by whom)."""

    outcome: Outcome
    code: str
    ref: str | None = None
    name: str | None = None
    native_name: str | None = None
    administration: str | None = None
    enrolment_id: int | None = None
    previous: MarkState | None = None
    mark: MarkState | None = None

    @property
    def marks(self) -> bool:
        return self.outcome is Outcome.PRESENT_MARKED


_INVISIBLE = re.compile(r"[\s\x00-\x1f\x7f\u200b-\u200d\u2060\ufeff]+")


def clean_code(text: str) -> str:
    """A code as typed or scanned, tidied: full-width characters made plain (NFKC),
    spaces and control characters (a scanner's Tab or CR) removed."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


def _key(text: str) -> str:
    return clean_code(text).casefold()


def find_participant(
    session: Session, plan_id: int, code: str
) -> tuple[int, str, str, str | None, str] | None:
    """(id, ref, name, native name, administration code) of the participant whose
    code is ``code``, ignoring case, spaces and full-width forms; None if none is."""
    con = raw_connection(session)
    sql = (
        "SELECT pa.id, pa.ref, pa.name, pa.native_name, ad.code FROM participant pa "
        "JOIN administration ad ON ad.id = pa.administration_id WHERE pa.plan_id = ?"
    )
    cleaned = clean_code(code)
    exact = con.execute(sql + " AND pa.ref = ?", (plan_id, cleaned)).fetchone()
    if exact is not None:
        return exact  # type: ignore[no-any-return]
    wanted = cleaned.casefold()
    found = [
        row
        for row in con.execute(
            "SELECT id, ref FROM participant WHERE plan_id = ?", (plan_id,)
        ).fetchall()
        if _key(row[1]) == wanted
    ]
    if len(found) != 1:  # none, or two codes that differ only in case or spaces
        return None
    return con.execute(sql + " AND pa.id = ?", (plan_id, found[0][0])).fetchone()  # type: ignore[no-any-return]


def check_in(
    session: Session,
    activity_id: int,
    session_id: int,
    code: str,
    *,
    by: str | None = None,
    mark: bool = True,
) -> CheckIn:
    """Mark the participant whose code is ``code`` present at one session, or say
    why not. A participant marked absent or excused who turns up is marked present;
    one already present or late is left alone (ALREADY). With ``mark=False``
    nothing is written: the outcome a check-in would have."""
    _check_session(session, activity_id, session_id)
    con = raw_connection(session)
    plan_id = con.execute("SELECT plan_id FROM activity WHERE id = ?", (activity_id,)).fetchone()[0]
    cleaned = clean_code(code)
    person = find_participant(session, plan_id, cleaned)
    if person is None:
        return CheckIn(Outcome.UNKNOWN, cleaned)
    pid, ref, name, native, admin = person
    who = CheckIn(Outcome.NOT_ENROLLED, cleaned, ref, name, native, admin)
    enrolment = con.execute(
        "SELECT id, status FROM enrolment WHERE activity_id = ? AND participant_id = ?",
        (activity_id, pid),
    ).fetchone()
    if enrolment is None:
        return who
    eid, e_status = enrolment
    if e_status == _WITHDRAWN:
        return replace(who, outcome=Outcome.WITHDRAWN, enrolment_id=eid)
    current = _state(session, eid, session_id)
    if current.status in ATTENDED:
        return replace(
            who, outcome=Outcome.ALREADY, enrolment_id=eid, previous=current, mark=current
        )
    now = current
    if mark:
        now = _written(set_mark(session, eid, session_id, PRESENT, by=by), eid, session_id)
    return replace(
        who, outcome=Outcome.PRESENT_MARKED, enrolment_id=eid, previous=current, mark=now
    )

"""Attendance of one activity: its grid, whole-session marks and the check-in desk.

Qt-free helpers for the attendance page. Every mark is written through
:func:`planner.services.people.set_mark` (which checks it and records when and by
whom it was set), and every per-participant figure comes from
:mod:`planner.services.metrics`; nothing here restates those rules.

This module reads the grid; writing marks is
:mod:`planner.services.attendance_marks` and the check-in desk
:mod:`planner.services.attendance_desk`, whose names are imported from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlmodel import Session

from planner.errors import PlannerError
from planner.i18n import _, in_chinese
from planner.models import Status
from planner.services import metrics
from planner.services.attendance_desk import (
    CheckIn,
    Outcome,
    check_in,
    clean_code,
    find_participant,
)
from planner.services.attendance_marks import (
    ABSENT,
    ATTENDED,
    CYCLE,
    EXCUSED,
    LATE,
    PRESENT,
    WITHDRAWN,
    Changed,
    MarkState,
    apply_marks,
    mark_session,
    next_in_cycle,
    restore_marks,
)
from planner.store import raw_connection

__all__ = [
    "ABSENT",
    "ATTENDED",
    "CYCLE",
    "EXCUSED",
    "LATE",
    "PRESENT",
    "ActivityChoice",
    "Changed",
    "CheckIn",
    "Grid",
    "GridPerson",
    "GridSession",
    "MarkState",
    "Outcome",
    "PersonFigures",
    "activities_with_enrolments",
    "apply_marks",
    "check_in",
    "clean_code",
    "find_participant",
    "grid",
    "mark_session",
    "next_in_cycle",
    "person_figures",
    "restore_marks",
    "running_on",
    "session_on",
]


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
class PersonFigures:
    attended: int
    excused: int
    rate: Decimal | None
    completed: bool
    #: the activity is not delivered (yet): show "pending", not a rate or "No"
    pending: bool = False


def person_figures(
    statuses: Iterable[str | None],
    sessions: int,
    threshold: Decimal,
    max_excused: Decimal | None = None,
    *,
    pending: bool = False,
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
        metrics.completed(sessions, attended, excused, threshold, max_excused),
        pending,
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
    #: the plan's maximum excused share, or None
    max_excused: Decimal | None = None
    #: the activity's maximum test score (the most a score can be), or None
    max_score: str | None = None

    @property
    def pending(self) -> bool:
        """Not delivered (yet): rates and completion are pending, not failures."""
        return self.status != Status.DELIVERED

    def status_of(self, enrolment_id: int, session_id: int) -> str | None:
        m = self.marks.get((enrolment_id, session_id))
        return None if m is None else m.status

    def figures(self, enrolment_id: int) -> PersonFigures:
        return person_figures(
            (self.status_of(enrolment_id, s.id) for s in self.sessions),
            len(self.sessions),
            self.threshold,
            self.max_excused,
            pending=self.pending,
        )

    def attending(self, session_id: int) -> int:
        """How many of the enrolled are present or late at one session."""
        return sum(1 for p in self.people if self.status_of(p.enrolment_id, session_id) in ATTENDED)


def grid(session: Session, activity_id: int) -> Grid:
    """Load one activity's grid in two queries (activity with sessions; enrolments
    with people and marks)."""
    con = raw_connection(session)
    head = con.execute(
        "SELECT a.plan_id, a.code, coalesce(CASE WHEN ? THEN a.title_zh END, a.title), "
        "a.status, a.start_date, a.end_date, p.completion_threshold, p.max_excused_share, "
        "a.max_score, s.id, s.starts "
        "FROM activity a JOIN plan p ON p.id = a.plan_id "
        "LEFT JOIN session s ON s.activity_id = a.id WHERE a.id = ? ORDER BY s.starts",
        (in_chinese(), activity_id),
    ).fetchall()
    if not head:
        raise PlannerError(
            _("the activity no longer exists (number {activity_id})").format(
                activity_id=activity_id
            )
        )
    plan_id, code, title, status, start, end, threshold, cap, top = head[0][:9]
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
        "SELECT e.id, e.participant_id, pa.ref, pa.name, pa.native_name, ad.code, "
        "coalesce(CASE WHEN ? THEN ad.name_zh END, ad.name), "
        "e.status, e.pre_score, e.post_score, e.satisfaction, "
        "m.session_id, m.status, m.marked_at, m.marked_by "
        "FROM enrolment e JOIN participant pa ON pa.id = e.participant_id "
        "JOIN administration ad ON ad.id = pa.administration_id "
        "LEFT JOIN mark m ON m.enrolment_id = e.id "
        "WHERE e.activity_id = ? AND e.status != ?",
        (in_chinese(), activity_id, WITHDRAWN),
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
        None if cap is None else Decimal(cap),
        top,
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
            "SELECT a.id, a.code, coalesce(CASE WHEN ? THEN a.title_zh END, a.title), "
            "a.status, a.start_date, a.end_date, sum(CASE WHEN e.status != ? THEN 1 ELSE 0 END) "
            "FROM activity a JOIN enrolment e ON e.activity_id = a.id "
            "WHERE a.plan_id = ? GROUP BY a.id",
            (in_chinese(), WITHDRAWN, plan_id),
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

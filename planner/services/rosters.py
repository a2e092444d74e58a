"""Who is enrolled in an activity, session by session: the roster behind the
attendance report, the sign-in sheets and the attendance workbook.

An :class:`ActivitySheet` holds an activity, its sessions and its enrolled (not
withdrawn) participants by administration, each with their marks, rate and
completion (:func:`planner.services.rows.attendance_rows`), and the activity's
figures from :func:`planner.services.metrics.compute`; an administration's
subtotals are counted here, under the same rules.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlmodel import Session, select

from planner.i18n import shown, shown_optional
from planner.models import Activity, EnrolmentStatus, Status
from planner.services import metrics
from planner.services.activities import sessions_of
from planner.services.figures import Figures, ratio
from planner.services.people import marks_of
from planner.services.rows import attendance_rows
from planner.store import raw_connection


@dataclass(frozen=True)
class SessionSlot:
    """One session of an activity: ``starts`` is ``2027-03-01`` or ``2027-03-01T09:00``."""

    number: int
    starts: str
    hours: Decimal

    @property
    def day(self) -> date:
        return date.fromisoformat(self.starts[:10])

    @property
    def begins(self) -> time | None:
        return time.fromisoformat(self.starts[11:]) if len(self.starts) > 10 else None

    @property
    def ends(self) -> time | None:
        begins = self.begins
        if begins is None:
            return None
        start = datetime.combine(self.day, begins)
        return (start + timedelta(minutes=int(self.hours * 60))).time()


@dataclass(frozen=True)
class RosterRow:
    """One enrolled (not withdrawn) participant of an activity."""

    participant: str  # the ref
    name: str
    native_name: str | None
    position: str | None
    administration: str  # code
    marks: tuple[str | None, ...]  # per session: present, late, excused, absent or None
    attended: int
    excused: int
    attendance_rate: Decimal | None
    completed: bool


@dataclass(frozen=True)
class AdministrationGroup:
    code: str
    name: str
    rows: tuple[RosterRow, ...]

    @property
    def enrolled(self) -> int:
        return len(self.rows)

    @property
    def participants(self) -> int:
        """Rows that attended at least once (docs/methodology.md), counted for the subtotal."""
        return sum(1 for r in self.rows if r.attended >= 1)

    @property
    def completers(self) -> int:
        return sum(1 for r in self.rows if r.completed)

    @property
    def participant_days(self) -> int:
        return sum(r.attended for r in self.rows)

    @property
    def completion_rate(self) -> Decimal | None:
        """Completers / participants of the administration (n/a without participants)."""
        return ratio(self.completers, self.participants)


@dataclass(frozen=True)
class ActivitySheet:
    """An activity, its sessions and its enrolled participants by administration."""

    plan: str
    owner: str
    code: str
    title: str
    kind: str
    status: str
    start: date
    end: date
    venue: str | None
    mode: str
    hours_per_session: Decimal
    threshold: Decimal
    sessions: tuple[SessionSlot, ...]
    groups: tuple[AdministrationGroup, ...]
    figures: Figures  # the activity's row of metrics.compute()

    @property
    def rows(self) -> list[RosterRow]:
        return [r for g in self.groups for r in g.rows]

    @property
    def pending(self) -> bool:
        """Not delivered (yet): its people are pending, not failing."""
        return self.status != Status.DELIVERED


_ROSTER_SQL = (
    "SELECT e.id, p.ref, p.position, ad.code, ad.name, ad.name_zh FROM enrolment e "
    "JOIN participant p ON p.id = e.participant_id "
    "JOIN administration ad ON ad.id = p.administration_id "
    "WHERE e.activity_id = ? AND e.status != ?"
)


def activity_sheets(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    statuses: Collection[str] | None = None,
) -> list[ActivitySheet]:
    """The chosen activities (all, one year's, or one), in date order.

    ``statuses`` keeps only activities of those statuses. Rates and completion
    come from :func:`planner.services.rows.attendance_rows` and the activity's
    figures from :func:`planner.services.metrics.compute`; a missing activity is
    a PlannerError.
    """
    figures = metrics.compute(session, plan_id, year=year, activity=activity)
    by_code = {row.key: row.figures for row in figures.scope("activity")}
    attendance = {
        (r.activity, r.participant): r
        for r in attendance_rows(session, plan_id, year=year, activity=activity)
    }
    activities = session.exec(
        select(Activity)
        .where(Activity.plan_id == plan_id)
        .order_by(Activity.start_date, Activity.code)  # type: ignore[arg-type]
    )
    con = raw_connection(session)
    sheets = []
    for act in activities:
        if act.code not in by_code or (statuses is not None and act.status not in statuses):
            continue
        assert act.id is not None
        hours = Decimal(act.hours_per_session)
        slots = sessions_of(session, act.id)
        marks = marks_of(session, act.id)
        groups: dict[str, tuple[str, list[RosterRow]]] = {}
        for enrolment_id, ref, position, admin_code, admin_name, admin_zh in con.execute(
            _ROSTER_SQL, (act.id, EnrolmentStatus.WITHDRAWN.value)
        ):
            a = attendance[act.code, ref]
            row = RosterRow(
                ref,
                a.name,
                a.native_name,
                position,
                admin_code,
                tuple(marks.get((enrolment_id, s.id)) for s in slots if s.id is not None),
                a.attended,
                a.excused,
                a.attendance_rate,
                a.completed,
            )
            groups.setdefault(admin_code, (shown(admin_name, admin_zh), []))[1].append(row)
        sheets.append(
            ActivitySheet(
                figures.plan_name,
                figures.owner,
                act.code,
                shown(act.title, act.title_zh),
                act.kind,
                act.status,
                act.start_date,
                act.end_date,
                shown_optional(act.venue, act.venue_zh),
                act.mode,
                hours,
                figures.threshold,
                tuple(SessionSlot(i, s.starts, hours) for i, s in enumerate(slots, start=1)),
                tuple(
                    AdministrationGroup(
                        code, name, tuple(sorted(rows, key=lambda r: r.participant))
                    )
                    for code, (name, rows) in sorted(groups.items())
                ),
                by_code[act.code],
            )
        )
    return sheets

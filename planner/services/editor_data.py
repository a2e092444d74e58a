"""What the activity editor shows: the plan's choices, the activity's fields,
sessions, seats, budget lines and enrolments, as frozen rows that carry their ids.

Every converted amount comes from :mod:`planner.services.metrics`. The lookups at
the end find a row's id again by what does not change when an undo brings the row
back under a new id (a session's day, an enrolment's participant).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, select

from planner.errors import NotFoundError
from planner.i18n import _
from planner.models import (
    Activity,
    Administration,
    Enrolment,
    FundingSource,
    Participant,
    Plan,
    Theme,
)
from planner.money import from_minor, to_minor
from planner.services import activities as A
from planner.services import metrics
from planner.services import people as P
from planner.services.common import code_of, get
from planner.services.reference_data import ReferenceRow, reference_rows, stored_id
from planner.store import raw_connection


@dataclass(frozen=True)
class PlanInfo:
    start_year: int
    years: int
    base_currency: str
    themes: list[ReferenceRow]  # each in the order they were added
    administrations: list[ReferenceRow]
    funding_sources: list[ReferenceRow]


def plan_info(s: Session, plan_id: int) -> PlanInfo:
    plan = get(s, Plan, plan_id, "plan")
    return PlanInfo(
        plan.start_year,
        plan.years,
        plan.base_currency,
        reference_rows(s, Theme, plan_id),
        reference_rows(s, Administration, plan_id),
        reference_rows(s, FundingSource, plan_id),
    )


def activity_fields(s: Session, activity_id: int | None) -> dict[str, Any] | None:
    """The activity's fields as a form holds them; None if it does not exist (any more)."""
    activity = s.get(Activity, activity_id) if activity_id is not None else None
    if activity is None:
        return None
    # with the version read, which a save names (services.versions)
    return {**A.fields_of(s, activity), "version": activity.version}


# ------------------------------------------------------------ sessions
@dataclass(frozen=True)
class SessionRow:
    id: int
    starts: str  # 2027-03-01 or 2027-03-01T09:00
    marks: int

    @property
    def day(self) -> date:
        return date.fromisoformat(self.starts[:10])

    @property
    def time(self) -> str:
        return self.starts[11:]


def session_rows(s: Session, activity_id: int) -> list[SessionRow]:
    marks = Counter(session_id for _enrolment, session_id in P.marks_of(s, activity_id))
    rows = [(stored_id(row.id), row.starts) for row in A.sessions_of(s, activity_id)]
    return [SessionRow(i, starts, marks[i]) for i, starts in rows]


# ------------------------------------------------------------ seats
@dataclass(frozen=True)
class SeatRow:
    """One administration of the plan and its seats in the activity. Quotas are set
    by administration code, so the code is what identifies the row (``id``)."""

    administration_id: int
    code: str
    name: str
    seats: int | None  # None: no quota

    @property
    def id(self) -> str:
        return self.code


@dataclass(frozen=True)
class Seats:
    rows: list[SeatRow]
    total: int  # from metrics


def seats(s: Session, plan_id: int, activity_id: int, code: str) -> Seats:
    quotas = A.quotas_of(s, activity_id)
    rows = [
        SeatRow(a.id, a.code, a.name, quotas.get(a.code))
        for a in plan_info(s, plan_id).administrations
    ]
    return Seats(rows, _figures(s, plan_id, code).seats)


def _figures(s: Session, plan_id: int, code: str) -> metrics.Figures:
    return metrics.compute(s, plan_id, activity=code).scope("activity")[0].figures


# ------------------------------------------------------------ budget
@dataclass(frozen=True)
class LineRow:
    id: int
    category: str
    description: str
    currency: str
    planned: Decimal
    actual: Decimal | None
    funding_source: str | None
    planned_base: Decimal | None  # None: no exchange rate for the activity's year
    actual_base: Decimal | None
    version: int = 1  # as read, for the save (services.versions)

    @property
    def has_rate(self) -> bool:
        return self.planned_base is not None


@dataclass(frozen=True)
class Budget:
    lines: list[LineRow]
    year: int
    base_currency: str
    #: currency -> (planned, actual) over the lines in that currency
    by_currency: list[tuple[str, Decimal, Decimal]]
    planned_base: Decimal  # from metrics
    actual_base: Decimal
    lines_without_rate: int
    lines_without_actuals: int


def budget(s: Session, plan_id: int, activity_id: int) -> Budget:
    activity = get(s, Activity, activity_id, "activity")
    base = get(s, Plan, plan_id, "plan").base_currency
    year = activity.start_date.year
    rates = metrics.rate_table(raw_connection(s), plan_id)
    rows = []
    for line in A.lines_of(s, activity_id):
        fields = A.line_fields(s, line)
        actual = fields["actual"]
        conv = metrics.in_base(
            rates,
            base,
            year,
            line.currency,
            line.planned_minor,
            None if actual is None else to_minor(actual, line.currency),
        )
        rows.append(
            LineRow(
                stored_id(line.id),
                fields["category"],
                fields["description"],
                fields["currency"],
                fields["planned"],
                fields["actual"],
                fields["funding_source"],
                None if conv is None else from_minor(conv[0], base),
                None if conv is None or conv[1] is None else from_minor(conv[1], base),
                line.version,
            )
        )
    # Sums of the lines' own amounts, per currency, for the summary under the table.
    # (Asked to move into planner.services.metrics, next to the base totals.)
    totals: dict[str, tuple[Decimal, Decimal]] = {}
    for r in rows:
        planned, actual = totals.get(r.currency, (Decimal(0), Decimal(0)))
        totals[r.currency] = (planned + r.planned, actual + (r.actual or 0))
    f = _figures(s, plan_id, activity.code)
    return Budget(
        rows,
        year,
        base,
        [(c, p, a) for c, (p, a) in sorted(totals.items())],
        f.planned_cost,
        f.actual_cost,
        f.lines_without_rate,
        f.lines_without_actuals,
    )


# ------------------------------------------------------------ people
@dataclass(frozen=True)
class PersonRow:
    id: int  # participant id
    ref: str
    name: str
    native_name: str
    administration: str
    status: str = ""
    pre_score: str = ""
    post_score: str = ""
    satisfaction: str = ""


def enrolments(s: Session, activity_id: int) -> list[PersonRow]:
    out = []
    for e, p in s.exec(
        select(Enrolment, Participant)
        .join(Participant, Participant.id == Enrolment.participant_id)  # type: ignore[arg-type]
        .where(Enrolment.activity_id == activity_id)
        .order_by(Participant.ref)
    ):
        out.append(
            PersonRow(
                stored_id(p.id),
                p.ref,
                p.name,
                p.native_name or "",
                code_of(s, Administration, p.administration_id) or "",
                e.status,
                e.pre_score or "",
                e.post_score or "",
                e.satisfaction or "",
            )
        )
    return out


def candidates(s: Session, plan_id: int, activity_id: int) -> list[PersonRow]:
    """The plan's participants not yet enrolled in the activity."""
    enrolled = set(
        s.exec(select(Enrolment.participant_id).where(Enrolment.activity_id == activity_id))
    )
    admins = {
        a.id: a.code
        for a in s.exec(select(Administration).where(Administration.plan_id == plan_id))
    }
    return [
        PersonRow(
            stored_id(p.id), p.ref, p.name, p.native_name or "", admins.get(p.administration_id, "")
        )
        for p in s.exec(
            select(Participant).where(Participant.plan_id == plan_id).order_by(Participant.ref)
        )
        if p.id not in enrolled
    ]


def enrolment_id(s: Session, activity_id: int, participant_id: int) -> int:
    found = s.exec(
        select(Enrolment.id).where(
            Enrolment.activity_id == activity_id, Enrolment.participant_id == participant_id
        )
    ).first()
    if found is None:
        raise NotFoundError(_("that enrolment no longer exists"))
    return found


def session_id(s: Session, activity_id: int, starts: str) -> int:
    """The number of the activity's session at ``starts`` (numbers change when an
    undo brings sessions back; the stamp does not)."""
    for row in A.sessions_of(s, activity_id):
        if row.starts == starts:
            return stored_id(row.id)
    raise NotFoundError(_("there is no session on {starts} any more").format(starts=starts))


def line_ids(s: Session, activity_id: int) -> list[int]:
    """The ids of the activity's budget lines, in the order they were added."""
    return [stored_id(line.id) for line in A.lines_of(s, activity_id)]

"""What the main window offers to choose from: the plans of a database and the
activities a report can be about, as plain rows with their ids."""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlmodel import Session, col, select

from planner.i18n import shown
from planner.models import Activity
from planner.services import plans


class PlanChoice(NamedTuple):
    id: int
    name: str


def plan_choices(session: Session) -> list[PlanChoice]:
    """Every plan of the database, in the order they were made."""
    return [
        PlanChoice(p.id, shown(p.name, p.name_zh))
        for p in plans.list_plans(session)
        if p.id is not None
    ]


def create_plan(session: Session, **fields: Any) -> int:
    """A new, empty plan (see :func:`planner.services.plans.create_plan`); its id."""
    plan = plans.create_plan(session, **fields)
    assert plan.id is not None
    return plan.id


class ActivityChoice(NamedTuple):
    id: int
    code: str
    title: str
    status: str


def report_activities(session: Session, plan_id: int | None) -> list[ActivityChoice]:
    """The plan's activities by start date and code, with their status."""
    found = session.exec(
        select(Activity)
        .where(Activity.plan_id == plan_id)
        .order_by(col(Activity.start_date), col(Activity.code))
    )
    return [
        ActivityChoice(a.id, a.code, shown(a.title, a.title_zh), a.status)
        for a in found
        if a.id is not None
    ]

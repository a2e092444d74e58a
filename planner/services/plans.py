"""Finding plans, and the plan-level use cases."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from planner.errors import NotFoundError, PlannerError
from planner.models import Plan


def list_plans(session: Session) -> list[Plan]:
    return list(session.exec(select(Plan).order_by(Plan.id)))  # type: ignore[arg-type]


def resolve_plan(session: Session, which: str | None) -> Plan:
    """A plan by its name or number; may be left out when there is only one."""
    plans = list_plans(session)
    if which is None:
        if len(plans) == 1:
            return plans[0]
        if not plans:
            raise PlannerError("the database holds no plan yet (import one, or run 'planner demo')")
        names = "; ".join(f"{p.id}: {p.name}" for p in plans)
        raise PlannerError(
            f"the database holds {len(plans)} plans; choose one with --plan ({names})"
        )
    for p in plans:
        if p.name == which or (which.isascii() and which.isdigit() and p.id == int(which)):
            return p
    raise NotFoundError(f"there is no plan named or numbered {which!r}")


def count_plans(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(Plan)).one())

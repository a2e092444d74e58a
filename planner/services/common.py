"""Helpers shared by the use cases: checking a form's values, finding rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, select

from planner.errors import NotFoundError
from planner.i18n import _
from planner.models import Activity, Administration, FundingSource, Participant, Plan, Theme
from planner.services.rules import Checker, Horizon

M = TypeVar("M", bound=SQLModel)


def checked(
    fn: Callable[..., dict[str, Any]], values: dict[str, Any], *args: Any
) -> dict[str, Any]:
    """Run an entity's checks on a form's values; raise ValidationError with field paths."""
    c = Checker(strict=False)
    out = fn(c, values, "", *args)
    c.raise_if_any()
    return out


def get(session: Session, model: type[M], row_id: int | None, what: str) -> M:
    row = session.get(model, row_id) if row_id is not None else None
    if row is None:
        raise NotFoundError(
            _("the {what} no longer exists (number {row_id})").format(what=what, row_id=row_id)
        )
    return row


def horizon(plan: Plan) -> Horizon:
    return Horizon(plan.start_year, plan.years)


def codes(session: Session, model: type[Any], plan_id: int, key: str = "code") -> dict[str, int]:
    """code -> id of a plan's reference rows (administrations, themes, ...)."""
    column = getattr(model, key)
    return {
        code: row_id
        for code, row_id in session.exec(
            select(column, model.id).where(model.plan_id == plan_id)  # type: ignore[call-overload]
        )
    }


def admin_codes(session: Session, plan_id: int) -> dict[str, int]:
    return codes(session, Administration, plan_id)


def theme_codes(session: Session, plan_id: int) -> dict[str, int]:
    return codes(session, Theme, plan_id)


def source_codes(session: Session, plan_id: int) -> dict[str, int]:
    return codes(session, FundingSource, plan_id)


def participant_refs(session: Session, plan_id: int) -> dict[str, int]:
    return codes(session, Participant, plan_id, key="ref")


def code_of(session: Session, model: type[Any], row_id: int | None) -> str | None:
    if row_id is None:
        return None
    row = session.get(model, row_id)
    return None if row is None else str(row.ref if model is Participant else row.code)


def ensure_unique(
    session: Session,
    model: type[Any],
    plan_id: int,
    field: str,
    value: Any,
    own_id: int | None = None,
) -> None:
    column = getattr(model, field)
    other = session.exec(
        select(model.id).where(model.plan_id == plan_id, column == value)  # type: ignore[call-overload]
    ).first()
    if other is not None and other != own_id:
        from planner.errors import Problem, ValidationError

        raise ValidationError(
            [Problem(field, _("{value!r} is already used in this plan").format(value=value))]
        )


def activity_plan(session: Session, activity_id: int) -> tuple[Activity, Plan]:
    activity = get(session, Activity, activity_id, "activity")
    return activity, get(session, Plan, activity.plan_id, "plan")

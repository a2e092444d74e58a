"""What the Budget page reads: every budget line of the plan with its id, its
amounts in its own currency and in base currency (converted by
:mod:`planner.services.metrics`), and the fields of one line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, select

from planner.models import Activity, BudgetLine
from planner.services import activities
from planner.services.common import get
from planner.services.rows import budget_lines


@dataclass(frozen=True)
class LineRow:
    """One budget line, as :func:`planner.services.rows.budget_lines` gives it, with its id."""

    id: int
    year: int  # of its activity's start
    activity: str  # its code
    category: str
    description: str
    funding_source: str | None  # its code
    currency: str
    planned: Decimal  # in the line's currency
    actual: Decimal | None
    planned_base: Decimal | None  # None: no exchange rate for the year
    actual_base: Decimal | None
    version: int = 1  # as read, for the save (services.versions)

    @property
    def variance_base(self) -> Decimal | None:
        if self.actual_base is None or self.planned_base is None:
            return None
        return self.actual_base - self.planned_base


def line_rows(session: Session, plan_id: int, *, as_of: date | None = None) -> list[LineRow]:
    """The plan's budget lines by activity start date, activity code, then as added;
    ``as_of`` counts only the payments dated on or before it."""
    versions = dict(
        session.exec(
            select(BudgetLine.id, BudgetLine.version)
            .join(Activity)
            .where(Activity.plan_id == plan_id)  # type: ignore[arg-type]
        ).all()
    )
    return [
        LineRow(
            r.id,
            r.year,
            r.activity,
            r.category,
            r.description,
            r.funding_source,
            r.currency,
            r.planned,
            r.actual,
            r.planned_base,
            r.actual_base,
            versions.get(r.id, 1),
        )
        for r in budget_lines(session, plan_id, as_of=as_of)
    ]


def line_fields(session: Session, line_id: int) -> dict[str, Any]:
    """The fields of one budget line as a form holds them (NotFoundError if it is gone)."""
    return activities.line_fields(session, get(session, BudgetLine, line_id, "budget line"))

"""What the Budget page reads: every budget line of the plan with its id, its
amounts in its own currency and in base currency (converted by
:mod:`planner.services.metrics`), and the fields of one line.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from planner.models import BudgetLine
from planner.money import exponent_of, from_minor
from planner.services import activities, metrics
from planner.services.common import get
from planner.store import raw_connection


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

    @property
    def variance_base(self) -> Decimal | None:
        if self.actual_base is None or self.planned_base is None:
            return None
        return self.actual_base - self.planned_base


def line_rows(session: Session, plan_id: int) -> list[LineRow]:
    """The plan's budget lines by activity start date, activity code, then as added."""
    con = raw_connection(session)
    (base,) = con.execute("SELECT base_currency FROM plan WHERE id = ?", (plan_id,)).fetchone()
    exp = exponent_of(base)
    rates = metrics.rate_table(con, plan_id)
    out = []
    for line_id, start, code, cat, desc, src, cur, planned, actual in con.execute(
        "SELECT b.id, a.start_date, a.code, b.category, b.description, f.code, "
        "b.currency, b.planned_minor, b.actual_minor FROM budget_line b "
        "JOIN activity a ON a.id = b.activity_id "
        "LEFT JOIN funding_source f ON f.id = b.funding_source_id "
        "WHERE a.plan_id = ? ORDER BY a.start_date, a.code, b.id",
        (plan_id,),
    ):
        year = int(start[:4])
        conv = metrics.in_base(rates, base, year, cur, planned, actual)
        out.append(
            LineRow(
                line_id,
                year,
                code,
                cat,
                desc,
                src,
                cur,
                from_minor(planned, cur),
                None if actual is None else from_minor(actual, cur),
                None if conv is None else Decimal(conv[0]).scaleb(-exp),
                None if conv is None or conv[1] is None else Decimal(conv[1]).scaleb(-exp),
            )
        )
    return out


def line_fields(session: Session, line_id: int) -> dict[str, Any]:
    """The fields of one budget line as a form holds them (NotFoundError if it is gone)."""
    return activities.line_fields(session, get(session, BudgetLine, line_id, "budget line"))

"""What makes the budget report paper that can be signed: the plan's report
reference and version, who prepares, reviews and approves it, and where each
exchange rate comes from (Reference data ▸ plan settings and exchange rates)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from planner.models import ExchangeRate, Plan
from planner.services.common import get


@dataclass(frozen=True)
class Signer:
    role: str  # "prepared", "reviewed" or "approved"
    name: str
    title: str


@dataclass(frozen=True)
class Paper:
    reference: str = ""
    version: str = ""
    signers: tuple[Signer, ...] = ()  # all three roles, in order, blank where not set


@dataclass(frozen=True)
class RateSource:
    source: str
    on: date | None


ROLES = ("prepared", "reviewed", "approved")


def paper_of(session: Session, plan_id: int) -> Paper:
    plan = get(session, Plan, plan_id, "plan")
    return Paper(
        plan.report_reference or "",
        plan.report_version or "",
        tuple(
            Signer(
                role,
                getattr(plan, f"{role}_name") or "",
                getattr(plan, f"{role}_title") or "",
            )
            for role in ROLES
        ),
    )


def rate_sources(session: Session, plan_id: int) -> dict[tuple[int, str], RateSource]:
    """The source and date of each rate of the plan that has either, by (year, currency)."""
    found = session.exec(select(ExchangeRate).where(ExchangeRate.plan_id == plan_id))
    return {
        (r.year, r.currency): RateSource(r.source or "", r.rate_date)
        for r in found
        if r.source or r.rate_date
    }

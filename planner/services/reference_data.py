"""What the Reference data page reads: a plan's settings, its administrations,
themes and funding sources, its exchange rates and its envelopes.

Each read returns frozen rows that carry their database ids; the lookups by code
(and year) find the id of a row again inside an undo step, where a row deleted and
brought back has a new id but the same code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, select

from planner.errors import NotFoundError
from planner.i18n import _
from planner.models import Envelope, ExchangeRate, FundingSource, Plan
from planner.services import metrics
from planner.services.common import codes, get
from planner.services.entities import SIGNOFF_FIELDS


@dataclass(frozen=True)
class ReferenceRow:
    """An administration, theme or funding source; ``country`` only for administrations."""

    id: int
    code: str
    name: str
    country: str | None = None
    name_zh: str | None = None  # the name in Chinese, if given


def stored_id(row_id: int | None) -> int:
    """The id of a row read from the database (the models type it ``int | None``,
    for rows not yet saved)."""
    assert row_id is not None
    return row_id


def _row(row: Any) -> ReferenceRow:
    return ReferenceRow(
        stored_id(row.id), row.code, row.name, getattr(row, "country", None), row.name_zh
    )


def reference_rows(session: Session, model: type[Any], plan_id: int) -> list[ReferenceRow]:
    """A plan's rows of ``model`` (Administration, Theme, FundingSource), in the
    order they were added."""
    query = select(model).where(model.plan_id == plan_id).order_by(model.id)
    return [_row(r) for r in session.exec(query)]


def reference_id(session: Session, model: type[Any], plan_id: int, code: str, what: str) -> int:
    """The id of the plan's ``model`` row with this code (``what`` names it in the error)."""
    found = codes(session, model, plan_id).get(code)
    if found is None:
        raise NotFoundError(_("the {what} {code} no longer exists").format(what=what, code=code))
    return found


# ------------------------------------------------------------------ plan settings
@dataclass(frozen=True)
class PlanSettings:
    """The fields of the plan that its settings form edits."""

    id: int
    name: str
    owner: str
    start_year: int
    years: int
    base_currency: str
    completion_threshold: str  # exact decimal text
    name_zh: str | None = None  # the name and owner in Chinese, if given
    owner_zh: str | None = None
    # the budget report's reference, version and sign-off (entities.SIGNOFF_FIELDS)
    report_reference: str | None = None
    report_version: str | None = None
    prepared_name: str | None = None
    prepared_title: str | None = None
    reviewed_name: str | None = None
    reviewed_title: str | None = None
    approved_name: str | None = None
    approved_title: str | None = None
    version: int = 1  # as read, for the save (services.versions)


def plan_settings(session: Session, plan_id: int) -> PlanSettings:
    plan = get(session, Plan, plan_id, "plan")
    return PlanSettings(
        plan_id,
        plan.name,
        plan.owner,
        plan.start_year,
        plan.years,
        plan.base_currency,
        plan.completion_threshold,
        plan.name_zh,
        plan.owner_zh,
        version=plan.version,
        **{key: getattr(plan, key) for key in SIGNOFF_FIELDS},
    )


# ------------------------------------------------------------------ exchange rates
@dataclass(frozen=True)
class RateRow:
    id: int
    year: int
    currency: str
    to_base: str  # exact decimal text: 1 unit of currency = to_base units of base currency
    source: str | None = None  # where the rate comes from
    rate_date: date | None = None  # the day it was read


@dataclass(frozen=True)
class Rates:
    base_currency: str
    start_year: int
    years: int
    rates: list[RateRow]


def rates(session: Session, plan_id: int) -> Rates:
    plan = get(session, Plan, plan_id, "plan")
    found = session.exec(select(ExchangeRate).where(ExchangeRate.plan_id == plan_id))
    return Rates(
        plan.base_currency,
        plan.start_year,
        plan.years,
        [
            RateRow(stored_id(r.id), r.year, r.currency, r.to_base, r.source, r.rate_date)
            for r in found
        ],
    )


def rate_id(session: Session, plan_id: int, year: int, currency: str) -> int:
    found = session.exec(
        select(ExchangeRate.id).where(
            ExchangeRate.plan_id == plan_id,
            ExchangeRate.year == year,
            ExchangeRate.currency == currency,
        )
    ).first()
    if found is None:
        raise NotFoundError(
            _("there is no {currency} rate for {year} any more").format(
                currency=currency, year=year
            )
        )
    return found


# ------------------------------------------------------------------ envelopes
@dataclass(frozen=True)
class EnvelopeRow:
    id: int
    year: int
    funding_source: str  # its code
    amount_minor: int  # in minor units of the base currency


@dataclass(frozen=True)
class Envelopes:
    figures: metrics.PlanFigures  # the base currency, the years and each year's input
    sources: list[ReferenceRow]
    envelopes: list[EnvelopeRow]


def envelopes(session: Session, plan_id: int) -> Envelopes:
    figures = metrics.compute(session, plan_id)
    sources = session.exec(select(FundingSource).where(FundingSource.plan_id == plan_id)).all()
    found = session.exec(
        select(Envelope.id, Envelope.year, FundingSource.code, Envelope.amount_minor)
        .join(FundingSource, FundingSource.id == Envelope.funding_source_id)  # type: ignore[arg-type]
        .where(Envelope.plan_id == plan_id)
    ).all()
    return Envelopes(
        figures,
        [_row(s) for s in sources],
        [EnvelopeRow(stored_id(i), y, code, minor) for i, y, code, minor in found],
    )


def envelope_id(session: Session, plan_id: int, year: int, funding_source: str) -> int:
    """The id of the plan's envelope of ``year`` from the source with that code."""
    source = reference_id(session, FundingSource, plan_id, funding_source, "funding source")
    found = session.exec(
        select(Envelope.id).where(
            Envelope.plan_id == plan_id,
            Envelope.year == year,
            Envelope.funding_source_id == source,
        )
    ).first()
    if found is None:
        raise NotFoundError(
            _("there is no {year} envelope from {funding_source} any more").format(
                year=year, funding_source=funding_source
            )
        )
    return found

"""The figures of the budget report, gathered into a frozen :class:`BudgetReport`.

:func:`gather` picks them from the core: the year, kind and plan rows and the
envelopes of :func:`planner.services.metrics.compute`, the lines of
:func:`planner.services.rows.budget_lines` (the CSV's own rows), and their
groupings by category and by funding source from
:func:`planner.services.budget.summary`, summed with the rule every total follows
(:mod:`planner.services.base_money`). The PDF and the XLSX lay out the same report.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from planner.enums import Category
from planner.i18n import _
from planner.reports.formats import kind_names
from planner.services import metrics, rows
from planner.services.baselines import Comparison, compare
from planner.services.budget import Cell
from planner.services.budget import summary as budget_summary
from planner.services.finance import (
    BookedSplit,
    Ceiling,
    CurrencyTotal,
    Delivery,
    RateUsed,
    booked_split,
    ceilings,
    currency_totals,
    delivery_of,
    rates_used,
)
from planner.services.finance_paper import (
    Paper,
    RateSource,
    Refunds,
    paper_of,
    rate_sources,
    refunds,
)
from planner.services.rows import BudgetLineRow

if TYPE_CHECKING:
    from planner.store.readonly import Reads

NO_SOURCE = ""  # key of the lines without a funding source


def category_label(code: str) -> str:
    """A budget category as the window names it, translated."""
    return {
        "travel": _("Travel"),
        "accommodation": _("Accommodation"),
        "per_diem": _("Per diem"),
        "venue": _("Venue"),
        "interpretation": _("Interpretation"),
        "materials": _("Materials"),
        "experts": _("Experts"),
        "other": _("Other"),
    }.get(code, code)


@dataclass(frozen=True)
class GroupTotal:
    """Money of one group of lines in base currency (planned of cancelled activities
    left out, as in every group of metrics), and how many lines it holds."""

    key: str
    label: str
    planned: Decimal
    actual: Decimal
    lines: int = 0
    lines_without_rate: int = 0

    @property
    def variance(self) -> Decimal:
        return self.actual - self.planned


@dataclass(frozen=True)
class YearSummary:
    year: int
    envelope: Decimal | None  # None: the year is outside the plan's period
    planned: Decimal
    actual: Decimal
    variance: Decimal
    execution_rate: Decimal | None  # an absorption rate: actual / envelope
    #: delivered activities only: a future activity's unspent plan is no underspend
    delivery_variance: Decimal = Decimal(0)
    delivery_rate: Decimal | None = None


@dataclass(frozen=True)
class ActivityLines:
    code: str
    title: str
    kind: str
    status: str
    year: int
    planned: Decimal  # the activity's own figures (whatever its status), from metrics
    actual: Decimal
    variance: Decimal
    lines_without_rate: int
    lines: tuple[BudgetLineRow, ...]


@dataclass(frozen=True)
class BudgetReport:
    plan_name: str
    owner: str
    base_currency: str
    first_year: int
    last_year: int
    year: int | None  # the --year filter
    activity: str | None  # the --activity filter
    as_of: date | None  # the --as-of date: later payments are not counted
    generated: date
    years: tuple[YearSummary, ...]
    total: GroupTotal  # the plan row of metrics
    total_input: Decimal  # envelopes of the years shown (metrics)
    total_execution_rate: Decimal | None
    by_category: tuple[GroupTotal, ...]
    by_source: tuple[GroupTotal, ...]
    by_kind: tuple[GroupTotal, ...]
    activities: tuple[ActivityLines, ...]
    cancelled_planned: Decimal  # planned amounts of cancelled activities' lines
    missing_rate: tuple[BudgetLineRow, ...]
    without_lines: tuple[str, ...]  # codes of activities that have no budget line
    warnings: tuple[str, ...]  # metrics' warnings about money
    #: per funding source and year (none for one activity's report)
    ceilings: tuple[Ceiling, ...] = ()
    ceilings_total: Ceiling | None = None
    delivery: Delivery = field(default_factory=Delivery)
    rates: tuple[RateUsed, ...] = ()
    currencies: tuple[CurrencyTotal, ...] = ()
    booked: BookedSplit | None = None
    #: the report's reference, version and sign-off; where each rate comes from
    paper: Paper = field(default_factory=Paper)
    rate_sources: Mapping[tuple[int, str], RateSource] = field(default_factory=dict)
    #: the baseline shown against the current budget (the newest, or --baseline NAME)
    baseline: Comparison | None = None
    refunds: Refunds = field(default_factory=Refunds)

    @property
    def over_ceiling(self) -> tuple[Ceiling, ...]:
        return tuple(c for c in self.ceilings if c.flagged)

    @property
    def line_count(self) -> int:
        return sum(len(a.lines) for a in self.activities)


def _ordered(
    groups: Mapping[str, Cell], order: Sequence[str], labels: dict[str, str]
) -> tuple[GroupTotal, ...]:
    rank = {k: i for i, k in enumerate(order)}
    keys = sorted(groups, key=lambda k: (k not in rank, rank.get(k, 0), k))
    return tuple(
        GroupTotal(
            k,
            labels.get(k, k),
            groups[k].planned,
            groups[k].actual,
            groups[k].lines,
            groups[k].lines_without_rate,
        )
        for k in keys
    )


def _from_row(row: metrics.Row, label: str | None = None) -> GroupTotal:
    f = row.figures
    return GroupTotal(
        row.key,
        row.label if label is None else label,
        f.planned_cost,
        f.actual_cost,
        int(f.lines),
        int(f.lines_without_rate),
    )


def gather(
    session: Reads,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    generated: date | None = None,
    as_of: date | None = None,
    baseline: str | None = None,
) -> BudgetReport:
    """Every figure of the budget report, picked from the core (nothing summed here):
    the rows of :func:`metrics.compute`, the lines of :func:`rows.budget_lines` and
    their groupings by :func:`planner.services.budget.summary`. ``baseline``: the
    baseline to compare with (None: the plan's newest, if it has one)."""
    # Money alone: the report shows no participation figure (and keeps only the money
    # warnings), so the attendance marks are not counted.
    figures = metrics.compute(
        session, plan_id, year=year, activity=activity, as_of=as_of, participation=False
    )
    lines = rows.budget_lines(session, plan_id, year=year, activity=activity, as_of=as_of)
    grouped = budget_summary(session, plan_id, year=year, lines=lines)
    sources = grouped.sources

    inputs = {i.year: i for i in figures.inputs}
    years = []
    for row in figures.scope("year"):
        f, found = row.figures, inputs.get(int(row.key))
        delivered = delivery_of(x for x in lines if x.year == int(row.key))
        years.append(
            YearSummary(
                int(row.key),
                None if found is None else found.input,
                f.planned_cost,
                f.actual_cost,
                f.variance,
                None if found is None else found.execution_rate,
                delivered.variance,
                delivered.rate,
            )
        )
    by_source = None if activity is not None else ceilings(session, plan_id, year=year, lines=lines)

    by_activity: dict[str, list[BudgetLineRow]] = {}
    for line in lines:
        by_activity.setdefault(line.activity, []).append(line)
    activities = []
    without_lines = []
    for row in figures.scope("activity"):
        mine = by_activity.get(row.key, [])
        if not mine:
            without_lines.append(row.key)
            continue
        f = row.figures
        activities.append(
            ActivityLines(
                row.key,
                row.label,
                str(row.extra["kind"]),
                str(row.extra["status"]),
                int(row.extra["year"]),
                f.planned_cost,
                f.actual_cost,
                f.variance,
                int(f.lines_without_rate),
                tuple(mine),
            )
        )

    category_labels = {c.value: category_label(c.value) for c in Category}
    source_labels = {code: f"{code}: {name}" for code, name in sources.items() if code is not None}
    source_labels[NO_SOURCE] = _("(no funding source)")
    kinds = [r for r in figures.scope("kind") if r.figures.lines or r.figures.activities]
    money_warnings = tuple(figures.warnings[: figures.money_warnings])
    return BudgetReport(
        plan_name=figures.plan_name,
        owner=figures.owner,
        base_currency=figures.base_currency,
        first_year=figures.start_year,
        last_year=figures.start_year + figures.years - 1,
        year=year,
        activity=activity,
        as_of=as_of,
        generated=generated or date.today(),
        years=tuple(years),
        total=_from_row(figures.total, _("Total")),
        total_input=figures.total_input,
        total_execution_rate=figures.execution_rate,
        by_category=_ordered(grouped.by_category, list(category_labels), category_labels),
        by_source=_ordered(
            {code or NO_SOURCE: cell for code, cell in grouped.by_source.items()},
            [*(code for code in sources if code is not None), NO_SOURCE],
            source_labels,
        ),
        by_kind=tuple(_from_row(r, kind_names().get(r.key, r.key)) for r in kinds),
        activities=tuple(activities),
        cancelled_planned=grouped.total.planned_cancelled,
        missing_rate=tuple(x for x in lines if x.planned_base is None),
        without_lines=tuple(without_lines),
        warnings=money_warnings,
        ceilings=() if by_source is None else tuple(by_source.ordered()),
        ceilings_total=None if by_source is None else by_source.total,
        delivery=delivery_of(lines),
        rates=tuple(rates_used(lines, figures.base_currency)),
        currencies=tuple(currency_totals(lines)),
        booked=booked_split(session, plan_id, lines, as_of=as_of),
        paper=paper_of(session, plan_id),
        rate_sources=rate_sources(session, plan_id),
        baseline=None if activity is not None else compare(session, plan_id, baseline),
        refunds=refunds(session, plan_id, year=year, activity=activity, as_of=as_of),
    )

"""Finance's figures per funding source and year, and the delivery figures
(docs/methodology.md, "Funding sources and ceilings").

For a source S and a year Y (the activity's start year), from S's budget lines on
activities of Y, each converted and rounded as every line is
(:mod:`planner.services.base_money`):

- envelope: S's envelope for Y;
- planned: the planned amounts, cancelled activities left out;
- actual: the actual amounts (the payments counted as of the report's date),
  cancelled activities included;
- committed: for activities ``approved`` or ``scheduled``, the sum over their lines
  of max(planned - actual, 0);
- remaining = envelope - actual - committed; absorption rate = actual / envelope;
  unprogrammed = envelope - planned; S is over its ceiling for Y when
  actual + committed > envelope.

The year's and the plan's rows are sums over the sources (lines without a source
included; they have no ceiling of their own). Delivery variance and delivery rate
count ``delivered`` activities only: a future activity's unspent plan is no underspend.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from planner.enums import Status
from planner.i18n import shown
from planner.money import exponent_of, round_half_up
from planner.services.base_money import counts_as_planned
from planner.services.figures import ratio
from planner.services.rows import BudgetLineRow, budget_lines
from planner.store import raw_connection

if TYPE_CHECKING:
    from planner.store.readonly import Reads

_COMMITTING = frozenset({Status.APPROVED.value, Status.SCHEDULED.value})
_DELIVERED = Status.DELIVERED.value


@dataclass
class Ceiling:
    """One funding source's (or a year's, or the plan's) money against its envelope,
    in base currency."""

    year: int | None  # None: every year
    source: str | None  # a source's code; None: no source, or a sum over sources
    envelope: Decimal = Decimal(0)
    planned: Decimal = Decimal(0)
    actual: Decimal = Decimal(0)
    committed: Decimal = Decimal(0)
    lines: int = 0
    #: whether the row is a source's own (it has a ceiling); sums and the lines
    #: without a source have none
    has_ceiling: bool = False

    @property
    def remaining(self) -> Decimal:
        return self.envelope - self.actual - self.committed

    @property
    def absorption_rate(self) -> Decimal | None:
        """actual / envelope; None ("n/a") without an envelope."""
        return ratio(self.actual, self.envelope)

    @property
    def unprogrammed(self) -> Decimal:
        return self.envelope - self.planned

    @property
    def over_ceiling(self) -> bool:
        return self.actual + self.committed > self.envelope

    @property
    def flagged(self) -> bool:
        """Over the ceiling, for a row that has one (a source in a year)."""
        return self.has_ceiling and self.over_ceiling

    def add(self, other: Ceiling) -> None:
        self.envelope += other.envelope
        self.planned += other.planned
        self.actual += other.actual
        self.committed += other.committed
        self.lines += other.lines


@dataclass
class Delivery:
    """Planned and actual of delivered activities only, in base currency."""

    planned: Decimal = Decimal(0)
    actual: Decimal = Decimal(0)

    @property
    def variance(self) -> Decimal:
        return self.actual - self.planned

    @property
    def rate(self) -> Decimal | None:
        return ratio(self.actual, self.planned)


@dataclass
class Ceilings:
    base_currency: str
    years: list[int]
    sources: dict[str, str]  # code -> name, in the plan's order
    rows: dict[tuple[int, str | None], Ceiling] = field(default_factory=dict)
    by_year: dict[int, Ceiling] = field(default_factory=dict)
    total: Ceiling = field(default_factory=lambda: Ceiling(None, None))

    def ordered(self) -> list[Ceiling]:
        """Rows by year, sources in the plan's order, the lines without a source last;
        rows with neither an envelope nor a line left out."""
        rank = {code: i for i, code in enumerate(self.sources)}
        keys = sorted(
            self.rows, key=lambda k: (k[0], k[1] is None, rank.get(k[1] or "", 0), k[1] or "")
        )
        return [self.rows[k] for k in keys if self.rows[k].envelope or self.rows[k].lines]

    def over(self) -> list[Ceiling]:
        """The sources over their ceiling, by year."""
        return [c for c in self.ordered() if c.flagged]


def delivery_of(lines: Iterable[BudgetLineRow]) -> Delivery:
    """Delivery figures of ``lines`` (only those of delivered activities count)."""
    out = Delivery()
    for line in lines:
        if line.status != _DELIVERED or line.planned_base is None:
            continue
        out.planned += line.planned_base
        out.actual += line.actual_base or 0
    return out


def committed_of(line: BudgetLineRow) -> Decimal:
    """What a line still commits: max(planned - actual, 0) for an approved or
    scheduled activity's line, else 0."""
    if line.status not in _COMMITTING or line.planned_base is None:
        return Decimal(0)
    return max(line.planned_base - (line.actual_base or 0), Decimal(0))


def ceilings(
    session: Reads,
    plan_id: int,
    *,
    year: int | None = None,
    lines: Iterable[BudgetLineRow] | None = None,
    as_of: date | None = None,
) -> Ceilings:
    """Every funding source's figures per year (``year``: that year only); ``lines``
    may be passed in when the caller holds them (of the whole plan or that year)."""
    con = raw_connection(session)
    base, start, years = con.execute(
        "SELECT base_currency, start_year, years FROM plan WHERE id = ?", (plan_id,)
    ).fetchone()
    exp = exponent_of(base)
    plan_years = [y for y in range(start, start + years) if year in (None, y)]
    sources = {
        code: shown(name, name_zh)
        for code, name, name_zh in con.execute(
            "SELECT code, name, name_zh FROM funding_source WHERE plan_id = ? ORDER BY id",
            (plan_id,),
        )
    }
    out = Ceilings(base, plan_years, sources)

    def row(y: int, source: str | None) -> Ceiling:
        found = out.rows.get((y, source))
        if found is None:
            found = out.rows[(y, source)] = Ceiling(y, source, has_ceiling=source is not None)
        return found

    for y, source, amount in con.execute(
        "SELECT e.year, f.code, e.amount_minor FROM envelope e "
        "JOIN funding_source f ON f.id = e.funding_source_id WHERE e.plan_id = ?",
        (plan_id,),
    ):
        if year in (None, y):
            row(y, source).envelope += Decimal(amount).scaleb(-exp)
    rows = lines if lines is not None else budget_lines(session, plan_id, year=year, as_of=as_of)
    for line in rows:
        if year not in (None, line.year) or line.planned_base is None:
            continue
        cell = row(line.year, line.funding_source)
        cell.lines += 1
        if counts_as_planned(line.status):
            cell.planned += line.planned_base
        cell.actual += line.actual_base or 0
        cell.committed += committed_of(line)
    for (y, _source), cell in out.rows.items():
        out.by_year.setdefault(y, Ceiling(y, None)).add(cell)
        out.total.add(cell)
    for y in plan_years:
        out.by_year.setdefault(y, Ceiling(y, None))
    return out


# ------------------------------------------------------------ currencies and rates
@dataclass(frozen=True)
class CurrencyTotal:
    """The lines of one currency: their own amounts and their converted ones."""

    currency: str
    lines: int
    planned: Decimal  # in the currency
    actual: Decimal
    planned_base: Decimal  # converted (lines without a rate left out)
    actual_base: Decimal


@dataclass(frozen=True)
class RateUsed:
    year: int
    currency: str
    rate: Decimal  # base units per unit of the currency
    lines: int


def currency_totals(lines: Iterable[BudgetLineRow]) -> list[CurrencyTotal]:
    """Totals per original currency, every line counted (cancelled ones included:
    these are the amounts as entered)."""
    sums: dict[str, list[Any]] = {}
    for line in lines:
        s = sums.setdefault(line.currency, [0, Decimal(0), Decimal(0), Decimal(0), Decimal(0)])
        s[0] += 1
        s[1] += line.planned
        s[2] += line.actual or 0
        s[3] += line.planned_base or 0
        s[4] += line.actual_base or 0
    return [CurrencyTotal(c, *sums[c]) for c in sorted(sums)]


def rates_used(lines: Iterable[BudgetLineRow], base: str) -> list[RateUsed]:
    """Every plan rate that converted at least one line, by year and currency."""
    found: dict[tuple[int, str], list[Any]] = {}
    for line in lines:
        if line.currency == base or line.rate is None:
            continue
        found.setdefault((line.year, line.currency), [line.rate, 0])[1] += 1
    return [RateUsed(y, c, *found[y, c]) for y, c in sorted(found)]


@dataclass(frozen=True)
class BookedSplit:
    """For the lines with payments booked at their own rate (docs/methodology.md):
    actual at the budget rate, as booked, and the two effects."""

    lines: int
    planned: Decimal
    actual_at_budget_rate: Decimal
    actual_as_booked: Decimal

    @property
    def exchange_rate_effect(self) -> Decimal:
        return self.actual_as_booked - self.actual_at_budget_rate

    @property
    def spending_effect(self) -> Decimal:
        return self.actual_at_budget_rate - self.planned


def booked_split(
    session: Reads,
    plan_id: int,
    lines: Iterable[BudgetLineRow],
    *,
    as_of: date | None = None,
) -> BookedSplit:
    """The booked-rate split over ``lines`` that have a payment with a booked rate;
    a payment of such a line without one counts at the budget rate. Each line's
    amount as booked is rounded to the base currency's minor unit, as every
    converted line is."""
    con = raw_connection(session)
    base = con.execute("SELECT base_currency FROM plan WHERE id = ?", (plan_id,)).fetchone()[0]
    exp = exponent_of(base)
    by_id = {line.id: line for line in lines if line.rate is not None and line.actual is not None}
    booked: dict[int, list[tuple[int, str | None]]] = {}
    day = "" if as_of is None else " AND (p.paid_on IS NULL OR p.paid_on <= ?)"
    args: list[Any] = [plan_id] + ([] if as_of is None else [as_of.isoformat()])
    for line_id, amount, rate in con.execute(
        "SELECT p.budget_line_id, p.amount_minor, p.booked_rate FROM payment p "
        "JOIN budget_line b ON b.id = p.budget_line_id JOIN activity a ON a.id = b.activity_id "
        "WHERE a.plan_id = ? AND p.budget_line_id IN (SELECT budget_line_id FROM payment "
        f"WHERE booked_rate IS NOT NULL){day}",
        args,
    ):
        if line_id in by_id:
            booked.setdefault(line_id, []).append((amount, rate))
    planned = at_budget = as_booked = Decimal(0)
    for line_id, paid in booked.items():
        line = by_id[line_id]
        assert line.rate is not None
        planned += line.planned_base or 0
        at_budget += line.actual_base or 0
        own = exponent_of(line.currency)
        exact = sum(
            (
                Decimal(amount).scaleb(-own) * (line.rate if rate is None else Decimal(rate))
                for amount, rate in paid
            ),
            Decimal(0),
        )
        as_booked += round_half_up(exact, exp)
    return BookedSplit(len(booked), planned, at_budget, as_booked)

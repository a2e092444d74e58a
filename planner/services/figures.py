"""The figures of docs/methodology.md as :func:`planner.services.metrics.compute` hands them out.

A :class:`Tally` holds the sums of a row (an activity or a group); :class:`Figures`
derives every figure from them, exactly (money in base minor units, ratios as
exact Decimals, rounded only when shown).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Any

from planner.services.base_money import LineSums, minor_sums


def ratio(numerator: Decimal | int, denominator: Decimal | int) -> Decimal | None:
    """numerator / denominator, or None ("n/a") when the denominator is zero."""
    if not denominator:
        return None
    with localcontext() as ctx:
        ctx.prec = 34
        return Decimal(numerator) / Decimal(denominator)


@dataclass
class Tally:
    """Sums from which a row's figures are derived: its budget lines' money (in base
    minor units, :class:`LineSums`) and its participation counts."""

    money: LineSums[int] = field(default_factory=minor_sums)
    activities: int = 0
    sessions: int = 0
    seats: int = 0
    enrolled: int = 0
    participants: int = 0
    completers: int = 0
    participant_days: int = 0
    participant_hours: Decimal = Decimal(0)
    gain_sum: Decimal = Decimal(0)
    gain_count: int = 0
    satisfaction_sum: Decimal = Decimal(0)
    satisfaction_count: int = 0
    women: int = 0
    #: an administration's planned and actual cost: its exact shares of activities'
    #: costs in base minor units, summed unrounded (rounded only when shown)
    share_planned: Fraction | None = None
    share_actual: Fraction | None = None

    def add_participation(self, o: Tally) -> None:
        # Spelled out: this runs once per activity and administration, and a loop
        # over field names through getattr/setattr cost half of compute().
        self.activities += o.activities
        self.sessions += o.sessions
        self.seats += o.seats
        self.enrolled += o.enrolled
        self.participants += o.participants
        self.completers += o.completers
        self.participant_days += o.participant_days
        self.participant_hours += o.participant_hours
        self.gain_sum += o.gain_sum
        self.gain_count += o.gain_count
        self.satisfaction_sum += o.satisfaction_sum
        self.satisfaction_count += o.satisfaction_count
        self.women += o.women


@dataclass(frozen=True)
class Figures:
    """The figures of one row (an activity or a group), exact and unrounded."""

    tally: Tally
    base_exponent: int

    def _money(self, minor: int | Fraction) -> Decimal:
        if isinstance(minor, Fraction):
            with localcontext() as ctx:
                ctx.prec = 34
                exact = Decimal(minor.numerator) / Decimal(minor.denominator)
            return exact.scaleb(-self.base_exponent)
        return Decimal(minor).scaleb(-self.base_exponent)

    @property
    def planned_cost(self) -> Decimal:
        share = self.tally.share_planned
        return self._money(self.tally.money.planned if share is None else share)

    @property
    def actual_cost(self) -> Decimal:
        share = self.tally.share_actual
        return self._money(self.tally.money.actual if share is None else share)

    @property
    def variance(self) -> Decimal:
        return self.actual_cost - self.planned_cost

    @property
    def lines(self) -> int:
        return self.tally.money.lines

    @property
    def lines_without_actuals(self) -> int:
        return self.tally.money.lines_without_actuals

    @property
    def lines_without_rate(self) -> int:
        return self.tally.money.lines_without_rate

    def __getattr__(self, name: str) -> Any:
        # Counts read straight through from the tally.
        if name in Tally.__dataclass_fields__:
            return getattr(self.tally, name)
        raise AttributeError(name)

    @property
    def seat_fill(self) -> Decimal | None:
        return ratio(self.tally.participants, self.tally.seats)

    @property
    def completion_rate(self) -> Decimal | None:
        return ratio(self.tally.completers, self.tally.participants)

    @property
    def cost_per_participant(self) -> Decimal | None:
        return ratio(self.actual_cost, self.tally.participants)

    @property
    def cost_per_completer(self) -> Decimal | None:
        return ratio(self.actual_cost, self.tally.completers)

    @property
    def cost_per_participant_day(self) -> Decimal | None:
        return ratio(self.actual_cost, self.tally.participant_days)

    @property
    def cost_per_participant_hour(self) -> Decimal | None:
        return ratio(self.actual_cost, self.tally.participant_hours)

    @property
    def learning_gain(self) -> Decimal | None:
        return ratio(self.tally.gain_sum, self.tally.gain_count)

    @property
    def satisfaction(self) -> Decimal | None:
        return ratio(self.tally.satisfaction_sum, self.tally.satisfaction_count)

    @property
    def women_share(self) -> Decimal | None:
        return ratio(self.tally.women, self.tally.participants)


@dataclass(frozen=True)
class Row:
    """One row of the report: ``scope`` is activity, year, theme, administration,
    kind or plan; ``key`` the activity code, year, theme code, ... or plan name."""

    scope: str
    key: str
    label: str
    figures: Figures
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class YearInput:
    """Plan-level figures of one year."""

    year: int
    input: Decimal
    actual_cost: Decimal
    execution_rate: Decimal | None
    cost_per_completer: Decimal | None
    trend: Decimal | None  # percentage change against the first year with completers


@dataclass(frozen=True)
class PlanFigures:
    plan_id: int
    plan_name: str
    owner: str
    base_currency: str
    threshold: Decimal
    start_year: int
    years: int
    rows: list[Row]
    inputs: list[YearInput]
    warnings: list[str]
    #: how many of the first warnings are about money (missing rates and actuals);
    #: the budget report shows those, in whatever language they are written
    money_warnings: int = 0

    def scope(self, scope: str) -> list[Row]:
        return [r for r in self.rows if r.scope == scope]

    @property
    def total_input(self) -> Decimal:
        """The input of every year shown: the sum of their envelopes."""
        return sum((i.input for i in self.inputs), Decimal(0))

    @property
    def inputs_actual_cost(self) -> Decimal:
        """The actual cost of the years shown (the years' rows of :attr:`inputs`)."""
        return sum((i.actual_cost for i in self.inputs), Decimal(0))

    @property
    def execution_rate(self) -> Decimal | None:
        """Actual cost of the years shown / their input (n/a without input)."""
        return ratio(self.inputs_actual_cost, self.total_input)

    @property
    def total(self) -> Row:
        return self.scope("plan")[0]

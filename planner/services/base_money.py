"""Budget lines in the plan's base currency, and the rule every sum of them follows.

The rule of docs/methodology.md, written once, here; the cost-effectiveness figures
(:mod:`planner.services.metrics`), the budget groupings (:mod:`planner.services.budget`)
and so every report and screen sum budget lines with :class:`LineSums`:

- a line is converted with the exchange rate of its activity's start year and
  rounded to the base currency's minor unit as a booked amount is (:func:`in_base`);
  a line whose year has no rate for its currency is never converted: it is left
  out of every base-currency total, and counted (``lines_without_rate``);
- a line's actual amount is the sum of its payments (:func:`actual_sql`), counting
  only those dated on or before the as-of date when there is one (an undated
  payment always counts); a line without a counted payment has no actual;
- the planned cost of a group leaves out cancelled activities
  (:func:`counts_as_planned`), while their actual amounts count (a lost deposit is
  money spent); a line without an actual amount counts 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

from planner.enums import Status
from planner.money import convert_to_base, exponent_of

_CANCELLED = Status.CANCELLED.value

#: An amount in base currency: ``int`` minor units (metrics) or a ``Decimal`` (budget).
N = TypeVar("N", int, Decimal)


def counts_as_planned(status: str) -> bool:
    """Whether an activity of ``status`` counts in a group's planned cost: every
    status but cancelled (whose actual amounts still count)."""
    return status != _CANCELLED


def actual_sql(as_of: date | None, line: str = "b") -> tuple[str, list[Any]]:
    """The SQL expression of a budget line's actual amount in its currency's minor
    units (NULL without a counted payment), and its parameters: the sum of the
    line's payments, those dated after ``as_of`` left out."""
    if as_of is None:
        return (
            f"(SELECT sum(p.amount_minor) FROM payment p WHERE p.budget_line_id = {line}.id)",
            [],
        )
    return (
        "(SELECT sum(p.amount_minor) FROM payment p WHERE p.budget_line_id = "
        f"{line}.id AND (p.paid_on IS NULL OR p.paid_on <= ?))",
        [as_of.isoformat()],
    )


def rate_table(con: Any, plan_id: int) -> dict[tuple[int, str], Decimal]:
    """(year, currency) -> units of base currency for one unit of currency."""
    return {
        (y, c): Decimal(r)
        for y, c, r in con.execute(
            "SELECT year, currency, to_base FROM exchange_rate WHERE plan_id = ?", (plan_id,)
        )
    }


def in_base(
    rates: dict[tuple[int, str], Decimal],
    base: str,
    year: int,
    currency: str,
    planned_minor: int,
    actual_minor: int | None,
) -> tuple[int, int | None] | None:
    """A budget line's planned and actual amounts in base-currency minor units, each
    rounded as a booked amount is; None when the year has no rate for the currency."""
    rate = Decimal(1) if currency == base else rates.get((year, currency))
    if rate is None:
        return None
    planned = convert_to_base(planned_minor, currency, rate, base)
    actual = None if actual_minor is None else convert_to_base(actual_minor, currency, rate, base)
    return planned, actual


def base_factor(rate: Decimal, currency: str, base: str) -> tuple[int, int]:
    """``(num, den)`` such that ``minor * num / den`` is ``minor`` units of ``currency``
    in base-currency minor units, unrounded: :func:`planner.money.convert_to_base`'s
    fraction with the exponents folded in, worked out once per rate instead of once
    per line (the figures convert thousands of lines). Only for a currency other
    than the base, whose amounts are never converted."""
    p, q = rate.as_integer_ratio()
    shift = exponent_of(base) - exponent_of(currency)
    return (p * 10**shift, q) if shift >= 0 else (p, q * 10**-shift)


def convert_with(minor: int, num: int, den: int) -> int:
    """``minor * num / den`` (``den > 0``) rounded half away from zero: equal to
    :func:`planner.money.convert_to_base` with the factor of :func:`base_factor`."""
    numerator = minor * num
    whole, rest = divmod(-numerator if numerator < 0 else numerator, den)
    if 2 * rest >= den:
        whole += 1
    return whole if numerator >= 0 else -whole


@dataclass
class LineSums(Generic[N]):
    """Sums of budget lines in base currency, under the rule of this module.

    ``planned_cancelled`` holds the planned amounts that the rule leaves out of
    ``planned`` (those of cancelled activities), for the notes that mention them.
    """

    planned: N
    actual: N
    planned_cancelled: N
    lines: int = 0
    lines_without_actuals: int = 0
    lines_without_rate: int = 0

    @property
    def variance(self) -> N:
        return self.actual - self.planned

    def book(
        self, converted: tuple[N, N | None] | None, has_actual: bool, status: str | None = None
    ) -> None:
        """Add one line: ``converted`` is its (planned, actual) in base currency, or
        None without an exchange rate. With the activity's ``status`` the group rule
        applies; without, every planned amount counts (an activity's own sums)."""
        self.lines += 1
        if not has_actual:
            self.lines_without_actuals += 1
        if converted is None:
            self.lines_without_rate += 1
            return
        planned, actual = converted
        if status is None or counts_as_planned(status):
            self.planned += planned
        else:
            self.planned_cancelled += planned
        if actual is not None:
            self.actual += actual

    def add_activity(self, own: LineSums[N], status: str) -> None:
        """Add an activity's own sums to this group's, under the group rule."""
        if counts_as_planned(status):
            self.planned += own.planned
        else:
            self.planned_cancelled += own.planned
        self.planned_cancelled += own.planned_cancelled
        self.actual += own.actual
        self.lines += own.lines
        self.lines_without_actuals += own.lines_without_actuals
        self.lines_without_rate += own.lines_without_rate


def minor_sums() -> LineSums[int]:
    """Empty sums in base-currency minor units."""
    return LineSums(0, 0, 0)

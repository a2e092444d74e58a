"""metrics.compute_years (one count for the whole plan and every year) gives the
figures that compute gives with and without ``year``; administrations' shares are
summed exactly whatever the order of their denominators."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from fractions import Fraction

from planner.services import metrics
from planner.services.metrics_groups import _shares
from planner.store import Database, unit_of_work
from tests.unit.test_metrics import plan_b, row  # noqa: F401  (plan_b is a fixture)


def test_compute_years_equals_compute_per_year(db: Database, plan_b: int) -> None:  # noqa: F811
    for as_of in (None, date(2027, 6, 30)):
        with unit_of_work(db) as s:
            every = metrics.compute_years(s, plan_b, as_of=as_of)
            assert sorted(every, key=str) == [2026, 2027, 2028, 2029, 2030, None]
            assert repr(every[None]) == repr(metrics.compute(s, plan_b, as_of=as_of))
            for y in range(2026, 2031):
                alone = metrics.compute(s, plan_b, year=y, as_of=as_of)
                assert repr(every[y]) == repr(alone)
            only = metrics.compute_years(s, plan_b, [2028])
            assert sorted(only, key=str) == [2028, None]
    # 2028's trend is against 2027, the plan's first year with completers, which the
    # year's own activities cannot see: (560 - 700) / 700 = -20 %
    assert every[2028].inputs[0].trend == D("-20")
    assert row(every[2028], "year", "2028").actual_cost == D("560.00")


def test_shares_add_exactly_across_denominators() -> None:
    # 100/3 + 10/7 = (700 + 30) / 21; 5/6 + 1/6 (same denominator) = 1; 1/4 + 3/10 = 11/20
    assert _shares({3: 100, 7: 10}) == Fraction(730, 21)
    assert _shares({6: 6}) == 1
    assert _shares({4: 1, 10: 3}) == Fraction(11, 20)
    assert _shares({}) == 0

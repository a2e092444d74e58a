"""The budget grouped by year, category, source and kind agrees with the figures."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from planner.services import base_money, budget, metrics
from planner.services.demo import create_demo
from planner.services.rows import BudgetLineRow
from planner.store import Database, open_database, unit_of_work

#: Figures end to end, on both engines (tests/conftest.py).
pytestmark = pytest.mark.both_engines


def test_every_grouping_adds_up_to_the_plan_figures(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    create_demo(path)
    with open_database(path, readonly=True) as db, unit_of_work(db) as s:
        b = budget.summary(s, 1)
        f = metrics.compute(s, 1)
    plan = f.total.figures
    for groups in (b.by_year, b.by_category, b.by_source, b.by_kind):
        assert sum((c.planned for c in groups.values()), Decimal(0)) == plan.planned_cost
        assert sum((c.actual for c in groups.values()), Decimal(0)) == plan.actual_cost
    assert sum((c.planned for c in b.by_year_category.values()), Decimal(0)) == plan.planned_cost
    years = {r.key: r.figures for r in f.scope("year")}
    for y in b.years:
        assert b.by_year[y].planned == years[str(y)].planned_cost
        assert b.by_year[y].actual == years[str(y)].actual_cost
        row = next(i for i in f.inputs if i.year == y)
        assert b.input(y) == row.input
        assert b.execution_rate(y) == row.execution_rate
    assert b.total.lines_without_actuals == plan.lines_without_actuals


def test_cancelled_spending_counts_but_its_plan_does_not(
    db: Database, load: Any, small_doc: dict[str, Any]
) -> None:
    doc = copy.deepcopy(small_doc)
    cancelled = copy.deepcopy(doc["activities"][0])
    cancelled.update(code="TC-2027-02", status="cancelled", enrolments=[], attendance=[])
    cancelled["budget_lines"] = [
        {
            "category": "accommodation",
            "description": "Deposit",
            "currency": "CNY",
            "planned": "5000.00",
            "actual": "1500.00",
            "funding_source": "GACC",
        },
        {
            "category": "venue",
            "description": "Hall",
            "currency": "THB",
            "planned": "100.00",
            "actual": None,
            "funding_source": None,
        },
    ]
    doc["activities"].append(cancelled)
    plan_id = load(doc)
    with unit_of_work(db) as s:
        b = budget.summary(s, plan_id)
    # USD 12000.00 x 7.1 = 85200.00 planned; USD 11350.50 x 7.1 = 80588.55 actual
    assert b.by_category["travel"].planned == Decimal("85200.00")
    assert b.by_category["accommodation"].planned == 0  # cancelled: not planned any more
    assert b.by_category["accommodation"].actual == Decimal("1500.00")  # but spent
    assert b.total.actual == Decimal("82088.55")
    assert b.missing_rates == [(2027, "THB")]
    assert b.by_category["venue"].lines_without_rate == 1
    assert b.by_source[None].lines == 1
    assert b.input(2027) == Decimal("3000000.00")
    assert b.execution_rate(2027) == Decimal("82088.55") / Decimal("3000000.00")
    assert b.execution_rate(2028) is None  # no envelope: n/a, not 0


def line(status: str, planned: str | None, actual: str | None, category: str = "travel") -> Any:
    return BudgetLineRow(
        2027, "A", "course", status, category, "", None, "USD", Decimal(1),
        None if actual is None else Decimal(1),
        None if planned is None else Decimal(planned),
        None if actual is None else Decimal(actual),
    )  # fmt: skip


def test_cells_follow_the_one_group_rule() -> None:
    groups: dict[str, budget.Cell] = {}
    for x in [
        line("delivered", "10.00", "12.50"),
        line("cancelled", "100.00", "20.00"),  # planned left out, actual counted
        line("planned", "5.00", None),  # no actual yet: counts 0
        line("planned", None, None),  # no rate: left out, counted
        line("delivered", "1.00", "1.00", "venue"),
        line("cancelled", None, None, "venue"),  # no rate: not even a cancelled plan
    ]:
        groups.setdefault(x.category, budget.Cell()).add(x)
    travel, venue = groups["travel"], groups["venue"]
    assert (travel.planned, travel.actual, travel.lines, travel.lines_without_rate) == (
        Decimal("15.00"), Decimal("32.50"), 4, 1
    )  # fmt: skip
    assert travel.lines_without_actuals == 2
    assert travel.planned_cancelled == Decimal("100.00")  # what the notes mention
    assert travel.variance == Decimal("17.50")
    assert (venue.planned, venue.actual, venue.lines, venue.lines_without_rate) == (
        Decimal("1.00"), Decimal("1.00"), 2, 1
    )  # fmt: skip
    assert venue.planned_cancelled == 0


def test_metrics_and_budget_share_the_rule() -> None:
    """An activity's own sums count every planned amount; a group leaves out the
    planned cost of a cancelled one (base_money.LineSums, used by both)."""
    own = base_money.minor_sums()
    own.book((1000, 200), True)
    own.book(None, False)
    assert (own.planned, own.actual, own.lines, own.lines_without_rate) == (1000, 200, 2, 1)
    group = base_money.minor_sums()
    group.add_activity(own, "cancelled")
    group.add_activity(own, "delivered")
    assert (group.planned, group.actual, group.planned_cancelled) == (1000, 400, 1000)
    assert (group.lines, group.lines_without_rate, group.lines_without_actuals) == (4, 2, 2)
    assert base_money.counts_as_planned("scheduled")
    assert not base_money.counts_as_planned("cancelled")

"""The budget grouped by year, category, source and kind agrees with the figures."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

from planner.services import budget, metrics
from planner.services.demo import create_demo
from planner.store import Database, open_database, unit_of_work


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

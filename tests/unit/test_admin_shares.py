"""Administration cost shares stay unrounded until shown (docs/methodology.md).

Six delivered activities, each CNY 100.00 planned and 100.00 spent, each attended
for one participant-day by one person of each of three administrations. Each
administration carries a third of each: 6 x 100.00 / 3 = 200.00 exactly. Rounding
each share first (33.33) gave 6 x 33.33 = 199.98: two cents lost.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from planner.reports import csv_reports
from planner.services import metrics
from planner.store import Database, unit_of_work


def test_shares_are_summed_unrounded(
    db: Database, load: Callable[..., int], small_doc: dict[str, Any]
) -> None:
    doc = copy.deepcopy(small_doc)
    doc["administrations"] += [
        {"code": "LA", "name": "Lao Customs", "country": "LA"},
        {"code": "VN", "name": "Vietnam Customs", "country": "VN"},
    ]
    person = doc["participants"][0]
    doc["participants"] += [
        {**person, "ref": "P0002", "administration": "LA", "email": None},
        {**person, "ref": "P0003", "administration": "VN", "email": None},
    ]
    base = doc["activities"][0]
    doc["activities"] = []
    for n in range(6):
        a = copy.deepcopy(base)
        a["code"] = f"T{n}"
        a["budget_lines"] = [
            {"category": "venue", "currency": "CNY", "planned": "100.00", "actual": "100.00"}
        ]
        a["enrolments"] = [
            {"participant": ref, "status": "confirmed"} for ref in ("P0001", "P0002", "P0003")
        ]
        a["attendance"] = [
            {"participant": ref, "session": "2027-03-01", "status": "present"}
            for ref in ("P0001", "P0002", "P0003")
        ]
        doc["activities"].append(a)
    plan_id = load(doc)
    with unit_of_work(db) as s:
        figures = metrics.compute(s, plan_id)
        text = csv_reports.cost_effectiveness(figures)
    for row in figures.scope("administration"):
        f = row.figures
        assert f.planned_cost.quantize(Decimal("0.01")) == Decimal("200.00"), row.key
        assert f.actual_cost.quantize(Decimal("0.01")) == Decimal("200.00"), row.key
        assert f.cost_per_participant is not None
        assert f.cost_per_participant.quantize(Decimal("0.01")) == Decimal("33.33")
    admin_rows = [line for line in text.splitlines() if line.startswith("administration,")]
    assert len(admin_rows) == 3
    assert all(",200.00,200.00," in line for line in admin_rows), admin_rows

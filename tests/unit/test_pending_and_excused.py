"""Pending people of activities not yet delivered, and the plan's optional maximum
excused share in the completion rule (every figure uses the same rule)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from planner.errors import ValidationError
from planner.reports import csv_reports
from planner.services import exchange, metrics
from planner.services.attendance import grid
from planner.services.plans import update_plan
from planner.services.rows import attendance_rows
from planner.store import Database, raw_connection, unit_of_work

DAYS = ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"]
LETTERS = {"P": "present", "E": "excused", "A": "absent"}


@pytest.fixture
def plan(small_doc: dict[str, Any], load: Callable[[dict[str, Any]], int]) -> int:
    """TC-2027-01, delivered, 5 sessions, threshold 0.80:
    P0001 PPPEE (rate 3/3, excused 2/5 = 0.4), P0002 PPPPE (4/4, excused 1/5 = 0.2).
    TC-2027-02, scheduled, with P0001 enrolled and no marks."""
    small_doc["participants"].append(
        {"ref": "P0002", "name": "Nguyen Van An", "administration": "KH"}
    )
    first = small_doc["activities"][0]
    first["enrolments"].append({"participant": "P0002", "status": "confirmed"})
    first["attendance"] = [
        {"participant": ref, "session": day, "status": LETTERS[letter]}
        for ref, marks in (("P0001", "PPPEE"), ("P0002", "PPPPE"))
        for day, letter in zip(DAYS, marks, strict=True)
    ]
    small_doc["activities"].append(
        {
            **{k: v for k, v in first.items() if k not in ("budget_lines", "attendance")},
            "code": "TC-2027-02",
            "status": "scheduled",
            "start": "2027-09-01",
            "end": "2027-09-02",
            "sessions": ["2027-09-01", "2027-09-02"],
            "enrolments": [{"participant": "P0001", "status": "confirmed"}],
            "budget_lines": [],
            "attendance": [],
        }
    )
    return load(small_doc)


def completers(
    db: Database, plan: int, cap: str | None
) -> tuple[int, dict[str, bool], dict[str, bool]]:
    """Completers of TC-2027-01 by the figures, by the attendance rows, by the grid."""
    with unit_of_work(db) as s:
        update_plan(s, plan, max_excused_share=cap)
    with unit_of_work(db) as s:
        figures = {r.key: r.figures for r in metrics.compute(s, plan).scope("activity")}
        rows = {r.participant: r.completed for r in attendance_rows(s, plan, activity="TC-2027-01")}
        aid = (
            raw_connection(s)
            .execute("SELECT id FROM activity WHERE code = 'TC-2027-01'")
            .fetchone()[0]
        )
        g = grid(s, aid)
        by_grid = {p.ref: g.figures(p.enrolment_id).completed for p in g.people}
    return figures["TC-2027-01"].completers, rows, by_grid


@pytest.mark.parametrize(
    ("cap", "count", "who"),
    [
        (None, 2, {"P0001": True, "P0002": True}),  # no maximum: rates 1.0 and 1.0
        ("0.4", 2, {"P0001": True, "P0002": True}),  # 2/5 = 0.4 <= 0.4 (boundary kept)
        ("0.2", 1, {"P0001": False, "P0002": True}),  # 2/5 > 0.2; 1/5 = 0.2 <= 0.2
        ("0.1999", 0, {"P0001": False, "P0002": False}),
        ("0", 0, {"P0001": False, "P0002": False}),
    ],
)
def test_maximum_excused_share_in_every_figure(
    db: Database, plan: int, cap: str | None, count: int, who: dict[str, bool]
) -> None:
    figures, rows, by_grid = completers(db, plan, cap)
    assert figures == count
    assert rows == who == by_grid


def test_the_maximum_is_checked_and_travels_in_the_exchange_file(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        for bad in ("1.5", "0.12345", "-0.1"):
            with pytest.raises(ValidationError, match="max_excused_share"):
                update_plan(s, plan, max_excused_share=bad)
        update_plan(
            s, plan, max_excused_share="0.25", signatory_name="Li Ming", signatory_title="Director"
        )
        raw_connection(s).execute(
            "UPDATE activity SET signatory_name = 'Wang Fang' WHERE code = 'TC-2027-01'"
        )
        doc = exchange.export_document(s, plan)
    assert doc["version"] == 5
    assert {
        k: doc["plan"][k] for k in ("max_excused_share", "signatory_name", "signatory_title")
    } == {
        "max_excused_share": "0.25",
        "signatory_name": "Li Ming",
        "signatory_title": "Director",
    }
    assert doc["activities"][0]["signatory_name"] == "Wang Fang"
    assert "signatory_name" not in doc["activities"][1]  # optional: left out when unset
    doc["plan"]["name"] = "Copy"
    with unit_of_work(db) as s:
        copy = exchange.import_document(s, doc)
        again = exchange.export_document(s, copy)
    assert again["plan"]["max_excused_share"] == "0.25"
    assert again["activities"][0]["signatory_name"] == "Wang Fang"


def test_pending_people_of_a_scheduled_activity(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        text = csv_reports.attendance(s, plan)
        aid = (
            raw_connection(s)
            .execute("SELECT id FROM activity WHERE code = 'TC-2027-02'")
            .fetchone()[0]
        )
        g = grid(s, aid)
        (person,) = g.people
        f = g.figures(person.enrolment_id)
    rows = {(r["activity"], r["participant"]): r for r in csv.DictReader(io.StringIO(text))}
    assert rows["TC-2027-02", "P0001"]["attendance_rate"] == ""
    assert rows["TC-2027-02", "P0001"]["completed"] == ""
    assert rows["TC-2027-01", "P0001"]["attendance_rate"] == "1.0000"
    assert rows["TC-2027-01", "P0001"]["completed"] == "yes"
    assert g.pending and f.pending and not f.completed and f.rate == Decimal(0)


def test_an_activitys_own_signatory_is_kept_by_other_edits(db: Database, plan: int) -> None:
    from planner.services.activities import update_activity

    with unit_of_work(db) as s:
        aid = (
            raw_connection(s)
            .execute("SELECT id FROM activity WHERE code = 'TC-2027-01'")
            .fetchone()[0]
        )
        update_activity(s, aid, signatory_name="Wang Fang", signatory_title="Dean")
        row = update_activity(s, aid, title="Renamed")
        assert (row.signatory_name, row.signatory_title, row.title) == (
            "Wang Fang",
            "Dean",
            "Renamed",
        )

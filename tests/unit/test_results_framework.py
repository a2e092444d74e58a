"""The results framework: results, indicators, targets and entered actuals;
checked, refused whole, journaled, and carried by the exchange file (version 3)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.errors import PlannerError, ValidationError
from planner.services import exchange
from planner.services import results_framework as F
from planner.services.journal import recorded, undo
from planner.store import Database, unit_of_work
from tests.tables import contents

Doc = dict[str, Any]

INDICATOR: Doc = {
    "code": "I1",
    "name": "Officials completing a course",
    "result": "OP1",
    "unit": "people",
    "baseline": "0",
    "baseline_year": 2026,
    "direction": "higher",
    "source": "attendance records",
    "figure": "completers",
    "theme": None,
    "cumulative": True,
    "targets": [{"year": 2027, "value": "40"}, {"year": 2031, "value": "200"}],
}


def framework(s: Any, plan_id: int) -> None:
    F.save_result(s, plan_id, {"code": "OB1", "level": "objective", "title": "Faster clearance"})
    F.save_result(
        s,
        plan_id,
        {"code": "OC1", "level": "outcome", "title": "Single window used", "parent": "OB1"},
    )
    F.save_result(
        s,
        plan_id,
        {
            "code": "OP1",
            "level": "output",
            "title": "Officials trained",
            "parent": "OC1",
            "theme": "SW",
        },
    )
    F.save_indicator(s, plan_id, INDICATOR)


def test_a_framework_is_stored_and_read_back(db: Database, load: Callable[[Doc], int]) -> None:
    plan_id = load(copy.deepcopy(_doc()))
    with unit_of_work(db) as s:
        framework(s, plan_id)
        iid = F.save_indicator(
            s,
            plan_id,
            {
                "code": "I2",
                "name": "AEO mutual recognition arrangements signed",
                "baseline": "1",
                "baseline_year": 2026,
                "direction": "higher",
                "targets": [{"year": 2029, "value": "4"}],
            },
        )
        F.set_actual(
            s,
            iid,
            {"year": 2027, "value": "2", "date": "2027-11-30", "source": "GACC", "note": ""},
        )
    with unit_of_work(db) as s:
        results = F.results_of(s, plan_id)
        inds = F.indicators_of(s, plan_id)
    assert [(r.code, r.level, r.parent, r.theme) for r in results] == [
        ("OB1", "objective", None, None),
        ("OC1", "outcome", "OB1", None),
        ("OP1", "output", "OC1", "SW"),
    ]
    assert inds[0].targets == {2027: "40", 2031: "200"} and inds[0].cumulative
    assert inds[0].result == "OP1" and inds[0].figure == "completers"
    assert inds[1].actuals[2027].value == "2" and inds[1].actuals[2027].source == "GACC"


def _doc() -> Doc:
    import json

    return dict(json.loads((Path(__file__).parents[1] / "data" / "small-plan.json").read_text()))


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        ({"targets": [{"year": 2032, "value": "5"}]}, "targets[0].year", "outside the plan"),
        ({"targets": [{"year": 2026, "value": "5"}]}, "targets[0].year", "outside the plan"),
        (
            {"baseline_year": 2028, "targets": [{"year": 2027, "value": "5"}]},
            "targets[0].year",
            "baseline year 2028 is after",
        ),
        ({"figure": "happiness"}, "figure", "not a figure the planner computes"),
        ({"direction": "up"}, "direction", "'up' is not one of"),
        ({"result": "NOPE"}, "result", "not a known result code"),
        ({"baseline": "abc"}, "baseline", ""),
    ],
)
def test_a_bad_indicator_is_refused_with_its_reason_and_nothing_changes(
    db: Database, load: Callable[[Doc], int], change: Doc, path: str, words: str
) -> None:
    plan_id = load(_doc())
    with unit_of_work(db) as s:
        framework(s, plan_id)
    before = contents(db.path)
    with pytest.raises(ValidationError) as e, unit_of_work(db) as s:
        F.save_indicator(s, plan_id, {**INDICATOR, "code": "I9", **change})
    assert any(p.path == path and words in p.message for p in e.value.problems), e.value.problems
    assert contents(db.path) == before


@pytest.mark.parametrize(
    ("actual", "path", "words"),
    [
        ({"year": 2027, "value": "2", "source": "GACC"}, "date", "needs the date"),
        ({"year": 2027, "value": "2", "date": "2027-05-01"}, "source", "needs its source"),
        ({"year": 2027, "value": "2", "date": "2027-05-01", "source": " "}, "source", ""),
        ({"year": 2035, "value": "2", "date": "2027-05-01", "source": "x"}, "year", "outside"),
    ],
)
def test_an_entered_actual_without_date_or_source_is_refused(
    db: Database, load: Callable[[Doc], int], actual: Doc, path: str, words: str
) -> None:
    plan_id = load(_doc())
    with unit_of_work(db) as s:
        iid = F.save_indicator(s, plan_id, {**INDICATOR, "figure": None, "result": None})
    before = contents(db.path)
    with pytest.raises(ValidationError) as e, unit_of_work(db) as s:
        F.set_actual(s, iid, actual)
    assert any(p.path == path and words in p.message for p in e.value.problems), e.value.problems
    assert contents(db.path) == before


def test_a_computed_indicator_takes_no_entered_actual(
    db: Database, load: Callable[[Doc], int]
) -> None:
    plan_id = load(_doc())
    with unit_of_work(db) as s:
        iid = F.save_indicator(s, plan_id, {**INDICATOR, "result": None})
    with pytest.raises(PlannerError, match="computed"), unit_of_work(db) as s:
        F.set_actual(s, iid, {"year": 2027, "value": "1", "date": "2027-01-01", "source": "x"})


def test_result_levels_and_codes_are_checked(db: Database, load: Callable[[Doc], int]) -> None:
    plan_id = load(_doc())
    with unit_of_work(db) as s:
        framework(s, plan_id)
    for obj, words in [
        ({"code": "X", "level": "output", "title": "t", "parent": "OB1"}, "must be an outcome"),
        ({"code": "X", "level": "objective", "title": "t", "parent": "OB1"}, "has no parent"),
        ({"code": "OB1", "level": "objective", "title": "t"}, "already used"),
        ({"code": "X", "level": "goal", "title": "t"}, "'goal' is not one of"),
    ]:
        with pytest.raises(ValidationError) as e, unit_of_work(db) as s:
            F.save_result(s, plan_id, obj)
        assert words in str(e.value.problems), e.value.problems


def test_an_edit_of_the_framework_is_undone_exactly(
    db: Database, load: Callable[[Doc], int]
) -> None:
    plan_id = load(_doc())
    before = contents(db.path, skip=("change", "change_row", "undo_entry", "alembic_version"))
    with recorded(db, "Add the framework", plan_id=plan_id) as s:
        framework(s, plan_id)
        F.set_host_country(s, plan_id, "CN")
    with unit_of_work(db) as s:
        assert len(F.indicators_of(s, plan_id)) == 1
        assert F.host_country(s, plan_id) == "CN"
    undo(db)
    after = contents(db.path, skip=("change", "change_row", "undo_entry", "alembic_version"))
    assert after == before


def test_the_exchange_file_carries_the_framework_in_version_3(
    db: Database, load: Callable[[Doc], int], tmp_path: Path
) -> None:
    doc = _doc()
    doc["activities"][0]["max_score"] = "100"
    plan_id = load(doc)
    with unit_of_work(db) as s:
        framework(s, plan_id)
        iid = F.save_indicator(
            s,
            plan_id,
            {**INDICATOR, "code": "I2", "figure": None, "cumulative": False},
        )
        F.set_actual(s, iid, {"year": 2027, "value": "3.5", "date": "2027-12-01", "source": "S"})
        F.set_host_country(s, plan_id, "CN")
        out = exchange.export_document(s, plan_id)
    assert out["version"] == 5 and out["plan"]["host_country"] == "CN"
    assert out["activities"][0]["max_score"] == "100"
    assert [r["code"] for r in out["results"]] == ["OB1", "OC1", "OP1"]
    assert out["indicators"][1]["actuals"] == [
        {"year": 2027, "value": "3.5", "date": "2027-12-01", "source": "S", "note": ""}
    ]
    # results listed children first still import (parents are written first)
    again = copy.deepcopy(out)
    again["results"].reverse()
    other = tmp_path / "other.sqlite"
    from planner.store import open_database

    with open_database(other, create=True) as db2:
        with unit_of_work(db2) as s:
            pid = exchange.import_document(s, again)
        with unit_of_work(db2) as s:
            back = exchange.export_document(s, pid)
    assert sorted(back["results"], key=lambda r: r["code"]) == sorted(
        out["results"], key=lambda r: r["code"]
    )
    assert back["indicators"] == out["indicators"]
    assert back["plan"] == out["plan"]


def test_a_bad_framework_in_a_file_is_refused_by_its_path() -> None:
    doc = _doc()
    doc["version"] = 3
    doc["indicators"] = [
        {**INDICATOR, "result": None, "targets": [{"year": 2040, "value": "1"}]},
        {
            **INDICATOR,
            "code": "I2",
            "result": None,
            "figure": None,
            "actuals": [{"year": 2027, "value": "1", "source": "x"}],
        },
    ]
    with pytest.raises(ValidationError) as e:
        exchange.check_document(doc)
    paths = {p.path for p in e.value.problems}
    assert paths == {"indicators[0].targets[0].year", "indicators[1].actuals[0].date"}

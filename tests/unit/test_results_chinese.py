"""The results framework's Chinese names (revision 0011, exchange version 5): a
result's ``title_zh``, an indicator's ``name_zh`` and ``unit_zh``; stored, undone,
carried by the exchange file, and absent from files that have none."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.errors import PlannerError
from planner.services import exchange
from planner.services import results_framework as F
from planner.services.journal import recorded, undo
from planner.store import Database, open_database, unit_of_work

Doc = dict[str, Any]

RESULTS: list[Doc] = [
    {"code": "OB1", "level": "objective", "title": "Faster clearance", "title_zh": "通关更快"},
    {"code": "OP1", "level": "output", "title": "Officials trained", "parent": None},
]
INDICATORS: list[Doc] = [
    {
        "code": "I1",
        "name": "Average release time",
        "name_zh": "平均通关时间",
        "result": "OB1",
        "unit": "hours",
        "unit_zh": "小时",
        "baseline": "48",
        "baseline_year": 2026,
        "direction": "lower",
        "source": "TRS",
        "figure": None,
        "theme": None,
        "cumulative": False,
        "targets": [{"year": 2028, "value": "36"}],
    },
    {
        "code": "I2",
        "name": "Officials completing a course",
        "name_zh": "  ",  # blank: none
        "result": "OP1",
        "unit": "people",
        "baseline": "0",
        "baseline_year": 2026,
        "direction": "higher",
        "figure": "completers",
        "cumulative": True,
        "targets": [],
    },
]


def _doc() -> Doc:
    path = Path(__file__).parents[1] / "data" / "small-plan.json"
    return dict(json.loads(path.read_text("utf-8")))


def _with_framework() -> Doc:
    doc = _doc()
    doc["version"] = 5
    doc["results"] = copy.deepcopy(RESULTS)
    doc["indicators"] = copy.deepcopy(INDICATORS)
    return doc


def test_the_chinese_names_go_round_the_exchange_file(
    db: Database, load: Callable[[Doc], int], tmp_path: Path
) -> None:
    plan_id = load(_with_framework())
    with unit_of_work(db) as s:
        out = exchange.export_document(s, plan_id)
        results = {r.code: r for r in F.results_of(s, plan_id)}
        indicators = {i.code: i for i in F.indicators_of(s, plan_id)}
    assert out["version"] == 5
    assert results["OB1"].title_zh == "通关更快" and results["OP1"].title_zh is None
    assert (indicators["I1"].name_zh, indicators["I1"].unit_zh) == ("平均通关时间", "小时")
    assert (indicators["I2"].name_zh, indicators["I2"].unit_zh) == (None, None)
    # written only where set
    assert out["results"][0]["title_zh"] == "通关更快" and "title_zh" not in out["results"][1]
    first, second = out["indicators"]
    assert (first["name_zh"], first["unit_zh"]) == ("平均通关时间", "小时")
    assert "name_zh" not in second and "unit_zh" not in second
    # a second database reads back the same file
    with open_database(tmp_path / "other.sqlite", create=True) as other:
        with unit_of_work(other) as s:
            again = exchange.import_document(s, copy.deepcopy(out))
        with unit_of_work(other) as s:
            back = exchange.export_document(s, again)
    assert back["results"] == out["results"] and back["indicators"] == out["indicators"]


def test_a_version_4_file_without_them_imports_unchanged(
    db: Database, load: Callable[[Doc], int]
) -> None:
    doc = _with_framework()
    doc["version"] = 4
    for r in doc["results"]:
        r.pop("title_zh", None)
    for i in doc["indicators"]:
        i.pop("name_zh", None)
        i.pop("unit_zh", None)
    plan_id = load(copy.deepcopy(doc))
    with unit_of_work(db) as s:
        out = exchange.export_document(s, plan_id)
    assert [r["title"] for r in out["results"]] == ["Faster clearance", "Officials trained"]
    assert not any(k.endswith("_zh") for r in out["results"] for k in r)
    assert not any(k.endswith("_zh") for i in out["indicators"] for k in i)
    assert out["indicators"][0]["unit"] == "hours"


@pytest.mark.parametrize(
    ("where", "key", "value", "words"),
    [
        ("indicators", "unit_zh", "时" * 101, "indicators[0].unit_zh"),
        ("indicators", "name_zh", 7, "indicators[0].name_zh"),
        ("results", "title_zh", "题" * 501, "results[0].title_zh"),
    ],
)
def test_a_bad_chinese_name_refuses_the_file_by_its_path(
    db: Database, load: Callable[[Doc], int], where: str, key: str, value: Any, words: str
) -> None:
    doc = _with_framework()
    doc[where][0][key] = value
    with pytest.raises(PlannerError, match=words.replace("[", r"\[").replace("]", r"\]")):
        load(doc)
    with unit_of_work(db) as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM result").scalar() == 0


def test_editing_a_chinese_name_is_one_change_that_undoes(
    db: Database, load: Callable[[Doc], int]
) -> None:
    plan_id = load(_with_framework())
    with unit_of_work(db) as s:
        ind = next(i for i in F.indicators_of(s, plan_id) if i.code == "I1")
        res = next(r for r in F.results_of(s, plan_id) if r.code == "OB1")
    with recorded(db, "Chinese names", plan_id=plan_id) as s:
        F.save_indicator(
            s, plan_id, {**ind.as_object(), "name_zh": "货物平均放行时间", "unit_zh": None}, ind.id
        )
        F.save_result(
            s,
            plan_id,
            {"code": "OB1", "level": "objective", "title": "Faster clearance", "title_zh": ""},
            res.id,
        )
    with unit_of_work(db) as s:
        ind2 = next(i for i in F.indicators_of(s, plan_id) if i.code == "I1")
        res2 = next(r for r in F.results_of(s, plan_id) if r.code == "OB1")
    assert (ind2.name_zh, ind2.unit_zh, res2.title_zh) == ("货物平均放行时间", None, None)
    undo(db)
    with unit_of_work(db) as s:
        ind3 = next(i for i in F.indicators_of(s, plan_id) if i.code == "I1")
        res3 = next(r for r in F.results_of(s, plan_id) if r.code == "OB1")
    assert (ind3.name_zh, ind3.unit_zh, res3.title_zh) == ("平均通关时间", "小时", "通关更快")

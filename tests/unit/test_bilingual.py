"""Names in both languages (issue 16): the optional Chinese name beside each English
one, stored (migration 0007), carried in exchange files (version 3), and the one rule
that picks which a report shows (planner.i18n.shown)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlmodel import select

from planner import i18n
from planner.errors import ValidationError
from planner.models import Activity, Administration, Theme
from planner.services import activities as A
from planner.services import exchange, metrics, plans
from planner.services.demo_data import demo_plan_document
from planner.services.demo_zh import TITLES, VENUES
from planner.store import Database, open_database, unit_of_work

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "tests" / "data" / "schemas"


@pytest.fixture
def chinese() -> Iterator[None]:
    i18n.set_language("zh_CN")
    try:
        yield
    finally:
        i18n.set_language(None)


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language(None)


def bilingual(doc: dict[str, Any]) -> dict[str, Any]:
    doc["version"] = 3
    doc["plan"]["name_zh"] = "中国—东盟海关能力建设行动计划"
    doc["plan"]["owner_zh"] = "海关总署"
    doc["themes"][0]["name_zh"] = "单一窗口"
    doc["administrations"][0]["name_zh"] = "柬埔寨海关与消费税总局"
    doc["funding_sources"][0]["name_zh"] = "海关总署能力建设资金"
    doc["activities"][0]["title_zh"] = "单一窗口实施研讨班"
    doc["activities"][0]["venue_zh"] = "南宁"
    return doc


def test_the_rule_chinese_where_there_is_one(chinese: None) -> None:
    assert i18n.shown("Single Window", "单一窗口") == "单一窗口"
    assert i18n.shown("Single Window", None) == "Single Window"
    assert i18n.shown("Single Window", "") == "Single Window"
    assert i18n.shown_optional(None, None) is None
    assert i18n.shown_optional("Nanning", "南宁") == "南宁"
    i18n.set_language("en")
    assert i18n.shown("Single Window", "单一窗口") == "Single Window"
    assert i18n.shown_optional("Nanning", "南宁") == "Nanning"


def test_a_version_3_file_round_trips_its_chinese_names(
    small_doc: dict[str, Any], load: Callable[..., int], db: Database
) -> None:
    doc = bilingual(small_doc)
    plan_id = load(doc)
    with unit_of_work(db) as s:
        out = exchange.export_document(s, plan_id)
    assert out["version"] == 5
    assert out["plan"]["name_zh"] == "中国—东盟海关能力建设行动计划"
    assert out["plan"]["owner_zh"] == "海关总署"
    assert out["themes"][0]["name_zh"] == "单一窗口"
    assert out["administrations"][0]["name_zh"] == "柬埔寨海关与消费税总局"
    assert out["funding_sources"][0]["name_zh"] == "海关总署能力建设资金"
    first = out["activities"][0]
    assert (first["title_zh"], first["venue_zh"]) == ("单一窗口实施研讨班", "南宁")
    # an activity without them writes no key at all
    assert all("title_zh" not in a for a in out["activities"][1:])


@pytest.mark.parametrize("version", [1, 2])
def test_older_files_import_unchanged_without_chinese_names(
    version: int, small_doc: dict[str, Any], load: Callable[..., int], db: Database
) -> None:
    small_doc["version"] = version
    plan_id = load(small_doc)
    with unit_of_work(db) as s:
        out = exchange.export_document(s, plan_id)
        assert s.get(Theme, 1).name_zh is None  # type: ignore[union-attr]
    for key in ("name_zh", "owner_zh"):
        assert key not in out["plan"]
    assert out["themes"] == [
        {k: v for k, v in t.items() if k != "uid"} | {"uid": out["themes"][i]["uid"]}
        for i, t in enumerate(small_doc["themes"])
    ]


def test_a_blank_chinese_name_is_none_and_a_long_one_is_refused(
    small_doc: dict[str, Any], load: Callable[..., int], db: Database
) -> None:
    small_doc["themes"][0]["name_zh"] = "  "
    small_doc["activities"][0]["title_zh"] = "长" * 301
    small_doc["plan"]["owner_zh"] = 7
    with pytest.raises(ValidationError) as info:
        load(small_doc)
    paths = sorted(p.path for p in info.value.problems)
    assert paths == ["activities[0].title_zh", "plan.owner_zh"]
    small_doc["activities"][0]["title_zh"] = "长" * 300
    small_doc["plan"]["owner_zh"] = None
    plan_id = load(small_doc)
    with unit_of_work(db) as s:
        assert s.get(Theme, 1).name_zh is None  # type: ignore[union-attr]
        first = s.exec(select(Activity).where(Activity.plan_id == plan_id)).first()
        assert first is not None and A.fields_of(s, first)["title_zh"] == "长" * 300


def test_the_services_edit_chinese_names(
    small_doc: dict[str, Any], load: Callable[..., int], db: Database
) -> None:
    plan_id = load(small_doc)
    with unit_of_work(db) as s:
        plans.update_plan(s, plan_id, name_zh="行动计划", owner_zh="海关总署")
        theme = plans.update_reference(s, Theme, 1, name_zh="单一窗口")
        admin = plans.add_reference(
            s, Administration, plan_id, code="LA", name="Lao Customs", name_zh="老挝海关总局"
        )
        assert (theme.name, theme.name_zh) == ("Single Window", "单一窗口")
        assert admin.name_zh == "老挝海关总局"
        plans.update_reference(s, Theme, 1, name_zh="")  # emptied: none again
        assert s.get(Theme, 1).name_zh is None  # type: ignore[union-attr]


def test_a_chinese_report_shows_the_chinese_names(
    small_doc: dict[str, Any], load: Callable[..., int], db: Database, chinese: None
) -> None:
    plan_id = load(bilingual(small_doc))
    with unit_of_work(db) as s:
        f = metrics.compute(s, plan_id)
    assert (f.plan_name, f.owner) == ("中国—东盟海关能力建设行动计划", "海关总署")
    labels = {(r.scope, r.key): r.label for r in f.rows}
    assert labels["theme", "SW"] == "单一窗口"
    assert labels["administration", "KH"] == "柬埔寨海关与消费税总局"
    assert labels["activity", "TC-2027-01"] == "单一窗口实施研讨班"
    # the key a script reads stays the English name
    assert labels["plan", small_doc["plan"]["name"]] == "中国—东盟海关能力建设行动计划"


def test_an_english_report_keeps_the_english_names(
    small_doc: dict[str, Any], load: Callable[..., int], db: Database, english: None
) -> None:
    plan_id = load(bilingual(small_doc))
    with unit_of_work(db) as s:
        f = metrics.compute(s, plan_id)
    assert f.plan_name == small_doc["plan"]["name"]
    assert {r.label for r in f.rows if r.scope == "theme"} == {"Single Window"}


def test_the_demo_plan_has_chinese_names_throughout() -> None:
    doc = demo_plan_document()
    assert doc["version"] == 5
    assert doc["plan"]["owner_zh"] == "海关总署"
    for key in ("administrations", "themes", "funding_sources"):
        assert all(item["name_zh"] for item in doc[key]), key
    acts = doc["activities"]
    assert len(acts) == 40 and all(a["title_zh"] for a in acts)
    assert {a["title"] for a in acts} == set(TITLES)  # every title used once, translated
    assert all(a["venue_zh"] == VENUES[a["venue"]] for a in acts if a["venue"])
    assert [a["code"] for a in acts][:2] == ["TC-2027-01", "TC-2027-02"]


def test_a_schema_0003_database_upgrades_with_no_chinese_names(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    shutil.copy(SCHEMAS / "schema-0003.sqlite", path)
    with open_database(path) as db:
        assert db.upgraded_from == "0003"
    with sqlite3.connect(path) as con:
        row = con.execute("SELECT name, name_zh, owner_zh FROM plan").fetchone()
        titles = con.execute("SELECT count(*), count(title_zh), count(venue_zh) FROM activity")
        n, zh, venues = titles.fetchone()
    con.close()
    assert row[0].startswith("China-ASEAN") and row[1:] == (None, None)
    assert n > 0 and zh == venues == 0


def test_the_window_reads_the_chinese_names_in_a_chinese_window(
    small_doc: dict[str, Any], load: Callable[..., int], db: Database, chinese: None
) -> None:
    from planner.services.activity_list import activity_list
    from planner.services.overview_view import overview_data

    plan_id = load(bilingual(small_doc))
    with unit_of_work(db) as s:
        overview = overview_data(s, plan_id)
        listed = activity_list(s, plan_id)
    assert [t.name for t in overview.themes] == ["单一窗口"]
    card = next(a for a in overview.activities if a.code == "TC-2027-01")
    assert (card.title, card.venue) == ("单一窗口实施研讨班", "南宁")
    row = next(r for r in listed.rows if r.code == "TC-2027-01")
    assert (row.title, row.venue) == ("单一窗口实施研讨班", "南宁")
    assert listed.administrations[0].name == "柬埔寨海关与消费税总局"


def _run(env_lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = env_lang
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_lang_chooses_the_report_language_whatever_the_environment(
    small_doc: dict[str, Any], tmp_path: Path
) -> None:
    doc = tmp_path / "plan.json"
    doc.write_text(json.dumps(bilingual(small_doc), ensure_ascii=False), "utf-8")
    db = tmp_path / "plan.sqlite"
    assert _run("C.UTF-8", "import", str(doc), "--db", str(db)).returncode == 0
    zh, en = tmp_path / "zh.pdf", tmp_path / "en.pdf"
    run = _run("en_GB.UTF-8", "report", "plan", "--db", str(db), "-o", str(zh), "--lang", "zh")
    assert run.returncode == 0, run.stderr
    text = _pdf_text(zh)
    assert "行动计划" in text and "单一窗口实施研讨班" in text and "海关总署" in text
    assert "Single Window implementation workshop" not in text
    run = _run("zh_CN.UTF-8", "report", "plan", "--db", str(db), "-o", str(en), "--lang", "en")
    assert run.returncode == 0, run.stderr
    text = _pdf_text(en)
    assert "Action plan" in text and "Single Window implementation workshop" in text
    assert "单一窗口实施研讨班" not in text
    bad = _run("C.UTF-8", "report", "plan", "--db", str(db), "-o", str(en), "--lang", "fr")
    assert bad.returncode == 2 and "invalid choice: 'fr'" in bad.stderr

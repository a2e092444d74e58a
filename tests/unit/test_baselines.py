"""Baselines: a year's approved budget frozen under a name, set against the current
budget per activity, category and funding source (tests/unit/finance_plan.py:
2027, 7.1 CNY per USD; A3 is cancelled and is not part of the baseline).

Frozen: A1 travel 40,000.00 GACC, A1 venue USD 1,000.00 (7,100.00) FUND2, A2
travel 50,000.00 GACC, A2 per diem 30,000.00 FUND2, A4 other 8,000.00 (no
source), A5 materials 10,000.00 FUND2: 145,100.00. Revised after: A1 venue to USD
1,200.00 (8,520.00, +1,420.00), A2 travel to 45,000.00 (-5,000.00): 141,520.00.
"""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlmodel import select

from planner.errors import PlannerError, ValidationError
from planner.models import Activity, BudgetLine
from planner.reports import budget_pdf, budget_xlsx
from planner.services import activities as A
from planner.services import baselines as B
from planner.services import exchange
from planner.services import plans as P
from planner.services.journal import recorded
from planner.store import Database, open_database, raw_connection, unit_of_work
from tests.pg import SecondDesk
from tests.unit.finance_plan import finance_doc

D = Decimal
NOW = datetime(2026, 12, 15, 9, 30, tzinfo=UTC)


@pytest.fixture
def plan(load: Callable[[dict[str, Any]], int], small_doc: dict[str, Any]) -> int:
    return load(finance_doc(small_doc))


def line_id(s: Any, code: str, category: str) -> int:
    return s.exec(
        select(BudgetLine.id)
        .join(Activity, Activity.id == BudgetLine.activity_id)  # type: ignore[arg-type]
        .where(Activity.code == code, BudgetLine.category == category)
    ).one()


def freeze_and_revise(db: Database, plan: int) -> None:
    with recorded(db, "Froze 2027", user="Wang Lei", plan_id=plan) as s:
        B.freeze(s, plan, 2027, " Approved 2027 ", "Wang Lei", now=NOW)
    with unit_of_work(db) as s:
        A.update_budget_line(s, line_id(s, "A1", "venue"), planned=D("1200.00"))
        A.update_budget_line(s, line_id(s, "A2", "travel"), planned=D("45000.00"))


def test_a_frozen_baseline_against_the_revised_budget(db: Database, plan: int) -> None:
    freeze_and_revise(db, plan)
    with unit_of_work(db) as s:
        (info,) = B.listed(s, plan)
        c = B.compare(s, plan)
    assert info == B.BaselineInfo("Approved 2027", 2027, "Wang Lei", "2026-12-15T09:30:00Z", 6)
    assert c is not None
    assert (c.total.baseline, c.total.current, c.total.difference) == (
        D("145100.00"),
        D("141520.00"),
        D("-3580.00"),
    )
    by_source = {v.key: (v.baseline, v.current, v.difference) for v in c.rows("funding_source")}
    assert by_source == {
        "FUND2": (D("47100.00"), D("48520.00"), D("1420.00")),
        "GACC": (D("90000.00"), D("85000.00"), D("-5000.00")),
        "": (D("8000.00"), D("8000.00"), D("0.00")),
    }
    by_category = {v.key: v.difference for v in c.rows("category")}
    assert by_category["venue"] == D("1420.00") and by_category["travel"] == D("-5000.00")
    assert [(v.key, v.difference) for v in c.changed] == [
        ("A1", D("1420.00")),
        ("A2", D("-5000.00")),
    ]


def test_the_baseline_is_converted_at_the_years_current_rate(db: Database, plan: int) -> None:
    freeze_and_revise(db, plan)
    with unit_of_work(db) as s:
        P.set_rate(s, plan, year=2027, currency="USD", to_base="7.2")
    with unit_of_work(db) as s:
        c = B.compare(s, plan, "Approved 2027")
    assert c is not None
    venue = next(v for v in c.rows("category") if v.key == "venue")
    # USD 1,000.00 x 7.2 = 7,200.00 then; USD 1,200.00 x 7.2 = 8,640.00 now
    assert (venue.baseline, venue.current) == (D("7200.00"), D("8640.00"))


def test_bad_freezes_are_refused(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        B.freeze(s, plan, 2027, "B1", "me", now=NOW)
    for year, name, words in [
        (2027, "B1", "already has a baseline named 'B1'"),
        (2027, "  ", "needs a name"),
        (2035, "B2", "outside the plan's years"),
        (2028, "B2", "2028 has no budget lines"),
    ]:
        with pytest.raises(PlannerError, match=words), unit_of_work(db) as s:
            B.freeze(s, plan, year, name, "me")
    with unit_of_work(db) as s, pytest.raises(PlannerError, match="no baseline named 'B9'"):
        B.compare(s, plan, "B9")


def test_a_freeze_is_one_journal_entry_and_undoes(db: Database, plan: int) -> None:
    from planner.services import journal

    with recorded(db, "Froze 2027", user="Wang Lei", plan_id=plan) as s:
        B.freeze(s, plan, 2027, "B1", "Wang Lei", now=NOW)
    with sqlite3.connect(db.path) as con:
        assert con.execute("SELECT count(*) FROM baseline_line").fetchone() == (6,)
        last = con.execute("SELECT id, action, user FROM change ORDER BY id DESC").fetchone()
    assert last[1:] == ("Froze 2027", "Wang Lei")
    journal.undo(db, last[0], user="Wang Lei")
    with sqlite3.connect(db.path) as con:
        assert con.execute("SELECT count(*) FROM baseline_line").fetchone() == (0,)


@pytest.mark.both_engines  # an import with baselines once failed on PostgreSQL (randomblob)
def test_baselines_travel_in_the_exchange_file(
    db: Database, plan: int, load: Callable[[dict[str, Any]], int]
) -> None:
    freeze_and_revise(db, plan)
    with unit_of_work(db) as s:
        doc = exchange.export_document(s, plan)
    (b,) = doc["baselines"]
    assert (b["name"], b["year"], b["made_by"], b["made_at"]) == (
        "Approved 2027",
        2027,
        "Wang Lei",
        "2026-12-15T09:30:00Z",
    )
    venue = next(x for x in b["lines"] if x["category"] == "venue")
    assert venue == {
        "activity": "A1",
        "category": "venue",
        "funding_source": "FUND2",
        "currency": "USD",
        "description": "",
        "planned": "1000.00",
    }
    doc["plan"]["name"] = "Copy"
    copy = load(doc)
    with unit_of_work(db) as s:
        c = B.compare(s, copy)
    assert c is not None and c.total.difference == D("-3580.00")
    bad = json.loads(json.dumps(doc))
    bad["plan"]["name"] = "Bad"
    bad["baselines"][0]["made_at"] = "yesterday"
    bad["baselines"][0]["lines"][0]["planned"] = "1.001"
    with pytest.raises(ValidationError) as e, unit_of_work(db) as s:
        exchange.import_document(s, bad)
    paths = {p.path for p in e.value.problems}
    assert {"baselines[0].made_at", "baselines[0].lines[0].planned"} <= paths


def test_the_pdf_and_xlsx_show_baseline_against_current(db: Database, plan: int) -> None:
    freeze_and_revise(db, plan)
    with unit_of_work(db) as s:
        pdf = budget_pdf.render(s, plan, generated=date(2027, 7, 1))
        xlsx = budget_xlsx.render(s, plan, generated=date(2027, 7, 1), baseline="Approved 2027")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Baseline Approved 2027 against the current budget" in text
    assert "145,100.00 141,520.00 -3,580.00" in text
    assert "A2 — " in text and "-5,000.00" in text
    ws = load_workbook(io.BytesIO(xlsx))["Baseline"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    total = next(r for r in values if r[0] == "Total")
    assert total[2:5] == [145100, 141520, -3580]
    assert ["Funding source", "GACC", 90000, 85000, -5000] in values


def test_the_command_line_freezes_lists_and_reports(
    small_doc: dict[str, Any], tmp_path: Path
) -> None:
    from tests.unit.test_cli import planner

    f = tmp_path / "plan.json"
    f.write_text(json.dumps(finance_doc(small_doc)), "utf-8")
    db = tmp_path / "f.sqlite"
    assert planner("import", str(f), "--db", str(db)).returncode == 0
    done = planner("baseline", "freeze", "--year", "2027", "--name", "Approved", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "froze 6 budget lines of 2027 as baseline Approved" in done.stdout
    again = planner("baseline", "freeze", "--year", "2027", "--name", "Approved", "--db", str(db))
    assert again.returncode == 1 and "already has a baseline named" in again.stderr
    listed = planner("baseline", "list", "--db", str(db))
    assert listed.stdout.splitlines()[0] == "name,year,made_by,made_at,lines"
    assert listed.stdout.splitlines()[1].startswith("Approved,2027,")
    out = tmp_path / "b.pdf"
    report = planner("report", "budget", "--baseline", "Nope", "-o", str(out), "--db", str(db))
    assert report.returncode == 1 and "no baseline named 'Nope'" in report.stderr
    csv_out = tmp_path / "b.csv"
    usage = planner(
        "report", "budget", "--baseline", "Approved", "-o", str(csv_out), "--db", str(db)
    )
    assert usage.returncode == 2
    good = planner("report", "budget", "--baseline", "Approved", "-o", str(out), "--db", str(db))
    assert good.returncode == 0, good.stderr
    with sqlite3.connect(db) as con:
        actions = [r[0] for r in con.execute("SELECT action FROM change ORDER BY id")]
    assert actions[-1] == "Froze the 2027 budget as baseline Approved"


def test_the_demo_shows_ceilings_refund_booked_rate_and_baseline_in_its_first_pages(
    tmp_path: Path,
) -> None:
    from planner.services.demo import create_demo
    from planner.store import open_database

    path = tmp_path / "demo.sqlite"
    create_demo(path)
    db = open_database(path, readonly=True)
    try:
        with unit_of_work(db) as s:
            pdf = budget_pdf.render(s, 1, generated=date(2028, 7, 1))
    finally:
        db.close()
    first = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages[:4]
    )
    assert "CACF (over ceiling)" in first and "COFUND (over ceiling)" in first
    assert "Refunds (negative payments): 1, together -4,970.00 CNY" in first
    # 99,400.00 CNY at the plan rate, 100,592.80 as booked at 1.012 times it
    assert "exchange-rate effect of 1,192.80 CNY" in first
    assert "Baseline Approved budget 2028 against the current budget" in first
    assert "frozen as “Approved budget 2028” by Wang Lei on 2027-12-15" in first


@pytest.mark.both_engines
def test_two_desks_freezing_one_name_at_once_the_second_is_told_in_words(
    db: Database, plan: int, engine: str, db_path: Path, request: pytest.FixtureRequest
) -> None:
    """Both desks pass the name check; the server refuses the second's row. It was
    told 'the database refused the change: duplicate key value violates unique
    constraint "baseline_plan_id_name_key"'; now what happened and to try again
    (trying again gives the usual 'already has a baseline named')."""
    where = request.getfixturevalue("pg_url") if engine == "postgresql" else db_path
    other = open_database(where)

    def froze_too() -> None:
        with recorded(other, "Froze 2027 too", user="Li Na", plan_id=plan) as s2:
            B.freeze(s2, plan, 2027, "Approved", "Li Na", now=NOW)

    desk = SecondDesk(froze_too)
    try:
        with recorded(db, "Froze 2027", user="Wang Lei", plan_id=plan) as s:
            B.freeze(s, plan, 2027, "Approved", "Wang Lei", now=NOW)
            desk.start(raw_connection(s), engine == "postgresql")
        message = desk.said()
    finally:
        other.close()
    assert "duplicate key" not in message.split(":")[0]
    if engine == "postgresql":
        assert message.startswith("another desk saved the same at the same moment (")
        assert message.endswith("; nothing was changed, try again")
    else:  # the file's write lock: the second desk's check ran after the first saved
        assert message == "name: the plan already has a baseline named 'Approved'"
    with unit_of_work(db) as s:
        assert [b.made_by for b in B.listed(s, plan)] == ["Wang Lei"]

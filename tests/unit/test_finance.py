"""Per funding source and year: envelope, planned, actual, committed, remaining,
absorption, unprogrammed and the ceiling; delivery variance; the budget CSVs.
Every figure against the hand arithmetic of tests/unit/finance_plan.py."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from planner.reports import csv_reports
from planner.services import exchange, finance, rows
from planner.services.check import check_warnings
from planner.store import Database, unit_of_work
from tests.unit.finance_plan import finance_doc

#: Figures end to end, on both engines (tests/conftest.py).
pytestmark = pytest.mark.both_engines

ROOT = Path(__file__).resolve().parents[2]
D = Decimal


@pytest.fixture
def plan_id(load: Callable[..., int], small_doc: dict[str, Any]) -> int:
    return load(finance_doc(small_doc))


def test_each_source_against_its_ceiling(db: Database, plan_id: int) -> None:
    with unit_of_work(db) as s:
        c = finance.ceilings(s, plan_id)
    gacc, fund2, none = c.rows[(2027, "GACC")], c.rows[(2027, "FUND2")], c.rows[(2027, None)]
    assert (gacc.envelope, gacc.planned, gacc.actual, gacc.committed) == (
        D("100000.00"),
        D("90000.00"),
        D("60000.01"),
        D("40000.00"),
    )
    assert gacc.remaining == D("-0.01") and gacc.unprogrammed == D("10000.00")
    assert gacc.absorption_rate == D("0.6000001")
    assert gacc.over_ceiling and gacc.flagged
    assert (fund2.planned, fund2.actual, fund2.committed) == (
        D("47100.00"),
        D("6390.00"),
        D("30000.00"),
    )
    assert fund2.remaining == D("13610.00") and fund2.absorption_rate == D("0.1278")
    assert fund2.unprogrammed == D("2900.00") and not fund2.over_ceiling
    assert (none.planned, none.actual, none.committed) == (D("8000.00"), D("9000.00"), D(0))
    assert none.absorption_rate is None and not none.flagged  # no ceiling of its own
    year = c.by_year[2027]
    assert (year.envelope, year.planned, year.actual, year.committed, year.remaining) == (
        D("150000.00"),
        D("145100.00"),
        D("75390.01"),
        D("70000.00"),
        D("4609.99"),
    )
    assert c.total.actual == D("75390.01")
    assert [x.source for x in c.over()] == ["GACC"]
    # later years have neither envelopes nor lines: no rows
    assert [(x.year, x.source) for x in c.ordered()] == [
        (2027, "GACC"),
        (2027, "FUND2"),
        (2027, None),
    ]


def test_delivery_counts_delivered_activities_only(db: Database, plan_id: int) -> None:
    with unit_of_work(db) as s:
        d = finance.delivery_of(rows.budget_lines(s, plan_id))
    assert (d.planned, d.actual, d.variance) == (D("47100.00"), D("51390.01"), D("4290.01"))
    assert d.rate is not None and round(d.rate, 6) == D("1.091083")  # 51,390.01 / 47,100


def test_an_over_ceiling_source_is_a_check_warning(db: Database, plan_id: int) -> None:
    with unit_of_work(db) as s:
        warnings = check_warnings(s)
    assert any(
        "GACC" in w and "2027" in w and "100000.01" in w and "100000.00" in w for w in warnings
    ), warnings


def test_a_negative_actual_is_a_warning_not_a_crash(
    db: Database, load: Callable[..., int], small_doc: dict[str, Any]
) -> None:
    line = small_doc["activities"][0]["budget_lines"][0]
    del line["actual"]
    line["payments"] = [{"amount": "100.00"}, {"date": "2027-04-01", "amount": "-150.00"}]
    small_doc["version"] = 3
    pid = load(small_doc)
    with unit_of_work(db) as s:
        warnings = check_warnings(s)
        (row,) = rows.budget_lines(s, pid)
    assert row.actual == D("-50.00") and row.actual_base == D("-355.00")
    assert any("TC-2027-01" in w and "negative" in w for w in warnings), warnings


def test_budget_csv_version_2_columns(db: Database, plan_id: int) -> None:
    with unit_of_work(db) as s:
        text = csv_reports.budget(s, plan_id)
    table = list(csv.DictReader(io.StringIO(text)))
    assert list(table[0]) == csv_reports.BUDGET_COLUMNS
    usd = next(r for r in table if r["currency"] == "USD")
    assert (usd["planned_original"], usd["actual_original"], usd["rate"]) == (
        "1000.00",
        "900.00",
        "7.1000",
    )
    assert (usd["planned"], usd["actual"], usd["variance"]) == ("7100.00", "6390.00", "-710.00")
    cny = next(r for r in table if r["activity"] == "A2" and r["funding_source"] == "FUND2")
    assert (cny["rate"], cny["actual_original"], cny["actual"], cny["variance"]) == (
        "1",
        "",
        "",
        "",
    )


def test_funding_source_csv_by_command(tmp_path: Path, small_doc: dict[str, Any]) -> None:
    db = tmp_path / "plan.sqlite"
    doc = tmp_path / "plan.json"
    doc.write_text(exchange.dumps(finance_doc(small_doc)), "utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "planner", *args], capture_output=True, text=True, cwd=ROOT
        )

    assert run("import", str(doc), "--db", str(db)).returncode == 0
    out = tmp_path / "s.csv"
    done = run("report", "budget", "--db", str(db), "-o", str(out), "--by", "funding-source")
    assert done.returncode == 0, done.stderr
    assert out.read_text("utf-8").splitlines() == [
        "year,funding_source,envelope,planned,actual,committed,remaining,absorption_rate,"
        "unprogrammed",
        "2027,GACC,100000.00,90000.00,60000.01,40000.00,-0.01,0.6000,10000.00",
        "2027,FUND2,50000.00,47100.00,6390.00,30000.00,13610.00,0.1278,2900.00",
        "2027,,0.00,8000.00,9000.00,0.00,-9000.00,,-8000.00",
    ]
    bad = run("report", "budget", "--db", str(db), "-o", str(tmp_path / "b.pdf"), "--by",
              "funding-source")  # fmt: skip
    assert bad.returncode == 2 and "CSV only" in bad.stderr


def test_xlsx_has_the_ceilings_and_a_complete_total_row(db: Database, plan_id: int) -> None:
    from openpyxl import load_workbook

    from planner.reports import budget_xlsx

    with unit_of_work(db) as s:
        data = budget_xlsx.render(s, plan_id)
    book = load_workbook(io.BytesIO(data))
    values = [[c for c in row] for row in book["Ceilings"].iter_rows(values_only=True)]
    gacc = next(r for r in values if r[1] == "GACC")
    assert [D(str(v)) for v in gacc[2:7]] == [
        D("100000"),
        D("90000"),
        D("60000.01"),
        D("40000"),
        D("-0.01"),
    ]
    assert gacc[9] == "yes"
    fund2 = next(r for r in values if r[1] == "FUND2")
    assert fund2[9] is None and round(D(str(fund2[7])), 4) == D("0.1278")
    summary = [[c for c in row] for row in book["Summary"].iter_rows(values_only=True)]
    total = next(r for r in summary if r[0] == "Total")
    # envelope, planned, actual, delivery variance and absorption rate all given
    assert D(str(total[1])) == D("150000") and D(str(total[3])) == D("75390.01")
    assert D(str(total[4])) == D("4290.01")
    assert round(D(str(total[5])), 6) == round(D("75390.01") / D("150000"), 6)


def test_rates_currencies_and_the_booked_rate_split(
    db: Database, load: Callable[..., int], small_doc: dict[str, Any]
) -> None:
    """A1's USD line (planned 1,000.00 at 7.1): 600.00 booked at 7.2 and 300.00 with no
    booked rate. At the budget rate 900 x 7.1 = 6,390.00; as booked 600 x 7.2 +
    300 x 7.1 = 4,320.00 + 2,130.00 = 6,450.00: an exchange-rate effect of 60.00 and a
    spending effect of 6,390.00 - 7,100.00 = -710.00."""
    doc = finance_doc(small_doc)
    usd = doc["activities"][0]["budget_lines"][1]
    del usd["actual"]
    usd["payments"] = [
        {"date": "2027-03-02", "amount": "600.00", "booked_rate": "7.2"},
        {"date": "2027-03-20", "amount": "300.00"},
    ]
    doc["version"] = 3
    pid = load(doc)
    with unit_of_work(db) as s:
        lines = rows.budget_lines(s, pid)
        split = finance.booked_split(s, pid, lines)
        early = rows.budget_lines(s, pid, as_of=date(2027, 3, 10))
        split_early = finance.booked_split(s, pid, early, as_of=date(2027, 3, 10))
    assert (split.lines, split.planned, split.actual_at_budget_rate) == (
        1,
        D("7100.00"),
        D("6390.00"),
    )
    assert split.actual_as_booked == D("6450.00")
    assert split.exchange_rate_effect == D("60.00") and split.spending_effect == D("-710.00")
    # as of 2027-03-10 only the 600.00: 4,260.00 at the budget rate, 4,320.00 as booked
    assert (split_early.actual_at_budget_rate, split_early.actual_as_booked) == (
        D("4260.00"),
        D("4320.00"),
    )
    (rate,) = finance.rates_used(lines, "CNY")
    assert (rate.year, rate.currency, rate.rate, rate.lines) == (2027, "USD", D("7.1000"), 1)
    totals = {t.currency: t for t in finance.currency_totals(lines)}
    assert (totals["USD"].planned, totals["USD"].actual, totals["USD"].actual_base) == (
        D("1000.00"),
        D("900.00"),
        D("6390.00"),
    )
    # every CNY line, cancelled A3 included: 40,000 + 50,000 + 30,000 + 20,000 + 8,000 + 10,000
    assert totals["CNY"].planned == D("158000.00") and totals["CNY"].lines == 6

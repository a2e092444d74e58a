"""Payments imported from a finance system's CSV or XLSX: checked row by row,
refused whole with line numbers, all or nothing, one journal entry
(tests/unit/finance_plan.py: A1 has a CNY travel line with 45,000.01 paid and a
USD venue line with 900.00 paid, at 7.1 CNY per USD)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from planner.errors import PlannerError, ValidationError
from planner.services.budget_view import line_rows
from planner.services.payments_import import import_payments
from planner.store import Database, raw_connection, unit_of_work
from tests.tables import contents
from tests.unit.finance_plan import finance_doc

HEADER = "activity,category,currency,date,amount,voucher,note,booked_rate\r\n"


@pytest.fixture
def plan(load: Callable[[dict[str, Any]], int], small_doc: dict[str, Any]) -> int:
    return load(finance_doc(small_doc))


def actuals(db: Database, plan: int) -> dict[tuple[str, str], Any]:
    with unit_of_work(db) as s:
        return {(r.activity, r.category): (r.actual, r.actual_base) for r in line_rows(s, plan)}


@pytest.mark.both_engines  # on PostgreSQL the payments once went in with a NULL id
def test_a_good_file_adds_every_payment(db: Database, plan: int, tmp_path: Path) -> None:
    f = tmp_path / "pay.csv"
    f.write_text(
        HEADER + "A1,travel,CNY,2027-03-20,1000.99,PV-1,hotel,\r\n"
        "A1,Venue,usd,2027-03-21,-100.50,RF-2,refund,7.25\r\n"
        "A2,per diem,CNY,2027-04-01,2500.00,PV-3,,\r\n",
        "utf-8",
    )
    with unit_of_work(db) as s:
        done = import_payments(s, plan, f)
    assert done.count == 3 and done.negative == ()
    found = actuals(db, plan)
    # 45,000.01 + 1,000.99 = 46,001.00
    assert str(found[("A1", "travel")][0]) == "46001.00"
    # 900.00 - 100.50 = 799.50 USD; x 7.1 = 5,676.45 CNY
    assert str(found[("A1", "venue")][0]) == "799.50"
    assert str(found[("A1", "venue")][1]) == "5676.45"
    # the per diem line had no actual: now 2,500.00
    assert str(found[("A2", "per_diem")][0]) == "2500.00"
    with unit_of_work(db) as s:
        assert raw_connection(s).execute(
            "SELECT paid_on, amount_minor, reference, note, booked_rate FROM payment "
            "WHERE reference = 'RF-2'"
        ).fetchone() == ("2027-03-21", -10050, "RF-2", "refund", "7.25")


def test_a_bad_file_is_refused_whole_with_line_numbers(
    db: Database, plan: int, tmp_path: Path
) -> None:
    f = tmp_path / "bad.csv"
    f.write_text(
        HEADER + "A1,travel,CNY,2027-03-20,1000.99,PV-1,,\r\n"  # good
        "ZZ9,travel,CNY,2027-03-20,1.00,,,\r\n"  # line 3
        "A1,catering,CNY,2027-03-20,1.00,,,\r\n"  # line 4
        "A1,travel,XYZ,2027-03-20,1.00,,,\r\n"  # line 5
        "A1,travel,CNY,2027-03-20,ten,,,\r\n"  # line 6
        "A1,travel,CNY,20/03/2027,1.00,,,\r\n"  # line 7
        "A1,travel,USD,2027-03-20,1.00,,,\r\n"  # line 8: no USD travel line
        "A1,venue,USD,2027-03-20,1.001,,,\r\n"  # line 9: finer than a cent
        "A1,travel,CNY,,1.00,,,\r\n",  # line 10: no date
        "utf-8",
    )
    before = contents(db.path)
    with pytest.raises(ValidationError) as e, unit_of_work(db) as s:
        import_payments(s, plan, f)
    shown = [str(p) for p in e.value.problems]
    expect = {
        "line 3": "unknown activity 'ZZ9'",
        "line 4": "unknown category 'catering'",
        "line 5": "unknown currency 'XYZ'",
        "line 6.amount": "",
        "line 7.date": "YYYY-MM-DD",
        "line 8": "A1 has no travel line in USD",
        "line 9.amount": "more decimals than USD allows",
        "line 10.date": "needs its date",
    }
    for where, words in expect.items():
        assert any(p.startswith(where) and words in p for p in shown), (where, shown)
    assert not any(p.startswith("line 2") for p in shown)
    assert contents(db.path) == before


def test_the_same_voucher_twice_is_refused(db: Database, plan: int, tmp_path: Path) -> None:
    f = tmp_path / "pay.csv"
    f.write_text(HEADER + "A1,travel,CNY,2027-03-20,10.00,PV-1,,\r\n", "utf-8")
    with unit_of_work(db) as s:
        import_payments(s, plan, f)
    again = pytest.raises(ValidationError, match="voucher PV-1 is already recorded")
    with again, unit_of_work(db) as s:
        import_payments(s, plan, f)
    twice = tmp_path / "twice.csv"
    twice.write_text(HEADER + "A2,travel,CNY,2027-03-20,1.00,X,,\r\n" * 2, "utf-8")
    same = pytest.raises(ValidationError, match="line 3: the same payment as line 2")
    with same, unit_of_work(db) as s:
        import_payments(s, plan, twice)


def test_a_missing_column_is_named(db: Database, plan: int, tmp_path: Path) -> None:
    f = tmp_path / "pay.csv"
    f.write_text("activity,category,date,amount\r\nA1,travel,2027-03-20,1\r\n", "utf-8")
    with pytest.raises(PlannerError, match="no column currency"), unit_of_work(db) as s:
        import_payments(s, plan, f)


def test_a_column_named_twice_is_refused_and_an_unknown_one_is_named(
    db: Database, plan: int, tmp_path: Path
) -> None:
    """Two 'amount' columns (any case): which holds the amount is not guessed, the
    file is refused and nothing changes. A column the planner does not read (a
    typing mistake, or a finance system's own) is named in what the import says."""
    twice = tmp_path / "twice.csv"
    twice.write_text(
        "activity,category,currency,date,amount,AMOUNT\r\nA1,travel,CNY,2027-03-20,10.00,99999\r\n",
        "utf-8",
    )
    before = contents(db.path)
    with (
        pytest.raises(PlannerError, match=r"twice\.csv has the column amount more than once"),
        unit_of_work(db) as s,
    ):
        import_payments(s, plan, twice)
    assert contents(db.path) == before
    other = tmp_path / "other.csv"
    other.write_text(
        "Activity,Category,Currency,Date,Amount,Vouchre,Cost centre\r\n"
        "A1,travel,CNY,2027-03-20,10.00,PV-9,CC-4\r\n",
        "utf-8",
    )
    with unit_of_work(db) as s:
        done = import_payments(s, plan, other)
    assert (done.count, done.unread) == (1, ("Vouchre", "Cost centre"))
    assert str(actuals(db, plan)[("A1", "travel")][0]) == "45010.01"  # 45,000.01 + 10.00


def test_an_xlsx_with_a_refund_below_zero_is_taken_with_a_warning(
    db: Database, plan: int, tmp_path: Path
) -> None:
    from datetime import date

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Activity", "Category", "Currency", "Date", "Amount", "Voucher"])
    ws.append(["A3", "venue", "CNY", date(2027, 5, 2), -6000, "RF-9"])  # 5,000 paid
    f = tmp_path / "pay.xlsx"
    wb.save(f)
    with unit_of_work(db) as s:
        done = import_payments(s, plan, f)
    assert done.count == 1
    assert done.negative == ("A3 venue CNY: -1000.00",)


def test_several_lines_are_told_apart_by_description(
    db: Database, load: Callable[[dict[str, Any]], int], small_doc: dict[str, Any], tmp_path: Path
) -> None:
    doc = finance_doc(small_doc)
    doc["activities"][0]["budget_lines"].append(
        {"category": "travel", "currency": "CNY", "planned": "5.00", "description": "Taxi"}
    )
    plan = load(doc)
    f = tmp_path / "pay.csv"
    f.write_text(HEADER + "A1,travel,CNY,2027-03-20,1.00,,,\r\n", "utf-8")
    which = pytest.raises(ValidationError, match="A1 has 2 travel lines in CNY")
    with which, unit_of_work(db) as s:
        import_payments(s, plan, f)
    f.write_text(
        "activity,category,currency,date,amount,description\r\nA1,travel,CNY,2027-03-20,1.00,taxi\r\n",
        "utf-8",
    )
    with unit_of_work(db) as s:
        assert import_payments(s, plan, f).count == 1
    with sqlite3.connect(db.path) as con:
        assert con.execute(
            "SELECT b.description FROM payment p JOIN budget_line b ON b.id = p.budget_line_id "
            "WHERE p.paid_on = '2027-03-20'"
        ).fetchone() == ("Taxi",)


def test_the_command_line_imports_payments_as_one_journal_entry(
    small_doc: dict[str, Any], tmp_path: Path
) -> None:
    from tests.unit.test_cli import planner

    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(finance_doc(small_doc)), "utf-8")
    db = tmp_path / "f.sqlite"
    assert planner("import", str(plan), "--db", str(db)).returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "A1,travel,CNY,2027-03-20,1.00,,,\nB7,travel,CNY,2027-03-20,1,,,\n")
    refused = planner("payments", "import", str(bad), "--db", str(db))
    assert refused.returncode == 1 and "line 3: unknown activity 'B7'" in refused.stderr
    good = tmp_path / "good.csv"
    good.write_text(
        HEADER + "A1,travel,CNY,2027-03-20,1.00,PV-1,,\nA3,venue,CNY,2027-05-01,-5000.01,RF,,\n"
    )
    done = planner("payments", "import", str(good), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "recorded 2 payments" in done.stdout
    assert "A3 venue CNY: -0.01" in done.stderr and "below zero" in done.stderr
    assert "not read" not in done.stderr
    extra = tmp_path / "extra.csv"
    extra.write_text(HEADER.replace("note", "notes") + "A1,travel,CNY,2027-03-21,2.00,PV-2,x,\n")
    told = planner("payments", "import", str(extra), "--db", str(db))
    assert told.returncode == 0, told.stderr
    assert "warning: the columns 'notes' are not a payments file's and were not read" in told.stderr
    con = sqlite3.connect(db)
    try:
        actions = [r[0] for r in con.execute("SELECT action FROM change ORDER BY id")]
        assert con.execute("SELECT count(*) FROM payment WHERE paid_on IS NOT NULL").fetchone() == (
            3,
        )
    finally:
        con.close()
    assert actions[-2:] == ["Imported payments from good.csv", "Imported payments from extra.csv"]

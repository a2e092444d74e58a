"""Payments: a line's actual amount is the sum of its payments, counted as of a date.

The sample plan's one line is USD 12,000.00 planned at 7.1 CNY per USD (2027).
The payments used here: undated 1,000.00; 2027-03-10 5,000.00; 2027-04-01 a refund
of -200.00; 2027-05-01 3,000.00. So, by hand:

- every payment: 8,800.00 USD = 62,480.00 CNY;
- as of 2027-04-15: 1,000 + 5,000 - 200 = 5,800.00 USD = 41,180.00 CNY;
- as of 2027-01-01: only the undated 1,000.00 USD = 7,100.00 CNY.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from planner.errors import ValidationError
from planner.models import BudgetLine, Payment
from planner.services import activities as A
from planner.services import exchange, metrics, rows
from planner.services import payments as P
from planner.store import Database, unit_of_work

ROOT = Path(__file__).resolve().parents[2]
PAID = [
    {"date": None, "amount": "1000.00", "reference": "OLD-1", "note": "carried over"},
    {"date": "2027-03-10", "amount": "5000.00", "reference": "PV-0310"},
    {"date": "2027-04-01", "amount": "-200.00", "reference": "RF-0401", "note": "refund"},
    {"date": "2027-05-01", "amount": "3000.00", "reference": "PV-0501"},
]


@pytest.fixture
def paid_doc(small_doc: dict[str, Any]) -> dict[str, Any]:
    line = small_doc["activities"][0]["budget_lines"][0]
    del line["actual"]
    line["payments"] = [dict(p) for p in PAID]
    small_doc["version"] = 3
    return small_doc


def _actual(db: Database, plan_id: int, as_of: date | None = None) -> Decimal:
    with unit_of_work(db) as s:
        return metrics.compute(s, plan_id, as_of=as_of).total.figures.actual_cost


def test_actual_is_the_sum_of_payments_as_of_a_date(
    db: Database, load: Callable[..., int], paid_doc: dict[str, Any]
) -> None:
    plan_id = load(paid_doc)
    assert _actual(db, plan_id) == Decimal("62480.00")
    assert _actual(db, plan_id, date(2027, 4, 15)) == Decimal("41180.00")
    assert _actual(db, plan_id, date(2027, 4, 1)) == Decimal("41180.00")  # on the day counts
    assert _actual(db, plan_id, date(2027, 3, 31)) == Decimal("42600.00")  # 6,000 USD
    assert _actual(db, plan_id, date(2027, 1, 1)) == Decimal("7100.00")
    with unit_of_work(db) as s:
        (line,) = rows.budget_lines(s, plan_id, as_of=date(2027, 4, 15))
        assert line.actual == Decimal("5800.00") and line.actual_base == Decimal("41180.00")
        assert line.variance_base == Decimal("41180.00") - Decimal("85200.00")


def test_a_line_without_counted_payments_has_no_actual(
    db: Database, load: Callable[..., int], paid_doc: dict[str, Any]
) -> None:
    paid_doc["activities"][0]["budget_lines"][0]["payments"] = PAID[1:]  # all dated
    plan_id = load(paid_doc)
    with unit_of_work(db) as s:
        (line,) = rows.budget_lines(s, plan_id, as_of=date(2027, 1, 1))
        assert line.actual is None and line.actual_base is None
        f = metrics.compute(s, plan_id, as_of=date(2027, 1, 1)).total.figures
        assert f.lines_without_actuals == 1 and f.actual_cost == 0


def test_payments_edit_and_undo_exactly(
    db: Database, load: Callable[..., int], paid_doc: dict[str, Any]
) -> None:
    plan_id = load(paid_doc)
    with unit_of_work(db) as s:
        line_id = s.exec(select(BudgetLine.id)).one()
        got = P.rows_of(s, line_id)
        # undated first, then by date
        assert [p.reference for p in got] == ["OLD-1", "PV-0310", "RF-0401", "PV-0501"]
        new = P.add_payment(s, line_id, date=date(2027, 6, 1), amount="0.01", reference="X")
        new_id = new.id
    assert _actual(db, plan_id) == Decimal("62480.07")  # 8,800.01 USD x 7.1 = 62,480.071
    with unit_of_work(db) as s:
        P.update_payment(s, new_id, amount="-8800.00")
    assert _actual(db, plan_id) == Decimal("0.00")
    with unit_of_work(db) as s:
        kept = P.delete_payment(s, new_id)
    assert _actual(db, plan_id) == Decimal("62480.00")
    with unit_of_work(db) as s:
        back = P.restore_payment(s, kept)
        assert back.id == new_id and back.amount_minor == -880000
    with unit_of_work(db) as s:
        with pytest.raises(ValidationError, match=r"12\.345"):
            P.update_payment(s, new_id, amount="12.345")
        with pytest.raises(ValidationError, match="date"):
            P.update_payment(s, new_id, date="2027-13-01")


def test_a_line_with_several_payments_refuses_a_single_actual(
    db: Database, load: Callable[..., int], paid_doc: dict[str, Any]
) -> None:
    load(paid_doc)
    with unit_of_work(db) as s:
        line_id = s.exec(select(BudgetLine.id)).one()
        assert A.line_fields(s, s.get(BudgetLine, line_id))["actual"] == Decimal("8800.00")
        # unchanged actual with another change is fine
        A.update_budget_line(s, line_id, description="Tickets")
        with pytest.raises(ValidationError, match="4 payments"):
            A.update_budget_line(s, line_id, actual="9000.00")


def test_a_single_actual_is_one_payment(db: Database, load: Callable[..., int], small_doc) -> None:
    load(small_doc)  # version 1: actual 11,350.50 becomes one undated payment
    with unit_of_work(db) as s:
        (pay,) = s.exec(select(Payment)).all()
        assert (pay.paid_on, pay.amount_minor, pay.reference) == (None, 1135050, "")
        line_id = pay.budget_line_id
        A.update_budget_line(s, line_id, actual="11000.00")
        assert [p.amount_minor for p in s.exec(select(Payment))] == [1100000]
        A.update_budget_line(s, line_id, actual=None)
        assert s.exec(select(Payment)).all() == []


def test_exchange_round_trip_keeps_payments(
    db: Database, load: Callable[..., int], paid_doc: dict[str, Any]
) -> None:
    plan_id = load(paid_doc)
    with unit_of_work(db) as s:
        doc = exchange.export_document(s, plan_id)
    assert doc["version"] == 5
    line = doc["activities"][0]["budget_lines"][0]
    assert "actual" not in line
    assert [(p["date"], p["amount"], p["reference"]) for p in line["payments"]] == [
        (p["date"], p["amount"], p["reference"]) for p in PAID
    ]
    assert line["payments"][2]["note"] == "refund"
    assert all(len(p["uid"]) == 32 for p in line["payments"])


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        ({"actual": "1.00"}, "budget_lines[0].actual", "not both"),
        ({"payments": [{"amount": "1.001"}]}, "payments[0].amount", "1.001"),
        ({"payments": [{"amount": "1.00", "date": "2027-02-30"}]}, "payments[0].date", "date"),
        ({"payments": [{"date": "2027-02-01"}]}, "payments[0].amount", "required"),
        ({"payments": [{"amount": "1", "booked_rate": "0"}]}, "payments[0].booked_rate", "> 0"),
        ({"payments": [{"amount": "1", "paid": "x"}]}, "payments[0].paid", "unknown key"),
    ],
)
def test_bad_payments_in_a_file_are_refused_at_their_path(
    paid_doc: dict[str, Any], change: dict[str, Any], path: str, words: str
) -> None:
    paid_doc["activities"][0]["budget_lines"][0].update(change)
    with pytest.raises(ValidationError) as info:
        exchange.check_document(paid_doc)
    found = [(p.path, p.message) for p in info.value.problems]
    assert any(path in p and words in m for p, m in found), found


def test_report_as_of_by_command(
    tmp_path: Path, paid_doc: dict[str, Any], small_doc: dict[str, Any]
) -> None:
    src, db = tmp_path / "plan.json", tmp_path / "plan.sqlite"
    src.write_text(json.dumps(paid_doc), "utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "planner", *args], capture_output=True, text=True, cwd=ROOT
        )

    assert run("import", str(src), "--db", str(db)).returncode == 0
    out = tmp_path / "b.csv"
    done = run("report", "budget", "--db", str(db), "-o", str(out), "--as-of", "2027-04-15")
    assert done.returncode == 0, done.stderr
    row = out.read_text("utf-8").splitlines()[1].split(",")
    assert "41180.00" in row
    bad = run("report", "budget", "--db", str(db), "-o", str(out), "--as-of", "2027-04-31")
    assert bad.returncode == 2 and "not a date" in bad.stderr
    other = run(
        "report", "plan", "--db", str(db), "-o", str(tmp_path / "p.csv"), "--as-of", "2027-01-01"
    )
    assert other.returncode == 2 and "budget report only" in other.stderr


def test_the_demo_has_dated_payments_a_refund_and_a_booked_rate() -> None:
    from planner.services.demo_data import demo_plan_document

    doc = demo_plan_document()
    assert doc["version"] == 5
    paid = [p for a in doc["activities"] for b in a["budget_lines"] for p in b["payments"]]
    assert paid and all(p["date"] for p in paid)
    refunds = [p for p in paid if p["amount"].startswith("-")]
    assert len(refunds) == 1 and "refund" in refunds[0]["note"]
    assert any(p.get("booked_rate") for p in paid)
    exchange.check_document(doc)  # a valid file


@pytest.mark.skipif(
    __import__("shutil").which("pdftotext") is None, reason="poppler-utils is not installed"
)
def test_pdf_and_xlsx_state_the_as_of_date_and_count_as_of_it(
    db: Database, load: Callable[..., int], paid_doc: dict[str, Any]
) -> None:
    import io

    from openpyxl import load_workbook

    from planner.reports import budget_pdf, budget_xlsx

    plan_id = load(paid_doc)
    day = date(2027, 4, 15)
    with unit_of_work(db) as s:
        pdf = budget_pdf.render(s, plan_id, as_of=day)
        whole = budget_pdf.render(s, plan_id)
        xlsx = budget_xlsx.render(s, plan_id, as_of=day)
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "Payments as of" in text and "2027-04-15" in text
    assert "41,180.00" in text and "62,480.00" not in text
    whole_text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=whole, capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "all payments" in whole_text and "62,480.00" in whole_text
    book = load_workbook(io.BytesIO(xlsx))
    cells = [c for row in book["Summary"].iter_rows(values_only=True) for c in row]
    assert "2027-04-15" in cells
    assert any(isinstance(c, (int, float, Decimal)) and Decimal(str(c)) == D41180 for c in cells)


D41180 = Decimal("41180")

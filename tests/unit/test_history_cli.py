"""planner history: one row per changed field, for an auditor."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner import cli
from planner.services import activities, journal, payments
from planner.services.history import Filter, field_changes
from planner.store import Database, open_database, unit_of_work

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "tests" / "data" / "small-plan.json"


@pytest.fixture
def edited(tmp_path: Path) -> Path:
    path = tmp_path / "plan.sqlite"
    assert cli.main(["import", str(SMALL), "--db", str(path)]) == 0
    with open_database(path) as db:
        with unit_of_work(db) as s:
            line = activities.lines_of(s, 1)[0]
        assert line.id is not None
        with journal.recorded(db, "Corrected the tickets", user="Wang Fang", plan_id=1) as s:
            activities.update_budget_line(
                s, line.id, planned="12500.05", description="=1+2 tickets"
            )
    return path


def history(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, str]]:
    assert cli.main(["history", *args]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_every_changed_field_is_a_row_with_exact_money(
    edited: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = history(capsys, "--db", str(edited))
    assert [r["kind"] for r in rows] == ["import", "edit", "edit"]
    assert rows[0]["action"] == "Imported small-plan.json"
    changed = {r["field"]: (r["old"], r["new"]) for r in rows[1:]}
    assert changed == {
        "description": ("Air tickets", "'=1+2 tickets"),  # a formula is shown, not run
        "planned": ("12000.00 USD", "12500.05 USD"),
    }
    assert {r["user"] for r in rows[1:]} == {"Wang Fang"}


def test_a_payment_is_shown_in_its_lines_currency_even_after_the_line_is_gone(
    edited: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A payment's row holds its amount but not its currency (the line's): the
    history shows 10.00 USD, not the plan's 10.00 CNY, and still does once the line
    (and with it the payment) is deleted; a new line in JPY shows no decimals."""
    with open_database(edited) as db:
        with unit_of_work(db) as s:
            line_id = activities.lines_of(s, 1)[0].id
        assert line_id is not None
        with journal.recorded(db, "Paid the tickets", user="Li Na", plan_id=1) as s:
            payments.add_payment(s, line_id, date="2027-03-01", amount="10.00", reference="T1")
            yen = activities.add_budget_line(
                s, 1, category="travel", description="Rail", currency="JPY", planned="5000"
            )
            assert yen.id is not None
            payments.add_payment(s, yen.id, date="2027-03-02", amount="1234", reference="R1")
        with journal.recorded(db, "Dropped the tickets", user="Li Na", plan_id=1) as s:
            activities.delete_budget_line(s, line_id)
    rows = history(capsys, "--db", str(edited))
    amounts = {
        (r["action"], r["row"], r["old"], r["new"])
        for r in rows
        if r["table"] == "payment" and r["field"] == "amount"
    }
    assert amounts == {
        ("Paid the tickets", "payment #2", "", "10.00 USD"),
        ("Paid the tickets", "payment #3", "", "1234 JPY"),
        ("Dropped the tickets", "payment #1", "11350.50 USD", ""),  # the imported one
        ("Dropped the tickets", "payment #2", "10.00 USD", ""),
    }


def test_filters_by_activity_user_and_dates(
    edited: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(edited)
    assert len(history(capsys, "--db", db, "--activity", "TC-2027-01")) == 2
    assert history(capsys, "--db", db, "--user", "nobody") == []
    assert history(capsys, "--db", db, "--since", "2999-01-01") == []
    assert len(history(capsys, "--db", db, "--until", "2999-01-01")) == 3
    assert cli.main(["history", "--db", db, "--activity", "NOPE"]) == 1


def test_the_pdf(edited: Path, tmp_path: Path) -> None:
    out = tmp_path / "history.pdf"
    assert cli.main(["history", "--db", str(edited), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert cli.main(["history", "--db", str(edited), "--format", "pdf"]) == 2


@pytest.mark.both_engines
def test_a_changes_fields_come_in_the_tables_column_order_on_both_engines(
    db: Database, load: Callable[[dict[str, Any]], int], small_doc: dict[str, Any]
) -> None:
    """A server keeps a row's JSON keys in its own order (shortest first): the
    history lists the fields in the table's column order on either engine, so an
    auditor's CSV is the same whichever engine holds the plan."""
    plan = load(small_doc)
    with unit_of_work(db) as s:
        line_id = activities.lines_of(s, 1)[0].id
    assert line_id is not None
    with journal.recorded(db, "Paid", user="Li Na", plan_id=plan) as s:
        payments.add_payment(
            s, line_id, date="2027-03-02", amount="12.50", reference="T9", note="taxi"
        )
    with unit_of_work(db) as s:
        paid = [f for f in field_changes(s, Filter(plan_id=plan)) if f.action == "Paid"]
    assert [(f.field, f.new) for f in paid] == [
        ("budget_line_id", "1"),
        ("paid_on", "2027-03-02"),
        ("amount", "12.50 USD"),
        ("reference", "T9"),
        ("note", "taxi"),
    ]

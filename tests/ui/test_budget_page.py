"""The budget page: amounts typed in place, refused ones, undo, a missing rate."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlmodel import select

from planner.models import BudgetLine, Payment
from planner.store import Database, unit_of_work
from planner.ui.context import AppContext
from planner.ui.pages.budget import ACTUAL_COL, BudgetPage


def page_for(qtbot: Any, db: Database, plan_id: int) -> BudgetPage:
    page = BudgetPage(AppContext(db, plan_id))
    qtbot.addWidget(page)
    page.show()
    return page


def actual_minor(db: Database) -> list[int | None]:
    with unit_of_work(db) as s:
        lines = s.exec(select(BudgetLine.id).order_by(BudgetLine.id)).all()  # type: ignore[arg-type]
        paid: dict[int, int] = {}
        for p in s.exec(select(Payment)):
            paid[p.budget_line_id] = paid.get(p.budget_line_id, 0) + p.amount_minor
        return [paid.get(line) for line in lines]


def type_into(qtbot: Any, page: BudgetPage, row: int, column: int, text: str) -> None:
    """Select the cell, press F2 as a user would, type, press Enter."""
    view = page.lines_view
    view.activateWindow()
    view.setCurrentIndex(page.lines.index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    (editor,) = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)  # the delegate commits on the next turn of the event loop


def test_amounts_typed_in_the_locale_are_read_exactly_and_undone(
    qtbot: Any, db: Database, load: Any, small_doc: dict[str, Any]
) -> None:
    page = page_for(qtbot, db, load(small_doc))
    assert page.lines.rowCount() == 1
    type_into(qtbot, page, 0, ACTUAL_COL, "11,400.25")
    assert actual_minor(db) == [1140025]
    assert page.lines.row_at(0).display[9] == "80,941.78"  # 11400.25 x 7.1 = 80941.775
    page.ctx.undo_stack.undo()
    assert actual_minor(db) == [1135050]
    page.ctx.undo_stack.redo()
    assert actual_minor(db) == [1140025]


def test_over_precise_and_negative_amounts_are_refused(
    qtbot: Any, db: Database, load: Any, small_doc: dict[str, Any]
) -> None:
    page = page_for(qtbot, db, load(small_doc))
    type_into(qtbot, page, 0, ACTUAL_COL, "1.234")
    assert "more decimals than USD allows" in page.status.text()
    type_into(qtbot, page, 0, ACTUAL_COL, "-5")
    assert ">= 0" in page.status.text()
    type_into(qtbot, page, 0, ACTUAL_COL, "1e3")
    assert "not an amount" in page.status.text()
    assert actual_minor(db) == [1135050]
    assert page.ctx.undo_stack.count() == 0


def test_a_line_without_a_rate_is_flagged_and_left_out(
    qtbot: Any, db: Database, load: Any, small_doc: dict[str, Any]
) -> None:
    doc = copy.deepcopy(small_doc)
    doc["activities"][0]["budget_lines"].append(
        {
            "category": "venue",
            "description": "Hall",
            "currency": "THB",
            "planned": "1000.00",
            "actual": None,
            "funding_source": "GACC",
        }
    )
    page = page_for(qtbot, db, load(doc))
    assert "THB 2027" in page.warning.text()
    flagged = [page.lines.row_at(r).display[11] for r in range(2)]
    assert flagged.count("⚠ no rate") == 1
    # the matrix total is the USD line alone (85,200.00), never THB at 0 or 1
    total = page.matrix.row_at(page.matrix.rowCount() - 1)
    assert total.display[-1] == "85,200.00"
    assert total.sort[-1] == Decimal("85200.00")


def test_each_column_names_its_currency_and_over_ceiling_sources_are_flagged(
    qtbot: Any, db: Database, load: Any, small_doc: dict[str, Any]
) -> None:
    from tests.unit.finance_plan import finance_doc

    page = page_for(qtbot, db, load(finance_doc(small_doc)))
    headers = [c.title for c in page.lines.columns]
    assert "Planned (CNY)" in headers and "Planned (own)" in headers
    assert "All amounts in" not in page.warning.text()
    assert "Over the ceiling" in page.warning.text() and "GACC 2027" in page.warning.text()
    rows = [page.inputs.row_at(i) for i in range(page.inputs.rowCount())]
    gacc = next(r for r in rows if r.display[1].startswith("GACC"))
    assert "over ceiling" in gacc.display[1] and gacc.data.get("flag")
    # envelope, planned, actual, committed, remaining (tests/unit/finance_plan.py)
    assert gacc.display[2:7] == ("100,000.00", "90,000.00", "60,000.01", "40,000.00", "-0.01")
    fund2 = next(r for r in rows if r.display[1].startswith("FUND2"))
    assert not fund2.data.get("flag") and fund2.display[7] == "12.8%"


def test_payments_as_of_a_date(
    qtbot: Any, db: Database, load: Any, small_doc: dict[str, Any]
) -> None:
    """USD 12,000 planned at 7.1; payments: undated 1,000, 2027-03-10 5,000 and
    2027-05-01 3,000. As of 2027-04-15: 6,000 USD = 42,600.00 CNY; all: 63,900.00."""
    from PySide6.QtCore import QDate

    line = small_doc["activities"][0]["budget_lines"][0]
    del line["actual"]
    line["payments"] = [
        {"amount": "1000.00"},
        {"date": "2027-03-10", "amount": "5000.00"},
        {"date": "2027-05-01", "amount": "3000.00"},
    ]
    small_doc["version"] = 3
    page = page_for(qtbot, db, load(small_doc))
    page.refresh()
    assert page.lines.row_at(0).display[ACTUAL_COL + 3] == "63,900.00"
    page.as_of_date.setDate(QDate(2027, 4, 15))
    page.as_of_box.setChecked(True)
    assert page.lines.row_at(0).display[ACTUAL_COL] == "6,000.00"
    assert page.lines.row_at(0).display[ACTUAL_COL + 3] == "42,600.00"
    # the actual is not typed over as of a date: it is not the whole of the payments
    flags = page.lines.flags(page.lines.index(0, ACTUAL_COL))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    page.as_of_box.setChecked(False)
    assert page.lines.row_at(0).display[ACTUAL_COL + 3] == "63,900.00"

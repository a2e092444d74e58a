"""Payments typed in place, on the Budget page and in the activity editor: exact
amounts, Enter saves and moves down, each edit undoable, bad input refused, a
negative actual asked about first."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlmodel import select

from planner import display
from planner.models import Activity, Payment
from planner.store import Database, unit_of_work
from planner.ui.activity_editor import ActivityEditor
from planner.ui.context import AppContext
from planner.ui.pages.budget import BudgetPage
from planner.ui.payments_panel import AMOUNT, DATE, RATE, REFERENCE, PaymentsPanel


@pytest.fixture(autouse=True)
def english_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display, "default_locale", lambda: "en_US")


def paid(db: Database) -> list[tuple[str | None, int, str, str | None]]:
    """Every payment: date, amount in minor units, voucher, booked rate."""
    with unit_of_work(db) as s:
        rows = s.exec(select(Payment).order_by(Payment.id)).all()  # type: ignore[arg-type]
        return [
            (None if p.paid_on is None else p.paid_on.isoformat(), p.amount_minor, p.reference,
             p.booked_rate)
            for p in rows
        ]  # fmt: skip


def type_cell(qtbot: Any, panel: PaymentsPanel, row: int, column: int, text: str) -> None:
    view = panel.view
    view.setFocus()
    view.setCurrentIndex(panel.model.index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    (editor,) = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)
    QApplication.processEvents()


@pytest.fixture
def page(qtbot: Any, db: Database, load: Callable[[dict[str, Any]], int], small_doc: Any):
    """The small plan's one line: USD 12,000.00 planned at 7.1, one undated payment
    of 11,350.50."""
    p = BudgetPage(AppContext(db, load(small_doc)))
    qtbot.addWidget(p)
    p.show()
    p.refresh()
    p.lines_view.setCurrentIndex(p.lines.index(0, 0))
    return p


def test_the_page_shows_the_current_lines_payments(page: BudgetPage) -> None:
    panel = page.payments
    assert panel.model.rowCount() == 1
    assert [panel.model.index(0, c).data() for c in range(5)] == ["", "11,350.50", "", "", ""]
    assert "1, total 11,350.50 USD" in panel.caption.text()


def test_add_edit_and_delete_payments_each_one_undoable_step(
    qtbot: Any, page: BudgetPage, db: Database
) -> None:
    panel = page.payments
    ctx = page.ctx
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    today = date.today().isoformat()
    assert paid(db)[1] == (today, 0, "", None)
    assert panel.view.currentIndex().column() == AMOUNT
    # typed as a finance officer types: grouped, exact; Enter saves
    type_cell(qtbot, panel, 1, AMOUNT, "-1,250.25")
    type_cell(qtbot, panel, 1, DATE, "2027-06-30")
    type_cell(qtbot, panel, 1, REFERENCE, "RF-0042")
    type_cell(qtbot, panel, 1, RATE, "7.2")
    assert paid(db) == [(None, 1135050, "", None), ("2027-06-30", -125025, "RF-0042", "7.2")]
    # the line's actual: 11,350.50 - 1,250.25 = 10,100.25 USD; x 7.1 = 71,711.775 -> 71,711.78
    row = page.lines.row_at(0)
    assert row.display[6] == "10,100.25"
    assert row.display[9] == "71,711.78"
    assert ctx.undo_stack.count() == 5  # add, then four edits
    ctx.undo_stack.undo()
    assert paid(db)[1][3] is None
    for _ in range(4):
        ctx.undo_stack.undo()
    assert paid(db) == [(None, 1135050, "", None)]
    for _ in range(5):
        ctx.undo_stack.redo()
    assert paid(db)[1] == ("2027-06-30", -125025, "RF-0042", "7.2")
    # delete the refund (the current payment)
    page.refresh()
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert paid(db) == [(None, 1135050, "", None)]
    ctx.undo_stack.undo()
    assert len(paid(db)) == 2


def test_enter_saves_and_moves_down(qtbot: Any, page: BudgetPage, db: Database) -> None:
    panel = page.payments
    panel.add()
    type_cell(qtbot, panel, 0, AMOUNT, "100")
    assert panel.view.currentIndex().row() == 1  # ready for the next payment's amount
    assert paid(db)[0][1] == 10000


def test_bad_input_is_refused_with_a_message_and_changes_nothing(
    qtbot: Any, page: BudgetPage, db: Database
) -> None:
    panel = page.payments
    before = paid(db)
    type_cell(qtbot, panel, 0, AMOUNT, "abc")
    assert "Amount" in panel.status.text() and "not an amount" in panel.status.text()
    type_cell(qtbot, panel, 0, AMOUNT, "1.234")
    assert "more decimals than USD allows" in panel.status.text()
    type_cell(qtbot, panel, 0, DATE, "2027-02-30")
    assert "not a date written as YYYY-MM-DD" in panel.status.text()
    type_cell(qtbot, panel, 0, RATE, "-1")
    assert panel.status.text().startswith("Not saved")
    assert paid(db) == before
    assert page.ctx.undo_stack.count() == 0
    assert panel.model.index(0, AMOUNT).data() == "11,350.50"


def test_a_refund_that_makes_the_actual_negative_is_asked_about(
    qtbot: Any, page: BudgetPage, db: Database
) -> None:
    panel = page.payments
    asked: list[str] = []
    answer = [False]
    panel.confirm = lambda text: asked.append(text) is None and answer[0]
    panel.add()
    # 11,350.50 - 12,000.00 = -649.50: below zero
    type_cell(qtbot, panel, 1, AMOUNT, "-12000")
    assert "-649.50 USD" in asked[0]
    assert "below zero" in panel.status.text()
    assert paid(db)[1][1] == 0
    answer[0] = True
    type_cell(qtbot, panel, 1, AMOUNT, "-12000")
    assert paid(db)[1][1] == -1200000
    assert page.lines.row_at(0).display[6] == "-649.50"
    # a refund within what was paid is not asked about
    asked.clear()
    type_cell(qtbot, panel, 1, AMOUNT, "-350.50")
    assert asked == [] and paid(db)[1][1] == -35050


def test_the_activity_editor_edits_payments_too(
    qtbot: Any, db: Database, load: Callable[[dict[str, Any]], int], small_doc: Any
) -> None:
    ctx = AppContext(db, load(small_doc))
    aid = ctx.read(lambda s: s.exec(select(Activity.id).where(Activity.code == "TC-2027-01")).one())
    editor = ActivityEditor(ctx, aid)
    qtbot.addWidget(editor)
    editor.show()
    tab = editor.budget
    editor.tabs.setCurrentWidget(tab)
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    panel = tab.payments
    assert panel.model.rowCount() == 1
    panel.add()
    type_cell(qtbot, panel, 1, AMOUNT, "49.50")
    QApplication.processEvents()
    # the line's actual follows: 11,350.50 + 49.50 = 11,400.00
    assert tab.model.index(0, 4).data() == "11,400.00"
    ctx.undo_stack.undo()
    QApplication.processEvents()
    assert paid(db)[1][1] == 0


def test_a_payments_file_is_imported_from_the_page_as_one_undoable_step(
    qtbot: Any, page: BudgetPage, db: Database, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    f = tmp_path / "pay.csv"
    f.write_text(
        "activity,category,currency,date,amount,voucher\n"
        "TC-2027-01,travel,USD,2027-03-02,-11400.00,RF-1\n",
        "utf-8",
    )
    assert page.payments.import_file(str(f)) == 1
    assert "Recorded 1 payment from pay.csv" in told[-1]
    assert "TC-2027-01 travel USD: -49.50" in told[-1]  # 11,350.50 - 11,400.00
    assert page.lines.row_at(0).display[6] == "-49.50"
    assert page.payments.model.rowCount() == 2
    page.ctx.undo_stack.undo()
    assert len(paid(db)) == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("activity,category,currency,date,amount\nNOPE,venue,USD,2027-01-01,1\n")
    assert page.payments.import_file(str(bad)) is None
    assert "line 2: unknown activity 'NOPE'" in told[-1]
    assert len(paid(db)) == 1


def test_a_baseline_is_frozen_from_the_page_as_one_undoable_step(
    page: BudgetPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from planner.ui.pages import budget_baseline as BB

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    names = iter(["", "Approved 2027"])
    problems: list[str] = []

    def fill(dialog: BB.BaselineDialog) -> int:
        dialog.year.setCurrentIndex(dialog.year.findData(2027))
        dialog.name.setText(next(names))
        dialog._try_accept()
        problems.append(dialog.errors["name"].text())
        return 0

    monkeypatch.setattr(BB.BaselineDialog, "exec", fill)
    assert page.freeze_baseline() is None
    assert "needs a name" in problems[0]
    assert page.freeze_baseline() == "Approved 2027"
    assert "Approved 2027" in told[-1]
    with sqlite3.connect(db.path) as con:
        row = con.execute("SELECT name, year, made_by FROM baseline").fetchone()
        lines = con.execute("SELECT planned_minor, currency FROM baseline_line").fetchall()
    assert row == ("Approved 2027", 2027, page.ctx.user)
    assert lines == [(1200000, "USD")]  # the small plan's one line: USD 12,000.00
    page.ctx.undo_stack.undo()
    with sqlite3.connect(db.path) as con:
        assert con.execute("SELECT count(*) FROM baseline").fetchone() == (0,)

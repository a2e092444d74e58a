"""Keyboard flow like a spreadsheet: Enter saves a typed value and moves to the
cell below (seats, amounts in the editor and on the Budget page, scores); a
refused value keeps the cursor on its cell; a mark in the attendance grid moves
on to the next person."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from planner import display
from planner.models import BudgetLine, Enrolment, Participant, Payment
from planner.services import activities as A
from planner.store import Database, unit_of_work
from planner.ui.activity_editor import ActivityEditor
from planner.ui.context import AppContext
from planner.ui.pages.attendance import AttendancePage
from planner.ui.pages.budget import ACTUAL_COL, BudgetPage


@pytest.fixture(autouse=True)
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display, "default_locale", lambda: "en_US")
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))
    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(
            QMessageBox, name, lambda *a, **_k: pytest.fail(f"unexpected message box: {a}")
        )


@pytest.fixture
def ctx(db: Database, load: Callable[[dict[str, Any]], int], small_doc: dict[str, Any]) -> Any:
    """The small plan with three administrations, three people enrolled in
    TC-2027-01 and three budget lines."""
    doc = small_doc
    doc["administrations"] += [
        {"code": "LA", "name": "Lao Customs Department", "country": "LA"},
        {"code": "TH", "name": "Thai Customs Department", "country": "TH"},
    ]
    doc["participants"] += [
        {"ref": "P0002", "name": "Wanida Wongsawat", "gender": "F", "administration": "TH"},
        {"ref": "P0003", "name": "Anan Srisuk", "gender": "M", "administration": "TH"},
    ]
    act = doc["activities"][0]
    act["quotas"][0]["seats"] = 10
    act["enrolments"] += [
        {"participant": "P0002", "status": "confirmed"},
        {"participant": "P0003", "status": "confirmed"},
    ]
    line = act["budget_lines"][0]
    act["budget_lines"] += [
        {**copy.deepcopy(line), "description": "Hotel", "category": "accommodation"},
        {**copy.deepcopy(line), "description": "Visas", "category": "other"},
    ]
    return AppContext(db, load(doc))


def editor_of(view: QAbstractItemView) -> QWidget:
    (found,) = [
        w
        for w in view.viewport().findChildren(QWidget)
        if w.isVisible() and w.parent() is view.viewport()
    ]
    return found


def enter_value(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex, text: str) -> None:
    """Go to the cell, type (typing starts editing, as in a spreadsheet), press Enter."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClicks(view, text[0])
    editor = editor_of(view)
    line = editor if isinstance(editor, QLineEdit) else editor.findChild(QLineEdit)
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    QApplication.processEvents()


def at(view: QAbstractItemView) -> tuple[int, int]:
    return view.currentIndex().row(), view.currentIndex().column()


def test_seats_enter_saves_and_moves_down(qtbot: QtBot, ctx: AppContext) -> None:
    editor = ActivityEditor(ctx, 1)
    qtbot.addWidget(editor)
    editor.show()
    tab = editor.seats
    editor.tabs.setCurrentWidget(tab)
    m = tab.model
    assert [m.index(r, 0).data() for r in range(m.rowCount())] == ["KH", "LA", "TH"]
    for r, seats in enumerate(("4", "2", "6")):  # one column typed top to bottom
        enter_value(qtbot, tab.view, m.index(r, 2), seats)
        assert at(tab.view) == (min(r + 1, 2), 2)
    assert ctx.read(lambda s: A.quotas_of(s, 1)) == {"KH": 4, "LA": 2, "TH": 6}
    assert tab.total.text() == "Total seats: 12"


def planned(db: Database) -> list[int]:
    with unit_of_work(db) as s:
        return [b.planned_minor for b in s.exec(select(BudgetLine).order_by(BudgetLine.id))]


def test_editor_amounts_enter_saves_and_moves_down_unless_refused(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    editor = ActivityEditor(ctx, 1)
    qtbot.addWidget(editor)
    editor.show()
    tab = editor.budget
    editor.tabs.setCurrentWidget(tab)
    m = tab.model
    enter_value(qtbot, tab.view, m.index(0, 3), "1,000.00")
    assert at(tab.view) == (1, 3)
    enter_value(qtbot, tab.view, m.index(1, 3), "2000.5")
    assert at(tab.view) == (2, 3)
    assert planned(db) == [100000, 200050, 1200000]
    enter_value(qtbot, tab.view, m.index(2, 3), "3.001")  # USD has 2 decimals
    assert "more decimals than USD allows" in tab.status.text()
    assert at(tab.view) == (2, 3)  # stays to be typed again
    assert planned(db) == [100000, 200050, 1200000]


def test_budget_page_amounts_enter_saves_and_moves_down_unless_refused(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    page = BudgetPage(ctx)
    qtbot.addWidget(page)
    page.show()
    view, lines = page.lines_view, page.lines
    assert lines.rowCount() == 3
    descriptions = [lines.row_at(r).display[3] for r in range(3)]
    enter_value(qtbot, view, lines.index(0, ACTUAL_COL), "100")
    assert at(view) == (1, ACTUAL_COL)
    enter_value(qtbot, view, lines.index(1, ACTUAL_COL), "-1")
    assert page.status.text().startswith("Not saved: ")
    assert at(view) == (1, ACTUAL_COL)
    enter_value(qtbot, view, lines.index(1, ACTUAL_COL), "200")
    assert at(view) == (2, ACTUAL_COL)
    with unit_of_work(db) as s:
        actual = {
            b.description: sum(
                p.amount_minor
                for p in s.exec(select(Payment).where(Payment.budget_line_id == b.id))
            )
            for b in s.exec(select(BudgetLine))  # type: ignore[misc]
        }
    assert (actual[descriptions[0]], actual[descriptions[1]]) == (10000, 20000)


def test_scores_enter_saves_and_moves_down_unless_refused(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    page = AttendancePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.tabs.setCurrentWidget(page.scores_tab)
    sm, view = page.scores_model, page.scores
    post = sm.column_of("post_score")
    enter_value(qtbot, view, sm.index(0, post), "61")
    assert at(view) == (1, post)
    enter_value(qtbot, view, sm.index(1, post), "101")  # above 100: refused
    assert "must be <= 100" in page.scores_message.text() and at(view) == (1, post)
    enter_value(qtbot, view, sm.index(1, post), "72.5")
    assert at(view) == (2, post)
    enter_value(qtbot, view, sm.index(2, post), "88")
    assert at(view) == (2, post)  # the last row: nowhere further down
    with unit_of_work(db) as s:
        scores = {
            ref: post_score
            for ref, post_score in s.exec(
                select(Participant.ref, Enrolment.post_score).join(
                    Enrolment,
                    Enrolment.participant_id == Participant.id,  # type: ignore[arg-type]
                )
            )
        }
    rows = [sm.grid.people[r].ref for r in range(3)]  # type: ignore[union-attr]
    assert [scores[r] for r in rows] == ["61", "72.5", "88"]


def test_a_mark_moves_down_the_session_to_the_next_person(qtbot: QtBot, ctx: AppContext) -> None:
    page = AttendancePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    m, grid = page.grid_model, page.grid
    day2 = m.first_session_column() + 1
    grid.setCurrentIndex(m.index(0, day2))
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_P)
    assert at(grid) == (1, day2)
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # Enter skips a person
    assert at(grid) == (2, day2)
    qtbot.keyClick(grid, Qt.Key.Key_A)
    assert at(grid) == (2, day2)  # the last person: stays
    assert [m.index(r, day2).data() for r in range(3)] == ["P", "", "A"]
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_P)  # already present: nothing saved, still moves on
    assert at(grid) == (1, day2) and page.ctx.undo_stack.count() == 2

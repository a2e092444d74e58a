"""Two people on one plan: a window and another connection to the same file.

The second to save a row is refused with who changed what (nothing is
overwritten), and what others save appears in an open window by itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox

from planner import display
from planner.models import Activity
from planner.services import activities as A
from planner.services import exchange, history, journal, plans
from planner.services.demo import create_demo
from planner.store import Database, open_database, unit_of_work
from planner.ui.activity_editor import ActivityEditor
from planner.ui.context import PLAN, AppContext
from planner.ui.history_dialog import HistoryDialog
from planner.ui.main_window import MainWindow
from planner.ui.pages.budget import PLANNED_COL, BudgetPage
from planner.ui.pages.reference import ReferencePage
from tests.ui.test_activity_editor import edit_cell
from tests.ui.test_budget_page import type_into as type_into_cell


@pytest.fixture(autouse=True)
def english_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display, "default_locale", lambda: "en_US")


@pytest.fixture
def two(db: Database, db_path: Path, small_doc: dict[str, Any]) -> Iterator[tuple[Database, int]]:
    """The plan, and a second connection to its file (another window or user)."""
    with unit_of_work(db) as s:
        plan_id = exchange.import_document(s, small_doc)
    other = open_database(db_path)
    yield other, plan_id
    other.close()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box shown (its text and informative text), answered by default."""
    shown: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def planned(db: Database) -> int:
    with unit_of_work(db) as s:
        return A.lines_of(s, 1)[0].planned_minor


def title(db: Database) -> str:
    with unit_of_work(db) as s:
        found = s.get(Activity, 1)
        assert found is not None
        return found.title


def test_the_budget_page_refuses_a_save_over_someone_elses_and_reloads(
    qtbot: Any, db: Database, two: tuple[Database, int], dialogs: list[tuple[str, str]]
) -> None:
    other, plan_id = two
    page = BudgetPage(AppContext(db, plan_id, user="Sok Dara"))
    qtbot.addWidget(page)
    page.show()  # window A has loaded the line: 12,000.00
    with journal.recorded(other, "Raise the tickets", user="Wang Fang") as s:
        A.update_budget_line(s, 1, seen=1, planned="15000.00")  # B saves
    type_into_cell(qtbot, page, 0, PLANNED_COL, "9000")  # A saves over it
    assert planned(db) == 1500000  # refused: B's value stands
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10000)  # once the cell's editor closed
    ((text, mine),) = dialogs
    assert text.startswith("Wang Fang changed this budget line at ")
    assert text.endswith(":\nplanned: 12,000.00 → 15,000.00")
    assert "Your change was not saved: Planned (own): 9000" in mine
    assert page.lines.row_at(0).display[PLANNED_COL] == "15,000.00"  # reloaded
    assert page.ctx.undo_stack.count() == 0  # nothing of A's is on the stack
    type_into_cell(qtbot, page, 0, PLANNED_COL, "9000")  # after the reload, A may save
    assert planned(db) == 900000 and len(dialogs) == 1


def test_the_activity_editor_refuses_a_stale_title_and_reloads(
    qtbot: Any, db: Database, two: tuple[Database, int], dialogs: list[tuple[str, str]]
) -> None:
    other, plan_id = two
    editor = ActivityEditor(AppContext(db, plan_id, user="Sok Dara"), 1)
    qtbot.addWidget(editor)
    editor.show()
    with journal.recorded(other, "Retitle", user="Wang Fang") as s:
        A.update_activity(s, 1, title="Single Window, advanced")
    field = editor.details.title
    field.setFocus()
    field.selectAll()
    field.insert("My title")
    field.editingFinished.emit()
    QApplication.processEvents()
    assert title(db) == "Single Window, advanced"
    ((text, mine),) = dialogs
    assert text.endswith(
        ":\ntitle: Single Window implementation workshop → Single Window, advanced"
    )
    assert "My title" in mine
    assert field.text() == "Single Window, advanced"  # reloaded


# ------------------------------------------------------------ live refresh
@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    create_demo(path)
    return path


@pytest.fixture
def window(qtbot: Any, settings: QSettings, demo: Path, no_dialogs: list[str]) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1280, 600)
    win.show()
    assert win.open_database(demo)
    return win


def budget_page(window: MainWindow) -> BudgetPage:
    page = window.page(BudgetPage)
    assert isinstance(page, BudgetPage)
    window.show_page(window.pages.index(page))
    return page


def test_anothers_save_appears_within_2_s_keeping_selection_and_scroll(
    qtbot: Any, window: MainWindow, demo: Path
) -> None:
    page = budget_page(window)
    view = page.lines_view
    assert page.lines.rowCount() > 40
    view.setFocus()
    view.selectRow(30)
    view.scrollTo(page.lines.index(30, 0))
    top = view.verticalScrollBar().value()
    assert top > 0
    line_id = page.lines.row_at(3).id
    with open_database(demo) as other, journal.recorded(other, "Raise", user="Wang Fang") as s:
        A.update_budget_line(s, line_id, planned="123456.78")
    qtbot.waitUntil(
        lambda: page.lines.row_at(3).display[PLANNED_COL] == "123,456.78", timeout=10000
    )
    assert view.currentIndex().row() == 30
    assert [i.row() for i in view.selectionModel().selectedRows()] == [30]
    assert view.verticalScrollBar().value() == top
    assert window.ctx is not None and window.ctx.undo_stack.count() == 0  # not ours to undo


def test_a_cell_being_typed_into_is_not_reset_the_refresh_waits(
    qtbot: Any, window: MainWindow, demo: Path
) -> None:
    page = budget_page(window)
    view = page.lines_view
    view.activateWindow()
    view.setFocus()
    view.setCurrentIndex(page.lines.index(0, PLANNED_COL))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    (cell,) = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    cell.selectAll()
    qtbot.keyClicks(cell, "77")
    line_id = page.lines.row_at(3).id
    with open_database(demo) as other, journal.recorded(other, "Raise", user="Wang Fang") as s:
        A.update_budget_line(s, line_id, planned="123456.78")
    qtbot.wait(1500)  # three checks: the change is seen, the refresh waits
    assert view.state() == QAbstractItemView.State.EditingState and cell.text() == "77"
    assert page.lines.row_at(3).display[PLANNED_COL] != "123,456.78"
    qtbot.keyClick(cell, Qt.Key.Key_Escape)  # editing ends: the refresh follows
    qtbot.waitUntil(
        lambda: page.lines.row_at(3).display[PLANNED_COL] == "123,456.78", timeout=10000
    )


def test_an_open_activity_editor_shows_anothers_change(
    qtbot: Any, window: MainWindow, demo: Path
) -> None:
    assert window.ctx is not None
    editor = ActivityEditor(window.ctx, 1)
    qtbot.addWidget(editor)
    editor.show()
    with open_database(demo) as other, journal.recorded(other, "Retitle", user="Wang Fang") as s:
        A.update_activity(s, 1, venue="Hekou")
    qtbot.waitUntil(lambda: editor.details.widgets["venue"].text() == "Hekou", timeout=10000)


def test_the_history_shows_each_persons_name(
    qtbot: Any, db: Database, two: tuple[Database, int]
) -> None:
    other, plan_id = two
    with journal.recorded(db, "Raise the tickets", user="Sok Dara", plan_id=plan_id) as s:
        A.update_budget_line(s, 1, planned="13000.00")
    with journal.recorded(other, "Retitle", user="Wang Fang", plan_id=plan_id) as s:
        A.update_activity(s, 1, title="Single Window, advanced")
    dialog = HistoryDialog(db, history.Filter(plan_id=plan_id), "plan")
    qtbot.addWidget(dialog)
    shown = [dialog.changes.row_at(r).display[1:3] for r in range(dialog.changes.rowCount())]
    assert shown[:2] == [("Wang Fang", "Retitle"), ("Sok Dara", "Raise the tickets")]
    people = {dialog.person.itemData(i) for i in range(dialog.person.count())}
    assert {"Sok Dara", "Wang Fang"} <= people


def test_the_editors_budget_tab_refuses_a_stale_amount_and_reloads(
    qtbot: Any, db: Database, two: tuple[Database, int], dialogs: list[tuple[str, str]]
) -> None:
    other, plan_id = two
    editor = ActivityEditor(AppContext(db, plan_id, user="Sok Dara"), 1)
    qtbot.addWidget(editor)
    editor.show()
    tab = editor.budget
    editor.tabs.setCurrentWidget(tab)
    with journal.recorded(other, "Raise", user="Wang Fang") as s:
        A.update_budget_line(s, 1, planned="15000.00")
    cell = edit_cell(qtbot, tab.view, 0, 3)
    cell.selectAll()
    qtbot.keyClicks(cell, "9000")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10000)
    assert planned(db) == 1500000
    ((text, mine),) = dialogs
    assert text.endswith(":\nplanned: 12,000.00 → 15,000.00") and "9000" in mine
    qtbot.waitUntil(lambda: tab.model.index(0, 3).data() == "15,000.00", timeout=10000)


def test_the_plan_settings_refuse_a_stale_owner_and_reload(
    qtbot: Any, db: Database, two: tuple[Database, int], dialogs: list[tuple[str, str]]
) -> None:
    other, plan_id = two
    page = ReferencePage(AppContext(db, plan_id, user="Sok Dara"))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    field = page.plan.fields["owner"]
    assert isinstance(field, QLineEdit)
    field.setFocus()
    assert field.hasFocus()
    field.selectAll()
    field.insert("Sok's office")  # typing; meanwhile someone else saves the owner
    with journal.recorded(other, "Owner", user="Wang Fang") as s:
        plans.update_plan(s, plan_id, owner="Wang's office")
    page.ctx.notify({PLAN})  # the live refresh: what is being typed stays
    assert field.text() == "Sok's office"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    ((text, mine),) = dialogs
    assert "owner:" in text and text.endswith("→ Wang's office") and "Sok's office" in mine
    with unit_of_work(db) as s:
        assert plans.resolve_plan(s, str(plan_id)).owner == "Wang's office"
    assert field.text() == "Wang's office"

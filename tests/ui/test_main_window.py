"""The main window driven as a planner would: open, filter, change, undo, reopen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from sqlmodel import select

from planner.models import Activity
from planner.services.demo import create_demo
from planner.store import open_database, unit_of_work
from planner.ui.main_window import MainWindow
from planner.ui.pages.activities import ActivitiesPage


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    create_demo(path)
    return path


@pytest.fixture
def window(qtbot, settings: QSettings, demo: Path, no_dialogs: list[str]) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    assert win.open_database(demo)
    return win


def activities(window: MainWindow) -> ActivitiesPage:
    page = window.page(ActivitiesPage)
    assert isinstance(page, ActivitiesPage)
    window.show_page(window.pages.index(page))
    return page


def statuses(path: Path) -> dict[str, str]:
    with open_database(path, readonly=True) as db, unit_of_work(db) as s:
        return {a.code: a.status for a in s.exec(select(Activity))}


def test_the_activities_list_searches_and_filters(window: MainWindow, qtbot) -> None:
    page = activities(window)
    assert page.model.rowCount() == 40
    qtbot.keyClicks(page.search, "kunming")
    venues = {page.model.row_at(r).display[7] for r in range(page.model.rowCount())}
    assert venues == {"Kunming"} and page.model.rowCount() >= 3
    page.search.clear()
    page.year.setCurrentIndex(page.year.findData(2028))
    page.status.setCurrentIndex(page.status.findData("cancelled"))
    assert [page.model.row_at(r).display[0] for r in range(page.model.rowCount())] == [
        code
        for code, st in statuses(window.db.path).items()
        if st == "cancelled" and code.endswith(tuple("0123456789")) and "2028" in code
    ]


def test_bulk_status_change_with_undo_and_redo(window: MainWindow, qtbot) -> None:
    page = activities(window)
    before = statuses(window.db.path)
    page.year.setCurrentIndex(page.year.findData(2031))
    page.table.selectAll()
    chosen = page.selected_ids()
    assert len(chosen) == sum(1 for c in before if "-2031-" in c)
    page.set_status("approved")
    after = statuses(window.db.path)
    assert all(after[c] == "approved" for c in after if "-2031-" in c)
    assert all(after[c] == before[c] for c in after if "-2031-" not in c)
    window.ctx.undo_stack.undo()
    assert statuses(window.db.path) == before
    window.ctx.undo_stack.redo()
    assert statuses(window.db.path) == after
    # the list shows the change without being reopened
    shown = {page.model.row_at(r).display[4] for r in range(page.model.rowCount())}
    assert shown == {"Approved"}


def test_delete_asks_and_undo_brings_everything_back(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.services import exchange

    page = activities(window)
    with unit_of_work(window.db) as s:
        before = exchange.export_document(s, window.ctx.plan_id)
    page.search.setText("TC-2027-01")
    page.table.selectAll()
    answers = iter([False, True])
    monkeypatch.setattr("planner.ui.pages.activities.confirm", lambda *a: next(answers))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # asked, said no
    assert "TC-2027-01" in statuses(window.db.path)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # asked, said yes
    assert "TC-2027-01" not in statuses(window.db.path)
    window.ctx.undo_stack.undo()
    with unit_of_work(window.db) as s:
        after = exchange.export_document(s, window.ctx.plan_id)
    key = {a["code"]: a for a in after["activities"]}
    assert key["TC-2027-01"] == next(a for a in before["activities"] if a["code"] == "TC-2027-01")
    assert len(after["activities"]) == len(before["activities"])


def test_edits_are_on_disk_at_once_and_the_window_reopens_where_it_was(
    qtbot, settings: QSettings, demo: Path, no_dialogs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.open_database(demo)
    page = activities(win)
    page.search.setText("TC-2031-01")
    page.table.selectAll()
    page.set_status("cancelled")
    # another reader sees it before the window closes: it is committed
    assert statuses(demo)["TC-2031-01"] == "cancelled"
    win.resize(1001, 701)
    closed_at = bytes(win.saveGeometry())
    win.close()
    assert bytes(settings.value("window/geometry")) == closed_at
    # the next window restores exactly the geometry saved (how the platform then
    # fits it to its screen is Qt's business, not ours)
    restored: list[bytes] = []
    restore = MainWindow.restoreGeometry

    def spy(self: MainWindow, geometry: QByteArray | bytes) -> bool:
        restored.append(bytes(geometry))
        return restore(self, geometry)

    monkeypatch.setattr(MainWindow, "restoreGeometry", spy)
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert restored == [closed_at]
    assert str(again.settings.value("last_database")) == str(demo)
    assert again.recent()[0] == str(demo)


def test_a_database_that_is_not_ours_is_refused_with_a_message(
    qtbot, settings: QSettings, tmp_path: Path, no_dialogs: list[str]
) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("not a database", encoding="utf-8")
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert not win.open_database(other)
    assert any("not a planner database" in text for text in no_dialogs)
    assert other.read_text(encoding="utf-8") == "not a database"


def test_new_plan_in_a_new_database(
    qtbot, settings: QSettings, tmp_path: Path, no_dialogs: list[str], monkeypatch
) -> None:
    from planner.ui import dialogs

    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_database(tmp_path / "new.sqlite", create=True)
    assert win.pages == []

    def fill_and_accept(self: dialogs.NewPlanDialog) -> int:
        self.name.setText("Pilot plan")
        self.start.setValue(2028)
        self._try_accept()
        return int(self.result())

    monkeypatch.setattr(dialogs.NewPlanDialog, "exec", fill_and_accept)
    win.new_plan()
    assert win.plan_box.currentText() == "Pilot plan"
    assert len(win.pages) >= 1
    with unit_of_work(win.db) as s:
        from planner.models import Plan

        plan = s.exec(select(Plan)).one()
        assert (plan.start_year, plan.years, plan.base_currency) == (2028, 5, "CNY")
    assert date(2028, 1, 1).year == plan.start_year


def test_a_report_is_written_in_the_background(window: MainWindow, qtbot, tmp_path: Path) -> None:
    target = tmp_path / "figures.csv"
    window.write_report("cost-effectiveness", "csv", path=str(target))
    qtbot.waitUntil(target.exists, timeout=10000)
    header = target.read_text("utf-8").splitlines()[0]
    assert header.startswith("scope,key,planned_cost,actual_cost")
    qtbot.waitUntil(lambda: window._task is None, timeout=5000)


def test_the_calendar_from_the_window(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from icalendar import Calendar

    target = tmp_path / "plan.ics"
    monkeypatch.setattr(
        "planner.ui.window_actions.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    window.write_calendar()
    qtbot.waitUntil(target.exists, timeout=10000)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    with unit_of_work(window.db) as s:
        sessions = s.connection().exec_driver_sql("SELECT count(*) FROM session").scalar()
    assert len(events) == sessions


def test_a_bulk_change_keeps_every_row_selected(window: MainWindow) -> None:
    page = activities(window)
    page.year.setCurrentIndex(page.year.findData(2030))
    page.table.selectAll()
    chosen = page.selected_ids()
    page.set_status("scheduled")
    assert sorted(page.selected_ids()) == sorted(chosen) and len(chosen) > 1


def test_an_error_escaping_a_slot_is_shown_not_lost(
    qtbot, tmp_path: Path, no_dialogs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from planner.errors import PlannerError
    from planner.ui import app

    monkeypatch.setattr("planner.paths.log_file", lambda: tmp_path / "planner.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_error_hook()
    try:
        raise PlannerError("the database file is damaged")
    except PlannerError:
        sys.excepthook(*sys.exc_info())
    try:
        raise KeyError("someone@example.org")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert no_dialogs[0] == "the database file is damaged"
    assert "KeyError" in no_dialogs[1]
    logged = (tmp_path / "planner.log").read_text("utf-8")
    # where the bug is, without the data it was handling
    assert "builtins.KeyError" in logged and "test_main_window.py" in logged
    assert "someone@example.org" not in logged


def test_messages_quoting_user_text_show_it_literally(qtbot) -> None:
    from PySide6.QtCore import Qt

    from planner.ui.dialogs import error_label, plain

    assert plain("no markup here") == "no markup here"
    assert plain("'<b>Nguyen</b> & Co' is\nalready used") == (
        "<p>'&lt;b&gt;Nguyen&lt;/b&gt; &amp; Co' is<br>already used</p>"
    )
    label = error_label()
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText

"""The window's keyboard flow on the demo plan: Enter or Down in the Activities
search goes to the first match; report dialogs start on the activity open on the
page and remember the last folder; the check-in desk names the user of the
settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from planner.services.demo import create_demo
from planner.ui import window_actions
from planner.ui.activity_editor import ActivityEditor
from planner.ui.main_window import MainWindow
from planner.ui.pages.activities import ActivitiesPage
from planner.ui.pages.attendance import AttendancePage


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo(path)
    return path


@pytest.fixture
def window(
    qtbot: QtBot, settings: QSettings, demo_file: Path, tmp_path: Path, no_dialogs: list[str]
) -> MainWindow:
    db = tmp_path / "demo.sqlite"
    db.write_bytes(demo_file.read_bytes())
    settings.setValue("user_name", "Li Wei")
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    assert win.open_database(db)
    return win


def show(window: MainWindow, kind: type[Any]) -> Any:
    page = window.page(kind)
    assert isinstance(page, kind)
    window.show_page(window.pages.index(page))
    return page


def editors() -> list[ActivityEditor]:
    """The activity editors open on screen (an earlier test's closed one may linger
    until Qt deletes it)."""
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ActivityEditor) and w.isVisible()
    ]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Down])
def test_enter_or_down_in_the_search_goes_to_the_first_match(
    window: MainWindow, qtbot: QtBot, key: Qt.Key
) -> None:
    page: ActivitiesPage = show(window, ActivitiesPage)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "kunming")
    assert page.model.rowCount() >= 3
    qtbot.keyClick(page.search, key)
    assert page.table.hasFocus()
    assert page.table.currentIndex().row() == 0
    assert page.selected_ids() == [page.model.row_at(0).id]
    assert page.model.row_at(0).display[7] == "Kunming"
    assert editors() == []  # Enter in the search opens nothing
    assert page.search.text() == "kunming"


def test_the_report_dialog_starts_on_the_activity_open_on_the_page(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def get_item(_p: Any, _t: str, _l: str, items: list[str], current: int, _e: bool) -> Any:
        offered.append(items[current])
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    page: AttendancePage = show(window, AttendancePage)
    page.activity.setCurrentIndex(page.activity.findData(20))  # TC-2029-03, scheduled
    assert window_actions.choose_activity(window, delivered_only=False) == "TC-2029-03"
    # certificates list only delivered activities: TC-2029-03 is not there, the first is
    assert window_actions.choose_activity(window, delivered_only=True) == "TC-2027-01"
    page.activity.setCurrentIndex(page.activity.findData(12))  # TC-2028-04, delivered
    assert window_actions.choose_activity(window, delivered_only=True) == "TC-2028-04"

    activities: ActivitiesPage = show(window, ActivitiesPage)
    row = next(r for r in range(activities.model.rowCount()) if activities.model.row_at(r).id == 18)
    activities.table.setCurrentIndex(activities.model.index(row, 0))
    assert window_actions.choose_activity(window, delivered_only=False) == "TC-2029-02"
    assert offered[-1].startswith("TC-2029-02 — ")


def test_the_save_dialog_remembers_the_last_folder(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    suggested: list[str] = []
    folder = tmp_path / "reports"
    folder.mkdir()

    def save_as(_p: Any, _t: str, where: str, _f: str) -> tuple[str, str]:
        suggested.append(where)
        return str(folder / Path(where).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window.write_report("budget", "csv")
    qtbot.waitUntil(lambda: (folder / "budget.csv").exists(), timeout=10000)
    qtbot.waitUntil(lambda: window._task is None, timeout=5000)
    assert suggested == [str(Path.home() / "budget.csv")]
    window.write_report("plan", "csv")
    qtbot.waitUntil(lambda: (folder / "plan.csv").exists(), timeout=10000)
    qtbot.waitUntil(lambda: window._task is None, timeout=5000)
    assert suggested[1] == str(folder / "plan.csv")
    # a later session of the window starts there too
    assert Path(str(window.settings.value("reports/folder"))) == folder


def test_the_check_in_desk_names_the_user_of_the_settings(window: MainWindow, qtbot: QtBot) -> None:
    assert window.ctx is not None and window.ctx.user == "Li Wei"
    page: AttendancePage = show(window, AttendancePage)
    page.activity.setCurrentIndex(page.activity.findData(20))  # TC-2029-03
    page.tabs.setCurrentWidget(page.desk)
    ref = page.grid_model.person_at(0).ref
    for _ in range(2):
        qtbot.keyClicks(page.desk.code, ref)
        qtbot.keyClick(page.desk.code, Qt.Key.Key_Return)
    said = page.desk.outcome.text()
    assert said.startswith("Already marked present at ") and " by Li Wei: " in said
    mark = page.grid_model.grid.marks[  # type: ignore[union-attr]
        (page.grid_model.person_at(0).enrolment_id, page.desk.current_session())
    ]
    assert mark.marked_by == "Li Wei"

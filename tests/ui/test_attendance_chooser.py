"""The Attendance page on the demo plan: a code typed into the activity box opens
that activity (grid and info line alike) or is refused visibly; the grid of an
activity not delivered yet says "pending" instead of failing everyone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner import display
from planner.services.attendance_view import pending
from planner.services.demo import create_demo
from planner.store import Database, open_database, unit_of_work
from planner.ui.context import AppContext
from planner.ui.pages.attendance import AttendancePage


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo(path)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    with open_database(copy) as database:
        yield database


@pytest.fixture
def page(qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch) -> AttendancePage:
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))
    monkeypatch.setattr(display, "default_locale", lambda: "en_US")
    with unit_of_work(demo) as s:
        plan_id = int(s.connection().exec_driver_sql("SELECT min(id) FROM plan").scalar_one())
    p = AttendancePage(AppContext(demo, plan_id))
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    p.refresh()
    return p


def type_into_box(page: AttendancePage, qtbot: QtBot, text: str, key: Qt.Key) -> None:
    page.search.setFocus()
    page.search.selectAll()
    qtbot.keyClicks(page.search, text)
    popup = page.activity.completer().popup()  # type: ignore[union-attr]
    qtbot.keyClick(popup if popup.isVisible() else page.search, key)
    if popup.isVisible():
        qtbot.keyClick(page.search, key)


def open_code(page: AttendancePage) -> str | None:
    g = page.grid_model.grid
    return None if g is None else g.code


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
def test_a_typed_code_switches_the_grid_and_the_info_line(
    page: AttendancePage, qtbot: QtBot, key: Qt.Key
) -> None:
    assert page.activity.currentText().startswith("TC-2027-01")
    assert open_code(page) == "TC-2027-01" and page.about.text().startswith("2027-03-08 to ")
    type_into_box(page, qtbot, "TC-2029-03", key)
    assert open_code(page) == "TC-2029-03"
    assert page.activity.currentText().startswith("TC-2029-03 — ")
    assert page.search.text().startswith("TC-2029-03 — ")
    assert page.about.text().startswith("2029-08-20 to 2029-08-28 · 7 sessions · ")
    assert " · 25 enrolled · " in page.about.text()
    assert page.grid_model.rowCount() == 25
    assert page.notice.isHidden()
    # lower case and stray spaces name the same code
    type_into_box(page, qtbot, "  tc-2027-02 ", key)
    assert open_code(page) == "TC-2027-02" and page.about.text().startswith("2027-05-17 to ")


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
def test_a_code_of_no_listed_activity_is_refused_visibly(
    page: AttendancePage, qtbot: QtBot, key: Qt.Key
) -> None:
    # TC-2030-01 exists but has nobody enrolled; TC-2099-09 does not exist
    for typed in ("TC-2030-01", "TC-2099-09"):
        type_into_box(page, qtbot, typed, key)
        assert open_code(page) == "TC-2027-01"
        assert page.search.text() == page.activity.currentText()
        assert page.activity.currentText().startswith("TC-2027-01 — ")
        assert page.about.text().startswith("2027-03-08 to ")
        assert page.notice.isVisible()
        assert page.notice.text() == f"No activity with enrolments has the code “{typed}”."
    type_into_box(page, qtbot, "TC-2029", key)  # four scheduled courses
    assert open_code(page) == "TC-2027-01"
    assert page.notice.text() == "“TC-2029” matches several activities: type one code."
    type_into_box(page, qtbot, "TC-2029-04", key)
    assert open_code(page) == "TC-2029-04" and page.notice.isHidden()


def trailing(page: AttendancePage, row: int) -> list[str]:
    m = page.grid_model
    return [str(m.index(row, c).data()) for c in m.trailing_columns()]


def test_people_of_an_activity_not_delivered_are_pending_not_failing(
    page: AttendancePage, qtbot: QtBot
) -> None:
    assert [s for s in ("planned", "approved", "scheduled", "cancelled") if pending(s)] == [
        "planned",
        "approved",
        "scheduled",
        "cancelled",
    ]
    assert not pending("delivered")
    m = page.grid_model
    delivered = [trailing(page, r) for r in range(m.rowCount())]
    assert "pending" not in {x for row in delivered for x in row}
    assert {row[2] for row in delivered} <= {"Yes", "No"} and delivered[0][1].endswith("%")

    type_into_box(page, qtbot, "TC-2029-03", Qt.Key.Key_Return)  # scheduled, nobody marked
    assert m.rowCount() == 25
    assert all(trailing(page, r) == ["0", "pending", "pending"] for r in range(25))
    rate = m.index(0, m.trailing_columns()[1])
    assert "not delivered yet" in str(rate.data(Qt.ItemDataRole.ToolTipRole))
    assert rate.data(Qt.ItemDataRole.BackgroundRole) is None  # never the green of "Yes"
    # a mark still counts as attended; the rate stays pending until delivery
    page.grid.setCurrentIndex(m.index(0, m.first_session_column()))
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_P)
    assert trailing(page, 0) == ["1", "pending", "pending"]

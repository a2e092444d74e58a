"""The window's start: the frame needs no database code, the database opens in the
background with the first page's data, and a refusal is shown, not lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from planner.services.demo import create_demo
from planner.ui.main_window import MainWindow
from planner.ui.pages.overview import OverviewPage

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_frame_imports_no_database_code() -> None:
    probe = (
        "import sys; import planner.ui.app, planner.ui.main_window; "
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'planner.store') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_a_database_opens_in_the_background_with_its_first_page(
    qtbot, settings: QSettings, tmp_path: Path, no_dialogs: list[str]
) -> None:
    path = tmp_path / "demo.sqlite"
    create_demo(path)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.open_database_later(path)
    assert "Opening demo.sqlite" in win.empty.text() and win.db is None
    qtbot.waitUntil(lambda: win.db is not None and bool(win.pages), timeout=30_000)
    page = win.page(OverviewPage)
    assert isinstance(page, OverviewPage) and win.stack.currentWidget() is page
    assert page.model.rowCount() > 0  # the overview's data, read in the background
    assert win.plan_box.count() == 1 and win.windowTitle().startswith("demo.sqlite")
    assert no_dialogs == []


def test_a_refused_file_is_shown_and_the_window_stays_empty(
    qtbot, settings: QSettings, tmp_path: Path, no_dialogs: list[str]
) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("not a database", encoding="utf-8")
    win = MainWindow(settings)
    qtbot.addWidget(win)
    before = win.empty.text()
    win.open_database_later(other)
    qtbot.waitUntil(lambda: bool(no_dialogs), timeout=30_000)
    assert any("not a planner database" in text for text in no_dialogs)
    assert win.db is None and win.empty.text() == before
    assert other.read_text(encoding="utf-8") == "not a database"

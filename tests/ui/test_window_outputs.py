"""The window's save dialogs refuse what the command line refuses: a report
written onto the open database, or in a format its name contradicts."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from planner.services.demo import create_demo
from planner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, settings: QSettings, tmp_path: Path, no_dialogs: list[str]) -> MainWindow:
    demo = tmp_path / "demo.sqlite"
    create_demo(demo)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    assert win.open_database(demo)
    return win


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_report_saved_over_the_open_database_is_refused(
    window: MainWindow, qtbot, no_dialogs: list[str]
) -> None:
    assert window.db is not None
    db = window.db.path
    before = digest(db)
    window.write_report("budget", "csv", path=str(db))
    qtbot.waitUntil(lambda: window._task is None, timeout=10000)
    assert any("the database in use" in text for text in no_dialogs), no_dialogs
    assert digest(db) == before


def test_a_report_named_for_another_format_is_refused(
    window: MainWindow, qtbot, tmp_path: Path, no_dialogs: list[str]
) -> None:
    target = tmp_path / "budget.pdf"
    window.write_report("budget", "csv", path=str(target))
    qtbot.waitUntil(lambda: window._task is None, timeout=10000)
    assert any("ends in .pdf but the format asked for is csv" in t for t in no_dialogs)
    assert not target.exists()

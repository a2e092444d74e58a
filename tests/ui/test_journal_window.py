"""The window's undo stack is a view of the database's: undo after other edits,
across pages, and after the window is closed and opened again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from planner.services import activities as A
from planner.services.demo import create_demo
from planner.ui.main_window import MainWindow
from tests.tables import JOURNAL, Contents
from tests.tables import contents as all_contents


def contents(path: Path) -> Contents:
    return all_contents(path, JOURNAL)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    create_demo(path)
    return path


def open_window(qtbot, settings: QSettings, demo: Path) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    assert win.open_database(demo)
    return win


def test_delete_undo_redo_across_a_restart(
    qtbot, settings: QSettings, demo: Path, no_dialogs: list[str]
) -> None:
    before = contents(demo)
    settings.setValue("user_name", "Li Na")
    win = open_window(qtbot, settings, demo)
    assert win.ctx is not None
    ctx = win.ctx
    ids = [1, 2, 3]
    ctx.execute("Delete activities A, B, C", lambda s: [A.delete_activity(s, i) for i in ids])
    ctx.execute("Rename a venue", lambda s: A.update_activity(s, 4, venue="Kunming"))
    after = contents(demo)
    assert ctx.undo_stack.count() == 2 and ctx.undo_stack.undoText() == "Rename a venue"
    win.close()

    again = open_window(qtbot, settings, demo)
    assert again.ctx is not None
    stack = again.ctx.undo_stack
    assert stack.count() == 2 and stack.canUndo() and not stack.canRedo()
    stack.undo()
    stack.undo()
    assert contents(demo) == before
    stack.redo()
    stack.redo()
    assert contents(demo) == after
    with sqlite3.connect(demo) as con:
        users = {r[0] for r in con.execute("SELECT user FROM change WHERE kind != 'import'")}
    assert users == {"Li Na"}
    assert no_dialogs == []


def test_a_user_name_with_control_characters_is_not_recorded(
    qtbot, settings: QSettings, demo: Path, no_dialogs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    win = open_window(qtbot, settings, demo)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Li\x1b[2J Na", True))
    win.ask_user_name()
    assert any("U+001B" in text for text in no_dialogs), no_dialogs
    assert settings.value("user_name") is None
    settings.setValue("user_name", "\u202eevil")  # written by hand into the settings file
    assert "\u202e" not in win.user_name()

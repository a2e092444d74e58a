"""View ▸ Language: the window's language chosen in the settings; the main window is made
again in it at once, on the same database, plan and page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.ui import language as L


def test_the_choice_is_stored_and_sets_the_next_start_locale(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert L.chosen(settings) == ""  # the default: the system's
    menu = L.language_menu(parent, settings)
    actions = menu.actions()
    assert [a.text() for a in actions] == ["As the system", "English", "简体中文"]
    assert actions[0].isChecked()
    actions[2].trigger()
    assert settings.value(L.KEY) == "zh_CN" and actions[2].isChecked()
    assert L.window_locale(settings).name() == "zh_CN"
    assert told and "next time" in told[0]
    actions[1].trigger()
    assert L.window_locale(settings).name().startswith("en")
    settings.setValue(L.KEY, "fr")  # not offered: the system's
    assert L.chosen(settings) == ""


def test_the_report_language_is_kept_and_bilingual_only_where_offered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from planner.i18n import BILINGUAL
    from planner.ui import report_language as R

    settings = QSettings(str(tmp_path / "r.ini"), QSettings.Format.IniFormat)
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = R.report_language_menu(parent, settings)
    actions = menu.actions()
    assert [a.text() for a in actions] == ["As the window", "English", "中文", "中英文对照"]
    assert actions[0].isChecked() and R.language_for(settings, "budget", "pdf") is None
    actions[3].trigger()
    assert settings.value(R.KEY) == BILINGUAL and actions[3].isChecked()
    assert R.language_for(settings, "certificates", "pdf") == BILINGUAL
    assert R.language_for(settings, "cost-effectiveness", "pdf") == BILINGUAL
    assert R.language_for(settings, "budget", "xlsx") == "zh_CN"  # no bilingual workbook
    assert R.language_for(settings, "plan", "pdf") == "zh_CN"
    actions[1].trigger()
    assert R.language_for(settings, "plan", "pdf") == "en"
    settings.setValue(R.KEY, "fr")  # not offered: the window's
    assert R.chosen(settings) == "" and R.language_for(settings, "plan", "pdf") is None


@pytest.fixture
def restored_language() -> Iterator[None]:
    """The process's language state as it was: the window's catalogues, the default
    QLocale and the reports' language."""
    from PySide6.QtCore import QLocale

    from planner import i18n
    from planner.ui import app as ui_app

    before = QLocale()
    yield
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    while ui_app._installed:
        application.removeTranslator(ui_app._installed.pop())
    QLocale.setDefault(before)
    i18n.set_language(None)
    for window in L._windows:
        window.close()
    L._windows.clear()


def _choose(window: QWidget, name: str) -> None:
    from PySide6.QtWidgets import QMenu

    # the window's language menu: its actions hold the choices as stored
    [menu] = [
        m for m in window.findChildren(QMenu) if [a.data() for a in m.actions()] == list(L.CHOICES)
    ]
    [action] = [a for a in menu.actions() if a.text() == name]
    action.trigger()


def test_a_new_language_remakes_the_window_on_the_same_plan_and_page(
    qtbot: QtBot, tmp_path: Path, no_dialogs: list[str], restored_language: None
) -> None:
    from planner.services.demo import create_demo
    from planner.ui.main_window import MainWindow
    from planner.ui.pages.budget import BudgetPage

    path = tmp_path / "demo.sqlite"
    create_demo(path)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(L.KEY, "en")
    old = MainWindow(settings)
    qtbot.addWidget(old)
    old.show()
    assert old.open_database(path)
    budget = old.pages.index(old.page(BudgetPage))
    old.show_page(budget)
    assert old.db is not None and old.db.path == path
    assert old.menuBar().actions()[0].text() == "&File"
    _choose(old, "简体中文")
    assert not old.isVisible() and old.db is None  # closed: the file is free
    [new] = L._windows
    qtbot.waitUntil(new.isVisible)
    assert settings.value(L.KEY) == "zh_CN"
    assert new.menuBar().actions()[0].text().startswith("文件")
    assert new.db is not None and new.db.path == path  # the same database, open
    assert new.stack.currentWidget() is new.pages[budget]  # the same page
    assert new.pages[budget].title() == "预算"
    assert no_dialogs == []  # no "at the next start" message
    _choose(new, "English")
    [back] = L._windows
    assert back is not new and not new.isVisible()
    assert back.menuBar().actions()[0].text() == "&File"
    assert back.stack.currentWidget() is back.pages[budget]

"""View ▸ Language: the window's language chosen in the settings, used at the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
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

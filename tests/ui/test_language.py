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

"""Window tests: offscreen (set in tests/conftest.py), private settings per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp: object) -> Iterator[None]:
    """The English catalogue under everything, as planner.ui.app.load_translations()
    installs it: the plural forms of the source texts ("%n payment(s)") read as in the
    window ("1 payment", "3 payments")."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from planner.paths import resources

    translator = QTranslator()
    assert translator.load("planner_en", str(resources() / "translations"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[QSettings]:
    yield QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every message box with its default and record its text."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def record(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        seen.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, record)
    return seen

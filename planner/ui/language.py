"""The window's language, chosen in View ▸ Language and kept in the settings:
the system's (the default), English or Simplified Chinese. It takes effect at
the next start (the window's texts are made once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

KEY = "window/language"
# the languages offered, as stored; "" is the system's
CHOICES = ("", "en", "zh_CN")


def tr(text: str) -> str:
    return QCoreApplication.translate("language", text)


def chosen(settings: QSettings) -> str:
    """The language chosen in the settings ("" for the system's)."""
    value = settings.value(KEY, "")
    return value if isinstance(value, str) and value in CHOICES else ""


def window_locale(settings: QSettings) -> QLocale:
    """The locale the window starts in: the one chosen, else the system's."""
    language = chosen(settings)
    return QLocale(language) if language else QLocale.system()


def language_menu(parent: QWidget, settings: QSettings) -> QMenu:
    """View ▸ Language: one choice checked; a change is stored and applies at the
    next start."""
    menu = QMenu(tr("&Language"), parent)
    group = QActionGroup(menu)
    names = {"": tr("As the system"), "en": "English", "zh_CN": "简体中文"}
    current = chosen(settings)
    for code in CHOICES:
        action = QAction(names[code], menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)

    def picked(action: QAction) -> None:
        code = str(action.data() or "")
        if code == chosen(settings):
            return
        settings.setValue(KEY, code)
        settings.sync()
        QMessageBox.information(
            parent,
            tr("Language"),
            tr("The window will use this language the next time you start the planner."),
        )

    group.triggered.connect(picked)
    return menu

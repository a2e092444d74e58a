"""The window's language, chosen in View ▸ Language and kept in the settings:
the system's (the default), English or Simplified Chinese. It takes effect at
once: the window's texts are made once, so the window is made again in the new
language (:func:`remake_window`), on the same database, plan and page. Every edit
is already saved when it is made, so nothing is lost; the undo history is the
database's and comes back with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

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
    """View ▸ Language: one choice checked; a change is stored and the window is
    made again in it (a parent that is not the main window: at the next start)."""
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
        from planner.ui.main_window import MainWindow

        if isinstance(parent, MainWindow):
            remake_window(parent)
            return
        QMessageBox.information(
            parent,
            tr("Language"),
            tr("The window will use this language the next time you start the planner."),
        )

    group.triggered.connect(picked)
    return menu


#: the windows made again in a new language, kept alive (the first one is run()'s)
_windows: list[MainWindow] = []


def remake_window(old: MainWindow) -> MainWindow:
    """Close ``old`` (it saves its layout and closes its database, releasing the
    file), install the catalogues of the language now in the settings, and open a
    new window in its place on the same database, plan and page."""
    from planner.addresses import location
    from planner.ui.app import load_translations
    from planner.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shown = old.stack.currentWidget()
    page = next((n for n, p in enumerate(old.pages) if p is shown), 0)
    last = old.settings.value("last_database") if old.db is not None else None
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # between the two windows, none is shown
    try:
        old.close()
        old.deleteLater()
        if old in _windows:
            _windows.remove(old)
        load_translations(app, old.settings)
        new = MainWindow(old.settings)
        _windows.append(new)
        new.show()
    finally:
        app.setQuitOnLastWindowClosed(quits)
    if last is not None and new.open_database(location(str(last))):
        new.show_page(page)
    return new

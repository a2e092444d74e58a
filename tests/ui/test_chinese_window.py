"""Issue 16's check on the window: each page opened in Chinese (the demo plan, Chinese
names throughout) shows no word of ASCII letters that is not data, a code, a number or
a term written as such in Chinese (CNY, AEO, PDF...).

Walked: labels, buttons, tool tips, group box titles, placeholders, tab texts, combo
box items, every view's column headers and cells, the charts' painted titles and
units, the menus. Each tab of each page is
shown in turn, as a user would click through them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

from planner import i18n
from planner.iso import COUNTRIES, CURRENCY_EXPONENTS
from planner.services.demo import create_demo
from planner.store import open_database
from planner.ui.main_window import MainWindow
from tests.chinese_words import ALLOWED, DATA_SQL, WORD, data_words, fragment

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
#: the reference page edits both names side by side: English names are data there
BOTH_SQL = (
    *DATA_SQL,
    "SELECT name, owner FROM plan",
    "SELECT name FROM administration",
    "SELECT name FROM theme",
    "SELECT name FROM funding_source",
    "SELECT title, venue FROM activity",
)
#: terms the window writes as such in Chinese: currencies and file formats (Excel,
#: .ics), the country codes, the keys named in hints
WINDOW_ALLOWED = ALLOWED | {"Excel", "ics", "ISO", "SQLite"}
KEYS = {"Ctrl", "Shift", "Alt", "Delete", "Del", "Enter", "Esc", "Tab", "Space"}
TAG = re.compile(r"<[^>]*>|&[a-z]+;")
MAX_ROWS = 60  # cells read per view (the rest are more of the same)


@pytest.fixture
def window(
    qtbot, qapp: QApplication, settings: QSettings, tmp_path: Path, no_dialogs: list[str]
) -> Iterator[tuple[MainWindow, set[str], set[str]]]:
    translator = QTranslator()
    assert translator.load(QLocale("zh_CN"), "planner", "_", str(TRANSLATIONS))
    QCoreApplication.installTranslator(translator)
    # the core's words and shown() names, and the dates, as load_translations() sets them
    i18n.set_language("zh_CN")
    QLocale.setDefault(QLocale("zh_CN"))
    path = tmp_path / "demo.sqlite"
    create_demo(path)
    db = open_database(path, readonly=True)
    try:
        data = data_words(db)
        both = data_words(db, BOTH_SQL)
    finally:
        db.close()
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    assert win.open_database(path)
    try:
        yield win, data, both
    finally:
        win.close()
        i18n.set_language(None)
        QLocale.setDefault(QLocale.system())
        QCoreApplication.removeTranslator(translator)


def columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    if isinstance(model, QAbstractListModel):  # its columnCount() is private
        return 1
    return model.columnCount(parent)


def cells(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for column in range(columns(model, QModelIndex())):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    stack = [QModelIndex()]
    read = 0
    while stack and read < MAX_ROWS:
        parent = stack.pop()
        for row in range(min(model.rowCount(parent), MAX_ROWS)):
            read += 1
            for column in range(columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
            if model.rowCount(model.index(row, 0, parent)) > 0:
                stack.append(model.index(row, 0, parent))


def texts_of(root: QWidget) -> Iterator[str]:
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root.window()):
            continue
        yield w.toolTip()
        # the window's charts paint their title, unit and empty note themselves
        for painted in ("_title", "_unit", "_empty"):
            value = getattr(w, painted, None)
            if isinstance(value, str):
                yield value
        if isinstance(w, QLabel | QAbstractButton):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QLineEdit):
            yield w.placeholderText()
        elif isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTabBar):
            yield from (w.tabText(i) for i in range(w.count()))
            yield from (w.tabToolTip(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView):
            yield from cells(w)


def menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_texts(sub)


def english(texts: Iterator[str], data: set[str]) -> set[str]:
    allowed = WINDOW_ALLOWED | KEYS | set(CURRENCY_EXPONENTS) | COUNTRIES
    found = set()
    for text in texts:
        plain = TAG.sub(" ", text).replace("&", "")
        for word in WORD.findall(plain):
            if word not in data and word not in allowed and not fragment(word, data):
                found.add(word)
    return found


def settle(page: QWidget, qtbot) -> None:
    """Wait for a page that computes in the background."""
    busy = getattr(page, "busy", None)
    if busy is not None:
        qtbot.waitUntil(lambda: not busy(), timeout=15_000)


def visit(window: MainWindow, qtbot) -> Iterator[tuple[str, str]]:
    """(where, text) for every page and each of its tabs, and the menus."""
    for action in window.menuBar().actions():
        yield from (("menu", t) for t in [action.text()])
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from (("menu " + action.text(), t) for t in menu_texts(menu))
    for index in range(len(window.pages)):
        window.show_page(index)
        page = window.pages[index]
        settle(page, qtbot)
        yield from ((page.title(), t) for t in texts_of(page))
        for tabs in page.findChildren(QTabWidget):
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                QApplication.processEvents()
                where = f"{page.title()} ▸ {tabs.tabText(tab)}"
                yield from ((where, t) for t in texts_of(page))
            tabs.setCurrentIndex(0)


def test_no_page_shows_an_english_word_but_data(
    window: tuple[MainWindow, set[str], set[str]], qtbot
) -> None:
    """Names in Chinese where the demo has a Chinese one; the English ones only on the
    reference page, which edits both side by side."""
    win, data, both = window
    reference = win.pages[-1].title()
    leaks: dict[str, set[str]] = {}
    seen = 0
    for where, text in visit(win, qtbot):
        seen += 1
        words = english(iter([text]), both if where.startswith(reference) else data)
        if words:
            leaks.setdefault(where, set()).update(f"{w} in {text[:70]!r}" for w in words)
    assert seen > 500
    assert not leaks, "\n".join(f"{w}: {sorted(x)[:12]}" for w, x in leaks.items())


def test_the_check_would_catch_an_english_label(
    window: tuple[MainWindow, set[str], set[str]],
) -> None:
    _, data, _ = window
    assert english(iter(["预算 Budget (CNY)", "GACC", "Ctrl+S", "2027年"]), data) == {"Budget"}

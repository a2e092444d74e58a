"""The window in Simplified Chinese: the catalogue is complete, current and what the window shows.

resources/translations/planner_zh_CN.ts is kept up to date by scripts/update-translations
(pyside6-lupdate, reading each tr() call in the context PySide6 looks it up in at run time) and
compiled into planner_zh_CN.qm, which planner.ui.app.load_translations() installs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from planner.services.demo import create_demo
from planner.ui.main_window import MainWindow
from planner.ui.pages.activities import ActivitiesPage
from planner.ui.pages.reference import ReferencePage

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "planner_zh_CN.ts"
SCRIPT = ROOT / "scripts" / "update-translations"

#: %1, %L1, %n and {0} / {name} / {0:,}: what tr() and str.format fill in
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[^{}]*\}")
#: an accelerator: & before a character that is not another &
ACCELERATOR = re.compile(r"&(?!&)(\S)")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or the numerus forms
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    numerus: bool
    where: str


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            location = m.find("location")
            where = "" if location is None else f"{location.get('filename')}:{location.get('line')}"
            messages.append(
                Message(
                    name,
                    m.findtext("source") or "",
                    tuple(forms) if m.get("numerus") == "yes" else (translation.text or "",),
                    translation.get("type") or "",
                    m.get("numerus") == "yes",
                    where.removeprefix("../../"),
                )
            )
    return messages


def current(messages: list[Message]) -> list[Message]:
    """The messages still in the code (lupdate keeps the others as vanished/obsolete)."""
    return [m for m in messages if m.kind not in ("vanished", "obsolete")]


# --- the catalogue ---------------------------------------------------------------------


def test_the_catalogue_is_for_simplified_chinese() -> None:
    root = ET.parse(TS).getroot()
    assert root.get("language") == "zh_CN"
    assert (TRANSLATIONS / "planner_zh_CN.qm").is_file()


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    messages = current(read_ts(TS))
    assert len(messages) > 500
    problems = []
    for m in messages:
        label = f"{m.where} [{m.context}] {m.source!r}"
        if m.kind == "unfinished" or not all(t.strip() for t in m.translations):
            problems.append(f"{label}: not translated")
            continue
        for t in m.translations:
            if Counter(PLACEHOLDER.findall(t)) != Counter(PLACEHOLDER.findall(m.source)):
                problems.append(f"{label}: placeholders of {t!r}")
            if sorted(TAG.findall(t)) != sorted(TAG.findall(m.source)):
                problems.append(f"{label}: HTML tags of {t!r}")
            if len(ACCELERATOR.findall(t)) != len(ACCELERATOR.findall(m.source)):
                problems.append(f"{label}: accelerator of {t!r}")
            if t == m.source and LATIN_WORD.search(t):
                problems.append(f"{label}: left in English")  # "/ 5" or "⚠ {0}" may stay
    assert not problems, "\n".join(problems)


def test_the_compiled_catalogue_matches_the_ts(qapp: QApplication) -> None:
    """planner_zh_CN.qm was compiled from this .ts (scripts/update-translations)."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "planner_zh_CN.qm"))
    stale = [
        f"[{m.context}] {m.source!r}"
        for m in current(read_ts(TS))
        if not m.numerus and translator.translate(m.context, m.source) != m.translations[0]
    ]
    assert not stale, "recompile with scripts/update-translations:\n" + "\n".join(stale)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The strings of the code as they are now: the script's own extraction."""
    out = tmp_path_factory.mktemp("extracted")
    env = {**os.environ, "VENV_BIN": str(Path(sys.executable).parent)}
    run = subprocess.run(
        ["bash", str(SCRIPT), "--extract", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return out


def test_the_catalogue_is_up_to_date_with_the_code(fresh: Path) -> None:
    in_code = {(m.context, m.source): m.where for m in read_ts(fresh / "planner_ui.ts")}
    in_ts = {(m.context, m.source) for m in current(read_ts(TS))}
    added = sorted(
        f"{where} [{c}] {s!r}" for (c, s), where in in_code.items() if (c, s) not in in_ts
    )
    gone = sorted(f"[{c}] {s!r}" for c, s in in_ts - set(in_code))
    assert not added, (
        "visible strings without a translation: run scripts/update-translations and translate\n"
        + "\n".join(added)
    )
    assert not gone, "strings no longer in the code: run scripts/update-translations\n" + "\n".join(
        gone
    )


# --- the window ------------------------------------------------------------------------


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[QTranslator]:
    """The zh_CN catalogue installed as planner.ui.app.load_translations() does it."""
    translator = QTranslator()
    assert translator.load(QLocale("zh_CN"), "planner", "_", str(TRANSLATIONS))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window(
    qtbot, chinese: QTranslator, settings: QSettings, tmp_path: Path, no_dialogs: list[str]
) -> MainWindow:
    path = tmp_path / "demo.sqlite"
    create_demo(path)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    assert win.open_database(path)
    return win


def show(window: MainWindow, index: int, qtbot) -> QWidget:
    window.show_page(index)
    page = window.pages[index]
    busy = getattr(page, "busy", None)
    if busy is not None:
        qtbot.waitUntil(lambda: not busy(), timeout=15_000)  # pages that compute in the background
    return page


def texts_of(root: QWidget) -> Iterator[str]:
    """The fixed texts a user sees: labels, buttons, tabs, column headers, placeholders."""
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root.window()):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QLineEdit):
            yield w.placeholderText()
        elif isinstance(w, QTabBar):
            yield from (w.tabText(i) for i in range(w.count()))
        if isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            for column in range(w.horizontalHeader().count()):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def test_menus_and_page_titles_are_chinese(window: MainWindow) -> None:
    bar = window.menuBar()
    assert [a.text() for a in bar.actions()] == [
        "文件(&F)",
        "编辑(&E)",
        "转到(&G)",
        "报告(&R)",
        "视图(&V)",
    ]
    file_menu = bar.actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert "新建数据库(&N)…" in [a.text() for a in file_menu.actions()]
    titles = [p.title() for p in window.pages]
    assert titles[:2] == ["计划总览", "活动"]
    assert window.page(ReferencePage) is not None and "基础数据" in titles
    for title in titles:
        assert HAN.search(title) and not LATIN_WORD.search(title), title
    go_menu = bar.actions()[2].menu()
    assert isinstance(go_menu, QMenu)
    assert [a.text() for a in go_menu.actions()] == titles
    nav = window.nav_model
    assert [nav.data(nav.index(i)) for i in range(nav.rowCount())] == titles
    page = window.page(ActivitiesPage)
    assert isinstance(page, ActivitiesPage)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["编号", "类型", "名称"]


def test_no_accelerator_is_used_twice_in_a_menu(window: MainWindow) -> None:
    menus: list[tuple[str, list[str]]] = [
        ("menu bar", [a.text() for a in window.menuBar().actions()])
    ]
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            menus.append((action.text(), [a.text() for a in menu.actions() if a.text()]))
    for name, items in menus:
        keys = [QKeySequence.mnemonic(text).toString() for text in items]
        keys = [k for k in keys if k]
        assert len(keys) == len(set(keys)), f"{name}: {items}"


def test_no_page_shows_an_english_string_of_the_catalogue(window: MainWindow, qtbot) -> None:
    """A string translated in the .ts but shown in English was read in the wrong context."""
    english = {
        m.source: m.where
        for m in current(read_ts(TS))
        if not m.numerus and m.translations[0] != m.source and LATIN_WORD.search(m.source)
    }
    seen: dict[str, str] = {}
    for index in range(len(window.pages)):
        page = show(window, index, qtbot)
        tab_widgets = page.findChildren(QTabWidget)
        for text in texts_of(page):
            seen.setdefault(text, page.title())
        for tabs in tab_widgets:
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                for text in texts_of(page):
                    seen.setdefault(text, f"{page.title()} ▸ {tabs.tabText(tab)}")
            tabs.setCurrentIndex(0)
    for action in window.menuBar().actions():
        seen.setdefault(action.text(), "menu bar")
        menu = action.menu()
        if isinstance(menu, QMenu):
            for item in menu.actions():
                seen.setdefault(item.text(), action.text())
    leaks = sorted(
        f"{where}: {text!r} ({english[text]})" for text, where in seen.items() if text in english
    )
    assert not leaks, "\n".join(leaks)
    assert any(HAN.search(text) for text in seen)

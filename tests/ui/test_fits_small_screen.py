"""The window at 1280x800, in English and in Chinese: the Activities filters and
columns, the Budget page's base-currency columns, the Overview's last year and
the Dashboard's theme chart fit without scrolling sideways; what is narrowed is
elided with the whole text in a tooltip; column widths are remembered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QPoint,
    QRect,
    QSettings,
    QThreadPool,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from planner.services.demo import create_demo
from planner.ui.fit import ElidedComboBox
from planner.ui.main_window import MainWindow
from planner.ui.pages.activities import ActivitiesPage
from planner.ui.pages.budget import BudgetPage
from planner.ui.pages.dashboard import DashboardPage
from planner.ui.pages.overview import OverviewPage

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo(path)
    return path


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translator = QTranslator()
    if request.param != "en":
        assert translator.load(QLocale(request.param), "planner", "_", str(TRANSLATIONS))
        QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)


def open_window(qtbot: QtBot, settings: QSettings, db: Path) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    assert win.open_database(db)
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(
    qtbot: QtBot,
    language: str,
    settings: QSettings,
    demo_file: Path,
    tmp_path: Path,
    no_dialogs: list[str],
) -> Iterator[MainWindow]:
    db = tmp_path / "demo.sqlite"
    db.write_bytes(demo_file.read_bytes())
    yield open_window(qtbot, settings, db)
    QThreadPool.globalInstance().waitForDone()


def show(window: MainWindow, kind: type[Any]) -> Any:
    page = window.page(kind)
    assert isinstance(page, kind)
    window.show_page(window.pages.index(page))
    QApplication.processEvents()
    return page


def inside(window: MainWindow, widget: QWidget) -> bool:
    """The widget lies wholly inside the window."""
    where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return window.rect().contains(where)


def fits_sideways(view: QTableView) -> bool:
    """Every column shows without a sideways scroll."""
    return view.horizontalScrollBar().maximum() == 0


def test_the_activities_page_fits(window: MainWindow) -> None:
    page: ActivitiesPage = show(window, ActivitiesPage)
    assert window.width() == 1280
    for box in (page.search, page.year, page.theme, page.kind, page.status, page.admin):
        assert box.isVisible() and inside(window, box), box
    for box in (page.year, page.theme, page.kind, page.status, page.admin):
        assert not box.is_elided(), box.currentText()  # "All administrations" in full
    assert fits_sideways(page.table)
    header = page.table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(header.count())) <= (
        page.table.viewport().width()
    )
    # a long administration is elided in the box, whole in its tooltip
    page.admin.setCurrentIndex(page.admin.count() - 1)
    assert page.admin.toolTip() == page.admin.currentText()
    assert isinstance(page.admin, ElidedComboBox)


def test_the_budget_base_currency_columns_fit(window: MainWindow) -> None:
    page: BudgetPage = show(window, BudgetPage)
    view = page.lines_view
    assert fits_sideways(view)
    header = view.horizontalHeader()
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        view.viewport().width()
    )
    for col in (8, 9, 10):  # planned, actual and variance in the base currency
        title = page.lines.headerData(col, header.orientation())
        assert "\n" in title  # on two lines to leave room
        width = max(header.fontMetrics().horizontalAdvance(t) for t in title.split("\n"))
        assert header.sectionSize(col) >= width
        cell = page.lines.index(0, col).data()
        assert view.fontMetrics().horizontalAdvance(cell) < header.sectionSize(col)


def test_the_participants_directory_fits(window: MainWindow) -> None:
    from planner.ui.pages.participants import ParticipantsPage

    page = show(window, ParticipantsPage)
    view = page.table
    assert fits_sideways(view)
    header = view.horizontalHeader()
    last = header.count() - 1  # "Activities"
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        view.viewport().width()
    )
    title = str(view.model().headerData(last, header.orientation()))
    assert header.sectionSize(last) >= header.fontMetrics().horizontalAdvance(title)


def test_the_overview_shows_the_last_year(window: MainWindow) -> None:
    page: OverviewPage = show(window, OverviewPage)
    table = page.table
    assert table.model().columnCount() == 5  # 2027 to 2031
    assert fits_sideways(table)
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(4) + header.sectionSize(4) <= table.viewport().width()


def test_the_dashboard_theme_names_show_whole(window: MainWindow, qtbot: QtBot) -> None:
    page: DashboardPage = show(window, DashboardPage)
    qtbot.waitUntil(lambda: page.snapshot is not None and not page.busy(), timeout=15_000)
    chart = page.theme_chart
    shown = [chart.shown_label(c.key) for c in chart.categories()]
    whole = [c.label for c in chart.categories()]
    assert len(whole) == 6
    # every name shows whole, the long ones on two lines broken between words
    assert [s.replace("\n", " ") for s in shown] == whole
    assert sum("\n" in s for s in shown) >= 1
    assert all(c.label in c.tooltip for c in chart.categories())


def test_the_dashboard_fits_sideways(window: MainWindow, qtbot: QtBot) -> None:
    """The notes beside the filters (the over-ceiling list is long in Chinese) elide
    rather than widening the page past the window: no sideways scroll."""
    from PySide6.QtWidgets import QScrollArea

    page: DashboardPage = show(window, DashboardPage)
    qtbot.waitUntil(lambda: page.snapshot is not None and not page.busy(), timeout=15_000)
    QApplication.processEvents()
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    assert scroll.horizontalScrollBar().maximum() == 0
    for card in page.cards.values():
        assert inside(window, card), card.caption()
    notes = page.notes
    assert "COFUND 2030" in notes.full_text()  # the last source over its ceiling
    assert "COFUND 2030" in notes.toolTip()
    assert notes.fontMetrics().horizontalAdvance(notes.text()) <= notes.width()


def test_column_widths_are_remembered(
    qtbot: QtBot, settings: QSettings, demo_file: Path, tmp_path: Path, no_dialogs: list[str]
) -> None:
    db = tmp_path / "demo.sqlite"
    db.write_bytes(demo_file.read_bytes())
    win = open_window(qtbot, settings, db)
    budget: BudgetPage = show(win, BudgetPage)
    budget.lines_view.horizontalHeader().resizeSection(0, 140)
    activities: ActivitiesPage = show(win, ActivitiesPage)
    activities.table.horizontalHeader().resizeSection(7, 170)
    win.close()
    again = open_window(qtbot, settings, db)
    budget = show(again, BudgetPage)
    activities = show(again, ActivitiesPage)
    assert budget.lines_view.horizontalHeader().sectionSize(0) == 140
    assert activities.table.horizontalHeader().sectionSize(7) == 170
    QThreadPool.globalInstance().waitForDone()

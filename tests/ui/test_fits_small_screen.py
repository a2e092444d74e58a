"""The window at 1280x800, in English and in Chinese: the Activities filters and
columns, the Budget page's base-currency columns, the Overview's last year and
the Dashboard fit without scrolling sideways; what is narrowed is elided with the
whole text in a tooltip; column widths are remembered. With very long names in both
languages (tests/long_names.py) every table header shows whole or has a tooltip, and
the Overview's cards and theme names show what they can with the rest in a tooltip."""

from __future__ import annotations

import html
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
    Qt,
    QThreadPool,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QScrollArea,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner import i18n
from planner.services.demo import create_demo
from planner.store import open_database
from planner.ui.fit import ElidedComboBox
from planner.ui.main_window import MainWindow
from planner.ui.pages.activities import ActivitiesPage
from planner.ui.pages.budget import BudgetPage
from planner.ui.pages.dashboard import DashboardPage
from planner.ui.pages.overview import OverviewPage
from planner.ui.pages.overview_header import BandHeader, name_lines
from tests.long_names import (
    ACTIVITY,
    LONG_ADMIN,
    LONG_ADMIN_ZH,
    LONG_THEME,
    LONG_THEME_ZH,
    LONG_TITLE,
    LONG_TITLE_ZH,
    make_names_long,
)

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
        # the Chinese names and dates too, as load_translations() sets them
        i18n.set_language(request.param)
        QLocale.setDefault(QLocale(request.param))
    try:
        yield request.param
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.set_language(None)
        QLocale.setDefault(QLocale.system())


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


def test_the_dashboard_theme_names_show_whole(
    window: MainWindow, qtbot: QtBot, language: str
) -> None:
    page: DashboardPage = show(window, DashboardPage)
    qtbot.waitUntil(lambda: page.snapshot is not None and not page.busy(), timeout=15_000)
    chart = page.theme_chart
    shown = [chart.shown_label(c.key) for c in chart.categories()]
    whole = [c.label for c in chart.categories()]
    assert len(whole) == 6
    # every name shows whole, the long ones on two lines broken between words
    assert [s.replace("\n", " ") for s in shown] == whole
    if language == "en":  # the Chinese names are short
        assert sum("\n" in s for s in shown) >= 1
    assert all(c.label in c.tooltip for c in chart.categories())


def test_the_dashboard_fits_sideways(window: MainWindow, qtbot: QtBot) -> None:
    """The notes beside the filters (the over-ceiling list is long in Chinese) elide
    rather than widening the page past the window: no sideways scroll."""
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


# --- very long names ----------------------------------------------------------------


@pytest.fixture(scope="module")
def long_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("long") / "long.sqlite"
    create_demo(path)
    db = open_database(path)
    make_names_long(db)
    db.close()
    return path


@pytest.fixture
def long_window(
    qtbot: QtBot,
    language: str,
    settings: QSettings,
    long_file: Path,
    tmp_path: Path,
    no_dialogs: list[str],
) -> Iterator[MainWindow]:
    db = tmp_path / "long.sqlite"
    db.write_bytes(long_file.read_bytes())
    yield open_window(qtbot, settings, db)
    QThreadPool.globalInstance().waitForDone()


def settle(page: QWidget, qtbot: QtBot) -> None:
    busy = getattr(page, "busy", None)
    if busy is not None:
        qtbot.waitUntil(lambda: not busy(), timeout=15_000)
    for _ in range(3):
        QApplication.processEvents()


def cut_headers(page: QWidget) -> list[str]:
    """The column titles of the page's visible tables that their section cuts short
    (each line wider than the section's label room, the sort arrow's too) while
    their tooltip does not hold them whole."""
    cut = []
    for view in page.findChildren(QAbstractItemView):
        header = view.horizontalHeader() if isinstance(view, QTableView) else None
        header = header or getattr(view, "header", lambda: None)()
        if not isinstance(header, QHeaderView) or not view.isVisible() or not header.isVisible():
            continue
        model, fm = view.model(), header.fontMetrics()
        for col in range(header.count()):
            text = model.headerData(col, Qt.Orientation.Horizontal) if model else None
            if header.isSectionHidden(col) or not text:
                continue
            opt = QStyleOptionHeader()
            header.initStyleOptionForIndex(opt, col)
            opt.rect = QRect(0, 0, header.sectionSize(col), header.height())
            room = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, opt, header)
            width = room.width()
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == col:
                width -= header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, opt)
            lines = str(text).split("\n")
            if max(fm.horizontalAdvance(line) for line in lines) <= width:
                continue
            tip = str(
                model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or ""
            )
            if not all(line in tip for line in lines):
                cut.append(f"{type(page).__name__}: {text!r} in {header.sectionSize(col)} px")
    return cut


def test_every_table_header_shows_whole_or_has_a_tooltip(
    long_window: MainWindow, qtbot: QtBot
) -> None:
    window = long_window
    seen = 0
    for i, page in enumerate(window.pages):
        window.show_page(i)
        settle(page, qtbot)
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        for tab in tabs or [None]:
            for t in range(tab.count() if tab else 1):
                if tab:
                    tab.setCurrentIndex(t)
                    settle(page, qtbot)
                assert not cut_headers(page), cut_headers(page)
                seen += sum(v.isVisible() for v in page.findChildren(QTableView))
    assert seen >= 10  # tables were looked at, on every page and tab


def test_long_names_on_the_overview_show_what_fits_and_the_rest_in_tooltips(
    long_window: MainWindow, language: str
) -> None:
    page: OverviewPage = show(long_window, OverviewPage)
    table = page.table
    model = table.overview()
    chinese = language != "en"
    vertical = Qt.Orientation.Vertical
    row = next(r for r in range(model.rowCount()) if model.headerData(r, vertical) == "INFO")
    # the theme's name on two lines (Chinese too, which has no spaces to break at),
    # the first one whole, the second elided, and the whole name in the tooltip
    name = LONG_THEME_ZH if chinese else LONG_THEME
    header = table.verticalHeader()
    assert isinstance(header, BandHeader)
    width = header.width() - 16
    fm = header.fontMetrics()
    lines = name_lines(name, fm, width)
    assert len(lines) == 2 and all(fm.horizontalAdvance(line) <= width for line in lines)
    assert not lines[0].endswith("…")
    assert fm.horizontalAdvance(lines[0]) > width * 0.7  # filled, not a word or two
    shown = (lines[0] + lines[1]).replace(" ", "")
    if shown.endswith("…"):
        assert name.replace(" ", "").startswith(shown[:-1])
    else:
        assert shown == name.replace(" ", "")
    assert name in model.headerData(row, vertical, Qt.ItemDataRole.ToolTipRole)
    # the activity's card: its title elided on the card, whole in the tooltip
    title = LONG_TITLE_ZH if chinese else LONG_TITLE
    for col in range(model.columnCount()):
        cards = model.cards(row, col)
        found = [i for i, c in enumerate(cards) if c.code == ACTIVITY]
        if found:
            card = cards[found[0]]
            break
    else:
        pytest.fail(f"no card of {ACTIVITY}")
    assert card.title == title
    cell = table.visualRect(model.index(row, col))
    room = table.geometry_.rect(cell, len(cards), found[0]).width()
    assert table.fontMetrics().horizontalAdvance(title) > room  # elided on the card
    assert html.escape(title) in table.itemDelegate().tooltip(card)


def test_long_names_leave_the_dashboard_within_the_window(
    long_window: MainWindow, qtbot: QtBot, language: str
) -> None:
    page: DashboardPage = show(long_window, DashboardPage)
    settle(page, qtbot)
    scroll = page.findChild(QScrollArea)
    assert scroll is not None and scroll.horizontalScrollBar().maximum() == 0
    assert all(inside(long_window, card) for card in page.cards.values())
    # a card's caption and detail, elided when narrow, are whole in its tooltip
    for card in page.cards.values():
        tip = card.toolTip()
        assert html.escape(card.caption(), quote=False) in tip
        assert html.escape(card.detail(), quote=False) in tip
    # the long theme and administration names, elided on the charts, whole in tooltips
    for chart in (page.theme_chart, page.admin_chart):
        assert all(c.label in c.tooltip for c in chart.categories())
    labels = [c.label for c in page.admin_chart.categories()]
    assert (LONG_ADMIN_ZH if language != "en" else LONG_ADMIN) in labels

"""The plan at a glance: themes down, years across, one painted card per activity.

Cards are painted by a delegate, never built as widgets, so a thousand
activities cost a few hundred draw calls for what is on screen. The model holds
plain frozen records per cell; the year header shows each year's planned cost,
input, actual and execution rate exactly as ``services.metrics`` computed them.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from planner import display
from planner.models import Status
from planner.money import exponent_of
from planner.services import metrics
from planner.store import raw_connection
from planner.ui.context import ACTIVITIES, BUDGET, PLAN, REFERENCE, AppContext
from planner.ui.pages import Page
from planner.ui.texts import kind_text, status_text

Index = QModelIndex | QPersistentModelIndex
CARDS_ROLE = Qt.ItemDataRole.UserRole + 10
BAND_ROLE = Qt.ItemDataRole.UserRole + 11

#: Status -> (fill, text on the fill). Chosen to read on light and dark palettes.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    Status.PLANNED.value: ("#607d8b", "#ffffff"),
    Status.APPROVED.value: ("#f2b705", "#1f1f1f"),
    Status.SCHEDULED.value: ("#1e6fd9", "#ffffff"),
    Status.DELIVERED.value: ("#2e7d32", "#ffffff"),
    Status.CANCELLED.value: ("#c62828", "#ffffff"),
}


# ------------------------------------------------------------------ records
@dataclass(frozen=True)
class Card:
    id: int
    code: str
    kind: str
    title: str
    status: str
    start: date
    end: date
    venue: str
    planned: str  # formatted, from metrics


@dataclass(frozen=True)
class YearBand:
    year: int
    planned: str
    input: str
    actual: str
    rate: Decimal | None  # execution rate from metrics
    over: bool  # planned above input
    missing_rate: bool  # some budget lines of the year have no exchange rate


@dataclass(frozen=True)
class ThemeBand:
    code: str
    name: str
    count: int
    planned: str


@dataclass(frozen=True)
class Overview:
    currency: str
    years: list[YearBand]
    themes: list[ThemeBand]
    cells: dict[tuple[int, int], list[Card]]
    warnings: list[str]


def load_overview(session: Session, plan_id: int) -> Overview:
    """Everything the page shows, read in one transaction; figures from metrics."""
    figures = metrics.compute(session, plan_id, participation=False)  # money only
    places = exponent_of(figures.base_currency)
    con = raw_connection(session)
    themes = con.execute(
        "SELECT id, code, name FROM theme WHERE plan_id = ? ORDER BY id", (plan_id,)
    ).fetchall()
    row_of = {tid: r for r, (tid, _c, _n) in enumerate(themes)}
    planned = {r.key: r.figures for r in figures.scope("activity")}
    cells: dict[tuple[int, int], list[Card]] = defaultdict(list)
    for aid, code, kind, title, theme_id, status, start, end, venue in con.execute(
        "SELECT id, code, kind, title, theme_id, status, start_date, end_date, "
        "coalesce(venue, '') FROM activity WHERE plan_id = ? ORDER BY start_date, code",
        (plan_id,),
    ):
        s, e = date.fromisoformat(start), date.fromisoformat(end)
        f = planned.get(code)
        cost = display.money(f.planned_cost, places) if f is not None else ""
        card = Card(aid, code, kind, title, status, s, e, venue, cost)
        cells[(row_of[theme_id], s.year - figures.start_year)].append(card)
    by_year = {r.key: r.figures for r in figures.scope("year")}
    years = []
    for y in figures.inputs:
        f = by_year[str(y.year)]
        years.append(
            YearBand(
                y.year,
                display.money(f.planned_cost, places),
                display.money(y.input, places),
                display.money(y.actual_cost, places),
                y.execution_rate,
                y.input > 0 and f.planned_cost > y.input,
                bool(f.lines_without_rate),
            )
        )
    by_theme = {r.key: r.figures for r in figures.scope("theme")}
    bands = [
        ThemeBand(
            code,
            name,
            sum(len(cells.get((r, c), ())) for c in range(figures.years)),
            display.money(by_theme[code].planned_cost, places),
        )
        for r, (_tid, code, name) in enumerate(themes)
    ]
    return Overview(figures.base_currency, years, bands, dict(cells), figures.warnings)


# ------------------------------------------------------------------ model
class OverviewModel(QAbstractTableModel):
    """Rows are themes, columns are years; each cell holds its cards (CARDS_ROLE)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.data_ = Overview("", [], [], {}, [])
        self._where: dict[int, tuple[int, int, int]] = {}

    def set_overview(self, overview: Overview) -> None:
        self.beginResetModel()
        self.data_ = overview
        self._where = {
            card.id: (r, c, i)
            for (r, c), cards in overview.cells.items()
            for i, card in enumerate(cards)
        }
        self.endResetModel()

    def cards(self, row: int, column: int) -> list[Card]:
        return self.data_.cells.get((row, column), [])

    def locate(self, activity_id: int) -> tuple[int, int, int] | None:
        """(row, column, position in the cell) of an activity's card."""
        return self._where.get(activity_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.data_.themes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.data_.years)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cards = self.cards(index.row(), index.column())
        if role == CARDS_ROLE:
            return cards
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return None  # the delegate paints; no text under the cards
            theme = self.data_.themes[index.row()].code
            year = self.data_.years[index.column()].year
            return self.tr("{0} {1}: {2} activities").format(theme, year, len(cards)) + (
                " (" + ", ".join(c.code for c in cards) + ")" if cards else ""
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        bands: list[Any] = self.data_.years if horizontal else self.data_.themes
        if not 0 <= section < len(bands):
            return None
        band = bands[section]
        if role == BAND_ROLE:
            return band
        if role == Qt.ItemDataRole.DisplayRole:
            return str(band.year) if horizontal else band.code
        if role == Qt.ItemDataRole.ToolTipRole:
            if horizontal:
                return self.tr(
                    "{0}\nPlanned: {1}\nInput (envelopes): {2}\nActual: {3}\n"
                    "Execution rate (actual / input): {4}"
                ).format(
                    band.year,
                    band.planned,
                    band.input,
                    band.actual,
                    display.percent(band.rate),
                ) + (
                    self.tr(
                        "\n⚠ Some budget lines of {0} have no exchange rate: they are left "
                        "out of the planned and actual costs (see Reference data)."
                    ).format(band.year)
                    if band.missing_rate
                    else ""
                )
            return f"{band.code} — {band.name}"
        return None


# ------------------------------------------------------------------ layout
class CardGeometry:
    """Where the cards of a cell go: a grid of equal cards filling the cell's width."""

    MARGIN = 6
    GAP = 6
    PAD = 6
    MIN_WIDTH = 168

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        self.small.setPointSizeF(max(6.0, font.pointSizeF() * 0.86))
        self.line = QFontMetrics(self.font).height()
        self.small_line = QFontMetrics(self.small).height()
        self.height = self.PAD * 2 + self.line * 2 + self.small_line + 8

    def per_line(self, width: int) -> int:
        inner = width - 2 * self.MARGIN
        return max(1, (inner + self.GAP) // (self.MIN_WIDTH + self.GAP))

    def cell_height(self, width: int, n: int) -> int:
        lines = max(1, -(-n // self.per_line(width)))
        return 2 * self.MARGIN + lines * (self.height + self.GAP) - self.GAP

    def rect(self, cell: QRect, n: int, i: int) -> QRect:
        per = self.per_line(cell.width())
        inner = cell.width() - 2 * self.MARGIN
        width = max(40, (inner - (per - 1) * self.GAP) // per)
        row, col = divmod(i, per)
        return QRect(
            cell.left() + self.MARGIN + col * (width + self.GAP),
            cell.top() + self.MARGIN + row * (self.height + self.GAP),
            width,
            self.height,
        )

    def hit(self, cell: QRect, n: int, pos: QPoint) -> int | None:
        for i in range(n):
            if self.rect(cell, n, i).contains(pos):
                return i
        return None


def short_dates(start: date, end: date) -> str:
    """The card's dates as the window's locale writes them (``Aug 10 – 18``)."""
    return display.day_range(start, end, QLocale().name())


class CardDelegate(QStyledItemDelegate):
    """Paints the cards of one cell; tells where a point falls; shows tooltips."""

    def __init__(self, view: CardTable) -> None:
        super().__init__(view)
        self.view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        geo = self.view.geometry_
        cards: list[Card] = index.data(CARDS_ROLE) or []
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        visible = self.view.viewport().rect()
        current = self.view.currentIndex()
        is_current = current.row() == index.row() and current.column() == index.column()
        focus = self.view.hasFocus()
        chosen = self.view.card_index if is_current else None
        for i, card in enumerate(cards):
            r = geo.rect(rect, len(cards), i)
            if r.intersects(visible):
                self._paint_card(painter, r, card, palette, i == chosen, focus)
        if is_current and chosen is None and focus:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(2, 2, -3, -3))
        painter.restore()

    def _paint_card(
        self,
        p: QPainter,
        r: QRect,
        card: Card,
        palette: QPalette,
        chosen: bool,
        focus: bool,
    ) -> None:
        geo = self.view.geometry_
        fill, on_fill = STATUS_COLOURS.get(card.status, ("#777777", "#ffffff"))
        cancelled = card.status == Status.CANCELLED.value
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        border = palette.color(QPalette.ColorRole.Mid)
        if chosen:
            border = palette.color(QPalette.ColorRole.Highlight)
        p.setPen(QPen(border, 2.5 if chosen and focus else (1.5 if chosen else 1)))
        p.setBrush(QBrush(base))
        p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4)
        strip = QRect(r.left() + 1, r.top() + 1, 5, r.height() - 2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(fill))
        p.drawRoundedRect(strip, 2, 2)

        pad = geo.PAD
        left, right = r.left() + pad + 6, r.right() - pad
        width = right - left
        y = r.top() + pad
        # line 1: code (bold) and kind (small, right)
        kind = kind_text(card.kind)
        p.setFont(geo.small)
        fm_small = QFontMetrics(geo.small)
        kind_w = min(fm_small.horizontalAdvance(kind) + 4, width // 2)
        p.setPen(muted)
        p.drawText(
            QRect(right - kind_w, y, kind_w, geo.line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            fm_small.elidedText(kind, Qt.TextElideMode.ElideRight, kind_w),
        )
        p.setFont(geo.bold)
        p.setPen(text)
        code_w = width - kind_w - 6
        p.drawText(
            QRect(left, y, code_w, geo.line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(geo.bold).elidedText(card.code, Qt.TextElideMode.ElideRight, code_w),
        )
        # line 2: the title, elided
        y += geo.line
        font = QFont(geo.font)
        font.setStrikeOut(cancelled)
        p.setFont(font)
        p.setPen(muted if cancelled else text)
        p.drawText(
            QRect(left, y, width, geo.line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(font).elidedText(card.title, Qt.TextElideMode.ElideRight, width),
        )
        # line 3: status pill and dates
        y += geo.line + 4
        p.setFont(geo.small)
        label = status_text(card.status)
        pill_w = min(fm_small.horizontalAdvance(label) + 12, width // 2 + 10)
        pill = QRect(left, y, pill_w, geo.small_line + 2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(fill))
        p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        p.setPen(QColor(on_fill))
        p.drawText(
            pill,
            int(Qt.AlignmentFlag.AlignCenter),
            fm_small.elidedText(label, Qt.TextElideMode.ElideRight, pill_w - 8),
        )
        dates_w = width - pill_w - 6
        p.setPen(muted)
        p.drawText(
            QRect(right - dates_w, y, dates_w, pill.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            fm_small.elidedText(
                short_dates(card.start, card.end), Qt.TextElideMode.ElideLeft, dates_w
            ),
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        cards = index.data(CARDS_ROLE) or []
        width = self.view.columnWidth(index.column())
        return QSize(width, self.view.geometry_.cell_height(width, len(cards)))

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        card = self.view.card_at(event.pos())
        if card is None:
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(), self.tooltip(card), view)
        return True

    def tooltip(self, card: Card) -> str:
        e = html.escape
        lines = [
            f"<b>{e(card.code)}</b> — {e(card.title)}",
            f"{e(kind_text(card.kind))} · {e(status_text(card.status))}",
            e(short_dates(card.start, card.end)) + (f" · {e(card.venue)}" if card.venue else ""),
        ]
        if card.planned:
            lines.append(e(self.tr("Planned cost: {0}").format(card.planned)))
        lines.append(f"<i>{e(self.tr('Click or press Enter to open'))}</i>")
        return "<br>".join(lines)


# ------------------------------------------------------------------ headers
class BandHeader(QHeaderView):
    """Year header (planned / input / actual / execution) and theme header (code,
    name, count, planned), painted from BAND_ROLE."""

    THEME_WIDTH = 200

    def __init__(self, orientation: Qt.Orientation, parent: QWidget) -> None:
        super().__init__(orientation, parent)
        self.setSectionsClickable(False)
        self.setHighlightSections(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def _metrics(self) -> tuple[QFont, QFont, int]:
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.9))
        return bold, small, QFontMetrics(self.font()).height()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        _b, small, line = self._metrics()
        small_line = QFontMetrics(small).height()
        if self.orientation() == Qt.Orientation.Horizontal:
            return QSize(hint.width(), 12 + line + 3 * small_line + 10)
        return QSize(self.THEME_WIDTH, hint.height())

    def minimum_row_height(self) -> int:
        _b, small, line = self._metrics()
        return 12 + 3 * line + QFontMetrics(small).height()

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        model = self.model()
        band = model.headerData(logicalIndex, self.orientation(), BAND_ROLE) if model else None
        painter.save()
        # flat, so a section taller than the screen looks the same wherever it is cut
        pal = self.palette()
        painter.fillRect(rect, pal.color(QPalette.ColorRole.Button))
        painter.setPen(pal.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        if isinstance(band, YearBand):
            self._paint_year(painter, rect, band)
        elif isinstance(band, ThemeBand):
            self._paint_theme(painter, rect, band)
        painter.restore()

    def _paint_year(self, p: QPainter, rect: QRect, band: YearBand) -> None:
        bold, small, line = self._metrics()
        fm_small = QFontMetrics(small)
        small_line = fm_small.height()
        pal = self.palette()
        text, muted = pal.color(QPalette.ColorRole.ButtonText), pal.color(QPalette.ColorRole.Text)
        r = rect.adjusted(8, 6, -8, -6)
        left_align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        right_align = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # year, and the execution rate on the right
        p.setFont(small)
        rate = self.tr("execution {0}").format(display.percent(band.rate))
        rate_w = min(fm_small.horizontalAdvance(rate) + 4, r.width() - 40)
        p.setPen(muted)
        p.drawText(
            QRect(r.right() - rate_w, r.top(), rate_w, line),
            right_align,
            fm_small.elidedText(rate, Qt.TextElideMode.ElideLeft, rate_w),
        )
        p.setFont(bold)
        p.setPen(text)
        p.drawText(QRect(r.left(), r.top(), r.width() - rate_w, line), left_align, str(band.year))
        y = r.top() + line + 2
        rows = [
            (
                self.tr("Planned"),
                ("⚠ " if band.missing_rate else "") + band.planned,
                QColor("#c62828") if band.over or band.missing_rate else text,
            ),
            (self.tr("Input"), band.input, text),
            (self.tr("Actual"), band.actual, text),
        ]
        p.setFont(small)
        for label, value, colour in rows:
            value_w = min(fm_small.horizontalAdvance(value) + 4, r.width())
            p.setPen(colour)
            p.drawText(QRect(r.right() - value_w, y, value_w, small_line), right_align, value)
            label_w = r.width() - value_w - 6
            if label_w > 12:
                p.setPen(muted)
                p.drawText(
                    QRect(r.left(), y, label_w, small_line),
                    left_align,
                    fm_small.elidedText(label, Qt.TextElideMode.ElideRight, label_w),
                )
            y += small_line
        # the execution rate as a bar (full at 100 %, red beyond)
        bar = QRect(r.left(), y + 3, r.width(), 4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pal.color(QPalette.ColorRole.Mid))
        p.drawRect(bar)
        if band.rate is not None and band.rate > 0:
            filled = int(min(band.rate, Decimal(1)) * bar.width())
            p.setBrush(QColor("#c62828" if band.rate > 1 else "#2e7d32"))
            p.drawRect(QRect(bar.left(), bar.top(), max(1, filled), bar.height()))

    def _paint_theme(self, p: QPainter, rect: QRect, band: ThemeBand) -> None:
        bold, small, line = self._metrics()
        fm, fm_small = QFontMetrics(self.font()), QFontMetrics(small)
        pal = self.palette()
        text, muted = pal.color(QPalette.ColorRole.ButtonText), pal.color(QPalette.ColorRole.Text)
        r = rect.adjusted(8, 6, -8, -6)
        # sticky: the label stays in sight while any of a tall row is on screen
        needed = self.minimum_row_height() - 12
        r.moveTop(max(r.top(), min(6, r.bottom() - needed)))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        p.setFont(bold)
        p.setPen(text)
        p.drawText(
            QRect(r.left(), r.top(), r.width(), line),
            flags,
            QFontMetrics(bold).elidedText(band.code, Qt.TextElideMode.ElideRight, r.width()),
        )
        # the name on up to two lines, elided
        p.setFont(self.font())
        y = r.top() + line
        words, lines = band.name.split(), []
        while words and len(lines) < 2:
            current = words.pop(0)
            while words and fm.horizontalAdvance(current + " " + words[0]) <= r.width():
                current += " " + words.pop(0)
            lines.append(current)
        if words:
            lines[-1] = lines[-1] + " " + " ".join(words)
        for text_line in lines:
            p.drawText(
                QRect(r.left(), y, r.width(), line),
                flags,
                fm.elidedText(text_line, Qt.TextElideMode.ElideRight, r.width()),
            )
            y += line
        p.setFont(small)
        p.setPen(muted)
        summary = self.tr("{0} activities · {1}").format(band.count, band.planned)
        p.drawText(
            QRect(r.left(), y + 2, r.width(), fm_small.height()),
            flags,
            fm_small.elidedText(summary, Qt.TextElideMode.ElideRight, r.width()),
        )


# ------------------------------------------------------------------ view
class CardTable(QTableView):
    """The grid. One cell is current (as in any table) and, inside it, one card:
    arrows move card by card and across cells, Enter or a click opens the card."""

    cardActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.geometry_ = CardGeometry(self.font())
        self.card_index: int | None = None
        self._pressed: int | None = None
        self.setHorizontalHeader(BandHeader(Qt.Orientation.Horizontal, self))
        self.setVerticalHeader(BandHeader(Qt.Orientation.Vertical, self))
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(CardGeometry.MIN_WIDTH + 2 * CardGeometry.MARGIN)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.update_row_heights())
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # the theme labels are sticky, so a scroll repaints them rather than moving pixels
        self.verticalScrollBar().valueChanged.connect(
            lambda _v: self.verticalHeader().viewport().update()
        )

    def overview(self) -> OverviewModel:
        model = self.model()
        assert isinstance(model, OverviewModel)
        return model

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.geometry_ = CardGeometry(self.font())
            self.update_row_heights()
        super().changeEvent(event)

    def update_row_heights(self) -> None:
        model = self.model()
        if not isinstance(model, OverviewModel):
            return
        header = self.verticalHeader()
        floor = header.minimum_row_height() if isinstance(header, BandHeader) else 40
        for row in range(model.rowCount()):
            height = floor
            for col in range(model.columnCount()):
                n = len(model.cards(row, col))
                height = max(height, self.geometry_.cell_height(self.columnWidth(col), n))
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)

    # -- the current card ----------------------------------------------------
    def current_card(self) -> Card | None:
        index = self.currentIndex()
        if not index.isValid() or self.card_index is None:
            return None
        cards = self.overview().cards(index.row(), index.column())
        return cards[self.card_index] if self.card_index < len(cards) else None

    def select_card(self, row: int, column: int, i: int | None) -> None:
        index = self.overview().index(row, column)
        if not index.isValid():
            return
        self.card_index = None  # so currentChanged does not choose for us
        self.setCurrentIndex(index)
        self.card_index = i
        self.scrollTo(index)
        if i is not None:
            self.ensure_card_visible(index, i)
        self.viewport().update()

    def select_activity(self, activity_id: int) -> bool:
        where = self.overview().locate(activity_id)
        if where is None:
            return False
        self.select_card(*where)
        return True

    def card_rect(self, activity_id: int) -> QRect | None:
        """Where an activity's card is, in viewport coordinates."""
        where = self.overview().locate(activity_id)
        if where is None:
            return None
        row, col, i = where
        cell = self.visualRect(self.overview().index(row, col))
        return self.geometry_.rect(cell, len(self.overview().cards(row, col)), i)

    def card_at(self, pos: QPoint) -> Card | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        cards = self.overview().cards(index.row(), index.column())
        i = self.geometry_.hit(self.visualRect(index), len(cards), pos)
        return None if i is None else cards[i]

    def ensure_card_visible(self, index: QModelIndex, i: int) -> None:
        cards = self.overview().cards(index.row(), index.column())
        rect = self.geometry_.rect(self.visualRect(index), len(cards), i)
        bar, height = self.verticalScrollBar(), self.viewport().height()
        if rect.bottom() > height:
            bar.setValue(bar.value() + rect.bottom() - height + CardGeometry.MARGIN)
        elif rect.top() < 0:
            bar.setValue(bar.value() + rect.top() - CardGeometry.MARGIN)

    # -- keyboard ------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        model = self.model()
        if not isinstance(model, OverviewModel) or model.rowCount() == 0:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            card = self.current_card()
            if card is not None:
                self.cardActivated.emit(card.id)
            event.accept()
            return
        if key not in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            super().keyPressEvent(event)
            return
        event.accept()
        index = self.currentIndex()
        if not index.isValid():
            self.select_card(0, 0, 0 if model.cards(0, 0) else None)
            return
        row, col, i = index.row(), index.column(), self.card_index
        n = len(model.cards(row, col))
        per = self.geometry_.per_line(self.columnWidth(col))
        rows, cols = model.rowCount(), model.columnCount()

        def first(r: int, c: int) -> int | None:
            return 0 if model.cards(r, c) else None

        def last(r: int, c: int) -> int | None:
            m = len(model.cards(r, c))
            return m - 1 if m else None

        if key == Qt.Key.Key_Right:
            if i is not None and i + 1 < n:
                self.select_card(row, col, i + 1)
            elif i is None and n:
                self.select_card(row, col, 0)
            elif col + 1 < cols:
                self.select_card(row, col + 1, first(row, col + 1))
        elif key == Qt.Key.Key_Left:
            if i is not None and i > 0:
                self.select_card(row, col, i - 1)
            elif col > 0:
                self.select_card(row, col - 1, last(row, col - 1))
        elif key == Qt.Key.Key_Down:
            if i is not None and i + per < n:
                self.select_card(row, col, i + per)
            elif row + 1 < rows:
                m = len(model.cards(row + 1, col))
                self.select_card(row + 1, col, min((i or 0) % per, m - 1) if m else None)
        elif key == Qt.Key.Key_Up:
            if i is not None and i - per >= 0:
                self.select_card(row, col, i - per)
            elif row > 0:
                m = len(model.cards(row - 1, col))
                if m:
                    last_line = (m - 1) // per * per
                    self.select_card(row - 1, col, min(last_line + (i or 0) % per, m - 1))
                else:
                    self.select_card(row - 1, col, None)

    # -- mouse ---------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton or not index.isValid():
            super().mousePressEvent(event)
            return
        cards = self.overview().cards(index.row(), index.column())
        i = self.geometry_.hit(self.visualRect(index), len(cards), pos)
        self.card_index = None
        self.setCurrentIndex(index)
        self.card_index = i
        self._pressed = None if i is None else cards[i].id
        self.viewport().update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        if event.button() == Qt.MouseButton.LeftButton and pressed is not None:
            card = self.card_at(event.position().toPoint())
            if card is not None and card.id == pressed:
                event.accept()
                self.cardActivated.emit(card.id)
                return
        super().mouseReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        index = self.currentIndex()
        if (
            self.card_index is None
            and index.isValid()
            and self.overview().cards(index.row(), index.column())
        ):
            self.card_index = 0  # arriving by Tab: on the first card of the cell
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()  # one click already opened the card

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.card_at(event.position().toPoint()) is not None
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor
        )
        event.accept()


# ------------------------------------------------------------------ page
class OverviewPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = OverviewModel(self)
        self.table = CardTable(self)
        self.table.setModel(self.model)
        self.table.setMouseTracking(True)
        self.table.cardActivated.connect(self.open_activity)
        self.model.modelReset.connect(self.table.update_row_heights)

        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.legend = QHBoxLayout()
        self.legend.setSpacing(6)
        for status in Status:
            fill, on_fill = STATUS_COLOURS[status.value]
            chip = QLabel(status_text(status))
            chip.setStyleSheet(
                f"background: {fill}; color: {on_fill}; border-radius: 8px; padding: 1px 8px;"
            )
            self.legend.addWidget(chip)
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #8a5a00;")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.hide()
        self.empty = QLabel(self.tr("This plan has no themes yet: add them under Reference data."))
        self.empty.hide()

        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addLayout(self.legend)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    def title(self) -> str:
        return self.tr("Plan overview")

    def watches(self) -> frozenset[str]:
        return frozenset({ACTIVITIES, BUDGET, REFERENCE, PLAN})

    def refresh(self) -> None:
        plan_id = self.ctx.plan_id
        assert plan_id is not None
        current = self.table.current_card() if self.model.rowCount() else None
        cell = self.table.currentIndex()
        position = (cell.row(), cell.column()) if cell.isValid() else None
        overview = self.ctx.read(lambda s: load_overview(s, plan_id))
        self.model.set_overview(overview)
        self.caption.setText(
            self.tr(
                "Amounts in {0}. Each year: planned cost, input (envelopes), actual cost "
                "and execution rate (actual / input)."
            ).format(overview.currency)
        )
        self.caption.setToolTip(self.caption.text())
        if overview.warnings:
            more = len(overview.warnings) - 1
            self.warning.setText(
                "⚠ "
                + overview.warnings[0]
                + (self.tr(" (and {0} more: see the tooltip)").format(more) if more else "")
            )
            self.warning.setToolTip("\n".join(overview.warnings))
        self.warning.setVisible(bool(overview.warnings))
        self.empty.setVisible(not overview.themes)
        self.table.update_row_heights()
        if current is not None and self.table.select_activity(current.id):
            return
        if position is not None and position[0] < self.model.rowCount():
            self.table.select_card(*position, None)

    def open_activity(self, activity_id: int) -> None:
        from planner.ui.activity_editor import ActivityEditor

        ActivityEditor(self.ctx, activity_id, self).exec()

"""Small charts painted with QPainter (the Essentials wheel has no QtCharts).

Three widgets: :class:`GroupedBarChart` (categories along the bottom, one bar per
series), :class:`LabelledBarChart` (one horizontal bar per named category, the
name on the left and the value at the bar's end) and :class:`ScatterChart`.

Each takes exact ``Decimal`` figures; they become floats only as positions on the
screen, and every number written on a chart is formatted from the Decimal by
:mod:`planner.display`. An undefined figure (``None``) is drawn as a labelled gap
("n/a"), never as a zero bar. Long labels are elided; the full text is in the
tooltip. Hovering shows a tooltip, clicking (or Enter on the focused item, moved
with the arrow keys) emits :attr:`_Chart.clicked` with the item's key.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from planner import display

Tooltip = str | Callable[[], str]

#: Fills chosen to read on light and dark palettes (and to match the PDF charts).
INPUT_FILL = QColor("#9aa5b1")
ACTUAL_FILL = QColor("#1f4e79")
BAR_FILL = QColor("#2f6fab")
HIGHLIGHT_FILL = QColor("#d9822b")
POINT_FILL = QColor(47, 111, 171, 190)


def _tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


# ------------------------------------------------------------------ numbers
def nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` ticks."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power * (1 + 1e-9):
            return factor * power
    return 10 * power  # pragma: no cover - the loop always returns


def nice_ticks(lo: float, hi: float, ticks: int = 5) -> list[float]:
    """Round tick values covering [lo, hi] (at least two)."""
    if hi <= lo:
        hi = lo + (abs(lo) or 1.0)
    step = nice_step(hi - lo, ticks)
    start = math.floor(lo / step + 1e-9) * step
    end = math.ceil(hi / step - 1e-9) * step
    n = max(1, round((end - start) / step))
    return [start + i * step for i in range(n + 1)]


def value_scale(largest: float) -> tuple[Decimal, str]:
    """The divisor and unit word that keep labels short (``1.77`` million)."""
    for divisor, word in ((10**9, "billion"), (10**6, "million")):
        if largest >= 2 * divisor:
            return Decimal(divisor), _tr(word)
    if largest >= 100_000:
        return Decimal(1000), _tr("thousand")
    return Decimal(1), ""


def short_number(value: Decimal, divisor: Decimal = Decimal(1)) -> str:
    """A value label: scaled by ``divisor``, 0-2 decimals by size (exact figures are
    in the tooltips)."""
    if not value:
        return "0"
    scaled = value / divisor
    size = abs(scaled)
    places = 0 if size >= 100 else 1 if size >= 10 else 2
    return display.number(scaled, places)


def tick_text(value: float, step: float) -> str:
    """A tick label with as many decimals as the step needs (2.5 -> 1 decimal)."""
    places = 0
    while places < 4 and abs(step * 10**places - round(step * 10**places)) > 1e-6:
        places += 1
    return display.number(Decimal(repr(round(value, places))), places)


def na_text() -> str:
    """What an undefined figure shows ("n/a", translated)."""
    return _tr("n/a")


def unit_text(word: str, unit: str) -> str:
    return " ".join(part for part in (word, unit) if part)


# ------------------------------------------------------------------ data
@dataclass(frozen=True)
class Series:
    name: str
    color: QColor


@dataclass(frozen=True)
class Category:
    """One category of a bar chart: ``values`` has one figure per series."""

    key: Any
    label: str
    values: tuple[Decimal | None, ...]
    tooltip: Tooltip = ""
    highlight: bool = False


@dataclass(frozen=True)
class Point:
    key: Any
    x: Decimal
    y: Decimal
    label: str = ""  # written next to the point while it is hovered
    tooltip: Tooltip = ""
    highlight: bool = False


@dataclass
class _Hit:
    rect: QRectF
    key: Any
    tooltip: Tooltip


# ------------------------------------------------------------------ base
class _Chart(QWidget):
    """Title, empty message, hit areas, hover, tooltips, clicks and keyboard."""

    clicked = Signal(object)

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.setAccessibleName(title)
        self._unit = ""
        self._empty = "…"  # until the first data
        self._hits: list[_Hit] = []
        self._laid_out = False
        self._hover: int | None = None
        self._current: int | None = None
        self._pressed: int | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # ---------------------------------------------------------- public
    def title(self) -> str:
        return self._title

    def set_title(self, title: str) -> None:
        self._title = title
        self.setAccessibleName(title)
        self._invalidate()

    def empty_text(self) -> str:
        """The message shown instead of the chart ("" when there is a chart)."""
        return self._empty

    def hit_rect(self, key: Any) -> QRectF | None:
        """Where the item ``key`` is (for tests and for keyboard focus)."""
        self._ensure_layout()
        return next((QRectF(h.rect) for h in self._hits if h.key == key), None)

    def keys(self) -> list[Any]:
        self._ensure_layout()
        return [h.key for h in self._hits]

    def tooltip_of(self, key: Any) -> str:
        self._ensure_layout()
        hit = next((h for h in self._hits if h.key == key), None)
        return "" if hit is None else self._tip(hit)

    def sizeHint(self) -> QSize:
        return QSize(380, 250)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 170)

    # ---------------------------------------------------------- for subclasses
    def _invalidate(self) -> None:
        self._laid_out = False
        self._hover = None
        self._pressed = None
        self._current = None
        self.update()

    def _ensure_layout(self) -> None:
        if not self._laid_out:
            self._hits = []
            if not self._empty:
                self._layout(QRectF(self.rect()))
            self._laid_out = True

    def _layout(self, area: QRectF) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _paint(self, p: QPainter) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """(title, labels, small) fonts."""
        base = QFont(self.font())
        title = QFont(base)
        title.setBold(True)
        label = QFont(base)
        label.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.82))
        return title, label, small

    def _colors(self) -> tuple[QColor, QColor, QColor]:
        """(text, muted text, grid lines)."""
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(150)
        grid = QColor(text)
        grid.setAlpha(38)
        return text, muted, grid

    def _header(self, area: QRectF) -> QRectF:
        """The area below the title and unit line."""
        h = QFontMetricsF(self._fonts()[0]).height() + 6
        return area.adjusted(8, h + 4, -8, -6)

    def _tip(self, hit: _Hit) -> str:
        return hit.tooltip() if callable(hit.tooltip) else hit.tooltip

    def _hit_at(self, pos: QPointF) -> int | None:
        self._ensure_layout()
        for i, h in enumerate(self._hits):
            if h.rect.contains(pos):
                return i
        return None

    # ---------------------------------------------------------- Qt
    def resizeEvent(self, event: Any) -> None:
        self._laid_out = False
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._laid_out = False
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        p = QPainter(self)
        try:
            self._paint_all(p)
        finally:
            p.end()  # even if a bug raised: a painter left open takes the widget down

    def _paint_all(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        title_font, _label, small = self._fonts()
        text, muted, _grid = self._colors()
        area = QRectF(self.rect()).adjusted(8, 4, -8, -4)
        fm = QFontMetricsF(title_font)
        unit_w = QFontMetricsF(small).horizontalAdvance(self._unit) + 8 if self._unit else 0
        p.setFont(title_font)
        p.setPen(text)
        title_rect = QRectF(area.left(), area.top(), area.width() - unit_w, fm.height() + 4)
        p.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(self._title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )
        if self._unit:
            p.setFont(small)
            p.setPen(muted)
            p.drawText(
                QRectF(area.right() - unit_w, area.top(), unit_w, fm.height() + 4),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self._unit,
            )
        if self._empty:
            p.setFont(self._fonts()[1])
            p.setPen(muted)
            p.drawText(
                self._header(QRectF(self.rect())),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self._empty,
            )
        else:
            self._paint(p)
            if self.hasFocus() and self._current is not None and self._current < len(self._hits):
                pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 1.5)
                pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(self._hits[self._current].rect.adjusted(1, 1, -1, -1))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            i = self._hit_at(QPointF(event.pos()))
            if i is None:
                QToolTip.hideText()
                event.ignore()
            else:
                hit = self._hits[i]
                QToolTip.showText(event.globalPos(), self._tip(hit), self, hit.rect.toRect())
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        i = self._hit_at(event.position())
        if i != self._hover:
            self._hover = i
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if i is not None else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self._hit_at(event.position())
            if self._pressed is not None:
                self._current = self._pressed
                self.update()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            i = self._hit_at(event.position())
            if i is not None and i == self._pressed:
                self.clicked.emit(self._hits[i].key)
            self._pressed = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._ensure_layout()
        key = event.key()
        n = len(self._hits)
        if n and key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Down):
            step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            self._current = (
                (0 if step > 0 else n - 1)
                if self._current is None
                else max(0, min(n - 1, self._current + step))
            )
            hit = self._hits[self._current]
            QToolTip.showText(self.mapToGlobal(hit.rect.center().toPoint()), self._tip(hit), self)
            self.update()
            return
        if (
            n
            and self._current is not None
            and key
            in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
                Qt.Key.Key_Space,
            )
        ):
            self.clicked.emit(self._hits[self._current].key)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)


def _band(p: QPainter, rect: QRectF, color: QColor, alpha: int) -> None:
    c = QColor(color)
    c.setAlpha(alpha)
    p.fillRect(rect, c)


def _na(p: QPainter, rect: QRectF, font: QFont, color: QColor, align: Qt.AlignmentFlag) -> None:
    """The labelled gap of an undefined figure."""
    italic = QFont(font)
    italic.setItalic(True)
    p.setFont(italic)
    p.setPen(color)
    p.drawText(rect, int(align), na_text())


# ------------------------------------------------------------------ grouped bars
class GroupedBarChart(_Chart):
    """Vertical bars: categories along the bottom, one bar per series in each, a
    value axis with round ticks, value labels above the bars where they fit."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._series: list[Series] = []
        self._categories: list[Category] = []
        self._currency = ""
        self._geo: dict[str, Any] = {}

    def set_data(
        self,
        series: Sequence[Series],
        categories: Sequence[Category],
        currency: str = "",
        empty: str = "",
    ) -> None:
        self._series = list(series)
        self._categories = list(categories)
        self._currency = currency
        self._empty = empty or ("" if self._categories else _tr("Nothing to show"))
        largest = max(
            (float(v) for c in self._categories for v in c.values if v is not None), default=0.0
        )
        divisor, word = value_scale(largest)
        self._divisor = divisor
        self._unit = unit_text(word, currency)
        self._invalidate()

    def categories(self) -> list[Category]:
        return list(self._categories)

    def value_labels(self, key: Any) -> list[str]:
        """The labels written on the bars of category ``key`` ("n/a" for a gap)."""
        cat = next(c for c in self._categories if c.key == key)
        return [na_text() if v is None else short_number(v, self._divisor) for v in cat.values]

    def _layout(self, area: QRectF) -> None:
        _title, label_font, small = self._fonts()
        lfm, sfm = QFontMetricsF(label_font), QFontMetricsF(small)
        inner = self._header(area)
        if len(self._series) > 1:  # legend line
            inner.setTop(inner.top() + sfm.height() + 4)
        values = [float(v / self._divisor) for c in self._categories for v in c.values if v]
        top = max(values, default=0.0)
        ticks = nice_ticks(0.0, top if top > 0 else 1.0)
        step = ticks[1] - ticks[0]
        tick_labels = [tick_text(t, step) for t in ticks]
        axis_w = max(sfm.horizontalAdvance(t) for t in tick_labels) + 6
        plot = QRectF(
            inner.left() + axis_w,
            inner.top() + sfm.height() + 2,  # room for the value labels of the top bar
            inner.width() - axis_w,
            inner.height() - sfm.height() - 2 - lfm.height() - 4,
        )
        n = max(1, len(self._categories))
        band = plot.width() / n
        group = band * (0.72 if len(self._series) > 1 else 0.6)
        bar_w = group / max(1, len(self._series))
        self._geo = {
            "plot": plot,
            "ticks": list(zip(ticks, tick_labels, strict=True)),
            "top": ticks[-1],
            "band": band,
            "bar_w": bar_w,
            "group": group,
        }
        for i, c in enumerate(self._categories):
            rect = QRectF(plot.left() + i * band, inner.top(), band, inner.bottom() - inner.top())
            self._hits.append(_Hit(rect, c.key, c.tooltip))

    def _y(self, value: float) -> float:
        plot: QRectF = self._geo["plot"]
        top: float = self._geo["top"]
        return plot.bottom() - plot.height() * value / top if top else plot.bottom()

    def _paint(self, p: QPainter) -> None:
        _title, label_font, small = self._fonts()
        lfm, sfm = QFontMetricsF(label_font), QFontMetricsF(small)
        text, muted, grid = self._colors()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        plot: QRectF = self._geo["plot"]
        # legend
        if len(self._series) > 1:
            x = self._header(QRectF(self.rect())).left()
            y = self._header(QRectF(self.rect())).top()
            p.setFont(small)
            for s in self._series:
                p.fillRect(QRectF(x, y + sfm.height() / 2 - 5, 10, 10), s.color)
                p.setPen(text)
                p.drawText(QPointF(x + 14, y + sfm.ascent()), s.name)
                x += 14 + sfm.horizontalAdvance(s.name) + 16
        # grid and ticks
        p.setFont(small)
        for value, label in self._geo["ticks"]:
            y = self._y(value)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(muted)
            p.drawText(
                QRectF(0, y - sfm.height() / 2, plot.left() - 4, sfm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
        band, bar_w, group = self._geo["band"], self._geo["bar_w"], self._geo["group"]
        for i, c in enumerate(self._categories):
            left = plot.left() + i * band
            if c.highlight:
                _band(p, QRectF(left, plot.top(), band, plot.height()), highlight, 45)
            if i == self._hover:
                _band(p, QRectF(left, plot.top(), band, plot.height()), text, 18)
            x0 = left + (band - group) / 2
            for j, (s, v) in enumerate(zip(self._series, c.values, strict=True)):
                x = x0 + j * bar_w
                slot = QRectF(x + 1, plot.top(), max(1.0, bar_w - 2), plot.height())
                if v is None:
                    gap = QRectF(x - 6, plot.bottom() - sfm.height() - 2, bar_w + 12, sfm.height())
                    _na(p, gap, small, muted, Qt.AlignmentFlag.AlignCenter)
                    continue
                y = self._y(float(v / self._divisor))
                fill = s.color
                if c.highlight and len(self._series) == 1:
                    fill = HIGHLIGHT_FILL
                p.fillRect(QRectF(slot.left(), y, slot.width(), plot.bottom() - y), fill)
                label = short_number(v, self._divisor)
                width = sfm.horizontalAdvance(label)
                room = band / max(1, len(self._series)) + (bar_w if j else 0)
                if width <= room:
                    p.setFont(small)
                    p.setPen(text)
                    p.drawText(
                        QRectF(slot.center().x() - width / 2 - 2, y - sfm.height() - 1,
                               width + 4, sfm.height()),
                        int(Qt.AlignmentFlag.AlignCenter),
                        label,
                    )  # fmt: skip
            # category label
            font = QFont(label_font)
            font.setBold(c.highlight)
            p.setFont(font)
            p.setPen(text)
            fm = QFontMetricsF(font)
            p.drawText(
                QRectF(left, plot.bottom() + 3, band, lfm.height()),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                fm.elidedText(c.label, Qt.TextElideMode.ElideRight, band - 2),
            )
        p.setPen(QPen(muted, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())


# ------------------------------------------------------------------ labelled bars
class LabelledBarChart(_Chart):
    """Horizontal bars, one per named category: the name on the left (elided,
    in full in the tooltip), the value at the end of the bar."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._categories: list[Category] = []
        self._color = BAR_FILL
        self._divisor = Decimal(1)
        self._geo: dict[str, Any] = {}

    def set_data(
        self,
        categories: Sequence[Category],
        currency: str = "",
        empty: str = "",
        color: QColor | None = None,
    ) -> None:
        self._categories = list(categories)
        self._color = color or BAR_FILL
        self._empty = empty or ("" if self._categories else _tr("Nothing to show"))
        largest = max(
            (float(v) for c in self._categories for v in c.values[:1] if v is not None),
            default=0.0,
        )
        self._divisor, word = value_scale(largest)
        self._unit = unit_text(word, currency)
        self.updateGeometry()
        self._invalidate()

    def categories(self) -> list[Category]:
        return list(self._categories)

    def minimumSizeHint(self) -> QSize:
        """Tall enough for every row to keep its label readable."""
        rows = max(1, len(self._categories))
        line = QFontMetricsF(self._fonts()[1]).height() + 2
        header = QFontMetricsF(self._fonts()[0]).height() + 20
        return QSize(220, int(max(170, header + rows * line)))

    def shown_label(self, key: Any) -> str:
        """The category's label as drawn (elided to the label column)."""
        self._ensure_layout()
        c = next(c for c in self._categories if c.key == key)
        fm = QFontMetricsF(self._fonts()[1])
        return fm.elidedText(c.label, Qt.TextElideMode.ElideRight, self._geo["label_w"])

    def value_labels(self, key: Any) -> list[str]:
        c = next(c for c in self._categories if c.key == key)
        return [na_text() if v is None else short_number(v, self._divisor) for v in c.values[:1]]

    def _layout(self, area: QRectF) -> None:
        _title, label_font, small = self._fonts()
        lfm, sfm = QFontMetricsF(label_font), QFontMetricsF(small)
        inner = self._header(area)
        bold = QFont(label_font)
        bold.setBold(True)
        bfm = QFontMetricsF(bold)  # the highlighted label is bold
        widest = max(
            ((bfm if c.highlight else lfm).horizontalAdvance(c.label) for c in self._categories),
            default=0.0,
        )
        label_w = min(widest + 4, max(60.0, inner.width() * 0.38))
        values = [c.values[0] for c in self._categories if c.values and c.values[0] is not None]
        value_w = max(
            (sfm.horizontalAdvance(short_number(v, self._divisor)) for v in values),
            default=0.0,
        )
        value_w = max(value_w, sfm.horizontalAdvance(na_text())) + 8
        n = max(1, len(self._categories))
        row_h = min(inner.height() / n, lfm.height() * 1.9)
        top = max((float(v) for v in values), default=0.0)
        self._geo = {
            "label_w": label_w,
            "bars_left": inner.left() + label_w + 6,
            "bars_w": max(10.0, inner.width() - label_w - 6 - value_w),
            "row_h": row_h,
            "top": top,
        }
        for i, c in enumerate(self._categories):
            rect = QRectF(inner.left(), inner.top() + i * row_h, inner.width(), row_h)
            self._hits.append(_Hit(rect, c.key, c.tooltip))

    def _paint(self, p: QPainter) -> None:
        _title, label_font, small = self._fonts()
        text, muted, grid = self._colors()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        g = self._geo
        bars_left, bars_w, row_h, top = g["bars_left"], g["bars_w"], g["row_h"], g["top"]
        if self._hits:
            first, last = self._hits[0].rect, self._hits[-1].rect
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(bars_left, first.top()), QPointF(bars_left, last.bottom()))
        for i, (c, hit) in enumerate(zip(self._categories, self._hits, strict=True)):
            r = hit.rect
            if c.highlight:
                _band(p, r, highlight, 45)
            if i == self._hover:
                _band(p, r, text, 18)
            font = QFont(label_font)
            font.setBold(c.highlight)
            fm = QFontMetricsF(font)
            p.setFont(font)
            p.setPen(text)
            p.drawText(
                QRectF(r.left(), r.top(), g["label_w"], r.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                fm.elidedText(c.label, Qt.TextElideMode.ElideRight, g["label_w"]),
            )
            v = c.values[0] if c.values else None
            thick = max(4.0, min(row_h * 0.62, 22.0))
            bar_top = r.top() + (row_h - thick) / 2
            if v is None:
                _na(
                    p,
                    QRectF(bars_left + 4, r.top(), 80, r.height()),
                    small,
                    muted,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                )
                continue
            length = bars_w * float(v) / top if top else 0.0
            p.fillRect(
                QRectF(bars_left, bar_top, max(1.0, length), thick),
                HIGHLIGHT_FILL if c.highlight else self._color,
            )
            p.setFont(small)
            p.setPen(text)
            p.drawText(
                QRectF(bars_left + length + 4, r.top(), bars_w, r.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                short_number(v, self._divisor),
            )


# ------------------------------------------------------------------ scatter
class ScatterChart(_Chart):
    """Points on two value axes; hovering a point shows its tooltip, clicking it
    emits its key."""

    RADIUS = 4.0

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._points: list[Point] = []
        self._x_title = ""
        self._y_title = ""
        self._geo: dict[str, Any] = {}

    def set_data(
        self,
        points: Sequence[Point],
        x_title: str,
        y_title: str,
        empty: str = "",
    ) -> None:
        # keyboard order: left to right
        self._points = sorted(points, key=lambda pt: (pt.x, pt.y))
        self._x_title = x_title
        self._y_title = y_title
        self._empty = "" if self._points else (empty or _tr("Nothing to show"))
        self._unit = ""
        self._invalidate()

    def points(self) -> list[Point]:
        return list(self._points)

    def point_at(self, key: Any) -> QPointF | None:
        rect = self.hit_rect(key)
        return None if rect is None else rect.center()

    def _layout(self, area: QRectF) -> None:
        sfm = QFontMetricsF(self._fonts()[2])
        inner = self._header(area)
        if not self._points:
            return
        xs = [float(pt.x) for pt in self._points]
        ys = [float(pt.y) for pt in self._points]
        x_lo, x_hi = min(xs), max(xs)
        pad = (x_hi - x_lo) * 0.05 or abs(x_hi) * 0.1 or 1.0
        x_ticks = nice_ticks(max(0.0, x_lo - pad) if x_lo >= 0 else x_lo - pad, x_hi + pad)
        y_lo, y_hi = min(ys), max(ys)
        pad = (y_hi - y_lo) * 0.08 or abs(y_hi) * 0.1 or 1.0
        y_ticks = nice_ticks(y_lo - pad if y_lo < 0 else max(0.0, y_lo - pad), y_hi + pad)
        x_largest = max(abs(x_ticks[0]), abs(x_ticks[-1]))
        divisor, word = value_scale(x_largest)
        fx = float(divisor)
        x_step, y_step = x_ticks[1] - x_ticks[0], y_ticks[1] - y_ticks[0]
        x_labels = [tick_text(t / fx, x_step / fx) for t in x_ticks]
        y_labels = [tick_text(t, y_step) for t in y_ticks]
        axis_w = max(sfm.horizontalAdvance(t) for t in y_labels) + 6
        plot = QRectF(
            inner.left() + axis_w,
            inner.top() + sfm.height() + 4,  # the y axis title
            inner.width() - axis_w - sfm.horizontalAdvance(x_labels[-1]) / 2,
            inner.height() - sfm.height() - 4 - 2 * sfm.height() - 6,
        )
        x_title = self._x_title + (f" ({word})" if word else "")
        self._geo = {
            "plot": plot,
            "x": (x_ticks[0], x_ticks[-1], list(zip(x_ticks, x_labels, strict=True))),
            "y": (y_ticks[0], y_ticks[-1], list(zip(y_ticks, y_labels, strict=True))),
            "x_title": x_title,
        }
        r = self.RADIUS + 3
        left, bottom, w, h = plot.left(), plot.bottom(), plot.width(), plot.height()
        x0, x_span = x_ticks[0], x_ticks[-1] - x_ticks[0]
        y0, y_span = y_ticks[0], y_ticks[-1] - y_ticks[0]
        for pt, x, y in zip(self._points, xs, ys, strict=True):
            cx = left + w * (x - x0) / x_span
            cy = bottom - h * (y - y0) / y_span
            self._hits.append(_Hit(QRectF(cx - r, cy - r, 2 * r, 2 * r), pt.key, pt.tooltip))

    def _pos(self, x: float, y: float) -> QPointF:
        plot: QRectF = self._geo["plot"]
        x0, x1, _ = self._geo["x"]
        y0, y1, _ = self._geo["y"]
        return QPointF(
            plot.left() + plot.width() * (x - x0) / (x1 - x0),
            plot.bottom() - plot.height() * (y - y0) / (y1 - y0),
        )

    def _hit_at(self, pos: QPointF) -> int | None:
        """The nearest point within reach (points may overlap)."""
        self._ensure_layout()
        best, best_d = None, (self.RADIUS + 4) ** 2
        for i, h in enumerate(self._hits):
            c = h.rect.center()
            d = (c.x() - pos.x()) ** 2 + (c.y() - pos.y()) ** 2
            if d <= best_d:
                best, best_d = i, d
        return best

    def _paint(self, p: QPainter) -> None:
        small = self._fonts()[2]
        sfm = QFontMetricsF(small)
        text, muted, grid = self._colors()
        plot: QRectF = self._geo["plot"]
        p.setFont(small)
        for value, label in self._geo["y"][2]:
            y = self._pos(self._geo["x"][0], value).y()
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(muted)
            p.drawText(
                QRectF(0, y - sfm.height() / 2, plot.left() - 4, sfm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
        last_right = -1e9
        for value, label in self._geo["x"][2]:
            x = self._pos(value, self._geo["y"][0]).x()
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            w = sfm.horizontalAdvance(label)
            if x - w / 2 > last_right + 4:  # skip a tick label that would overlap
                p.setPen(muted)
                p.drawText(
                    QRectF(x - w / 2 - 2, plot.bottom() + 2, w + 4, sfm.height()),
                    int(Qt.AlignmentFlag.AlignCenter),
                    label,
                )
                last_right = x + w / 2
        p.setPen(muted)
        p.drawText(
            QRectF(plot.left(), plot.bottom() + sfm.height() + 4, plot.width(), sfm.height()),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            sfm.elidedText(self._geo["x_title"], Qt.TextElideMode.ElideRight, plot.width()),
        )
        p.drawText(
            QRectF(0, plot.top() - sfm.height() - 4, plot.right(), sfm.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            sfm.elidedText(self._y_title, Qt.TextElideMode.ElideRight, plot.right()),
        )
        p.setPen(QPen(muted, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        outline = self.palette().color(QPalette.ColorRole.Base)
        for i, (pt, hit) in enumerate(zip(self._points, self._hits, strict=True)):
            c = hit.rect.center()
            hot = i == self._hover or i == self._current
            radius = self.RADIUS + (2 if hot else 0)
            p.setPen(QPen(text if hot else outline, 1.2 if hot else 0.8))
            p.setBrush(HIGHLIGHT_FILL if pt.highlight else POINT_FILL)
            p.drawEllipse(c, radius, radius)
        if self._hover is not None:  # name the hovered point on the chart too
            hit = self._hits[self._hover]
            name = self._points[self._hover].label or str(hit.key)
            c = hit.rect.center()
            w = sfm.horizontalAdvance(name) + 8
            box = QRectF(
                min(c.x() + 8, plot.right() - w), c.y() - sfm.height() - 8, w, sfm.height()
            )
            p.setPen(Qt.PenStyle.NoPen)
            bg = self.palette().color(QPalette.ColorRole.ToolTipBase)
            p.setBrush(bg)
            p.drawRoundedRect(box, 3, 3)
            p.setPen(self.palette().color(QPalette.ColorRole.ToolTipText))
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), name)

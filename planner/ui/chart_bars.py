"""Bar charts: :class:`GroupedBarChart` (categories along the bottom, one bar per
series) and :class:`LabelledBarChart` (one horizontal bar per named category)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from planner.ui.chart_base import (
    BAR_FILL,
    HIGHLIGHT_FILL,
    Category,
    Series,
    _band,
    _Chart,
    _Hit,
    _na,
)
from planner.ui.chart_scale import (
    _tr,
    na_text,
    nice_ticks,
    short_number,
    tick_text,
    unit_text,
    value_scale,
)


class GroupedBarChart(_Chart):
    """Vertical bars: categories along the bottom, one bar per series in each, a
    value axis with round ticks, value labels above the bars where they fit."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._series: list[Series] = []
        self._categories: list[Category] = []
        self._currency = ""
        self._divisor = Decimal(1)
        self._geo: dict[str, Any] = {}

    def set_data(
        self,
        series: Sequence[Series],
        categories: Sequence[Category],
        currency: str = "",
        empty: str = "",
    ) -> None:
        categories = list(categories)
        empty = empty or ("" if categories else _tr("Nothing to show"))
        largest = max(
            (float(v) for c in categories for v in c.values if v is not None), default=0.0
        )
        divisor, word = value_scale(largest)
        unit = unit_text(word, currency)
        state = (list(series), categories, currency, empty, divisor, unit)
        if state == self._state():
            return  # the same chart: no new layout, no repaint
        self._series, self._categories, self._currency, self._empty = state[:4]
        self._divisor, self._unit = divisor, unit
        self._invalidate()

    def _state(self) -> tuple[Any, ...]:
        return (
            self._series,
            self._categories,
            self._currency,
            self._empty,
            self._divisor,
            self._unit,
        )

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
        categories = list(categories)
        color = color or BAR_FILL
        empty = empty or ("" if categories else _tr("Nothing to show"))
        largest = max(
            (float(v) for c in categories for v in c.values[:1] if v is not None),
            default=0.0,
        )
        divisor, word = value_scale(largest)
        unit = unit_text(word, currency)
        state = (categories, color, empty, divisor, unit)
        if state == (self._categories, self._color, self._empty, self._divisor, self._unit):
            return  # the same chart: no new layout, no repaint
        self._categories, self._color, self._empty, self._divisor, self._unit = state
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
        """The category's label as drawn: on one line, or on two (joined here by a
        line break) where the rows are tall enough, elided only if even that is short."""
        self._ensure_layout()
        c = next(c for c in self._categories if c.key == key)
        fm = QFontMetricsF(self._fonts()[1])
        return "\n".join(label_lines(fm, c.label, self._geo["label_w"], self._geo["lines"]))

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
        label_w = min(widest + 4, max(60.0, inner.width() * 0.56))
        values = [c.values[0] for c in self._categories if c.values and c.values[0] is not None]
        value_w = max(
            (sfm.horizontalAdvance(short_number(v, self._divisor)) for v in values),
            default=0.0,
        )
        value_w = max(value_w, sfm.horizontalAdvance(na_text())) + 8
        n = max(1, len(self._categories))
        # A name too long for its column takes a second line where the rows have room.
        too_long = any(lfm.horizontalAdvance(c.label) > label_w for c in self._categories)
        two = too_long and inner.height() / n >= lfm.lineSpacing() * 2 + 2
        row_h = min(inner.height() / n, lfm.height() * (2.3 if two else 1.9))
        top = max((float(v) for v in values), default=0.0)
        self._geo = {
            "lines": 2 if two else 1,
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
                "\n".join(label_lines(fm, c.label, g["label_w"], g["lines"])),
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


def label_lines(fm: QFontMetricsF, text: str, width: float, lines: int) -> list[str]:
    """``text`` in at most ``lines`` lines of ``width``: broken between words (or, for
    a script written without spaces, between characters), the last line elided."""
    if lines < 2 or fm.horizontalAdvance(text) <= width:
        return [fm.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    words = text.split(" ")
    if len(words) > 1:
        cut = 1
        while cut < len(words) and fm.horizontalAdvance(" ".join(words[: cut + 1])) <= width:
            cut += 1
        first, rest = " ".join(words[:cut]), " ".join(words[cut:])
    else:
        cut = 1
        while cut < len(text) and fm.horizontalAdvance(text[: cut + 1]) <= width:
            cut += 1
        first, rest = text[:cut], text[cut:]
    if fm.horizontalAdvance(first) > width:  # one word longer than the column
        return [fm.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    return [first, fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)]

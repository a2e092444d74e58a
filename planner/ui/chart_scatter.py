"""The scatter chart: points on two value axes, each with a tooltip and a key."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from planner.ui.chart_base import HIGHLIGHT_FILL, POINT_FILL, Point, _Chart, _Hit
from planner.ui.chart_scale import _tr, nice_ticks, tick_text, value_scale


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
        ordered = sorted(points, key=lambda pt: (pt.x, pt.y))
        empty = "" if ordered else (empty or _tr("Nothing to show"))
        if (x_title, y_title, empty, _shape(ordered)) == (
            self._x_title,
            self._y_title,
            self._empty,
            _shape(self._points),
        ):
            # the same points in the same places: only their tooltips are taken (a
            # tooltip may say more than the point shows), no new layout, no repaint
            self._points = ordered
            for hit, pt in zip(self._hits, ordered, strict=False):
                hit.tooltip = pt.tooltip
            return
        self._points = ordered
        self._x_title = x_title
        self._y_title = y_title
        self._empty = empty
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


def _shape(points: Sequence[Point]) -> list[tuple[Any, ...]]:
    """What a chart draws of its points (all but their tooltips)."""
    return [(pt.key, pt.x, pt.y, pt.label, pt.highlight) for pt in points]

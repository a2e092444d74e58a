"""What every chart of the window shares: colours, the data it takes, and
:class:`_Chart` (title, empty message, hit areas, hover, tooltips, clicks, keys)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
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

from planner.ui.chart_scale import na_text

Tooltip = str | Callable[[], str]

#: Fills chosen to read on light and dark palettes (and to match the PDF charts).
INPUT_FILL = QColor("#9aa5b1")
ACTUAL_FILL = QColor("#1f4e79")
BAR_FILL = QColor("#2f6fab")
HIGHLIGHT_FILL = QColor("#d9822b")
POINT_FILL = QColor(47, 111, 171, 190)


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
        if title == self._title:
            return
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

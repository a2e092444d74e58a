"""The Results page's indicator cards: status light, latest target and actual,
and a small chart of actuals (bars) against targets (line)."""

from __future__ import annotations

import itertools
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from planner import display
from planner.i18n import _
from planner.reports.results_data import kind_of
from planner.services.indicators import AT_RISK, OFF_TRACK, ON_TRACK, Evaluated
from planner.services.results_rules import figure_names

COLORS = {ON_TRACK: "#2f855a", AT_RISK: "#c77c02", OFF_TRACK: "#c53030"}
GREY = "#a0aec0"
TARGET = "#1f5f8b"
#: A card's least width and height (pixels): the grid holds as many columns as fit.
CARD_WIDTH = 250
CARD_HEIGHT = 240


def status_text(widget: QWidget, status: str | None) -> str:
    return {
        ON_TRACK: widget.tr("on track"),
        AT_RISK: widget.tr("at risk"),
        OFF_TRACK: widget.tr("off track"),
    }.get(status or "", widget.tr("no status yet"))


def value_text(value: Decimal | None, kind: str = "number") -> str:
    """A value as the results PDF shows it: a rate (a fraction) as a percentage,
    money with its two decimals, a count without decimals."""
    if value is None:
        return display.NA
    if kind == "rate":
        return display.percent(value, 1)
    if kind != "money" and value == value.to_integral_value():
        return display.number(value, 0)
    return display.number(value, 2)


class MiniChart(QWidget):
    """Actual bars coloured by status, target points joined by a line."""

    def __init__(self, e: Evaluated, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.e = e
        self.setMinimumSize(220, 90)

    def paintEvent(self, event: QPaintEvent) -> None:
        years = self.e.years
        # the values stay Decimal; only a value's share of the axis becomes a pixel
        baseline = Decimal(self.e.indicator.baseline)
        values = [v for y in years for v in (y.actual, y.target) if v is not None]
        lo, hi = min(Decimal(0), baseline, *values), max(baseline, *values)
        if hi <= lo:
            hi = lo + 1
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height() - 12
        slot = w / max(len(years), 1)

        def y_of(v: Decimal) -> float:
            return 2 + float((hi - v) / (hi - lo)) * (h - 4)

        points = []
        for i, y in enumerate(years):
            x = slot * i
            p.setPen(QColor("#52606d"))
            p.drawText(QRectF(x, h, slot, 12), Qt.AlignmentFlag.AlignCenter, str(y.year))
            if y.actual is not None:
                top, base = y_of(y.actual), y_of(max(lo, Decimal(0)))
                color = QColor(COLORS.get(y.status or "", GREY))
                p.fillRect(
                    QRectF(x + slot * 0.25, min(top, base), slot * 0.5, abs(base - top) + 0.5),
                    color,
                )
            if y.target is not None:
                points.append(QPointF(x + slot / 2, y_of(y.target)))
        pen = QPen(QColor(TARGET), 1.5)
        p.setPen(pen)
        for a, b in itertools.pairwise(points):
            p.drawLine(a, b)
        p.setBrush(QColor(TARGET))
        for pt in points:
            p.drawEllipse(pt, 2.5, 2.5)
        dash = QPen(QColor("#1f2933"), 1, Qt.PenStyle.DashLine)
        p.setPen(dash)
        base_y = y_of(baseline)
        p.drawLine(QPointF(0, base_y), QPointF(w, base_y))
        p.end()


class IndicatorCard(QFrame):
    """One indicator; a click selects it (``clicked`` with its id)."""

    clicked = Signal(int)

    def __init__(self, e: Evaluated, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator_id = e.indicator.id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("indicatorCard")
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.light = QLabel()
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)  # never wider than the card's column
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setStyleSheet("color: #52606d;")
        self.chart = MiniChart(e)
        for w in (self.title, self.light, self.info, self.source, self.chart):
            layout.addWidget(w)
        self.setMinimumHeight(CARD_HEIGHT)
        self.e: Evaluated | None = None
        self.show_evaluated(e)
        self.select(False)

    def show_evaluated(self, e: Evaluated) -> None:
        """Show ``e`` (the same indicator, evaluated anew); what has not changed is
        left as it is, so a page of cards follows an edit at once."""
        if e == self.e:
            return
        self.e = e
        latest = e.latest
        status = latest.status if latest else None
        color = COLORS.get(status or "", GREY)
        self.title.setText(f"{e.indicator.code}  {e.indicator.shown_name}")
        self.light.setText(f"● {status_text(self, status)}")
        self.light.setStyleSheet(f"color: {color}; font-weight: bold;")
        if latest is not None:
            detail = (
                self.tr("{0}: target {1}, actual {2}, progress {3}")
                .replace("{0}", str(latest.year))
                .replace("{1}", value_text(latest.target, kind_of(e)))
                .replace("{2}", value_text(latest.actual, kind_of(e)))
                .replace("{3}", display.percent(latest.progress, 1))
            )
        else:
            detail = self.tr("No actual value against a target yet")
        self.info.setText(detail)
        figure = e.indicator.figure
        source = (
            self.tr("computed: {0}").replace("{0}", figure_names().get(figure, figure))
            if figure
            else self.tr("entered by hand")
        )
        if e.indicator.direction == "lower":
            # a reader cannot tell from the numbers that fewer is better (the
            # results PDF's words)
            source += " · " + _("lower is better")
        self.source.setText(source)
        self.chart.e = e
        self.chart.update()

    def select(self, on: bool) -> None:
        self.setStyleSheet(
            "#indicatorCard { border: 2px solid #1f5f8b; }" if on else "#indicatorCard { }"
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.indicator_id)
        super().mousePressEvent(event)


class CardGrid(QScrollArea):
    """The indicator cards in as many columns as the width holds (no horizontal
    scroll bar at any width), each row as tall as its tallest card needs at that
    width. The rows' heights are set as the cards are placed, not left to a later
    layout pass, so a card never overlaps the next row, not even in an image
    grabbed at once (the screenshots)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.host = QWidget()
        self.grid = QGridLayout(self.host)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.host)
        self.cards: list[IndicatorCard] = []
        self.columns = 0
        self._width = -1

    def set_cards(self, cards: list[IndicatorCard]) -> None:
        for old in self.cards:
            self.grid.removeWidget(old)
            old.setParent(None)  # type: ignore[call-overload]
            old.deleteLater()
        self.cards = cards
        self.columns = 0
        self.reflow()

    def columns_for(self, width: int) -> int:
        m, gap = self.grid.contentsMargins(), self.grid.horizontalSpacing()
        return max(1, (width - m.left() - m.right() + gap) // (CARD_WIDTH + gap))

    def reflow(self) -> None:
        width = self.viewport().width()
        columns = self.columns_for(width)
        if columns != self.columns:
            for card in self.cards:
                self.grid.removeWidget(card)
            for n, card in enumerate(self.cards):
                self.grid.addWidget(card, n // columns, n % columns)
            for i in range(max(columns, self.columns)):
                self.grid.setColumnStretch(i, 1 if i < columns else 0)
            self.columns = columns
        self._width = width
        self.host.setMinimumHeight(self.height_for(width, columns, place=True))

    def height_for(self, width: int, columns: int, *, place: bool = False) -> int:
        """The height the cards need in ``columns`` columns of ``width`` pixels;
        with ``place``, each card is also held to its row's height (the grid
        otherwise gives a row what its cards' size hints ask, and a card whose
        name wraps to one more line at this width had its chart cut off)."""
        m, gap = self.grid.contentsMargins(), self.grid.verticalSpacing()
        column = width - m.left() - m.right() - self.grid.horizontalSpacing() * (columns - 1)
        column //= columns
        rows = [self.cards[i : i + columns] for i in range(0, len(self.cards), columns)]
        total = m.top() + m.bottom() + gap * max(0, len(rows) - 1)
        for row in rows:
            height = max(_height(card, column) for card in row)
            if place:
                for card in row:
                    card.setMinimumHeight(height)
            total += height
        return total

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.viewport().width() != self._width:
            self.reflow()
        return super().viewportEvent(event)


def _height(card: QWidget, width: int) -> int:
    """What ``card`` needs at ``width``: not its minimum height, which the last
    placing set (from another width, perhaps)."""
    wanted = card.heightForWidth(width) if card.hasHeightForWidth() else -1
    return max(wanted, card.minimumSizeHint().height(), CARD_HEIGHT)

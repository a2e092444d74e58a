"""The dashboard's small widgets: a one-line label that elides, and a card that
shows one headline figure."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def rich(title: str, *lines: str) -> str:
    """A tooltip from plain lines (escaped: names may hold ``<``)."""
    body = "".join(f"<br>{html.escape(line, quote=False)}" for line in lines if line)
    return f"<qt><b>{html.escape(title, quote=False)}</b>{body}</qt>"


# ------------------------------------------------------------------ widgets
class ElidedLabel(QLabel):
    """One line that elides rather than widening its layout; full text as tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        if text == self._full and self.toolTip():
            return  # unchanged: no new elision, no relayout
        self._full = text
        self.setToolTip(rich(text))
        self._elide()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def sizeHint(self) -> QSize:
        """The whole text (with a Preferred policy: shown whole when there is room)."""
        hint = super().sizeHint()
        width = self.fontMetrics().horizontalAdvance(self._full) + 4
        return QSize(
            width + self.contentsMargins().left() + self.contentsMargins().right(), hint.height()
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height()
        )

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class FigureCard(QWidget):
    """One headline figure: caption, value (shrunk to fit, never cut), unit, detail."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = caption
        self._value, self._unit, self._detail = "…", "", ""
        self.setAccessibleName(caption)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def caption(self) -> str:
        return self._caption

    def value(self) -> str:
        return self._value

    def unit(self) -> str:
        return self._unit

    def detail(self) -> str:
        return self._detail

    def text(self) -> str:
        """Value and unit, as read aloud."""
        return f"{self._value} {self._unit}".strip()

    def set_figure(self, value: str, unit: str = "", detail: str = "", tip: str = "") -> None:
        tooltip = rich(f"{self._caption}: " + f"{value} {unit}".strip(), detail, tip)
        if (value, unit, detail, tooltip) == (
            self._value,
            self._unit,
            self._detail,
            self.toolTip(),
        ):
            return  # unchanged: not painted again
        self._value, self._unit, self._detail = value, unit, detail
        self.setToolTip(tooltip)
        self.setAccessibleDescription(self.text())
        self.update()

    def _fonts(self) -> tuple[QFont, QFont]:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        big = QFont(self.font())
        big.setBold(True)
        big.setPointSizeF(self.font().pointSizeF() * 1.45)
        return small, big

    def sizeHint(self) -> QSize:
        small, big = self._fonts()
        return QSize(160, int(2 * QFontMetricsF(small).height() + QFontMetricsF(big).height() + 18))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        p.drawRoundedRect(box, 5, 5)
        small, big = self._fonts()
        sfm = QFontMetricsF(small)
        inner = box.adjusted(9, 6, -9, -6)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        def line(y: float, text: str) -> None:
            p.drawText(
                QRectF(inner.left(), y, inner.width(), sfm.height()),
                left,
                sfm.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()),
            )

        p.setFont(small)
        p.setPen(muted)
        line(inner.top(), self._caption)
        line(inner.bottom() - sfm.height(), self._detail)
        # the value shrinks (down to the body size) until it and its unit fit
        unit_w = sfm.horizontalAdvance(self._unit) + 4 if self._unit else 0.0
        room = inner.width() - unit_w
        while big.pointSizeF() > self.font().pointSizeF():
            if QFontMetricsF(big).horizontalAdvance(self._value) <= room:
                break
            big.setPointSizeF(big.pointSizeF() - 0.5)
        bfm = QFontMetricsF(big)
        value = bfm.elidedText(self._value, Qt.TextElideMode.ElideRight, room)
        rect = QRectF(inner.left(), inner.top() + sfm.height() + 2, room, bfm.height() + 2)
        p.setFont(big)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        p.drawText(rect, left, value)
        if self._unit:
            baseline = rect.top() + (rect.height() + bfm.ascent() - bfm.descent()) / 2
            x = inner.left() + bfm.horizontalAdvance(value) + 4
            p.setFont(small)
            p.setPen(muted)
            p.drawText(QRectF(x, baseline - sfm.ascent(), unit_w, sfm.height()), left, self._unit)
        p.end()


# ------------------------------------------------------------------ layout
def fill_box(box: QComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
    """A filter's choices: ``everything`` (no filter), then ``items`` (text, data);
    the current choice is kept, and nothing moves when the choices did not change."""
    wanted = [(everything, None), *items]
    if [(box.itemText(i), box.itemData(i)) for i in range(box.count())] == wanted:
        return  # unchanged: no relayout
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.addItem(everything, None)
    for text, data in items:
        box.addItem(text, data)
        box.setItemData(box.count() - 1, rich(text), Qt.ItemDataRole.ToolTipRole)
    box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
    box.blockSignals(False)
    box.view().setMinimumWidth(box.view().sizeHintForColumn(0) + 24)


def framed(charts: Sequence[QWidget]) -> list[QFrame]:
    """Each chart in its own panel."""
    frames = []
    for chart in charts:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inside = QVBoxLayout(frame)
        inside.setContentsMargins(2, 2, 2, 2)
        inside.addWidget(chart)
        frames.append(frame)
    return frames


def place(
    columns: int,
    cards: Sequence[QWidget],
    cards_grid: QGridLayout,
    frames: Sequence[QFrame],
    charts_grid: QGridLayout,
) -> None:
    """The cards (8 a row with 3 chart columns, else 4) and the five chart panels
    (money, cost per completer, theme, administration, scatter) in their grids."""
    per_row = 8 if columns == 3 else 4
    for i, card in enumerate(cards):
        cards_grid.addWidget(card, i // per_row, i % per_row)
    money, cpc, theme, admin, scatter = frames
    places = (
        [
            (money, 0, 0, 1),
            (cpc, 0, 1, 1),
            (theme, 0, 2, 1),
            (admin, 1, 0, 2),
            (scatter, 1, 2, 1),
        ]
        if columns == 3
        else [
            (money, 0, 0, 1),
            (cpc, 0, 1, 1),
            (theme, 1, 0, 1),
            (scatter, 1, 1, 1),
            (admin, 2, 0, 2),
        ]
    )
    for frame, row, col, span in places:
        charts_grid.addWidget(frame, row, col, 1, span)
    rows = 2 if columns == 3 else 3
    for i in range(3):
        charts_grid.setColumnStretch(i, 1 if i < columns else 0)
        charts_grid.setRowStretch(i, 1 if i < rows else 0)

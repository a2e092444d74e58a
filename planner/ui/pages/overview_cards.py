"""The plan overview's cards: where they go in a cell, and how they are painted
(a delegate paints them, so a thousand activities cost a few hundred draw calls
for what is on screen, never a widget each)."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from planner import display
from planner.models import Status
from planner.ui.pages.overview_model import CARDS_ROLE, STATUS_COLOURS, Card, Index
from planner.ui.texts import kind_text, status_text

if TYPE_CHECKING:
    from planner.ui.pages.overview_table import CardTable


class CardGeometry:
    """Where the cards of a cell go: a grid of equal cards filling the cell's width."""

    MARGIN = 6
    GAP = 6
    PAD = 6
    MIN_WIDTH = 156

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

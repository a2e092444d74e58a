"""The plan overview's headers: each year with its planned cost, input, actual
cost and execution rate; each theme with its name, count and planned cost."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QWidget

from planner import display
from planner.ui.pages.overview_model import BAND_ROLE, ThemeBand, YearBand

# a character of Chinese (or Japanese) text, or its full-width punctuation: a line
# may break before any of them, as it may at a space
_WIDE = "\u2e80-\u303f\u3040-\u9fff\uf900-\ufaff\uff00-\uffef"
_PIECES = re.compile(f"[{_WIDE}]|[^\\s{_WIDE}]+\\s*|\\s+")


def name_lines(name: str, fm: QFontMetrics, width: int, most: int = 2) -> list[str]:
    """``name`` on at most ``most`` lines of ``width``: broken between words, or
    between the characters of Chinese text (which has no spaces); the last line
    elided if the name is longer still (the header's tooltip has it whole)."""
    pieces = _PIECES.findall(name.strip())
    lines: list[str] = []
    while pieces and len(lines) < most - 1:
        line = pieces.pop(0)
        while pieces and fm.horizontalAdvance((line + pieces[0]).rstrip()) <= width:
            line += pieces.pop(0)
        lines.append(fm.elidedText(line.rstrip(), Qt.TextElideMode.ElideRight, width))
    if pieces:
        lines.append(fm.elidedText("".join(pieces).strip(), Qt.TextElideMode.ElideRight, width))
    return lines


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
        lines = name_lines(band.name, fm, r.width())
        for text_line in lines:
            p.drawText(QRect(r.left(), y, r.width(), line), flags, text_line)
            y += line
        p.setFont(small)
        p.setPen(muted)
        summary = self.tr("%n activity(ies) · {0}", "", band.count).format(band.planned)
        p.drawText(
            QRect(r.left(), y + 2, r.width(), fm_small.height()),
            flags,
            fm_small.elidedText(summary, Qt.TextElideMode.ElideRight, r.width()),
        )

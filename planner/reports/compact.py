"""Compact tables for pages of many figures (the cost-effectiveness and plan PDFs).

:func:`planner.reports.common.data_table` with smaller headers and light cells: a
figure is drawn as one string (:class:`TextCell`) instead of a shaped
``Paragraph``, which keeps a 1,000-row table to a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, TableStyle

from planner.i18n import flat
from planner.reports.common import CELL, INK, MUTED, RULE, data_table, para
from planner.reports.drawn_text import fit, is_plain
from planner.reports.fonts import BASE_BOLD, BASE_FONT

CELL_SIZE = 7.5
HEADER_STYLE = ParagraphStyle(
    "CompactHeader", parent=CELL, fontName=BASE_BOLD, fontSize=7, leading=8.4
)
HEADER_NUMBER_STYLE = ParagraphStyle("CompactHeaderNumber", parent=HEADER_STYLE, alignment=TA_RIGHT)
TEXT_STYLE = ParagraphStyle("CompactCell", parent=CELL, fontSize=CELL_SIZE, leading=9)
BOLD_STYLE = ParagraphStyle("CompactBold", parent=TEXT_STYLE, fontName=BASE_BOLD)
NOTE_STYLE = ParagraphStyle(
    "CompactNote", parent=TEXT_STYLE, fontSize=6.5, leading=7.8, textColor=MUTED
)
NUMBER_STYLE = ParagraphStyle("CompactNumber", parent=TEXT_STYLE, alignment=TA_RIGHT)


class TextCell(Flowable):
    """Plain text in a table cell, drawn as strings (no Paragraph, no markup).

    With ``wrap`` the text is broken into lines at spaces (ReportLab's
    ``simpleSplit``); a line wider than its column is set smaller until it
    fits, never cut. Only for text :func:`is_plain` accepts.
    """

    def __init__(
        self,
        value: str,
        size: float = CELL_SIZE,
        *,
        right: bool = False,
        bold: bool = False,
        wrap: bool = False,
        color: Color = INK,
    ) -> None:
        super().__init__()
        self.value = flat(value)  # one line: a bilingual label side by side
        self.size = size
        self.right = right
        self.font = BASE_BOLD if bold else BASE_FONT
        self.color = color
        self.wrap_lines = wrap
        self.lines = [value]
        self._wrapped_at = -1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.wrap_lines and availWidth != self._wrapped_at:
            self.lines = simpleSplit(self.value, self.font, self.size, availWidth) or [""]
            self._wrapped_at = availWidth
        self.width = availWidth
        self.height = self.size * 1.2 * len(self.lines)
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        # Drawn in place: Flowable.drawOn's save, translate and restore for each of
        # thousands of cells cost more than the text itself.
        if canvas._fillColorObj != self.color:
            canvas.setFillColor(self.color)
        leading = self.size * 1.2
        baseline = y + self.height - self.size * 0.93
        for line in self.lines:
            size = self.size
            natural = pdfmetrics.stringWidth(line, self.font, size)
            if natural > self.width > 0:
                size *= self.width / natural
            if canvas._fontname != self.font or canvas._fontsize != size:
                canvas.setFont(self.font, size)
            if self.right:
                canvas.drawRightString(x + self.width, baseline, line)
            else:
                canvas.drawString(x, baseline, line)
            baseline -= leading

    def draw(self) -> None:
        self.drawOn(self.canv, 0, 0)


def cell(value: str, *, right: bool = False, bold: bool = False, wrap: bool = False) -> Flowable:
    """A compact table cell: a :class:`TextCell` where the text is plain Latin,
    else an escaped, shaped paragraph (:func:`planner.reports.common.para`).

    Without ``wrap`` a plain text stays on one line (set smaller if it must);
    paragraphs always wrap."""
    if is_plain(value):
        return TextCell(value, right=right, bold=bold, wrap=wrap)
    style = NUMBER_STYLE if right else BOLD_STYLE if bold else TEXT_STYLE
    return para(value, style)


def note(value: str, one_line_in: float | None = None) -> Flowable:
    """A smaller text under a cell's main text (a title under a code); with
    ``one_line_in`` (a width in points), cut with "…" to one line of that width."""
    if one_line_in is not None:
        value = fit(value, NOTE_STYLE.fontSize, one_line_in)
    if is_plain(value):
        return TextCell(value, NOTE_STYLE.fontSize, wrap=True, color=MUTED)
    return para(value, NOTE_STYLE)


class Stack(Flowable):
    """Flowables one under the other in one table cell (``data_table`` takes one flowable)."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self.parts = list(parts)
        self._heights: list[float] = []
        self._wrapped_at = -1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # A table wraps each cell when it measures and again when it draws.
        if availWidth != self._wrapped_at:
            self._heights = [part.wrap(availWidth, availHeight)[1] for part in self.parts]
            self._wrapped_at = availWidth
        self.width, self.height = availWidth, sum(self._heights)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for part, height in zip(self.parts, self._heights, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)


_COMPACT = TableStyle(
    [
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
    ]
)


def compact_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    numeric: frozenset[int] = frozenset(),
    *,
    extra_style: Sequence[tuple[Any, ...]] = (),
) -> list[Flowable]:
    """:func:`planner.reports.common.data_table` with a 7 pt header that wraps inside
    narrow columns and tighter padding, for tables of many figures."""
    tables = data_table(header, rows, widths, numeric)
    compact_header = [
        TextCell(label, HEADER_STYLE.fontSize, bold=True, wrap=True, right=i in numeric)
        if is_plain(label.replace("\n", " "))
        else para(label, HEADER_NUMBER_STYLE if i in numeric else HEADER_STYLE)
        for i, label in enumerate(header)
    ]
    for table in tables:
        # data_table sets its header in 9 pt, too wide for 15 columns on a page; the
        # header row is swapped before the table is ever measured.
        table._cellvalues[0] = list(compact_header)
        table.setStyle(_COMPACT)
        if extra_style:
            table.setStyle(TableStyle(list(extra_style)))
    return tables


def scaled_widths(weights: Sequence[float], total: float) -> list[float]:
    """Column widths in proportion to ``weights`` filling ``total`` points."""
    whole = sum(weights)
    return [total * w / whole for w in weights]

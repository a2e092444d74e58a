"""Cells and styles of the budget PDF: figures drawn as one string, fitted user text.

A large annex holds tens of thousands of cells; :class:`Figure` draws a cell the
report wrote itself without ReportLab's markup parser and shaper, and
:func:`fitted` keeps user text in a one-line figure where it is Latin and fits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from planner import display
from planner.i18n import flat, is_bilingual, side
from planner.reports.common import (
    CELL,
    HEADER_CELL,
    HEADER_NUMBER_CELL,
    HEADING,
    NUMBER_CELL,
    SMALL,
    TITLE,
    para,
)
from planner.reports.drawn_text import text_width as drawn_width
from planner.reports.fonts import BASE_BOLD, BASE_FONT, markup

CELL_PADDING = 8.5  # left and right padding of a table cell (common._table_style), and a bit

RED = colors.HexColor("#b00020")
WARN_FILL = colors.HexColor("#fff4e5")
WARN_RULE = colors.HexColor("#d9822b")
GROUP_FILL = colors.HexColor("#eef1f4")
DASH = "\u2014"

NEGATIVE_CELL = ParagraphStyle("BudgetNegative", parent=NUMBER_CELL, textColor=RED)
TOTAL_NUMBER = HEADER_NUMBER_CELL
TOTAL_NEGATIVE = ParagraphStyle("BudgetTotalNegative", parent=HEADER_NUMBER_CELL, textColor=RED)
FLAG_CELL = ParagraphStyle("BudgetFlag", parent=NUMBER_CELL, fontName=BASE_BOLD, textColor=RED)
COVER_TITLE = ParagraphStyle("BudgetCoverTitle", parent=TITLE, fontSize=22, leading=28)
COVER_PLAN = ParagraphStyle("BudgetCoverPlan", parent=HEADING, fontSize=15, leading=20)
WARN_TITLE = ParagraphStyle("BudgetWarnTitle", parent=HEADER_CELL, textColor=RED)
NOTE = ParagraphStyle("BudgetNote", parent=SMALL, spaceBefore=1 * mm)


class Figure(Flowable):
    """A one-line cell the report wrote itself: a figure, a code, a fixed word.

    It draws its text like a one-line paragraph of ``style`` would, without the
    markup parser and the shaper, which cost most of a large annex. Only for ASCII
    and for figures formatted by :mod:`planner.display`; user text goes through
    :func:`user_text`.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = flat(text)  # one line: a bilingual label side by side
        self.style = style

    @property
    def fixed_height(self) -> float:
        """One line, whatever the width: a table need not measure it (common._Table)."""
        return float(self.style.leading)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.style.leading
        return self.width, self.height

    def wrapOn(self, canv: Canvas, aW: float, aH: float) -> tuple[float, float]:
        return self.wrap(aW, aH)  # needs no canvas to measure

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        # In place: Flowable.drawOn's save, translate and restore around each of
        # thousands of cells cost more than the text itself.
        if not self.text:
            return
        style = self.style
        # Set the font and colour only when they change: each call writes operators.
        if canvas._fontname != style.fontName or canvas._fontsize != style.fontSize:
            canvas.setFont(style.fontName, style.fontSize)
        if canvas._fillColorObj != style.textColor:
            canvas.setFillColor(style.textColor)
        baseline = y + self.height - style.fontSize  # where a Paragraph puts its first line
        if style.alignment == TA_RIGHT:
            _draw_string(canvas, x + self.width, baseline, self.text, right=True)
        else:
            _draw_string(canvas, x, baseline, self.text, right=False)


def _draw_string(canvas: Canvas, x: float, y: float, text: str, *, right: bool) -> None:
    """``canvas.drawString`` (or ``drawRightString``) of ``text`` in the canvas's font,
    writing the same operators without a text object per call: tens of thousands of
    figures in a large annex. Anything but a TrueType font on a bottom-up page is
    left to ReportLab."""
    font = getFont(canvas._fontname)
    if not font._dynamicFont or not canvas.bottomup:
        (canvas.drawRightString if right else canvas.drawString)(x, y, text)
        return
    size = canvas._fontsize
    if right:
        x -= stringWidth(text, canvas._fontname, size)
    doc = canvas._doc
    escape = canvas._escape
    tf = f"{fp_str(size)} Tf {fp_str(canvas._leading)} TL"
    parts = ["BT", f"1 0 0 1 {fp_str(x, y)} Tm"]
    current = -1
    for subset, chunk in font.splitString(text, doc):
        if subset != current:
            parts.append(f"{font.getSubsetInternalName(subset, doc)} {tf}")
            current = subset
        parts.append(f"({escape(chunk)}) Tj")
    parts[-1] += " T*"  # as textLine ends the line
    parts.append("ET")
    canvas._code.append(" ".join(parts))


_UNSHAPED: dict[str, ParagraphStyle] = {}


def _needs_no_shaping(text: str) -> bool:
    """Latin (Vietnamese included, once composed) and common punctuation only."""
    return all(
        (cp := ord(ch)) < 0x0300 or 0x1E00 <= cp <= 0x1EFF or 0x2000 <= cp <= 0x206F for ch in text
    )


def user_text(text: str, style: ParagraphStyle = CELL) -> Flowable:
    """User text in a wrapping, escaped paragraph (:func:`para`). Text in Latin letters
    skips the shaper, which only the scripts that need it should pay for."""
    if not _needs_no_shaping(text):
        return para(text, style)
    plain = _UNSHAPED.get(style.name)
    if plain is None:
        plain = _UNSHAPED[style.name] = ParagraphStyle(f"{style.name}Plain", parent=style)
        plain.shaping = 0
    return Paragraph(markup(text, bold=style.fontName == BASE_BOLD), plain)


def fitted(text: str, style: ParagraphStyle, width: float) -> Flowable:
    """``text`` in a cell ``width`` points wide (padding included): a one-line
    :class:`Figure` where it is Latin, printable and fits, else :func:`user_text`."""
    if (
        text.isprintable()
        and _needs_no_shaping(text)
        and unicodedata.is_normalized("NFC", text)
        and stringWidth(text, style.fontName, style.fontSize) <= width - CELL_PADDING
    ):
        return Figure(text, style)
    return user_text(text, style)


EMPTY = Figure("", CELL)


def money_cell(value: Decimal | None, *, total: bool = False, text: str | None = None) -> Figure:
    """An amount, 2 decimals with separators (``text``, when already formatted);
    a negative one red with its minus sign."""
    if value is None:
        return Figure(DASH, NUMBER_CELL)
    shown = display.money(value) if text is None else text
    negative = value < 0 and any(ch in "123456789" for ch in shown)  # not a "-0.00"
    if total:
        return Figure(shown, TOTAL_NEGATIVE if negative else TOTAL_NUMBER)
    return Figure(shown, NEGATIVE_CELL if negative else NUMBER_CELL)


def text_width(texts: Iterable[str], font: str, size: float) -> float:
    """The widest of ``texts``; a bilingual one by its wider line (Chinese or English).
    Measured in the face each script is drawn in (a Chinese header is wider than the
    base face would say)."""
    bold = font == BASE_BOLD
    return max((drawn_width(line, size, bold) for t in texts for line in lines(t)), default=0.0)


def lines(text: str) -> tuple[str, ...]:
    return (side(text, False), side(text, True)) if is_bilingual(text) else (text,)


def fit_width(
    texts: Iterable[str],
    header: str,
    *,
    minimum: float = 40.0,
    bold: bool = True,
    header_lines: int = 1,
) -> float:
    """A column width that holds every text (measured in bold, as totals are, unless
    ``bold`` is false) on one line, and the header on ``header_lines`` lines."""
    # on two lines, a header breaks between words, or before a full-width bracket
    header_texts = [header] if header_lines == 1 else re.split(r"\s+|(?=（)", header)
    header_w = text_width(header_texts, BASE_BOLD, HEADER_CELL.fontSize)
    widest = text_width(texts, BASE_BOLD if bold else BASE_FONT, CELL.fontSize)
    return max(minimum, widest, header_w) + 10

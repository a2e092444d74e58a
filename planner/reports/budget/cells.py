"""Cells and styles of the budget PDF: figures drawn as one string, fitted user text.

A large annex holds tens of thousands of cells; :class:`Figure` draws a cell the
report wrote itself without ReportLab's markup parser and shaper, and
:func:`fitted` keeps user text in a one-line figure where it is Latin and fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from planner import display
from planner.i18n import is_bilingual, side
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
from planner.reports.oneline import Figure, needs_no_shaping, one_line

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


_UNSHAPED: dict[str, ParagraphStyle] = {}


def user_text(text: str, style: ParagraphStyle = CELL) -> Flowable:
    """User text in a wrapping, escaped paragraph (:func:`para`). Text in Latin letters
    skips the shaper, which only the scripts that need it should pay for."""
    if not needs_no_shaping(text):
        return para(text, style)
    plain = _UNSHAPED.get(style.name)
    if plain is None:
        plain = _UNSHAPED[style.name] = ParagraphStyle(f"{style.name}Plain", parent=style)
        plain.shaping = 0
    return Paragraph(markup(text, bold=style.fontName == BASE_BOLD), plain)


def fitted(text: str, style: ParagraphStyle, width: float) -> Flowable:
    """``text`` in a cell ``width`` points wide (padding included): a one-line
    :class:`Figure` where a paragraph would print it on one line
    (:func:`planner.reports.oneline.one_line`), else :func:`user_text`."""
    return one_line(text, style, width, spaces_as_written=True) or user_text(text, style)


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

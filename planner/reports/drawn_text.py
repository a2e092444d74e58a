"""Text inside ReportLab drawings, and the empty drawing charts start from.

:func:`text` sets each script of a text in its font and shapes Thai, Khmer, Lao,
Myanmar and Chinese runs (a ``String`` on its own would print Khmer wrongly);
:func:`is_plain` tells the text that needs none of it (Latin, digits), which
tables draw as plain strings.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

from planner.i18n import flat
from planner.reports.common import INK, MUTED
from planner.reports.fonts import BASE_BOLD, BASE_FONT, bold_name, register_fonts, script_runs

GRID = colors.HexColor("#d9dee4")


def _plain_char(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x20 <= cp < 0x7F
        or 0xA0 <= cp < 0x250  # Latin-1, Latin Extended A and B
        or 0x1E00 <= cp < 0x1F00  # Latin Extended Additional: Vietnamese
        or ch in "\u2009\u202f\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2212"
    )


@lru_cache(maxsize=1)
def _base_coverage() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(BASE_FONT).face.charToGlyph)


def is_plain(value: str) -> bool:
    """Whether the base font prints ``value`` right without shaping (Latin, digits)."""
    if value.isascii():
        return value.isprintable()
    covered = _base_coverage()
    return all(_plain_char(ch) and ord(ch) in covered for ch in value) and (
        value.isascii() or unicodedata.is_normalized("NFC", value)
    )


@lru_cache(maxsize=16384)
def _parts(text: str, size: float, bold: bool) -> tuple[tuple[str, str, float], ...]:
    """(font, string, width) per script run; non-Latin runs are shaped."""
    register_fonts()
    if is_plain(text):
        font = BASE_BOLD if bold else BASE_FONT
        return ((font, text, pdfmetrics.stringWidth(text, font, size)),)
    parts = []
    for family, run in script_runs(flat(text).replace("\n", " ")):
        font = (BASE_BOLD if bold else BASE_FONT) if family == BASE_FONT else family
        if bold and family != BASE_FONT:
            font = bold_name(family)
        shown: str = run
        if family != BASE_FONT:
            shown = shapeStr(run, font, size)
        if isinstance(shown, ShapedStr):
            width = sum(g.x_advance for g in shown.__shapeData__) * size / 1000
        else:
            width = pdfmetrics.stringWidth(shown, font, size)
        parts.append((font, shown, width))
    return tuple(parts)


def text_width(value: str, size: float, bold: bool = False) -> float:
    return sum(w for _, _, w in _parts(value, size, bold))


def fit(value: str, size: float, width: float, bold: bool = False) -> str:
    """``value``, cut with "…" where it is wider than ``width`` (never inside a cluster)."""
    if text_width(value, size, bold) <= width:
        return value
    cuts = [i for i in range(1, len(value)) if unicodedata.category(value[i])[0] != "M"]
    low, high = 0, len(cuts) - 1
    best = ""
    while low <= high:
        middle = (low + high) // 2
        candidate = value[: cuts[middle]].rstrip() + "…"
        if text_width(candidate, size, bold) <= width:
            best, low = candidate, middle + 1
        else:
            high = middle - 1
    return best


def text(
    value: str,
    x: float,
    y: float,
    size: float,
    *,
    bold: bool = False,
    color: Color = INK,
    anchor: str = "start",
) -> Group:
    """``value`` on the baseline ``y``, starting, centred or ending at ``x``."""
    parts = _parts(value, size, bold)
    total = sum(w for _, _, w in parts)
    if anchor == "end":
        x -= total
    elif anchor == "middle":
        x -= total / 2
    group = Group()
    for font, shown, width in parts:
        group.add(String(x, y, shown, fontName=font, fontSize=size, fillColor=color))
        x += width
    return group


def new_drawing(width: float, height: float) -> Drawing:
    """An empty drawing whose default font is the base font (else ReportLab sets
    Helvetica at the start of every drawing and embeds a reference to it)."""
    register_fonts()
    return Drawing(width, height, initialFontName=BASE_FONT, initialFontSize=7)


def empty_chart(width: float, height: float, message: str) -> Drawing:
    """A framed chart area that says why there is nothing to draw."""
    drawing = new_drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=None, strokeColor=GRID, strokeWidth=0.6))
    drawing.add(
        text(
            fit(message, 8, width - 12), width / 2, height / 2 - 3, 8, color=MUTED, anchor="middle"
        )
    )
    return drawing

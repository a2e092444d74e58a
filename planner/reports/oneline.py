"""One-line cells drawn without ReportLab's paragraph machinery.

A table of a report holds thousands of short texts: years, codes, figures,
headers, names that fit their column. A :class:`Figure` draws such a text the
way a one-line paragraph of its style would (same font, size, colour, baseline
and row height), without the markup parser, the line breaker and the shaper.
:func:`one_line` decides when a text may be drawn so: anything that could wrap,
needs a shaper, or would be printed differently by a paragraph stays a
paragraph.
"""

from __future__ import annotations

import unicodedata

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from planner.i18n import flat, is_bilingual, side
from planner.reports.fonts import (
    BASE_BOLD,
    BASE_FONT,
    CJK_FONT,
    CJK_RARE,
    SECOND_LINE_SMALLER,
    bold_name,
    script_runs,
)

#: Left and right padding of a table cell (common's table style: 4 + 4), and a bit:
#: a text this much narrower than its column never wraps.
CELL_PADDING = 8.5

#: Runs of one line: (font name, text) in order.
Runs = tuple[tuple[str, str], ...]

#: Fonts other than the base one whose runs need no shaper: Chinese.
_UNSHAPED_FAMILIES = frozenset({CJK_FONT, CJK_RARE})


class Figure(Flowable):
    """A one-line cell: a figure, a code, a fixed word, a short Latin text.

    It draws its text like a one-line paragraph of ``style`` would, without the
    markup parser and the shaper, which cost most of a large annex. Only for text
    :func:`one_line` accepts and for figures formatted by :mod:`planner.display`;
    anything else is a paragraph.
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        runs: Runs = (),
        second: Runs = (),
    ) -> None:
        super().__init__()
        self.text = flat(text)  # one line: a bilingual label side by side
        self.style = style
        #: (font, text) in order where the text mixes fonts (Chinese with Latin);
        #: empty: all of it in the style's font
        self.runs = runs
        #: a bilingual text's English line, beneath, 1.5 points smaller (as
        #: fonts.markup lays it out); empty: one line
        self.second = second

    @property
    def fixed_height(self) -> float:
        """One line (two for a bilingual text), whatever the width: a table need
        not measure it (common._Table)."""
        return float(self.style.leading) * (2 if self.second else 1)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.fixed_height
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
        right = style.alignment == TA_RIGHT
        at = x + self.width if right else x
        if self.runs:
            _draw_runs(canvas, at, baseline, self.runs, style.fontSize, right=right)
        else:
            _draw_string(canvas, at, baseline, self.text, right=right)
        if self.second:  # the next line, a leading lower
            size = style.fontSize - SECOND_LINE_SMALLER
            _draw_runs(canvas, at, baseline - style.leading, self.second, size, right=right)


def _draw_string(canvas: Canvas, x: float, y: float, text: str, *, right: bool) -> None:
    """``canvas.drawString`` (or ``drawRightString``) of ``text`` in the canvas's font,
    writing the same operators without a text object per call: tens of thousands of
    figures in a large annex. Anything but a TrueType font on a bottom-up page is
    left to ReportLab."""
    if not getFont(canvas._fontname)._dynamicFont or not canvas.bottomup:
        (canvas.drawRightString if right else canvas.drawString)(x, y, text)
        return
    _draw_runs(canvas, x, y, ((canvas._fontname, text),), canvas._fontsize, right=right)


def _draw_runs(canvas: Canvas, x: float, y: float, runs: Runs, size: float, *, right: bool) -> None:
    """Runs of text in their fonts (TrueType) at ``size``, one after the other on one
    line from ``(x, y)`` (or ending there, ``right``), in one text object: what a
    paragraph writes for a line of ``<font name>`` runs (as textLine ends it).
    The page must be bottom-up, as every page of the planner's reports is."""
    if right:
        x -= sum(stringWidth(text, font, size) for font, text in runs)
    doc = canvas._doc
    escape = canvas._escape
    tf = f"{fp_str(size)} Tf {fp_str(canvas._leading)} TL"
    parts = ["BT", f"1 0 0 1 {fp_str(x, y)} Tm"]
    for name, text in runs:
        font = getFont(name)
        current = -1
        for subset, chunk in font.splitString(text, doc):
            if subset != current:
                parts.append(f"{font.getSubsetInternalName(subset, doc)} {tf}")
                current = subset
            parts.append(f"({escape(chunk)}) Tj")
    parts[-1] += " T*"
    parts.append("ET")
    canvas._code.append(" ".join(parts))


def needs_no_shaping(text: str) -> bool:
    """Latin (Vietnamese included, once composed) and common punctuation only."""
    return all(
        (cp := ord(ch)) < 0x0300 or 0x1E00 <= cp <= 0x1EFF or 0x2000 <= cp <= 0x206F for ch in text
    )


def one_line(
    text: str, style: ParagraphStyle, width: float, *, spaces_as_written: bool = False
) -> Figure | None:
    """``text`` as a :class:`Figure` in a cell ``width`` points wide (padding
    included), when a paragraph of ``style`` would print it on one line exactly
    as the figure draws it: Latin and Chinese only (no shaper: Thai, Lao, Khmer
    and Myanmar stay paragraphs), each run in the font :func:`markup` gives it,
    printable, composed (NFC), no run of spaces to collapse, and narrower than the
    cell. A bilingual text is its Chinese line and its English line beneath, 1.5
    points smaller, each of them so. Else None: the caller makes a paragraph.
    ``spaces_as_written``: the text's spaces are drawn as they are, where a
    paragraph would collapse a run of them (the budget report's own separators)."""
    room = width - CELL_PADDING
    if is_bilingual(text):
        chinese, english = side(text, False), side(text, True)
        if chinese != english:
            first = _line(chinese, style, style.fontSize, room, spaces_as_written)
            size = style.fontSize - SECOND_LINE_SMALLER
            second = _line(english, style, size, room, spaces_as_written)
            if first is None or second is None:
                return None
            return Figure(
                text,
                style,
                first or ((style.fontName, chinese),),
                second or ((style.fontName, english),),
            )
        text = chinese
    runs = _line(text, style, style.fontSize, room, spaces_as_written)
    return None if runs is None else Figure(text, style, runs)


def _line(
    text: str, style: ParagraphStyle, size: float, room: float, spaces_as_written: bool
) -> Runs | None:
    """The runs of one line of ``text`` at ``size`` (empty: all in the style's font),
    or None where a paragraph would lay it out otherwise (see :func:`one_line`)."""
    if (
        not text
        or not text.isprintable()
        or (not spaces_as_written and ("  " in text or text[0] == " " or text[-1] == " "))
        or not unicodedata.is_normalized("NFC", text)
    ):
        return None
    if needs_no_shaping(text):
        return None if stringWidth(text, style.fontName, size) > room else ()
    bold = style.fontName == BASE_BOLD
    runs: list[tuple[str, str]] = []
    for family, run in script_runs(text):
        if family == BASE_FONT:
            if not needs_no_shaping(run):
                return None
            runs.append((style.fontName, run))
        elif family in _UNSHAPED_FAMILIES:
            runs.append((bold_name(family) if bold else family, run))
        else:
            return None  # a script that needs the shaper
    if sum(stringWidth(run, font, size) for font, run in runs) > room:
        return None
    return tuple(runs)

"""Flowables of the cost-effectiveness and action-plan PDFs: charts and compact tables.

Charts are ReportLab ``Drawing``s (flowables) sized by the caller: grouped
vertical bars, horizontal bars and a scatter plot. They lay out figures that
:mod:`planner.services.metrics` computed; the only arithmetic here turns a
figure into a length on the page. Text inside a drawing goes through
:func:`text`, which sets each script in its font and shapes Thai, Khmer, Lao,
Myanmar and Chinese runs (a ``String`` on its own would print Khmer wrongly).

The compact tables are :func:`planner.reports.common.data_table` with smaller
headers and light cells: a figure is drawn as one string instead of a shaped
``Paragraph``, which keeps a 1,000-row table to a fraction of a second.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel.dates import format_date, format_interval
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.platypus import Flowable, TableStyle

from planner import display
from planner.i18n import _
from planner.models import Kind, Status
from planner.reports.charts import axis_scale
from planner.reports.common import (
    CELL,
    FOOTER_HEIGHT,
    HEADER_HEIGHT,
    INK,
    MARGIN,
    MUTED,
    RULE,
    data_table,
    para,
)
from planner.reports.fonts import BASE_BOLD, BASE_FONT, bold_name, register_fonts, script_runs
from planner.reports.ticks import nice_ticks, tick_places

# The frame of build_pdf's landscape A4 page: what flows on a page of these reports.
FRAME_WIDTH = landscape(A4)[0] - 2 * MARGIN
FRAME_HEIGHT = landscape(A4)[1] - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT

GRID = colors.HexColor("#d9dee4")
PALE = colors.HexColor("#9fb3c8")
BLUE = colors.HexColor("#1f5f8b")
TEAL = colors.HexColor("#2c7a6b")
PLUM = colors.HexColor("#6b4c9a")
ORANGE = colors.HexColor("#c05621")

# --- numbers and dates for the reader ------------------------------------------------


@lru_cache(maxsize=8192)
def _number(value: Decimal | int, places: int, loc: str) -> str:
    # Counts, rates and scores repeat a lot in a long table (25 participants, 100.0%);
    # equal values print the same, so they are formatted once.
    return display.number(value, places, loc)


@lru_cache(maxsize=8192)
def _percent(value: Decimal, loc: str) -> str:
    return display.percent(value, 1, loc)


@dataclass(frozen=True)
class Formats:
    """How the PDFs show figures and dates in the reader's locale; "n/a" if undefined."""

    loc: str

    def money(self, value: Decimal | None) -> str:
        return display.money(value, 2, self.loc)

    def count(self, value: int | None) -> str:
        return display.NA if value is None else _number(value, 0, self.loc)

    def number(self, value: Decimal | None, places: int = 2) -> str:
        return display.NA if value is None else _number(value, places, self.loc)

    def rate(self, value: Decimal | None) -> str:
        """A fraction as a percentage with one decimal: ``0.8125`` -> ``81.3%``."""
        return display.NA if value is None else _percent(value, self.loc)

    def change(self, value: Decimal | None) -> str:
        """A percentage change (already in per cent), signed: ``+2.1%``."""
        if value is None:
            return display.NA
        shown = display.number(value, 1, self.loc)
        return shown + "%" if shown.startswith("-") or value.is_zero() else f"+{shown}%"

    def day(self, value: date) -> str:
        return format_date(value, "medium", locale=self.loc)

    def period(self, start: date, end: date) -> str:
        """``Mar 8 – 12, 2027``: one date, or a range written the locale's way."""
        if start == end:
            return self.day(start)
        return format_interval(start, end, "yMMMd", locale=self.loc)


def status_names() -> dict[str, str]:
    """An activity status as the reader reads it."""
    return {
        Status.PLANNED.value: _("planned"),
        Status.APPROVED.value: _("approved"),
        Status.SCHEDULED.value: _("scheduled"),
        Status.DELIVERED.value: _("delivered"),
        Status.CANCELLED.value: _("cancelled"),
    }


def kind_names() -> dict[str, str]:
    return {Kind.COURSE.value: _("course"), Kind.SYMPOSIUM.value: _("symposium")}


# --- text inside drawings ---------------------------------------------------------


@lru_cache(maxsize=16384)
def _parts(text: str, size: float, bold: bool) -> tuple[tuple[str, str, float], ...]:
    """(font, string, width) per script run; non-Latin runs are shaped."""
    register_fonts()
    if is_plain(text):
        font = BASE_BOLD if bold else BASE_FONT
        return ((font, text, pdfmetrics.stringWidth(text, font, size)),)
    parts = []
    for family, run in script_runs(text.replace("\n", " ")):
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


# --- axes -----------------------------------------------------------------------------


def tick_label(fmt: Formats, value: float, step: float) -> str:
    return fmt.number(Decimal(repr(round(value, 6))), tick_places(step))


# --- vertical bars ----------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[Decimal | None]
    color: Color


def bar_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    width: float,
    height: float,
    fmt: Formats,
    unit: str,
    value_labels: bool = False,
    empty: str = "",
) -> Drawing:
    """Grouped vertical bars, one group per category, a legend when several series.

    ``None`` values draw no bar but "n/a" on the axis. ``unit`` (a currency)
    titles the value axis, with "thousands" or "millions" where they help.
    """
    known = [float(v) for s in series for v in s.values if v is not None]
    if not categories or not known:
        return empty_chart(width, height, empty or _("No figures to show yet"))
    drawing = new_drawing(width, height)
    marks = nice_ticks(0.0, max(max(known), 0.0) or 1.0)
    top = marks[-1]
    divisor, word = axis_scale(Decimal(repr(top)))  # the budget report's scale words
    step = marks[1] - marks[0]
    axis_labels = [tick_label(fmt, m / divisor, step / divisor) for m in marks]
    left = max(text_width(s, 7) for s in axis_labels) + 6
    legend_h = 14 if len(series) > 1 else 0
    bottom, top_pad = 14.0, 14.0 + legend_h
    plot_w, plot_h = width - left - 4, height - bottom - top_pad
    title = f"{unit} {_(word)}" if word else unit
    drawing.add(text(title, 0, height - 8, 7, color=MUTED))
    if len(series) > 1:
        x = left
        for s in series:
            drawing.add(Rect(x, height - 22, 8, 7, fillColor=s.color, strokeColor=None))
            drawing.add(text(s.name, x + 11, height - 21, 7))
            x += 11 + text_width(s.name, 7) + 12
    for mark, label in zip(marks, axis_labels, strict=True):
        y = bottom + plot_h * mark / top
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(text(label, left - 3, y - 2.5, 7, color=MUTED, anchor="end"))
    slot = plot_w / len(categories)
    group_w = min(slot * 0.72, 48.0 * len(series))
    bar_w = group_w / len(series)
    label_size = 6.5 if bar_w >= 26 else 6.0
    for i, category in enumerate(categories):
        x0 = left + i * slot + (slot - group_w) / 2
        drawing.add(
            text(fit(category, 7, slot - 2), left + (i + 0.5) * slot, 3, 7, anchor="middle")
        )
        for j, s in enumerate(series):
            value = s.values[i]
            x = x0 + j * bar_w
            if value is None:
                drawing.add(
                    text(display.NA, x + bar_w / 2, bottom + 2, 6, color=MUTED, anchor="middle")
                )
                continue
            h = plot_h * max(float(value), 0.0) / top
            drawing.add(Rect(x, bottom, bar_w * 0.94, h, fillColor=s.color, strokeColor=None))
            shown = fmt.number(value, 0)
            if value_labels and text_width(shown, label_size) <= bar_w + 4:
                drawing.add(
                    text(shown, x + bar_w * 0.47, bottom + h + 2, label_size, anchor="middle")
                )
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.7))
    return drawing


# --- horizontal bars --------------------------------------------------------------------


def hbar_chart(
    items: Sequence[tuple[str, Decimal | None]],
    *,
    width: float,
    height: float,
    fmt: Formats,
    color: Color = TEAL,
    empty: str = "",
) -> Drawing:
    """One horizontal bar per item, largest first, undefined ones last marked "n/a"."""
    if not items or all(v is None for _, v in items):
        return empty_chart(width, height, empty or _("No figures to show yet"))
    ordered = sorted(items, key=lambda item: (item[1] is None, -(item[1] or 0)))
    drawing = new_drawing(width, height)
    bottom = 13.0
    row = (height - bottom - 2) / len(ordered)
    size = max(4.5, min(7.5, row * 0.62))
    marks = nice_ticks(0.0, max(float(v) for _, v in ordered if v is not None))
    top = marks[-1]
    step = marks[1] - marks[0]
    tick_labels = [tick_label(fmt, m, step) for m in marks]
    label_w = min(width * 0.3, max(text_width(label, size) for label, _ in ordered) + 4)
    value_w = max(text_width(fmt.number(v, 0), size) for _, v in ordered) + 4
    left = label_w + 2
    plot_w = width - left - value_w - 2
    for mark, label in zip(marks, tick_labels, strict=True):
        x = left + plot_w * mark / top
        drawing.add(Line(x, bottom, x, height - 2, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(text(label, x, 3, 6.5, color=MUTED, anchor="middle"))
    for i, (label, value) in enumerate(ordered):
        y = height - 2 - (i + 1) * row
        baseline = y + row / 2 - size * 0.35
        drawing.add(text(fit(label, size, label_w - 2), left - 3, baseline, size, anchor="end"))
        if value is None:
            drawing.add(text(display.NA, left + 3, baseline, size, color=MUTED))
            continue
        w = plot_w * float(value) / top
        drawing.add(Rect(left, y + row * 0.15, w, row * 0.7, fillColor=color, strokeColor=None))
        drawing.add(text(fmt.number(value, 0), left + w + 3, baseline, size))
    drawing.add(Line(left, bottom, left, height - 2, strokeColor=INK, strokeWidth=0.7))
    return drawing


# --- scatter -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    label: str
    x: Decimal
    y: Decimal
    group: str


def _overlaps(box: tuple[float, float, float, float], boxes: list[tuple[float, ...]]) -> bool:
    x0, y0, x1, y1 = box
    return any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in boxes)


def scatter_chart(
    points: Sequence[Point],
    groups: dict[str, tuple[str, Color]],
    *,
    width: float,
    height: float,
    fmt: Formats,
    x_title: str,
    y_title: str,
    max_labels: int = 80,
    empty: str = "",
) -> Drawing:
    """Points by ``(x, y)`` coloured by group (``groups``: key -> legend name, colour).

    Each point is labelled (its activity code) where the label fits without
    touching another label or point; with more than ``max_labels`` points, none are.
    """
    if not points:
        return empty_chart(width, height, empty or _("No figures to show yet"))
    drawing = new_drawing(width, height)
    x_marks = nice_ticks(0.0, max(float(p.x) for p in points))
    x_top = x_marks[-1]
    y_low = min(0.0, min(float(p.y) for p in points))
    y_marks = nice_ticks(0.0, max(float(p.y) for p in points) - y_low)
    y_span = y_marks[-1]
    y_step = y_marks[1] - y_marks[0]
    if y_low < 0:  # gains can be negative: start the axis at a round value below 0
        y_low = -math.ceil(-y_low / y_step) * y_step
        y_marks = [y_low + i * y_step for i in range(round((y_span - y_low) / y_step) + 1)]
        y_span = y_marks[-1] - y_low
    x_step = x_marks[1] - x_marks[0]
    y_labels = [tick_label(fmt, m, y_step) for m in y_marks]
    left = max(text_width(s, 7) for s in y_labels) + 6
    bottom, top_pad = 26.0, 16.0
    plot_w, plot_h = width - left - 8, height - bottom - top_pad

    def px(value: float) -> float:
        return left + plot_w * value / x_top

    def py(value: float) -> float:
        return bottom + plot_h * (value - y_low) / y_span

    drawing.add(text(y_title, 0, height - 8, 7, color=MUTED))
    legend_x = width - 4
    for key in reversed(list(groups)):
        name, colour = groups[key]
        legend_x -= text_width(name, 7)
        drawing.add(text(name, legend_x, height - 8, 7))
        legend_x -= 9
        drawing.add(Circle(legend_x + 3, height - 5.5, 2.6, fillColor=colour, strokeColor=None))
        legend_x -= 10
    for mark, label in zip(y_marks, y_labels, strict=True):
        y = py(mark)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(text(label, left - 3, y - 2.5, 7, color=MUTED, anchor="end"))
    for mark in x_marks:
        x = px(mark)
        drawing.add(Line(x, bottom, x, bottom + plot_h, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(
            text(tick_label(fmt, mark, x_step), x, bottom - 10, 7, color=MUTED, anchor="middle")
        )
    drawing.add(text(x_title, left + plot_w / 2, 2, 7, color=MUTED, anchor="middle"))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.7))
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=INK, strokeWidth=0.7))
    radius = 2.4 if len(points) <= 200 else 1.6
    placed = [(px(float(p.x)), py(float(p.y)), p) for p in points]
    taken: list[tuple[float, ...]] = [
        (x - radius, y - radius, x + radius, y + radius) for x, y, _ in placed
    ]
    for x, y, p in placed:
        colour = groups.get(p.group, (p.group, BLUE))[1]
        drawing.add(
            Circle(x, y, radius, fillColor=colour, strokeColor=colors.white, strokeWidth=0.4)
        )
    if len(points) > max_labels:
        return drawing
    size = 6.0
    for x, y, p in placed:
        w = text_width(p.label, size)
        for dx, dy, anchor in (
            (4, -2, "start"),
            (-4, -2, "end"),
            (3, 3, "start"),
            (3, -8, "start"),
            (-3, 3, "end"),
            (-3, -8, "end"),
            (-w / 2, 4, "start"),
            (-w / 2, -9, "start"),
        ):
            x0 = x + dx - (w if anchor == "end" else 0)
            box = (x0, y + dy - 1, x0 + w, y + dy + size * 0.8)
            inside = box[0] >= left and box[2] <= left + plot_w and box[3] <= bottom + plot_h
            if inside and box[1] >= bottom and not _overlaps(box, taken):
                taken.append(box)
                drawing.add(text(p.label, x0, y + dy, size, color=MUTED))
                break
    return drawing


# --- compact tables -------------------------------------------------------------------

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
        self.value = value
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

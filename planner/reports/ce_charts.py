"""Charts of the cost-effectiveness PDF: grouped vertical bars, horizontal bars, a scatter.

Charts are ReportLab ``Drawing``s (flowables) sized by the caller. They lay out
figures that :mod:`planner.services.metrics` computed; the only arithmetic here
turns a figure into a length on the page. Axes take their round values from
:func:`planner.reports.ticks.nice_ticks`, text goes through
:func:`planner.reports.drawn_text.text`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.colors import Color

from planner.i18n import _
from planner.reports.charts import axis_scale, scaled_unit
from planner.reports.common import INK, MUTED
from planner.reports.drawn_text import GRID, empty_chart, fit, new_drawing, text, text_width
from planner.reports.formats import Formats, na
from planner.reports.ticks import nice_ticks, tick_places

PALE = colors.HexColor("#9fb3c8")
BLUE = colors.HexColor("#1f5f8b")
TEAL = colors.HexColor("#2c7a6b")
PLUM = colors.HexColor("#6b4c9a")
ORANGE = colors.HexColor("#c05621")

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
    title = scaled_unit(unit, word)
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
                drawing.add(text(na(), x + bar_w / 2, bottom + 2, 6, color=MUTED, anchor="middle"))
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
            drawing.add(text(na(), left + 3, baseline, size, color=MUTED))
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

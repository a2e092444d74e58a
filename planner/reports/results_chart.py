"""The small chart of one indicator in the results PDF: its actuals per year as
bars, its targets as a line of points, its baseline as a dashed line, coloured
by each year's status."""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect
from reportlab.lib import colors

from planner.reports.common import INK, MUTED
from planner.reports.drawn_text import GRID, new_drawing, text
from planner.reports.formats import Formats
from planner.reports.results_data import as_float
from planner.reports.ticks import nice_ticks, tick_places
from planner.services.indicators import AT_RISK, OFF_TRACK, ON_TRACK, Evaluated

GREEN = colors.HexColor("#2f855a")
AMBER = colors.HexColor("#c77c02")
RED = colors.HexColor("#c53030")
GREY = colors.HexColor("#a0aec0")
TARGET = colors.HexColor("#1f5f8b")


def status_color(status: str | None) -> colors.Color:
    return {ON_TRACK: GREEN, AT_RISK: AMBER, OFF_TRACK: RED}.get(status or "", GREY)


def light(status: str | None, size: float = 8) -> Drawing:
    """A traffic light: a filled circle in the status's colour."""
    d = new_drawing(size, size)
    d.add(
        Circle(size / 2, size / 2, size / 2 - 0.5, fillColor=status_color(status), strokeColor=None)
    )
    return d


def indicator_chart(
    fmt: Formats, e: Evaluated, width: float, height: float, scale: Decimal = Decimal(1)
) -> Drawing:
    """Actual bars and target points per year; ``scale`` multiplies the values shown
    on the axis (100 for a rate shown in per cent)."""
    d = new_drawing(width, height)
    years = e.years
    baseline = as_float(Decimal(e.indicator.baseline))
    values = [as_float(v) for y in years for v in (y.actual, y.target)] + [baseline]
    known = [v for v in values if v is not None]
    lo = min(0.0, *known) if known else 0.0
    hi = max(known) if known else 1.0
    if hi <= lo:
        hi = lo + 1.0
    ticks = nice_ticks(lo, hi, 4)
    lo, hi = ticks[0], ticks[-1]
    left, bottom, top = 34.0, 14.0, height - 4
    plot_w = width - left - 4

    def y_of(v: float) -> float:
        return bottom + (v - lo) / (hi - lo) * (top - bottom)

    places = tick_places((ticks[1] - ticks[0]) * float(scale)) if len(ticks) > 1 else 0
    for t in ticks:
        d.add(Line(left, y_of(t), left + plot_w, y_of(t), strokeColor=GRID, strokeWidth=0.4))
        label = fmt.number(Decimal(repr(round(t * float(scale), 6))), places)
        if scale == 100:
            label += "%"  # a rate: the axis says so, as the tables do
        d.add(text(label, left - 3, y_of(t) - 2.5, 6, color=MUTED, anchor="end"))
    slot = plot_w / max(len(years), 1)
    targets: list[float] = []
    for i, y in enumerate(years):
        x = left + slot * i
        d.add(text(str(y.year), x + slot / 2, 3, 6, color=MUTED, anchor="middle"))
        actual = as_float(y.actual)
        if actual is not None:
            y0, y1 = sorted((y_of(max(lo, 0.0)), y_of(actual)))
            d.add(
                Rect(
                    x + slot * 0.22,
                    y0,
                    slot * 0.56,
                    max(y1 - y0, 0.6),
                    fillColor=status_color(y.status),
                    strokeColor=None,
                )
            )
        target = as_float(y.target)
        if target is not None:
            targets += [x + slot / 2, y_of(target)]
            d.add(Circle(x + slot / 2, y_of(target), 2.2, fillColor=TARGET, strokeColor=None))
    if len(targets) >= 4:
        d.add(PolyLine(targets, strokeColor=TARGET, strokeWidth=0.9))
    if baseline is not None:
        d.add(
            Line(
                left,
                y_of(baseline),
                left + plot_w,
                y_of(baseline),
                strokeColor=INK,
                strokeWidth=0.6,
                strokeDashArray=[2, 2],
            )
        )
    return d

"""Small charts painted with QPainter (the Essentials wheel has no QtCharts).

Three widgets: :class:`GroupedBarChart` (categories along the bottom, one bar per
series), :class:`LabelledBarChart` (one horizontal bar per named category, the
name on the left and the value at the bar's end) and :class:`ScatterChart`.

Each takes exact ``Decimal`` figures; they become floats only as positions on the
screen, and every number written on a chart is formatted from the Decimal by
:mod:`planner.display`. An undefined figure (``None``) is drawn as a labelled gap
("n/a"), never as a zero bar. Long labels are elided; the full text is in the
tooltip. Hovering shows a tooltip, clicking (or Enter on the focused item, moved
with the arrow keys) emits :attr:`_Chart.clicked` with the item's key.

This module gathers them; they live in chart_scale (round ticks, value labels),
chart_base (colours, data, :class:`_Chart`), chart_bars and chart_scatter.
"""

from __future__ import annotations

from planner.ui.chart_bars import GroupedBarChart, LabelledBarChart
from planner.ui.chart_base import (
    ACTUAL_FILL,
    BAR_FILL,
    HIGHLIGHT_FILL,
    INPUT_FILL,
    POINT_FILL,
    Category,
    Point,
    Series,
    Tooltip,
)
from planner.ui.chart_scale import (
    na_text,
    nice_step,
    nice_ticks,
    short_number,
    tick_text,
    unit_text,
    value_scale,
)
from planner.ui.chart_scatter import ScatterChart

__all__ = [
    "ACTUAL_FILL",
    "BAR_FILL",
    "HIGHLIGHT_FILL",
    "INPUT_FILL",
    "POINT_FILL",
    "Category",
    "GroupedBarChart",
    "LabelledBarChart",
    "Point",
    "ScatterChart",
    "Series",
    "Tooltip",
    "na_text",
    "nice_step",
    "nice_ticks",
    "short_number",
    "tick_text",
    "unit_text",
    "value_scale",
]

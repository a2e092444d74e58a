"""Charts shared by the PDFs (ReportLab graphics): planned against actual by year.

A chart is a :class:`~reportlab.graphics.shapes.Drawing`, itself a flowable, so it
goes into a story like a table. Bar heights are the only place where money becomes
a float (a position on the page); every figure printed on the chart is formatted
from the exact ``Decimal`` through :mod:`planner.display`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors

from planner import display
from planner.i18n import _, flat, in_chinese
from planner.reports.common import INK, MUTED, RULE
from planner.reports.drawn_text import text, text_width
from planner.reports.fonts import BASE_FONT, register_fonts
from planner.reports.ticks import nice_ticks

PLANNED_FILL = colors.HexColor("#9aa5b1")
ACTUAL_FILL = colors.HexColor("#1f4e79")

#: (divisor, unit word) from the largest to the smallest
_SCALES: tuple[tuple[int, str], ...] = (
    (1_000_000_000, "billion"),
    (1_000_000, "million"),
    (1_000, "thousand"),
    (1, ""),
)


#: the same in Chinese, which counts in 万 (10^4) and 亿 (10^8): 万元, 亿元
_SCALES_ZH: tuple[tuple[int, str], ...] = ((100_000_000, "亿"), (10_000, "万"), (1, ""))


def axis_scale(largest: Decimal) -> tuple[int, str]:
    """The divisor and unit word that keep axis labels short (``12.5`` million;
    in a Chinese report ``125`` 万)."""
    for divisor, word in _SCALES_ZH if in_chinese() else _SCALES:
        if largest >= divisor * 2:
            return divisor, word
    return 1, ""


def scaled_unit(currency: str, word: str) -> str:
    """An axis's unit: ``CNY million`` in English; in Chinese as a finance officer
    writes it, ``万元`` for yuan and ``万美元`` for dollars (the currency's Chinese
    name; its code where Babel has none)."""
    if not in_chinese():
        words = {"billion": _("billion"), "million": _("million"), "thousand": _("thousand")}
        return f"{currency} {words[word]}" if word else currency
    if currency == "CNY":
        return f"{word}元" if word else _("yuan")
    try:
        from babel.numbers import get_currency_name

        name = get_currency_name(currency, locale="zh_Hans_CN")
    except Exception:  # pragma: no cover - Babel without Chinese data
        name = currency
    return f"{word}{name}" if word else name


def planned_actual_by_year(
    labels: Sequence[str],
    planned: Sequence[Decimal],
    actual: Sequence[Decimal],
    *,
    currency: str,
    width: float,
    height: float,
    title: str = "",
) -> Drawing:
    """A grouped bar chart: planned and actual amounts (base currency) for each label.

    ``labels`` are the categories along the bottom (years, usually). The value
    axis is in thousands, millions or billions of ``currency`` as the amounts
    need, with the unit written above it, and ticks with the reader's
    thousands separators.
    """
    if not (len(labels) == len(planned) == len(actual)):
        raise ValueError("labels, planned and actual must have the same length")
    register_fonts()
    largest = max([*planned, *actual, Decimal(0)])
    divisor, word = axis_scale(largest)
    top = float(largest / divisor)
    marks = nice_ticks(0.0, top)
    step = marks[1] - marks[0]
    places = 0 if step >= 1 else 1

    drawing = Drawing(width, height)
    title_height = 18.0 if title else 0.0
    legend_height = 16.0
    left, bottom, right = 62.0, 28.0, 12.0
    chart = VerticalBarChart()
    chart.x = left
    chart.y = bottom
    chart.width = width - left - right
    chart.height = height - bottom - title_height - legend_height - 16
    # Bar heights only (ReportLab draws with floats); every amount printed on the
    # page is formatted from the exact Decimals.
    chart.data = [
        [float(v / divisor) for v in planned] or [0.0],
        [float(v / divisor) for v in actual] or [0.0],
    ]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = BASE_FONT
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = marks[-1]
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = BASE_FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = lambda v: display.number(
        Decimal(repr(round(v, places))), places
    )
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.groupSpacing = 10
    chart.barSpacing = 2
    chart.bars[0].fillColor = PLANNED_FILL
    chart.bars[1].fillColor = ACTUAL_FILL
    chart.bars.strokeColor = None
    drawing.add(chart)

    # drawn text, each script in its own font: a String in the base font printed
    # nothing for 万元, 计划 and 实际 in a Chinese report
    unit = scaled_unit(currency, word)
    drawing.add(
        text(flat(unit), left - 4, chart.y + chart.height + 6, 8, color=MUTED, anchor="end")
    )
    x, y = left, height - title_height - 12
    for fill, label in ((PLANNED_FILL, flat(_("Planned"))), (ACTUAL_FILL, flat(_("Actual")))):
        drawing.add(Rect(x, y, 8, 8, fillColor=fill, strokeColor=None))
        drawing.add(text(label, x + 12, y + 0.5, 9))
        x += 12 + text_width(label, 9) + 24
    if title:
        drawing.add(text(flat(title), 0, height - 13, 11, bold=True))
    return drawing

"""Page 1 of the cost-effectiveness PDF: tiles, inputs by year, key points, two charts."""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from planner.i18n import _, ngettext
from planner.reports import ce_charts as charts
from planner.reports.ce_charts import Series
from planner.reports.common import (
    BODY,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    HEADING,
    MUTED,
    SMALL,
    TITLE,
    ZEBRA_FILL,
    para,
)
from planner.reports.compact import cell, compact_table, scaled_widths
from planner.reports.fonts import BASE_FONT
from planner.reports.formats import Formats
from planner.services.metrics import Figures, PlanFigures
from planner.services.results_figures import Group

TILE_VALUE = ParagraphStyle("CeTileValue", parent=BODY, fontSize=14, leading=17, spaceAfter=0)
TILE_LABEL = ParagraphStyle("CeTileLabel", parent=SMALL, leading=10)
SUBTITLE = ParagraphStyle("CeSubtitle", parent=BODY, textColor=MUTED, spaceAfter=3)


def tiles(fmt: Formats, figures: Figures, reach: Group | None = None) -> Table:
    """The headline figures; with ``reach`` (the whole plan's results figures) the
    different people beside the participations and the normalised gain beside
    the learning gain (spec/results.md), six to a row instead of five."""
    first: list[tuple[str, str, int | None]] = [
        (_("Participants"), fmt.count(figures.participants), None),
        (_("Completers"), fmt.count(figures.completers), None),
        (_("Participant-days"), fmt.count(figures.participant_days), None),
        (_("Completion rate"), fmt.rate(figures.completion_rate), None),
        (_("Women's share"), fmt.rate(figures.women_share), None),
    ]
    # a mean says how many values it is taken over (spec/results.md)
    second: list[tuple[str, str, int | None]] = [
        (_("Cost per participant"), fmt.money(figures.cost_per_participant), None),
        (_("Cost per completer"), fmt.money(figures.cost_per_completer), None),
        (_("Cost per participant-day"), fmt.money(figures.cost_per_participant_day), None),
        (_("Learning gain (points)"), fmt.number(figures.learning_gain), figures.gain_count),
        (_("Rating (1 to 5)"), fmt.number(figures.satisfaction), figures.satisfaction_count),
    ]
    if reach is not None:
        first.insert(1, (_("People reached"), fmt.count(reach.people_reached), None))
        second.insert(
            4,
            (
                _("Normalised gain"),
                fmt.rate(reach.normalised_gain),
                reach.normalised_gain_respondents,
            ),
        )
    cells = [
        [
            [para(label, TILE_LABEL), para(value, TILE_VALUE)]
            + ([] if n is None else [para(f"n = {n}", TILE_LABEL)])
            for label, value, n in row
        ]
        for row in (first, second)
    ]
    per_row = len(first)
    table = Table(cells, colWidths=[FRAME_WIDTH / per_row] * per_row, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BASE_FONT),
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA_FILL),
                ("LINEBEFORE", (1, 0), (-1, -1), 3, "white"),
                ("LINEBELOW", (0, 0), (-1, 0), 3, "white"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def inputs_table(fmt: Formats, figures: PlanFigures) -> list[Flowable]:
    header = [
        _("Year"),
        _("Input"),
        _("Actual cost"),
        _("Execution rate"),
        _("Cost per completer"),
        _("Trend of cost per completer"),
    ]
    rows = [
        [
            cell(str(i.year)),
            cell(fmt.money(i.input), right=True),
            cell(fmt.money(i.actual_cost), right=True),
            cell(fmt.rate(i.execution_rate), right=True),
            cell(fmt.money(i.cost_per_completer), right=True),
            cell(fmt.change(i.trend), right=True),
        ]
        for i in figures.inputs
    ]
    if len(figures.inputs) > 1:  # the plan's years together
        rows.append(
            [
                cell(_("Whole plan")),
                cell(fmt.money(figures.total_input), right=True),
                cell(fmt.money(figures.inputs_actual_cost), right=True),
                cell(fmt.rate(figures.execution_rate), right=True),
                cell(fmt.money(figures.total.figures.cost_per_completer), right=True),
                cell("", right=True),
            ]
        )
    widths = scaled_widths([30, 62, 62, 50, 56, 58], FRAME_WIDTH * 0.5)
    return compact_table(header, rows, widths, frozenset(range(1, 6)))


def summary(
    fmt: Formats,
    figures: PlanFigures,
    scope_note: str,
    generated: date,
    reach: Group | None = None,
) -> Flowable:
    total = figures.total.figures
    base = figures.base_currency
    subtitle = _(
        "{plan} · {scope} · amounts in {currency} · {n} delivered activities · generated {date}"
    ).format(
        plan=figures.plan_name,
        scope=scope_note,
        currency=base,
        n=fmt.count(total.activities),
        date=fmt.day(generated),
    )
    half = FRAME_WIDTH / 2 - 6
    inputs = [
        para(_("Inputs and actual cost by year"), HEADING),
        *inputs_table(fmt, figures),
        Spacer(0, 3),
        para(
            _(
                "Input: the year's funding envelopes. Execution rate: actual cost of the "
                "year's activities against the input. Trend: cost per completer against the "
                "first year that has completers."
            ),
            SMALL,
        ),
    ]
    key_points = [
        para(_("Actual cost and planned cost"), HEADING),
        para(
            _("Actual cost: {actual} {currency}; planned cost: {planned} {currency}.").format(
                actual=fmt.money(total.actual_cost),
                planned=fmt.money(total.planned_cost),
                currency=base,
            ),
            BODY,
        ),
        para(
            _(
                "Participation figures count delivered activities only; money spent counts "
                "every activity, cancelled ones included. See the methodology annex."
            ),
            SMALL,
        ),
    ]
    if figures.warnings:
        n = len(figures.warnings)
        key_points.append(
            para(
                ngettext(
                    "{n} data-quality warning: see the annex.",
                    "{n} data-quality warnings: see the annex.",
                    n,
                ).format(n=fmt.count(n)),
                SMALL,
            )
        )
    side = Table([[inputs, key_points]], colWidths=[FRAME_WIDTH * 0.5 + 12, half])
    side.setStyle(LAYOUT)
    years = [str(i.year) for i in figures.inputs]
    chart_h = 150
    money_chart = charts.bar_chart(
        years,
        [
            Series(_("Input"), [i.input for i in figures.inputs], charts.PALE),
            Series(_("Actual cost"), [i.actual_cost for i in figures.inputs], charts.BLUE),
        ],
        width=half,
        height=chart_h,
        fmt=fmt,
        unit=base,
        empty=_("No inputs and no spending yet"),
    )
    cpc_chart = charts.bar_chart(
        years,
        [
            Series(
                _("Cost per completer"), [i.cost_per_completer for i in figures.inputs], charts.TEAL
            )
        ],
        width=half,
        height=chart_h,
        fmt=fmt,
        unit=base,
        value_labels=True,
        empty=_("No completers yet: cost per completer is n/a"),
    )
    chart_row = Table(
        [
            [
                para(_("Inputs against actual cost, by year"), HEADING),
                para(_("Cost per completer, by year"), HEADING),
            ],
            [money_chart, cpc_chart],
        ],
        colWidths=[FRAME_WIDTH / 2] * 2,
    )
    chart_row.setStyle(LAYOUT)
    content: list[Flowable] = [
        para(_("Cost-effectiveness summary"), TITLE),
        para(subtitle, SUBTITLE),
        Spacer(0, 4),
        tiles(fmt, total, reach),
        Spacer(0, 4),
        side,
        chart_row,
    ]
    return KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, content, mode="shrink")


LAYOUT = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), BASE_FONT),  # else Table sets Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)

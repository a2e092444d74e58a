"""The cost-effectiveness PDF: a one-page summary, charts, tables, a methodology annex.

Every figure comes from :func:`planner.services.metrics.compute`; this module
only lays them out (landscape A4, the shared page of
:func:`planner.reports.common.build_pdf`). The tables show the columns of the
cost-effectiveness CSV, rounded the same way, in the reader's locale.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from io import BytesIO
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepInFrame,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)
from sqlmodel import Session

from planner import display
from planner.i18n import _, ngettext
from planner.models import Kind, Status
from planner.reports import ce_charts as charts
from planner.reports.ce_charts import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    Formats,
    Point,
    Series,
    cell,
    compact_table,
    note,
)
from planner.reports.common import (
    BODY,
    HEADING,
    MUTED,
    SMALL,
    TITLE,
    ZEBRA_FILL,
    build_pdf,
    data_table,
    para,
)
from planner.reports.fonts import BASE_FONT
from planner.services import metrics
from planner.services.metrics import Figures, PlanFigures, Row

TILE_VALUE = ParagraphStyle("CeTileValue", parent=BODY, fontSize=14, leading=17, spaceAfter=0)
TILE_LABEL = ParagraphStyle("CeTileLabel", parent=SMALL, leading=10)
SUBTITLE = ParagraphStyle("CeSubtitle", parent=BODY, textColor=MUTED, spaceAfter=3)


@dataclass(frozen=True)
class Column:
    header: str
    show: Callable[[Formats, Figures], str]


def columns() -> list[Column]:
    """The figures of a table row, in the order of the CSV's columns."""
    return [
        Column(_("Planned cost"), lambda f, x: f.money(x.planned_cost)),
        Column(_("Actual cost"), lambda f, x: f.money(x.actual_cost)),
        Column(_("Participants"), lambda f, x: f.count(x.participants)),
        Column(_("Completers"), lambda f, x: f.count(x.completers)),
        # "\n" after the hyphen: where the header may break in its narrow column
        Column(_("Participant-\ndays"), lambda f, x: f.count(x.participant_days)),
        Column(_("Participant-\nhours"), lambda f, x: f.number(x.participant_hours)),
        Column(_("Cost per participant"), lambda f, x: f.money(x.cost_per_participant)),
        Column(_("Cost per completer"), lambda f, x: f.money(x.cost_per_completer)),
        Column(_("Cost per participant-\nday"), lambda f, x: f.money(x.cost_per_participant_day)),
        Column(_("Cost per participant-\nhour"), lambda f, x: f.money(x.cost_per_participant_hour)),
        Column(_("Completion rate"), lambda f, x: f.rate(x.completion_rate)),
        Column(_("Learning gain"), lambda f, x: f.number(x.learning_gain)),
        Column(_("Rating (1-5)"), lambda f, x: f.number(x.satisfaction)),
        Column(_("Women's share"), lambda f, x: f.rate(x.women_share)),
    ]


# Widths (points) of the figure columns; the first column takes what is left.
FIGURE_WIDTHS = [58, 58, 48, 46, 45, 50, 45, 45, 45, 45, 46, 38, 36, 38]
KEY_WIDTH = FRAME_WIDTH - sum(FIGURE_WIDTHS)


def _status_name(status: str) -> str:
    return charts.status_names().get(status, status)


def _kind_name(kind: str) -> str:
    return charts.kind_names().get(kind, kind)


# --- page 1: the summary ------------------------------------------------------------


def _tiles(fmt: Formats, figures: Figures) -> Table:
    tiles = [
        (_("Participants"), fmt.count(figures.participants)),
        (_("Completers"), fmt.count(figures.completers)),
        (_("Participant-days"), fmt.count(figures.participant_days)),
        (_("Completion rate"), fmt.rate(figures.completion_rate)),
        (_("Women's share"), fmt.rate(figures.women_share)),
        (_("Cost per participant"), fmt.money(figures.cost_per_participant)),
        (_("Cost per completer"), fmt.money(figures.cost_per_completer)),
        (_("Cost per participant-day"), fmt.money(figures.cost_per_participant_day)),
        (_("Learning gain (points)"), fmt.number(figures.learning_gain)),
        (_("Rating (1 to 5)"), fmt.number(figures.satisfaction)),
    ]
    cells = [[para(label, TILE_LABEL), para(value, TILE_VALUE)] for label, value in tiles]
    table = Table([cells[:5], cells[5:]], colWidths=[FRAME_WIDTH / 5] * 5, hAlign="LEFT")
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


def _inputs_table(fmt: Formats, figures: PlanFigures) -> list[Flowable]:
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
                cell(
                    fmt.money(sum((i.actual_cost for i in figures.inputs), Decimal(0))), right=True
                ),
                cell(fmt.rate(figures.execution_rate), right=True),
                cell(fmt.money(figures.total.figures.cost_per_completer), right=True),
                cell("", right=True),
            ]
        )
    widths = charts.scaled_widths([30, 62, 62, 50, 56, 58], FRAME_WIDTH * 0.5)
    return compact_table(header, rows, widths, frozenset(range(1, 6)))


def _summary(fmt: Formats, figures: PlanFigures, scope_note: str, generated: date) -> Flowable:
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
        *_inputs_table(fmt, figures),
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
    side.setStyle(_LAYOUT)
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
    chart_row.setStyle(_LAYOUT)
    content: list[Flowable] = [
        para(_("Cost-effectiveness summary"), TITLE),
        para(subtitle, SUBTITLE),
        Spacer(0, 4),
        _tiles(fmt, total),
        Spacer(0, 4),
        side,
        chart_row,
    ]
    return KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, content, mode="shrink")


_LAYOUT = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), BASE_FONT),  # else Table sets Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


# --- page 2: charts by theme, administration and activity --------------------------------


def _chart_page(fmt: Formats, figures: PlanFigures) -> Flowable:
    half = FRAME_WIDTH / 2 - 8
    no_completers = _("No completers yet: cost per completer is n/a")
    themes = charts.hbar_chart(
        [(r.key, r.figures.cost_per_completer) for r in figures.scope("theme")],
        width=half,
        height=180,
        fmt=fmt,
        color=charts.TEAL,
        empty=no_completers,
    )
    admins = charts.hbar_chart(
        [(r.key, r.figures.cost_per_completer) for r in figures.scope("administration")],
        width=half,
        height=180,
        fmt=fmt,
        color=charts.PLUM,
        empty=no_completers,
    )
    unit = f" ({figures.base_currency})"
    bars = Table(
        [
            [
                para(_("Cost per completer, by theme") + unit, HEADING),
                para(_("Cost per completer, by administration") + unit, HEADING),
            ],
            [themes, admins],
        ],
        colWidths=[FRAME_WIDTH / 2] * 2,
    )
    bars.setStyle(_LAYOUT)
    kinds = charts.kind_names()
    groups = {
        Kind.COURSE.value: (kinds[Kind.COURSE.value], charts.BLUE),
        Kind.SYMPOSIUM.value: (kinds[Kind.SYMPOSIUM.value], charts.ORANGE),
    }
    points = [
        Point(r.key, f.cost_per_participant, f.learning_gain, str(r.extra.get("kind", "")))
        for r in figures.scope("activity")
        if r.extra.get("status") == Status.DELIVERED.value
        for f in [r.figures]
        if f.cost_per_participant is not None and f.learning_gain is not None
    ]
    scatter = charts.scatter_chart(
        points,
        groups,
        width=FRAME_WIDTH,
        height=215,
        fmt=fmt,
        x_title=_("Cost per participant ({currency})").format(currency=figures.base_currency),
        y_title=_("Learning gain (points)"),
        empty=_("No delivered activity has both a cost per participant and a learning gain yet"),
    )
    content = [
        bars,
        Spacer(0, 4),
        para(_("Learning gain against cost per participant, by delivered activity"), HEADING),
        scatter,
    ]
    return KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, content, mode="shrink")


# --- the tables ----------------------------------------------------------------------------


def _figure_cells(
    fmt: Formats, figures: Figures, shown: Sequence[Column], bold: bool = False
) -> list[Flowable]:
    return [cell(c.show(fmt, figures), right=True, bold=bold) for c in shown]


def _group_table(
    fmt: Formats,
    first_header: str,
    rows: Sequence[Row],
    label: Callable[[Row], Flowable],
    total: Row | None = None,
) -> list[Flowable]:
    shown = columns()
    body: list[list[Any]] = [[label(r), *_figure_cells(fmt, r.figures, shown)] for r in rows]
    if total is not None:
        body.append(
            [cell(_("Whole plan"), bold=True), *_figure_cells(fmt, total.figures, shown, True)]
        )
    header = [first_header, *(c.header for c in shown)]
    return compact_table(
        header, body, [KEY_WIDTH, *FIGURE_WIDTHS], frozenset(range(1, len(header)))
    )


def _named(r: Row) -> Flowable:
    """A key cell: the code, and the name under it when it says more."""
    if not r.label or r.label == r.key:
        return cell(r.key, bold=True)
    return charts.Stack([cell(r.key, bold=True), note(r.label)])


def _titled(r: Row) -> Flowable:
    """An activity's cell: its code, and its title cut to one line (the action-plan
    PDF has it whole), so that a long list keeps two lines a row."""
    if not r.label or r.label == r.key:
        return cell(r.key, bold=True)
    return charts.Stack([cell(r.key, bold=True), note(r.label, one_line_in=KEY_WIDTH - 6)])


def _tables(fmt: Formats, figures: PlanFigures) -> list[Flowable]:
    story: list[Flowable] = [para(_("Figures by year"), HEADING)]
    story += _group_table(
        fmt, _("Year"), figures.scope("year"), lambda r: cell(r.key), figures.total
    )
    story += [CondPageBreak(120), para(_("Figures by theme"), HEADING)]
    story += _group_table(fmt, _("Theme"), figures.scope("theme"), _named)
    story += [CondPageBreak(80), para(_("Figures by kind of activity"), HEADING)]
    story += _group_table(fmt, _("Kind"), figures.scope("kind"), lambda r: cell(_kind_name(r.key)))
    story += [CondPageBreak(140), para(_("Figures by administration"), HEADING)]
    story.append(
        para(
            _(
                "An activity's cost is shared out to administrations in proportion to their "
                "participants' days; activities without attendance share out nothing, so "
                "these rows need not add up to the plan's totals."
            ),
            SMALL,
        )
    )
    story += _group_table(fmt, _("Administration"), figures.scope("administration"), _named)

    activities = figures.scope("activity")
    delivered = [r for r in activities if r.extra.get("status") == Status.DELIVERED.value]
    story += [CondPageBreak(140), para(_("Delivered activities"), HEADING)]
    if delivered:
        story += _group_table(fmt, _("Activity"), delivered, _titled)
    else:
        story.append(para(_("No activity has been delivered yet."), BODY))
    spent = [
        r
        for r in activities
        if r.extra.get("status") != Status.DELIVERED.value and r.figures.actual_cost
    ]
    if spent:
        story += [
            CondPageBreak(100),
            para(_("Spending on activities not delivered"), HEADING),
            para(
                _(
                    "Money already spent on activities that are cancelled or not yet "
                    "delivered; it counts in every total above."
                ),
                SMALL,
            ),
        ]
        rows = [
            [
                _titled(r),
                cell(_status_name(str(r.extra.get("status", "")))),
                cell(fmt.money(r.figures.planned_cost), right=True),
                cell(fmt.money(r.figures.actual_cost), right=True),
            ]
            for r in spent
        ]
        story += compact_table(
            [_("Activity"), _("Status"), _("Planned cost"), _("Actual cost")],
            rows,
            [KEY_WIDTH, 70, FIGURE_WIDTHS[0], FIGURE_WIDTHS[1]],
            frozenset({2, 3}),
        )
    return story


# --- the annex ---------------------------------------------------------------------------


def definitions(figures: PlanFigures, fmt: Formats) -> list[tuple[str, str]]:
    """Each figure in words a director reads (spec/metrics.md)."""
    base = figures.base_currency
    threshold = fmt.rate(figures.threshold)
    return [
        (
            _("Input"),
            _("The money set aside for a year: the sum of that year's funding envelopes."),
        ),
        (
            _("Planned cost"),
            _(
                "The amounts budgeted for the activities, converted into {base}; cancelled "
                "activities are left out."
            ).format(base=base),
        ),
        (
            _("Actual cost"),
            _(
                "The money actually spent: the actual amounts of the budget lines, converted into "
                "{base} at the exchange rate of the year the activity starts. Money spent on a "
                "cancelled activity counts (a lost deposit is a cost to the plan). A budget line "
                "with no actual amount yet counts as nothing spent."
            ).format(base=base),
        ),
        (
            _("Execution rate"),
            _("The actual cost of the year's activities divided by the year's input."),
        ),
        (
            _("Participants"),
            _(
                "People who attended at least one session of a delivered activity. A person who "
                "took part in two activities counts twice."
            ),
        ),
        (
            _("Completers"),
            _(
                "Participants who attended at least {threshold} of the sessions they were "
                "expected at (sessions they were excused from are not expected)."
            ).format(threshold=threshold),
        ),
        (_("Participant-days"), _("Each session attended by one participant counts as one day.")),
        (_("Participant-hours"), _("Participant-days multiplied by the hours of one session.")),
        (
            _("Cost per participant, per completer, per participant-day, per participant-hour"),
            _(
                "The actual cost divided by the participants, completers, participant-days or "
                "participant-hours. For a year, theme, kind or administration it is the group's "
                "whole cost divided by the group's whole count, never an average of the "
                "activities' own figures."
            ),
        ),
        (_("Completion rate"), _("Completers divided by participants.")),
        (
            _("Learning gain"),
            _(
                "The average rise in test score, in points out of 100 (final test minus first "
                "test), among completers who took both tests."
            ),
        ),
        (_("Rating"), _("The average rating that participants gave the activity, from 1 to 5.")),
        (_("Women's share"), _("The share of participants who are women.")),
        (
            _("Trend"),
            _(
                "A year's cost per completer compared with the first year that has completers, "
                "as a percentage: -10% means a completer cost a tenth less than in that year."
            ),
        ),
        (
            _("Administrations"),
            _(
                "An activity's planned and actual cost is shared out to administrations in "
                "proportion to their participants' days."
            ),
        ),
        (
            _("Which activities count"),
            _(
                "Money counts for every activity; participation, scores and ratings count "
                "delivered activities only. An activity's year is the year it starts."
            ),
        ),
        (
            display.NA,
            _(
                "Not available: the figure divides by zero (for example, no completers yet). It "
                "is never shown as 0."
            ),
        ),
        (
            _("Rounding"),
            _(
                "Figures are exact and rounded only when shown: money to 2 decimals, rates to "
                "one decimal of a percent, half away from zero; they match the CSV export."
            ),
        ),
    ]


def _annex(fmt: Formats, figures: PlanFigures) -> list[Flowable]:
    rows = [[term, meaning] for term, meaning in definitions(figures, fmt)]
    story: list[Flowable] = [
        PageBreak(),
        para(_("Methodology"), TITLE),
        para(_("What each figure means"), HEADING),
        *data_table([_("Figure"), _("Definition")], rows, [FRAME_WIDTH * 0.25, FRAME_WIDTH * 0.75]),
        para(_("Data-quality warnings"), HEADING),
        para(
            _(
                "The program checks for budget lines without an actual amount, amounts in a "
                "currency that has no exchange rate for the year (left out of every total) "
                "and delivered activities without recorded attendance."
            ),
            BODY,
        ),
    ]
    if figures.warnings:
        story.append(
            para(_("The figures above were computed despite these problems in the data:"), BODY)
        )
        story += [para("• " + warning, BODY) for warning in figures.warnings]
    else:
        story.append(para(_("No data-quality problems were found."), BODY))
    return story


# --- the document ------------------------------------------------------------------------


def build(
    figures: PlanFigures,
    *,
    year: int | None = None,
    activity: str | None = None,
    generated: date | None = None,
    locale: str | None = None,
) -> bytes:
    """The PDF of ``figures`` as bytes."""
    fmt = Formats(locale or display.default_locale())
    generated = generated or date.today()
    filtered: str | None = None
    if activity is not None:
        filtered = _("activity {code}").format(code=activity)
    elif year is not None:
        filtered = _("year {year}").format(year=year)
    last = figures.start_year + figures.years - 1
    scope_note = filtered or _("{first} to {last}").format(first=figures.start_year, last=last)
    story: list[Flowable] = [
        _summary(fmt, figures, scope_note, generated),
        PageBreak(),
        _chart_page(fmt, figures),
        PageBreak(),
        *_tables(fmt, figures),
        *_annex(fmt, figures),
    ]
    out = BytesIO()
    title = _("Cost-effectiveness report")
    build_pdf(
        out,
        story,
        title=title,
        header_right=figures.plan_name if filtered is None else f"{figures.plan_name} · {filtered}",
        footer_left=_("Generated on {date}").format(date=fmt.day(generated)),
        author=figures.owner,
        subject=figures.plan_name,
        landscape=True,
    )
    return out.getvalue()


def render(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    generated: date | None = None,
    locale: str | None = None,
) -> bytes:
    """The cost-effectiveness PDF of a plan (or of one year or activity of it)."""
    figures = metrics.compute(session, plan_id, year=year, activity=activity)
    return build(figures, year=year, activity=activity, generated=generated, locale=locale)

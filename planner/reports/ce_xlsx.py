"""The cost-effectiveness figures as an XLSX workbook, one sheet per scope.

The sheets hold the figures of the cost-effectiveness CSV (docs/methodology.md),
each rounded as the CSV rounds it, so a cell holds exactly the CSV's value and
its number format shows it whole: money with 2 decimals, rates as percentages
with 2 decimals (the CSV's 4-decimal fraction), counts whole. An undefined
figure is an empty cell. Text is always a text cell (never a formula), through
:mod:`planner.reports.xlsx_common`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from openpyxl import Workbook
from sqlmodel import Session

from planner.i18n import _
from planner.money import round_half_up
from planner.reports import xlsx_common as x
from planner.services import metrics
from planner.services.metrics import Figures, PlanFigures, Row
from planner.services.results_figures import Extras, Group

COUNT = "#,##0"
DECIMALS = "#,##0.00"
SCORE = "0.00"
RATE = "0.00%"  # the CSV's fraction (0.8125) shown whole: 81.25%
CHANGE = '+0.0"%";-0.0"%";0.0"%"'  # a trend, already in per cent


def _money(value: Decimal | None) -> Decimal | None:
    return None if value is None else round_half_up(value, 2)


def _fraction(value: Decimal | None, places: int = 4) -> Decimal | None:
    return None if value is None else round_half_up(value, places)


@dataclass(frozen=True)
class Figure:
    header: str
    value: Callable[[Figures], Decimal | int | None]
    number_format: str  # "money": the base currency's format
    width: float = 13


def figures() -> list[Figure]:
    """The CSV's figure columns, in its order, rounded as it rounds them."""
    return [
        Figure(_("Planned cost"), lambda f: _money(f.planned_cost), "money", 16),
        Figure(_("Actual cost"), lambda f: _money(f.actual_cost), "money", 16),
        Figure(_("Participants"), lambda f: f.participants, COUNT, 12),
        Figure(_("Completers"), lambda f: f.completers, COUNT, 12),
        Figure(_("Participant-days"), lambda f: f.participant_days, COUNT, 12),
        Figure(_("Participant-hours"), lambda f: _money(f.participant_hours), DECIMALS),
        Figure(_("Cost per participant"), lambda f: _money(f.cost_per_participant), "money"),
        Figure(_("Cost per completer"), lambda f: _money(f.cost_per_completer), "money"),
        Figure(
            _("Cost per participant-day"), lambda f: _money(f.cost_per_participant_day), "money"
        ),
        Figure(
            _("Cost per participant-hour"), lambda f: _money(f.cost_per_participant_hour), "money"
        ),
        Figure(_("Completion rate"), lambda f: _fraction(f.completion_rate), RATE, 11),
        Figure(_("Learning gain"), lambda f: _fraction(f.learning_gain, 2), SCORE, 10),
        Figure(_("Rating (1-5)"), lambda f: _fraction(f.satisfaction, 2), SCORE, 10),
        Figure(_("Women's share"), lambda f: _fraction(f.women_share), RATE, 11),
    ]


@dataclass(frozen=True)
class ResultFigure:
    header: str
    value: Callable[[Group], Decimal | int | None]
    number_format: str
    width: float = 13


def result_figures() -> list[ResultFigure]:
    """The CSV's results columns (after its figures), in its order, rounded as it
    rounds them."""
    return [
        ResultFigure(_("People reached"), lambda g: g.people_reached, COUNT, 12),
        ResultFigure(_("Learning gain respondents"), lambda g: g.figures.gain_count, COUNT, 12),
        ResultFigure(_("Rating respondents"), lambda g: g.figures.satisfaction_count, COUNT, 12),
        ResultFigure(_("Normalised gain"), lambda g: _fraction(g.normalised_gain), RATE, 11),
        ResultFigure(
            _("Cost per learning-gain point"), lambda g: _money(g.cost_per_gain_point), "money"
        ),
        ResultFigure(_("Application rate"), lambda g: _fraction(g.application_rate), RATE, 11),
    ]


@dataclass(frozen=True)
class Scope:
    scope: str  # as in the CSV
    sheet: str
    key_columns: list[x.Column]
    keys: Callable[[Row], list[x.Value]]


def scopes() -> list[Scope]:
    return [
        Scope("plan", _("Plan"), [x.Column(_("Plan"), 40, wrap=True)], lambda r: [r.key]),
        Scope("year", _("Years"), [x.Column(_("Year"), 8)], lambda r: [int(r.key)]),
        Scope(
            "theme",
            _("Themes"),
            [x.Column(_("Theme"), 12), x.Column(_("Name"), 32, wrap=True)],
            lambda r: [r.key, r.label],
        ),
        Scope("kind", _("Kinds"), [x.Column(_("Kind"), 12)], lambda r: [r.key]),
        Scope("mode", _("Delivery modes"), [x.Column(_("Mode"), 12)], lambda r: [r.key]),
        Scope(
            "administration",
            _("Administrations"),
            [x.Column(_("Administration"), 14), x.Column(_("Name"), 36, wrap=True)],
            lambda r: [r.key, r.label],
        ),
        Scope(
            "activity",
            _("Activities"),
            [
                x.Column(_("Activity"), 14),
                x.Column(_("Title"), 40, wrap=True),
                x.Column(_("Status"), 11),
                x.Column(_("Year"), 7),
                x.Column(_("Kind"), 10),
            ],
            lambda r: [
                r.key,
                r.label,
                str(r.extra.get("status", "")),
                int(r.extra.get("year", 0)) or None,
                str(r.extra.get("kind", "")),
            ],
        ),
    ]


def _figure_sheet(
    wb: Workbook, plan: PlanFigures, scope: Scope, title: str, extras: Extras | None
) -> None:
    money = x.money_format(plan.base_currency, 2)
    shown = figures()
    more = result_figures() if extras is not None else []

    def fmt(number_format: str) -> str:
        return money if number_format == "money" else number_format

    columns = [
        *scope.key_columns,
        *(x.Column(f.header, f.width, fmt(f.number_format)) for f in shown),
        *(x.Column(f.header, f.width, fmt(f.number_format)) for f in more),
    ]
    if scope.scope == "mode":  # the rows per delivery mode come with the results figures
        if extras is None:
            return
        groups = {("mode", m): g for m, g in extras.modes}
        found = [Row("mode", m, m, g.figures) for m, g in extras.modes]
    else:
        groups = extras.by_row if extras is not None else {}
        found = plan.scope(scope.scope)
    rows: list[Sequence[x.Value]] = [
        [
            *scope.keys(r),
            *(f.value(r.figures) for f in shown),
            *(f.value(groups[(r.scope, r.key)]) for f in more),
        ]
        for r in found
    ]
    ws = x.sheet(wb, scope.sheet)
    x.put(ws, 1, 1, f"{title}: {scope.sheet}", font=x.TITLE_FONT)
    x.write_table(ws, 3, columns, rows)
    x.print_setup(ws, title=f"{plan.plan_name} · {scope.sheet}")


def _inputs_sheet(wb: Workbook, plan: PlanFigures, title: str) -> None:
    money = x.money_format(plan.base_currency, 2)
    ws = x.sheet(wb, _("Inputs by year"))
    x.put(ws, 1, 1, f"{title}: {_('Inputs by year')}", font=x.TITLE_FONT)
    columns = [
        x.Column(_("Year"), 8),
        x.Column(_("Input"), 16, money),
        x.Column(_("Actual cost"), 16, money),
        x.Column(_("Execution rate"), 12, RATE),
        x.Column(_("Cost per completer"), 14, money),
        x.Column(_("Trend of cost per completer (%)"), 16, CHANGE),
    ]
    rows: list[Sequence[x.Value]] = [
        [
            i.year,
            _money(i.input),
            _money(i.actual_cost),
            _fraction(i.execution_rate),
            _money(i.cost_per_completer),
            _fraction(i.trend, 2),
        ]
        for i in plan.inputs
    ]
    x.write_table(ws, 3, columns, rows)
    x.print_setup(ws, title=f"{plan.plan_name} · {_('Inputs by year')}")


def _notes_sheet(wb: Workbook, plan: PlanFigures, scope_note: str, generated: date) -> None:
    ws = x.sheet(wb, _("Notes"))
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 90
    row = x.key_values(
        ws,
        1,
        [
            (_("Plan"), plan.plan_name),
            (_("Owner"), plan.owner),
            (_("Figures of"), scope_note),
            (_("Amounts in"), plan.base_currency),
            (_("Generated on"), generated),
        ],
    )
    row += 1
    x.put(ws, row, 1, _("Data-quality warnings"), font=x.BOLD)
    for n, warning in enumerate(plan.warnings or [_("none")]):
        x.put(ws, row + n, 2, warning)
    row += max(1, len(plan.warnings)) + 1
    x.put(ws, row, 1, _("Undefined figures"), font=x.BOLD)
    x.put(ws, row, 2, _("An empty cell: the figure divides by zero (n/a), never 0."))
    x.put(ws, row + 1, 1, _("Rounding"), font=x.BOLD)
    x.put(ws, row + 1, 2, _("Each cell holds the figure of the CSV export, rounded the same way."))
    x.print_setup(ws, landscape=False, title=plan.plan_name)


def build(
    plan: PlanFigures,
    *,
    year: int | None = None,
    activity: str | None = None,
    generated: date | None = None,
    extras: Extras | None = None,
) -> bytes:
    """The workbook of ``plan``; with ``extras`` (computed with the same filter),
    the CSV's results columns after the figures and a sheet per delivery mode."""
    generated = generated or date.today()
    if activity is not None:
        scope_note = _("activity {code}").format(code=activity)
    elif year is not None:
        scope_note = _("year {year}").format(year=year)
    else:
        last = plan.start_year + plan.years - 1
        scope_note = _("{first} to {last}").format(first=plan.start_year, last=last)
    title = _("Cost-effectiveness")
    wb = x.new_workbook(f"{title}: {plan.plan_name}", generated)
    for scope in scopes():
        _figure_sheet(wb, plan, scope, title, extras)
    _inputs_sheet(wb, plan, title)
    _notes_sheet(wb, plan, scope_note, generated)
    return x.workbook_bytes(wb)


def render(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    generated: date | None = None,
) -> bytes:
    """The cost-effectiveness workbook of a plan (or of one year or activity of it)."""
    from planner.services.results_figures import extras

    plan = metrics.compute(session, plan_id, year=year, activity=activity)
    more = extras(session, plan, year, activity)
    return build(plan, year=year, activity=activity, generated=generated, extras=more)

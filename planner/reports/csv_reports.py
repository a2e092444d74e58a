"""The CSV of each report (docs/command-line.md, docs/methodology.md): the figures behind it.

Every cell goes through :func:`planner.text.spreadsheet_safe`: text a spreadsheet
would run as a formula (a title like ``=HYPERLINK(...)``) is written with a
leading ``'``; the figures, negative ones included, stay numbers. Lines end in
CRLF (RFC 4180), so a line break inside a cell is always quoted.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlmodel import Session

from planner.money import fmt_plain
from planner.reports.formatting import count, fraction, money
from planner.services import rows as listings
from planner.services.metrics import PlanFigures, Row
from planner.services.results_figures import Extras, Group
from planner.text import spreadsheet_safe

CE_COLUMNS = (
    "scope,key,planned_cost,actual_cost,participants,completers,participant_days,"
    "participant_hours,cost_per_participant,cost_per_completer,cost_per_participant_day,"
    "cost_per_participant_hour,completion_rate,learning_gain,satisfaction,women_share"
).split(",")
#: The results columns that follow (docs/methodology.md, "Results").
CE_RESULT_COLUMNS = (
    "people_reached,learning_gain_respondents,satisfaction_respondents,normalised_gain,"
    "cost_per_gain_point,application_rate"
).split(",")
BUDGET_COLUMNS = (
    "year,activity,kind,status,category,funding_source,currency,planned_original,"
    "actual_original,rate,planned,actual,variance"
).split(",")
SOURCE_COLUMNS = (
    "year,funding_source,envelope,planned,actual,committed,remaining,absorption_rate,unprogrammed"
).split(",")
ATTENDANCE_COLUMNS = (
    "activity,participant,administration,sessions,attended,excused,attendance_rate,completed"
).split(",")
PLAN_COLUMNS = (
    "code,kind,title,theme,status,start,end,venue,country,mode,sessions,seats,planned_cost"
).split(",")


def _write(header: list[str], rows: Iterable[Iterable[Any]]) -> str:
    out = io.StringIO()
    # RFC 4180's CRLF: with it the writer quotes a cell holding a carriage return
    # too (with "\n" alone it did not, and a bare CR split the row in two).
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return out.getvalue()


#: For other report modules: the same header, cells and line ends.
write_rows = _write


def _cell(value: Any) -> Any:
    return spreadsheet_safe(value) if isinstance(value, str) else value


def cost_effectiveness(figures: PlanFigures, extras: Extras | None = None) -> str:
    """The cost-effectiveness CSV; with ``extras``, the results columns at the end
    of every row and the rows per delivery mode (scope ``mode``)."""

    def row(r: Any) -> list[str]:
        f = r.figures
        own = [
            r.scope,
            r.key,
            money(f.planned_cost),
            money(f.actual_cost),
            count(f.participants),
            count(f.completers),
            count(f.participant_days),
            money(f.participant_hours),
            money(f.cost_per_participant),
            money(f.cost_per_completer),
            money(f.cost_per_participant_day),
            money(f.cost_per_participant_hour),
            fraction(f.completion_rate),
            fraction(f.learning_gain, 2),
            fraction(f.satisfaction, 2),
            fraction(f.women_share),
        ]
        if extras is None:
            return own
        return own + results_cells(extras.by_row[(r.scope, r.key)])

    if extras is None:
        return _write(CE_COLUMNS, (row(r) for r in figures.rows))
    modes = [Row("mode", m, m, g.figures) for m, g in extras.modes]
    by_row = {**extras.by_row, **{("mode", m): g for m, g in extras.modes}}
    extras = Extras(by_row, extras.modes)
    rows = [*figures.rows, *modes]
    return _write(CE_COLUMNS + CE_RESULT_COLUMNS, (row(r) for r in rows))


def results_cells(g: Group) -> list[str]:
    return [
        count(g.people_reached),
        count(g.figures.gain_count),
        count(g.figures.satisfaction_count),
        fraction(g.normalised_gain),
        money(g.cost_per_gain_point),
        fraction(g.application_rate),
    ]


def budget(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    as_of: date | None = None,
) -> str:
    lines = listings.budget_lines(session, plan_id, year=year, activity=activity, as_of=as_of)
    return _write(
        BUDGET_COLUMNS,
        (
            [
                line.year,
                line.activity,
                line.kind,
                line.status,
                line.category,
                line.funding_source or "",
                line.currency,
                fmt_plain(line.planned),
                "" if line.actual is None else fmt_plain(line.actual),
                "" if line.rate is None else fmt_plain(line.rate),
                money(line.planned_base),
                money(line.actual_base),
                money(line.variance_base),
            ]
            for line in lines
        ),
    )


def by_funding_source(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    as_of: date | None = None,
) -> str:
    """One row per funding source and year (docs/command-line.md); ``activity`` is
    refused by the caller (a source's envelope is not an activity's)."""
    from planner.services.finance import ceilings

    found = ceilings(session, plan_id, year=year, as_of=as_of)
    return _write(
        SOURCE_COLUMNS,
        (
            [
                c.year,
                c.source or "",
                money(c.envelope),
                money(c.planned),
                money(c.actual),
                money(c.committed),
                money(c.remaining),
                fraction(c.absorption_rate),
                money(c.unprogrammed),
            ]
            for c in found.ordered()
        ),
    )


def attendance(
    session: Session, plan_id: int, *, year: int | None = None, activity: str | None = None
) -> str:
    rows = listings.attendance_rows(session, plan_id, year=year, activity=activity)
    return _write(
        ATTENDANCE_COLUMNS,
        (
            [
                r.activity,
                r.participant,
                r.administration,
                r.sessions,
                r.attended,
                r.excused,
                "" if r.pending else fraction(r.attendance_rate),
                "" if r.pending else "yes" if r.completed else "no",
            ]
            for r in rows
        ),
    )


def plan(
    session: Session, plan_id: int, *, year: int | None = None, activity: str | None = None
) -> str:
    rows = listings.plan_activities(session, plan_id, year=year, activity=activity)
    return _write(
        PLAN_COLUMNS,
        (
            [
                a.code,
                a.kind,
                a.title,
                a.theme,
                a.status,
                a.start.isoformat(),
                a.end.isoformat(),
                a.venue or "",
                a.country or "",
                a.mode,
                a.sessions,
                a.seats,
                money(a.planned_cost),
            ]
            for a in rows
        ),
    )


def renderer(kind: str) -> Any:
    """The CSV writer of ``kind``, with the signature of every report's ``render``."""
    from planner.services import metrics

    def render(
        session: Session,
        plan_id: int,
        *,
        year: int | None = None,
        activity: str | None = None,
        as_of: date | None = None,
        by: str | None = None,
    ) -> bytes:
        if kind == "budget" and by == "funding-source":
            return by_funding_source(session, plan_id, year=year, as_of=as_of).encode("utf-8")
        if kind == "budget":
            return budget(session, plan_id, year=year, activity=activity, as_of=as_of).encode(
                "utf-8"
            )
        if kind == "cost-effectiveness":
            from planner.services.results_figures import extras

            figures = metrics.compute(session, plan_id, year=year, activity=activity)
            text = cost_effectiveness(figures, extras(session, figures, year, activity))
        else:
            text = {"budget": budget, "attendance": attendance, "plan": plan}[kind](
                session, plan_id, year=year, activity=activity
            )
        return text.encode("utf-8")

    return render

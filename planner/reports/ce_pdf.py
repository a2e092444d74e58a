"""The cost-effectiveness PDF: a one-page summary, charts, tables, a methodology annex.

Every figure comes from :func:`planner.services.metrics.compute`; the pages of
:mod:`planner.reports.ce` only lay them out (landscape A4, the shared page of
:func:`planner.reports.common.build_pdf`). The tables show the columns of the
cost-effectiveness CSV, rounded the same way, in the reader's locale.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, PageBreak
from sqlmodel import Session

from planner.i18n import _
from planner.reports.ce.annex import annex
from planner.reports.ce.chart_page import chart_page
from planner.reports.ce.summary import summary
from planner.reports.ce.tables import mode_table, tables
from planner.reports.common import build_pdf
from planner.reports.formats import Formats, report_locale
from planner.reports.results_pdf import results_page
from planner.services import metrics
from planner.services.metrics import PlanFigures

if TYPE_CHECKING:
    from planner.reports.results_data import ResultsReport
    from planner.services.results_figures import Extras


def build(
    figures: PlanFigures,
    *,
    year: int | None = None,
    activity: str | None = None,
    generated: date | None = None,
    locale: str | None = None,
    extras: Extras | None = None,
    results: ResultsReport | None = None,
) -> bytes:
    """The PDF of ``figures`` as bytes; with ``extras``, the rows per delivery mode,
    with ``results``, the page of the results framework and reach."""
    fmt = Formats(locale or report_locale())
    generated = generated or date.today()
    filtered: str | None = None
    if activity is not None:
        filtered = _("activity {code}").format(code=activity)
    elif year is not None:
        filtered = _("year {year}").format(year=year)
    last = figures.start_year + figures.years - 1
    scope_note = filtered or _("{first} to {last}").format(first=figures.start_year, last=last)
    story: list[Flowable] = [
        summary(
            fmt,
            figures,
            scope_note,
            generated,
            None if extras is None else extras.by_row.get(("plan", figures.total.key)),
        ),
        PageBreak(),
        chart_page(fmt, figures),
        PageBreak(),
        *(results_page(fmt, results) if results is not None else []),
        *tables(fmt, figures),
        *(mode_table(fmt, extras) if extras is not None else []),
        *annex(fmt, figures),
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
    from planner.reports.results_data import gather
    from planner.services.indicators import PlanData
    from planner.services.results_figures import extras

    figures = metrics.compute(session, plan_id, year=year, activity=activity)
    # the results page is about the whole plan: unfiltered, it shares these figures
    whole = year is None and activity is None
    data = PlanData(session, plan_id, figures if whole else None)
    return build(
        figures,
        year=year,
        activity=activity,
        generated=generated,
        locale=locale,
        extras=extras(session, figures, year, activity, data.counted if whole else None),
        results=gather(session, plan_id, data),
    )

"""The action-plan PDF: a timeline of the plan on one or two landscape pages, then
the activities of each year with their dates, venue, seats and planned cost.

This is the document a planner sends to partner administrations. The timeline
is a ReportLab ``Drawing`` sized to the page's frame: years and quarters as
columns, one lane per theme, each activity a bar from its first to its last day,
coloured by status and marked with the status's letter (so it reads in black and
white too). Bars whose codes would overlap are stacked in sub-rows of their
lane. A plan too full for that at a legible size is split over two pages by
years; past that, bars get thinner and codes are left out where they do not fit
(the list below has every activity).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer
from sqlmodel import Session, select

from planner.errors import PlannerError
from planner.i18n import _, shown
from planner.models.plan import Plan, Theme
from planner.reports.common import (
    BODY,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    HEADING,
    MUTED,
    TITLE,
    build_pdf,
    para,
)
from planner.reports.formats import Formats, report_locale
from planner.reports.plan.activity_list import activity_list
from planner.reports.plan.drawing import draw_timeline, legend
from planner.reports.plan.timeline import plan_timelines
from planner.services.rows import PlanActivityRow, plan_activities

SUBTITLE = ParagraphStyle("PlanSubtitle", parent=BODY, textColor=MUTED, spaceAfter=2)


@dataclass(frozen=True)
class PlanOutline:
    name: str
    owner: str
    start_year: int
    years: int
    base_currency: str
    themes: list[tuple[str, str]]  # (code, name) in the plan's order


def outline(session: Session, plan_id: int) -> PlanOutline:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise PlannerError(_("there is no plan number {plan_id}").format(plan_id=plan_id))
    query = select(Theme).where(Theme.plan_id == plan_id).order_by(Theme.id)  # type: ignore[arg-type]
    themes = session.exec(query).all()
    return PlanOutline(
        shown(plan.name, plan.name_zh),
        shown(plan.owner, plan.owner_zh),
        plan.start_year,
        plan.years,
        plan.base_currency,
        [(t.code, shown(t.name, t.name_zh)) for t in themes],
    )


def _period(years: Sequence[int]) -> str:
    if len(years) == 1:
        return str(years[0])
    return _("{first} to {last}").format(first=years[0], last=years[-1])


def build(
    plan: PlanOutline,
    rows: Sequence[PlanActivityRow],
    *,
    year: int | None = None,
    generated: date | None = None,
    locale: str | None = None,
) -> bytes:
    fmt = Formats(locale or report_locale())
    generated = generated or date.today()
    if year is not None:
        years = [year]
    else:
        years = list(range(plan.start_year, plan.start_year + plan.years))
        seen = [y for r in rows for y in (r.start.year, r.end.year)]
        if seen:
            years = list(range(min(years[0], *seen), max(years[-1], *seen) + 1))
    title = _("Action plan {period}").format(period=_period(years))
    subtitle = _("{plan} · {owner} · generated {date}").format(
        plan=plan.name, owner=plan.owner, date=fmt.day(generated)
    )
    head = [para(title, TITLE), para(subtitle, SUBTITLE), legend(FRAME_WIDTH), Spacer(0, 5)]
    head_h = 76.0  # title, subtitle, legend as laid out above
    heights = (FRAME_HEIGHT - head_h, FRAME_HEIGHT - 30.0)
    timelines = plan_timelines(rows, plan.themes, years, FRAME_WIDTH, heights)
    story: list[Flowable] = []
    for n, t in enumerate(timelines):
        drawing, omitted = draw_timeline(t, FRAME_WIDTH, t.height(t.row) + 1, fmt.loc)
        if n == 0:
            page: list[Flowable] = list(head)
        else:
            shown = _period(t.years)
            page = [para(_("Action plan {period} (continued)").format(period=shown), HEADING)]
        page.append(drawing)
        if omitted:
            page.append(
                para(
                    _(
                        "Codes of {n} activities are left out where they do not fit; "
                        "the list below has every activity."
                    ).format(n=fmt.count(omitted)),
                    SUBTITLE,
                )
            )
        story += [KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, page, mode="shrink"), PageBreak()]
    story += [para(_("Activities by year"), TITLE)]
    story += activity_list(rows, fmt, plan.base_currency)
    out = BytesIO()
    build_pdf(
        out,
        story,
        title=_("Action plan"),
        header_right=plan.name,
        footer_left=_("Generated on {date}").format(date=fmt.day(generated)),
        author=plan.owner,
        subject=plan.name,
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
    """The action-plan PDF of a plan (or of one year or activity of it)."""
    plan = outline(session, plan_id)
    rows = plan_activities(session, plan_id, year=year, activity=activity)
    return build(plan, rows, year=year, generated=generated, locale=locale)

"""The action plan's list: the activities of each year with dates, venue, seats and cost."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable

from planner.i18n import _, shown, shown_optional
from planner.models import Mode
from planner.reports.common import BODY, FRAME_WIDTH, HEADING, para
from planner.reports.compact import cell, compact_table
from planner.reports.formats import Formats
from planner.reports.plan.timeline import looks
from planner.services.rows import PlanActivityRow


def _mode_name(mode: str) -> str:
    return {Mode.ONLINE.value: _("online"), Mode.HYBRID.value: _("hybrid")}.get(mode, "")


def _venue(r: PlanActivityRow) -> str:
    place = shown_optional(r.venue, r.venue_zh) or ""
    if r.country:
        place = f"{place} ({r.country})" if place else r.country
    mode = _mode_name(r.mode)
    if mode and mode.lower() not in place.lower():
        place = f"{place}, {mode}" if place else mode
    return place


def activity_list(rows: Sequence[PlanActivityRow], fmt: Formats, currency: str) -> list[Flowable]:
    style = looks()
    header = [
        _("Code"),
        _("Activity"),
        _("Theme"),
        _("Status"),
        _("Dates"),
        _("Venue"),
        _("Seats"),
        _("Planned cost ({currency})").format(currency=currency),
    ]
    widths = [64.0, 0.0, 56.0, 62.0, 100.0, 118.0, 36.0, 70.0]
    widths[1] = FRAME_WIDTH - sum(widths)
    story: list[Flowable] = []
    by_year: dict[int, list[PlanActivityRow]] = {}
    for r in rows:
        by_year.setdefault(r.start.year, []).append(r)
    for year, year_rows in sorted(by_year.items()):
        table_rows = [
            [
                cell(r.code, bold=True),
                cell(shown(r.title, r.title_zh), wrap=True),
                cell(r.theme),
                cell(
                    f"{style[r.status].letter} · {style[r.status].name}"
                    if r.status in style
                    else r.status
                ),
                cell(fmt.period(r.start, r.end)),
                cell(_venue(r), wrap=True),
                cell(fmt.count(r.seats), right=True),
                cell(fmt.money(r.planned_cost), right=True),
            ]
            for r in year_rows
        ]
        story += [CondPageBreak(90), para(str(year), HEADING)]
        story += compact_table(header, table_rows, widths, frozenset({6, 7}))
    if not rows:
        story.append(para(_("The plan has no activities yet."), BODY))
    return story

"""The attendance report: marks, rates and completers, by administration (PDF).

One section per activity: the grid of marks (participants x sessions), each
participant's attended and excused sessions, attendance rate and completion,
grouped by administration; then a table by administration whose total row is
the activity's figures from :func:`planner.services.metrics.compute` (the same
participants and completers as the cost-effectiveness report).

The rosters come from :func:`planner.services.rosters.activity_sheets`; the
pieces it shares with the sign-in sheets are in :mod:`planner.reports.trainer_sheets`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from io import BytesIO
from typing import cast

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, LongTable, PageBreak, Spacer, TableStyle
from sqlmodel import Session

from planner.display import percent
from planner.i18n import _, shown
from planner.models import Plan, Status
from planner.reports.common import (
    BODY,
    CELL,
    HEADER_CELL,
    HEADING,
    SMALL,
    build_pdf,
    data_table,
    para,
)
from planner.reports.trainer_sheets import (
    ABSENT_INK,
    GROUP_FILL,
    GROUP_RULE,
    activity_line,
    frame_width,
    group_heading,
    grouped_table,
    mark_letter,
    person,
    session_when,
)
from planner.services.rosters import ActivitySheet, activity_sheets

# --- the report ------------------------------------------------------------------------

# Session columns are "numeric" to data_table(): header and marks right-aligned alike.
MARK_CELL = ParagraphStyle("PlannerMarkCell", parent=CELL, alignment=TA_RIGHT)
ABSENT_CELL = ParagraphStyle("PlannerAbsentCell", parent=MARK_CELL, textColor=ABSENT_INK)
#: Most sessions for a portrait page; more turn the whole report to landscape.
PORTRAIT_SESSIONS = 4
#: Most session columns in one table; more are split over several tables.
SESSIONS_PER_TABLE = 12
NO_W, CODE_W, SESSION_W = 10 * mm, 16 * mm, 10 * mm
SUMMARY_W = (18 * mm, 16 * mm, 15 * mm, 22 * mm)  # attended, excused, rate, completed
NAME_MAX_W = 75 * mm


def _session_parts(n: int) -> list[range]:
    """Session indexes per table: as few tables as needed, of nearly equal size."""
    if n == 0:
        return [range(0)]
    k = math.ceil(n / SESSIONS_PER_TABLE)
    size = math.ceil(n / k)
    return [range(i, min(i + size, n)) for i in range(0, n, size)]


def _grid(sheet: ActivitySheet, width: float) -> list[Flowable]:
    parts = _session_parts(len(sheet.sessions))
    story: list[Flowable] = []
    for number_, part in enumerate(parts, start=1):
        last = number_ == len(parts)
        summary = SUMMARY_W if last else ()
        name_w = min(width - NO_W - CODE_W - SESSION_W * len(part) - sum(summary), NAME_MAX_W)
        header = [
            _("No."),
            _("Code"),
            _("Name"),
            *[f"{i + 1}\n{sheet.sessions[i].day:%m-%d}" for i in part],
        ]
        if last:
            header += [_("Attended"), _("Excused"), _("Rate"), _("Completed")]
        widths = [NO_W, CODE_W, name_w, *[SESSION_W] * len(part), *summary]
        groups = []
        counter = 0
        for group in sheet.groups:
            rows: list[list[str | Flowable]] = []
            for r in group.rows:
                counter += 1
                row: list[str | Flowable] = [
                    str(counter),
                    r.participant,
                    person(r.name, r.native_name),
                ]
                row += [
                    para(
                        mark_letter(r.marks[i]),
                        ABSENT_CELL if r.marks[i] == "absent" else MARK_CELL,
                    )
                    for i in part
                ]
                if last:
                    row += [
                        str(r.attended),
                        str(r.excused),
                        *(
                            ["\u2013", _("pending")]
                            if sheet.pending
                            else [
                                percent(r.attendance_rate),
                                _("yes") if r.completed else _("no"),
                            ]
                        ),
                    ]
                rows.append(row)
            groups.append((group_heading(group), rows))
        groups.append((_("Totals per session"), [_session_totals(sheet, part, last)]))
        numeric = {0, *range(3, 3 + len(part))}
        if last:
            numeric |= set(range(len(header) - 4, len(header) - 1))
        tables = grouped_table(header, groups, widths, numeric)
        for table in tables:
            cast(LongTable, table).setStyle(
                TableStyle(
                    [
                        ("LEFTPADDING", (3, 0), (2 + len(part), -1), 1),
                        ("RIGHTPADDING", (3, 0), (2 + len(part), -1), 2.5),
                        ("LINEBEFORE", (3, 0), (3, -1), 0.4, GROUP_RULE),
                        ("LINEAFTER", (2 + len(part), 0), (2 + len(part), -1), 0.4, GROUP_RULE),
                    ]
                )
            )
        if len(parts) > 1:
            first, final = part[0] + 1, part[-1] + 1
            story.append(
                para(
                    _("Sessions {first} to {last}").format(first=first, last=final),
                    SMALL,
                )
            )
        story += tables
        story.append(Spacer(1, 3 * mm))
    return story


def _session_totals(sheet: ActivitySheet, part: range, last: bool) -> list[str | Flowable]:
    """How many were present or late at each session (and, on the last part, the
    sums of the attended and excused columns and the completers)."""
    rows = sheet.rows
    row: list[str | Flowable] = [
        "",
        "",
        para(_("Present or late"), HEADER_CELL),
        *[str(sum(1 for r in rows if r.marks[i] in ("present", "late"))) for i in part],
    ]
    if last:
        row += [
            str(sum(r.attended for r in rows)),
            str(sum(r.excused for r in rows)),
            "",
            _("pending") if sheet.pending else str(sum(1 for r in rows if r.completed)),
        ]
    return row


def _by_administration(sheet: ActivitySheet, width: float) -> list[Flowable]:
    header = [
        _("Administration"),
        _("Enrolled"),
        _("Participants"),
        _("Completers"),
        _("Completion rate"),
        _("Participant-days"),
    ]
    numbers_w = [20 * mm, 24 * mm, 23 * mm, 28 * mm, 30 * mm]
    pending = [_("pending"), "\u2013"]
    rows: list[list[str | Flowable]] = [
        [
            group_heading(g),
            str(g.enrolled),
            str(g.participants),
            *(pending if sheet.pending else [str(g.completers), percent(g.completion_rate)]),
            str(g.participant_days),
        ]
        for g in sheet.groups
    ]
    f = sheet.figures
    rows.append(
        [
            para(_("Total of the activity"), HEADER_CELL),
            str(f.enrolled),
            str(f.participants),
            *(pending if sheet.pending else [str(f.completers), percent(f.completion_rate)]),
            str(f.participant_days),
        ]
    )
    tables = data_table(
        header,
        rows,
        [width - sum(numbers_w), *numbers_w],
        numeric_cols={1, 2, 3, 4, 5},
        chunk_rows=len(rows) + 1,
    )
    total = len(rows)
    cast(LongTable, tables[0]).setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, total), (-1, total), 0.8, GROUP_RULE),
                ("BACKGROUND", (0, total), (-1, total), GROUP_FILL),
            ]
        )
    )
    return tables


def _section(sheet: ActivitySheet, width: float) -> list[Flowable]:
    f = sheet.figures
    story: list[Flowable] = [
        para(f"{sheet.code} {sheet.title}", HEADING),
        para(
            f"{_(sheet.kind)}, {_(sheet.status)} \u00b7 {activity_line(sheet)} \u00b7 "
            + _("completion at {threshold} attendance").format(
                threshold=percent(sheet.threshold, 0)
            ),
            BODY,
        ),
    ]
    if sheet.sessions:
        story.append(
            para(
                _("Sessions: {list}").format(
                    list="; ".join(f"{s.number} {session_when(s)}" for s in sheet.sessions)
                ),
                SMALL,
            )
        )
    story.append(
        para(
            _(
                "P present, L late, E excused, A absent, blank: no mark. "
                "Rate = attended / (sessions - excused); n/a when nothing was expected."
            ),
            SMALL,
        )
    )
    story.append(Spacer(1, 2 * mm))
    if not sheet.groups:
        story.append(para(_("No participant is enrolled."), BODY))
        return story
    story += _grid(sheet, width)
    summary = [para(_("By administration"), HEADING), *_by_administration(sheet, width)]
    summary.append(
        para(
            _(
                "Totals as in the cost-effectiveness report: {enrolled} enrolled, "
                "{participants} participants (attended at least once), {completers} completers."
            ).format(enrolled=f.enrolled, participants=f.participants, completers=f.completers),
            SMALL,
        )
    )
    story.append(KeepTogether(summary))
    return story


def build_story(sheets: Sequence[ActivitySheet], width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for i, sheet in enumerate(sheets):
        if i:
            story.append(PageBreak())
        story += _section(sheet, width)
    if not sheets:
        story.append(para(_("No delivered or scheduled activity has enrolled participants."), BODY))
    return story


def render(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    today: date | None = None,
) -> bytes:
    """The attendance report of one activity, or of every delivered or scheduled
    activity with enrolled participants (of ``year``, if given)."""
    statuses = None if activity else {Status.DELIVERED.value, Status.SCHEDULED.value}
    sheets = activity_sheets(session, plan_id, year=year, activity=activity, statuses=statuses)
    if activity is None:
        sheets = [s for s in sheets if s.groups]
    landscape = any(len(s.sessions) > PORTRAIT_SESSIONS for s in sheets)
    plan = session.get(Plan, plan_id)
    assert plan is not None  # activity_sheets() refused a missing plan
    title = (
        _("Attendance: {code}").format(code=activity)
        if activity
        else _("Attendance report") + (f" {year}" if year is not None else "")
    )
    printed = (today or date.today()).isoformat()
    out = BytesIO()
    build_pdf(
        out,
        build_story(sheets, frame_width(landscape)),
        title=title,
        header_right=shown(plan.name, plan.name_zh),
        footer_left=_("Printed {date}").format(date=printed),
        author=shown(plan.owner, plan.owner_zh),
        subject=_("Attendance, rates and completers"),
        landscape=landscape,
    )
    return out.getvalue()

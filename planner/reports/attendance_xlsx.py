"""The attendance report as a workbook: the attendance CSV's rows, and the marks.

Sheet "Attendance" has the columns of the attendance CSV (docs/command-line.md) with the
participant's names beside the ref: counts are numbers, the rate a number shown
as a percentage (empty when undefined). Sheet "Marks" has one block per activity
with enrolled participants: participants down, sessions across, P/L/E/A letters.
Cells are written by :mod:`planner.reports.xlsx_common`, so text is always text
(a name that starts with "=" is never a formula).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlmodel import Session

from planner.i18n import _
from planner.money import round_half_up
from planner.reports.trainer_sheets import mark_letter
from planner.reports.xlsx_common import (
    HEADER_FILL,
    HEADER_FONT,
    PERCENT,
    Column,
    Value,
    new_workbook,
    print_setup,
    put,
    sheet,
    workbook_bytes,
    write_table,
)
from planner.services import rows as listings
from planner.services.rosters import ActivitySheet, activity_sheets

#: The attendance CSV's columns (docs/command-line.md), with the names after the ref.
COLUMNS = (
    Column("activity", 14),
    Column("participant", 12),
    Column("name", 30),
    Column("native_name", 24),
    Column("administration", 14),
    Column("sessions", 9),
    Column("attended", 9),
    Column("excused", 9),
    Column("attendance_rate", 15, PERCENT),
    Column("completed", 11),
)
CENTER = Alignment(horizontal="center")


def _row(r: listings.AttendanceRow) -> list[Value]:
    return [
        r.activity,
        r.participant,
        r.name,
        r.native_name,
        r.administration,
        r.sessions,
        r.attended,
        r.excused,
        "pending"
        if r.pending
        else None
        if r.attendance_rate is None
        else round_half_up(r.attendance_rate, 4),
        "pending" if r.pending else "yes" if r.completed else "no",  # as in the CSV
    ]


def _marks(ws: Worksheet, sheets: Sequence[ActivitySheet]) -> None:
    """One block per activity: a header row with the session dates, then the letters."""
    row = 1
    widest = 0
    for act in sheets:
        header = [act.code, _("participant"), _("name"), _("administration")]
        header += [s.starts for s in act.sessions]
        for c, text in enumerate(header, start=1):
            put(ws, row, c, text, font=HEADER_FONT).fill = HEADER_FILL
        widest = max(widest, len(header))
        for person in act.rows:
            row += 1
            for c, value in enumerate(
                [act.code, person.participant, person.name, person.administration], start=1
            ):
                put(ws, row, c, value)
            for c, mark in enumerate(person.marks, start=5):
                put(ws, row, c, mark_letter(mark) or None).alignment = CENTER
        row += 2
    for c, width in enumerate([14, 12, 30, 14, *[11] * max(widest - 4, 0)], start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    if widest:
        ws.freeze_panes = "E1"


def render(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    today: date | None = None,
) -> bytes:
    """The attendance rows (all activities, ``year``'s, or one) and their marks."""
    sheets = [
        s
        for s in activity_sheets(session, plan_id, year=year, activity=activity)
        if s.groups or activity is not None
    ]
    rows = listings.attendance_rows(session, plan_id, year=year, activity=activity)
    title = _("Attendance: {code}").format(code=activity) if activity else _("Attendance")
    wb = new_workbook(title, today or date.today())
    ws = sheet(wb, _("Attendance"))
    write_table(ws, 1, COLUMNS, [_row(r) for r in rows])
    print_setup(ws, title=title)
    marks = sheet(wb, _("Marks"))
    _marks(marks, sheets)
    print_setup(marks, title=title)
    return workbook_bytes(wb)

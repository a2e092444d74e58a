"""The attendance report: marks, rates and completers, by administration (PDF).

One section per activity: the grid of marks (participants x sessions), each
participant's attended and excused sessions, attendance rate and completion,
grouped by administration; then a table by administration whose total row is
the activity's figures from :func:`planner.services.metrics.compute` (the same
participants and completers as the cost-effectiveness report).

This module also gathers the roster of an activity (:func:`activity_sheets`)
and lays out tables with administration headings (:func:`grouped_table`), which
the sign-in sheets and the attendance workbook share.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from io import BytesIO
from typing import cast

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, LongTable, PageBreak, Spacer, TableStyle
from sqlmodel import Session, select

from planner.display import number, percent
from planner.i18n import _, ngettext
from planner.models import Activity, EnrolmentStatus, Plan, Status
from planner.reports import data
from planner.reports.common import (
    BODY,
    CELL,
    HEADER_CELL,
    HEADING,
    MARGIN,
    SMALL,
    TABLE_CHUNK_ROWS,
    build_pdf,
    data_table,
    para,
)
from planner.services import metrics
from planner.services.activities import sessions_of
from planner.services.people import marks_of
from planner.store import raw_connection

# --- the data ------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionSlot:
    """One session of an activity: ``starts`` is ``2027-03-01`` or ``2027-03-01T09:00``."""

    number: int
    starts: str
    hours: Decimal

    @property
    def day(self) -> date:
        return date.fromisoformat(self.starts[:10])

    @property
    def begins(self) -> time | None:
        return time.fromisoformat(self.starts[11:]) if len(self.starts) > 10 else None

    @property
    def ends(self) -> time | None:
        begins = self.begins
        if begins is None:
            return None
        start = datetime.combine(self.day, begins)
        return (start + timedelta(minutes=int(self.hours * 60))).time()


@dataclass(frozen=True)
class RosterRow:
    """One enrolled (not withdrawn) participant of an activity."""

    participant: str  # the ref
    name: str
    native_name: str | None
    position: str | None
    administration: str  # code
    marks: tuple[str | None, ...]  # per session: present, late, excused, absent or None
    attended: int
    excused: int
    attendance_rate: Decimal | None
    completed: bool


@dataclass(frozen=True)
class AdministrationGroup:
    code: str
    name: str
    rows: tuple[RosterRow, ...]

    @property
    def enrolled(self) -> int:
        return len(self.rows)

    @property
    def participants(self) -> int:
        """Rows that attended at least once (spec/metrics.md), counted for the subtotal."""
        return sum(1 for r in self.rows if r.attended >= 1)

    @property
    def completers(self) -> int:
        return sum(1 for r in self.rows if r.completed)

    @property
    def participant_days(self) -> int:
        return sum(r.attended for r in self.rows)


@dataclass(frozen=True)
class ActivitySheet:
    """An activity, its sessions and its enrolled participants by administration."""

    plan: str
    owner: str
    code: str
    title: str
    kind: str
    status: str
    start: date
    end: date
    venue: str | None
    mode: str
    hours_per_session: Decimal
    threshold: Decimal
    sessions: tuple[SessionSlot, ...]
    groups: tuple[AdministrationGroup, ...]
    figures: metrics.Figures  # the activity's row of metrics.compute()

    @property
    def rows(self) -> list[RosterRow]:
        return [r for g in self.groups for r in g.rows]


_ROSTER_SQL = (
    "SELECT e.id, p.ref, p.position, ad.code, ad.name FROM enrolment e "
    "JOIN participant p ON p.id = e.participant_id "
    "JOIN administration ad ON ad.id = p.administration_id "
    "WHERE e.activity_id = ? AND e.status != ?"
)


def activity_sheets(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    statuses: Collection[str] | None = None,
) -> list[ActivitySheet]:
    """The chosen activities (all, one year's, or one), in date order.

    ``statuses`` keeps only activities of those statuses. Rates and completion
    come from :func:`planner.reports.data.attendance_rows` and the activity's
    figures from :func:`planner.services.metrics.compute`; a missing activity is
    a PlannerError.
    """
    figures = metrics.compute(session, plan_id, year=year, activity=activity)
    by_code = {row.key: row.figures for row in figures.scope("activity")}
    attendance = {
        (r.activity, r.participant): r
        for r in data.attendance_rows(session, plan_id, year=year, activity=activity)
    }
    activities = session.exec(
        select(Activity)
        .where(Activity.plan_id == plan_id)
        .order_by(Activity.start_date, Activity.code)  # type: ignore[arg-type]
    )
    con = raw_connection(session)
    sheets = []
    for act in activities:
        if act.code not in by_code or (statuses is not None and act.status not in statuses):
            continue
        assert act.id is not None
        hours = Decimal(act.hours_per_session)
        slots = sessions_of(session, act.id)
        marks = marks_of(session, act.id)
        groups: dict[str, tuple[str, list[RosterRow]]] = {}
        for enrolment_id, ref, position, admin_code, admin_name in con.execute(
            _ROSTER_SQL, (act.id, EnrolmentStatus.WITHDRAWN.value)
        ):
            a = attendance[act.code, ref]
            row = RosterRow(
                ref,
                a.name,
                a.native_name,
                position,
                admin_code,
                tuple(marks.get((enrolment_id, s.id)) for s in slots if s.id is not None),
                a.attended,
                a.excused,
                a.attendance_rate,
                a.completed,
            )
            groups.setdefault(admin_code, (admin_name, []))[1].append(row)
        sheets.append(
            ActivitySheet(
                figures.plan_name,
                figures.owner,
                act.code,
                act.title,
                act.kind,
                act.status,
                act.start_date,
                act.end_date,
                act.venue,
                act.mode,
                hours,
                figures.threshold,
                tuple(SessionSlot(i, s.starts, hours) for i, s in enumerate(slots, start=1)),
                tuple(
                    AdministrationGroup(
                        code, name, tuple(sorted(rows, key=lambda r: r.participant))
                    )
                    for code, (name, rows) in sorted(groups.items())
                ),
                by_code[act.code],
            )
        )
    return sheets


# --- words and small pieces shared by the trainers' PDFs ---------------------------------


def weekday(day: date) -> str:
    names = (_("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat"), _("Sun"))
    return names[day.weekday()]


def session_when(slot: SessionSlot) -> str:
    """``Mon 2027-03-01`` or ``Mon 2027-03-01, 09:00-15:00``."""
    text = f"{weekday(slot.day)} {slot.day.isoformat()}"
    begins, ends = slot.begins, slot.ends
    if begins is not None and ends is not None:
        text += f", {begins:%H:%M}\u2013{ends:%H:%M}"
    return text


def activity_line(sheet: ActivitySheet) -> str:
    """Dates, venue and sessions of an activity, in one line."""
    dates = (
        sheet.start.isoformat()
        if sheet.start == sheet.end
        else _("{start} to {end}").format(start=sheet.start.isoformat(), end=sheet.end.isoformat())
    )
    parts = [dates]
    n = len(sheet.sessions)
    if sheet.venue:
        parts.append(sheet.venue)
    parts.append(
        ngettext("{n} session of {hours} hours", "{n} sessions of {hours} hours", n).format(
            n=n, hours=number(sheet.hours_per_session, 1).removesuffix(".0")
        )
    )
    return " \u00b7 ".join(parts)


def person(name: str, native_name: str | None) -> str:
    """The Latin name, and the name in its own script on a second line when it differs."""
    if native_name and native_name.strip() and native_name.strip() != name.strip():
        return f"{name}\n{native_name}"
    return name


def group_heading(group: AdministrationGroup) -> str:
    return f"{group.name} ({group.code})"


GROUP_FILL = colors.HexColor("#e8edf2")
ABSENT_INK = colors.HexColor("#b42318")
GROUP_RULE = colors.HexColor("#7b8794")
GROUP_CELL = ParagraphStyle("PlannerGroupCell", parent=HEADER_CELL)


def grouped_table(
    header: Sequence[str],
    groups: Sequence[tuple[str, Sequence[Sequence[str | Flowable]]]],
    col_widths: Sequence[float],
    numeric_cols: Collection[int] = frozenset(),
    *,
    chunk_rows: int = TABLE_CHUNK_ROWS,
) -> list[Flowable]:
    """:func:`data_table` with a heading row across the table before each group's rows."""
    n_cols = len(header)
    flat: list[Sequence[str | Flowable]] = []
    headings: list[int] = []
    for heading, rows in groups:
        headings.append(len(flat))
        flat.append([para(heading, GROUP_CELL), *[""] * (n_cols - 1)])
        flat.extend(rows)
    tables = data_table(header, flat, col_widths, numeric_cols, chunk_rows=chunk_rows)
    for index in headings:
        table = cast(LongTable, tables[index // chunk_rows])
        row = index % chunk_rows + 1  # the header is row 0
        commands: list[tuple[object, ...]] = [
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), GROUP_FILL),
            ("LINEABOVE", (0, row), (-1, row), 0.6, GROUP_RULE),
            ("TOPPADDING", (0, row), (-1, row), 3),
        ]
        chunk_end = min((index // chunk_rows + 1) * chunk_rows, len(flat))
        if index + 1 < chunk_end:
            # a heading never ends a page: it goes over with its group's first row
            commands.append(("NOSPLIT", (0, row), (-1, row + 1)))
        table.setStyle(TableStyle(commands))
    return tables


def frame_width(landscape: bool) -> float:
    width, height = A4
    return float((height if landscape else width) - 2 * MARGIN)


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


def mark_letter(status: str | None) -> str:
    letters = {
        "present": _("P"),
        "late": _("L"),
        "excused": _("E"),
        "absent": _("A"),
    }
    return "" if status is None else letters.get(status, "?")


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
                        percent(r.attendance_rate),
                        _("yes") if r.completed else _("no"),
                    ]
                rows.append(row)
            groups.append((group_heading(group), rows))
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
    rows: list[list[str | Flowable]] = [
        [
            group_heading(g),
            str(g.enrolled),
            str(g.participants),
            str(g.completers),
            percent(metrics.ratio(g.completers, g.participants)),
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
            str(f.completers),
            percent(f.completion_rate),
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
        header_right=plan.name,
        footer_left=_("Printed {date}").format(date=printed),
        author=plan.owner,
        subject=_("Attendance, rates and completers"),
        landscape=landscape,
    )
    return out.getvalue()

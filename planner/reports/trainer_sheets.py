"""Words and small pieces shared by the trainers' PDFs (attendance report, sign-in
sheets): a session's day and hours, an activity's line, a person's names, and
tables with a heading row before each administration's rows."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import cast

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, LongTable, TableStyle

from planner.display import number
from planner.i18n import _, ngettext
from planner.reports.common import HEADER_CELL, MARGIN, TABLE_CHUNK_ROWS, data_table, para
from planner.services.rosters import ActivitySheet, AdministrationGroup, SessionSlot


def mark_letter(status: str | None) -> str:
    """The letter of a mark in a grid (P, L, E, A; blank: no mark)."""
    letters = {
        "present": _("P"),
        "late": _("L"),
        "excused": _("E"),
        "absent": _("A"),
    }
    return "" if status is None else letters.get(status, "?")


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

"""What the attendance page's two tables share: the helpers that name people,
sessions and times, and :class:`_GridBase`, a table over one
:class:`planner.services.attendance.Grid` that announces only the rows that changed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from planner import display
from planner.services.attendance import Grid, GridPerson, GridSession

Index = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole + 10
ENROLMENT_ROLE = Qt.ItemDataRole.UserRole + 11

CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def full_name(p: GridPerson) -> str:
    """Latin name, then the name in its own script when it differs."""
    if p.native_name and p.native_name != p.name:
        return f"{p.name}  {p.native_name}"
    return p.name


def session_title(s: GridSession, number: int) -> str:
    """A column header: number, weekday, day and month, and the time if any."""
    locale = QLocale()
    day = QDate(s.day.year, s.day.month, s.day.day)
    lines = [f"{number}  {locale.toString(day, 'ddd')}", display.day_month(s.day, locale.name())]
    if s.time:
        lines.append(s.time)
    return "\n".join(lines)


def session_label(s: GridSession, number: int) -> str:
    """One line: ``3 · Wed 10 Mar 2027 09:00``."""
    text = f"{number} · {display.weekday_day(s.day, QLocale().name(), year=True)}"
    return f"{text} {s.time}" if s.time else text


def stamp_text(at: str | None) -> str:
    """A mark's ISO timestamp (UTC) as the local date and time, to the minute."""
    if not at:
        return ""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


class _GridBase(QAbstractTableModel):
    """What both tables share: one grid, its rows, and announcing changed rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: Grid | None = None
        self._rows: dict[int, int] = {}  # enrolment id -> row

    def set_grid(self, grid: Grid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self._rows = {p.enrolment_id: r for r, p in enumerate(grid.people)} if grid else {}
        self._reset_caches()
        self.endResetModel()

    def _reset_caches(self) -> None:
        pass

    def same_shape(self, grid: Grid) -> bool:
        """Whether ``grid`` has the same rows and sessions (so rows can be updated
        in place instead of resetting the model)."""
        old = self.grid
        return (
            old is not None
            and old.activity_id == grid.activity_id
            and [p.enrolment_id for p in old.people] == [p.enrolment_id for p in grid.people]
            and old.sessions == grid.sessions
            and old.threshold == grid.threshold
        )

    def row_of(self, enrolment_id: int) -> int | None:
        return self._rows.get(enrolment_id)

    def person_at(self, row: int) -> GridPerson:
        assert self.grid is not None
        return self.grid.people[row]

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.people)

"""Item models of the attendance page: the grid (participants x sessions), here, and
the scores table (planner.ui.models.scores), both over one
:class:`planner.services.attendance.Grid` (planner.ui.models.grid_base).

The models only lay out what the services loaded; a participant's attendance rate
and completion come from :func:`planner.services.attendance.person_figures`, which
uses metrics' definitions. After a write the page hands the models the changed
cells (or a freshly loaded grid), and they announce only the rows that changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner import display
from planner.services.attendance import (
    ABSENT,
    EXCUSED,
    LATE,
    PRESENT,
    Grid,
    GridPerson,
    GridSession,
    MarkState,
    PersonFigures,
)
from planner.services.attendance_view import pending
from planner.services.history import who as who_shown
from planner.ui.models.grid_base import (
    CENTER,
    ENROLMENT_ROLE,
    LEFT,
    RIGHT,
    STATUS_ROLE,
    Index,
    _GridBase,
    full_name,
    session_label,
    session_title,
    stamp_text,
)
from planner.ui.models.scores import SCORE_FIELDS, ScoresModel
from planner.ui.texts import mark_text

__all__ = [
    "ENROLMENT_ROLE",
    "SCORE_FIELDS",
    "STATUS_ROLE",
    "AttendanceGridModel",
    "ScoresModel",
    "full_name",
    "session_label",
    "session_title",
    "stamp_text",
]

#: The letter each status shows (and the key that sets it), and its cell colour.
LETTERS = {PRESENT: "P", LATE: "L", EXCUSED: "E", ABSENT: "A"}
COLOURS = {
    PRESENT: QColor("#c8e6c9"),
    LATE: QColor("#ffe9a8"),
    EXCUSED: QColor("#cfe0f5"),
    ABSENT: QColor("#f6c9c9"),
}
INK = QColor("#1b1b1b")
GROUP_SHADE = QColor(128, 128, 128, 38)  # every other administration, in any theme
YES = QColor("#c8e6c9")
PENDING = QColor(128, 128, 128)  # readable on light and dark themes


class AttendanceGridModel(_GridBase):
    """Participants as rows; ref, name and administration, one column per session,
    then attended, rate and completed."""

    REF, NAME, ADMIN = 0, 1, 2
    FIXED = 3
    TRAILING = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._figures: dict[int, PersonFigures] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._group_odd: list[bool] = []
        #: login -> the person's name, for who marked (a server's; none on a file)
        self.names: dict[str, str] = {}

    # -- layout -----------------------------------------------------------------
    @property
    def sessions(self) -> list[GridSession]:
        return self.grid.sessions if self.grid else []

    def first_session_column(self) -> int:
        return self.FIXED

    def session_column(self, session_id: int) -> int | None:
        for i, s in enumerate(self.sessions):
            if s.id == session_id:
                return self.FIXED + i
        return None

    def session_at(self, column: int) -> GridSession | None:
        i = column - self.FIXED
        return self.sessions[i] if 0 <= i < len(self.sessions) else None

    def trailing_columns(self) -> range:
        start = self.FIXED + len(self.sessions)
        return range(start, start + self.TRAILING)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIXED + len(self.sessions) + self.TRAILING

    # -- contents ---------------------------------------------------------------
    def _reset_caches(self) -> None:
        self._figures = {}
        odd, previous, out = True, None, []
        for p in self.grid.people if self.grid else []:
            if p.administration != previous:
                odd, previous = not odd, p.administration
            out.append(odd)
        self._group_odd = out

    def status_at(self, row: int, column: int) -> str | None:
        s = self.session_at(column)
        if s is None or self.grid is None:
            return None
        return self.grid.status_of(self.grid.people[row].enrolment_id, s.id)

    def figures(self, row: int) -> PersonFigures:
        assert self.grid is not None
        found = self._figures.get(row)
        if found is None:
            found = self._figures[row] = self.grid.figures(self.grid.people[row].enrolment_id)
        return found

    def apply(self, states: Iterable[MarkState]) -> None:
        """Show cells as written (after a mark, an undo, a check-in): only their
        rows are announced."""
        if self.grid is None:
            return
        rows = set()
        for st in states:
            row = self._rows.get(st.enrolment_id)
            if row is None:
                continue
            key = (st.enrolment_id, st.session_id)
            if st.status is None:
                self.grid.marks.pop(key, None)
            else:
                self.grid.marks[key] = st
            self._figures.pop(row, None)
            rows.add(row)
        for row in sorted(rows):
            self.row_changed(row)

    def update_grid(self, grid: Grid) -> None:
        """Take a freshly loaded grid: rows whose marks or people changed are
        announced one by one; a different shape resets the model."""
        if not self.same_shape(grid):
            self.set_grid(grid)
            return
        old = self.grid
        assert old is not None
        sessions = [s.id for s in grid.sessions]
        self.grid = grid
        for row, (a, b) in enumerate(zip(old.people, grid.people, strict=True)):
            e = b.enrolment_id
            if a != b or any(old.marks.get((e, s)) != grid.marks.get((e, s)) for s in sessions):
                self._figures.pop(row, None)
                self.row_changed(row)

    def attending(self, session_id: int) -> int:
        return self.grid.attending(session_id) if self.grid else 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        row, col = index.row(), index.column()
        p = self.grid.people[row]
        n = len(self.grid.sessions)
        if self.FIXED <= col < self.FIXED + n:
            return self._cell(p, self.grid.sessions[col - self.FIXED], col - self.FIXED, role)
        if col < self.FIXED:
            return self._person(p, row, col, role)
        return self._figure(row, col - self.FIXED - n, role)

    def _person(self, p: GridPerson, row: int, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (p.ref, full_name(p), p.administration)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{p.ref} — {full_name(p)}\n{p.administration} — {p.administration_name}"
        if role == Qt.ItemDataRole.BackgroundRole and self._group_odd[row]:
            return QBrush(GROUP_SHADE)
        if role == ENROLMENT_ROLE:
            return p.enrolment_id
        return None

    def _cell(self, p: GridPerson, s: GridSession, i: int, role: int) -> Any:
        assert self.grid is not None
        mark = self.grid.marks.get((p.enrolment_id, s.id))
        status = None if mark is None else mark.status
        if role == Qt.ItemDataRole.DisplayRole:
            return LETTERS.get(status or "", "")
        if role == STATUS_ROLE:
            return status
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what a screen reader says
            return mark_text(status) if status else self.tr("Not marked")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(COLOURS[status]) if status in COLOURS else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(INK) if status in COLOURS else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            head = f"{full_name(p)} — {self.tr('session')} {i + 1}, {s.starts.replace('T', ' ')}"
            if mark is None:
                return f"{head}\n{self.tr('Not marked')}"
            who = (
                self.tr("marked {0} by {1}").format(
                    stamp_text(mark.marked_at), who_shown(mark.marked_by or "", self.names)
                )
                if mark.marked_at
                else self.tr("imported")
            )
            return f"{head}\n{mark_text(status or '')} ({who})"
        if role == ENROLMENT_ROLE:
            return p.enrolment_id
        return None

    def pending(self) -> bool:
        """The activity is not delivered: rates and completion are pending."""
        return self.grid is not None and pending(self.grid.status)

    def _figure(self, row: int, which: int, role: int) -> Any:
        f = self.figures(row)
        if which > 0 and self.pending():
            return self._pending(role)
        if role == Qt.ItemDataRole.DisplayRole:
            if which == 0:
                return str(f.attended)
            if which == 1:
                return display.percent(f.rate)
            return self.tr("Yes") if f.completed else self.tr("No")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if which < 2 else CENTER
        if role == Qt.ItemDataRole.BackgroundRole and which == 2 and f.completed:
            return QBrush(YES)
        if role == Qt.ItemDataRole.ForegroundRole and which == 2 and f.completed:
            return QBrush(INK)
        if role == Qt.ItemDataRole.ToolTipRole:
            n = len(self.sessions)
            return self.tr(
                "{0} of {1} sessions attended, {2} excused; completion needs {3}"
            ).format(
                f.attended,
                n,
                f.excused,
                display.percent(self.grid.threshold if self.grid else None),
            )
        return None

    def _pending(self, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("pending")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(PENDING)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "This activity is not delivered yet: attendance and completion are pending."
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        n = len(self.sessions)
        if role == Qt.ItemDataRole.DisplayRole:
            if section < self.FIXED:
                return (self.tr("Code"), self.tr("Name"), self.tr("Admin."))[section]
            if section < self.FIXED + n:
                return session_title(self.sessions[section - self.FIXED], section - self.FIXED + 1)
            return (self.tr("Attended"), self.tr("Rate"), self.tr("Completed"))[
                section - self.FIXED - n
            ]
        if role == Qt.ItemDataRole.ToolTipRole and self.FIXED <= section < self.FIXED + n:
            s = self.sessions[section - self.FIXED]
            return self.tr("{0} of {1} present or late").format(
                self.attending(s.id), len(self.grid.people) if self.grid else 0
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if section < self.FIXED else CENTER
        return None

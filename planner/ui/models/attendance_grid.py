"""Item models of the attendance page: the grid (participants x sessions) and the
scores table, both over one :class:`planner.services.attendance.Grid`.

The models only lay out what the services loaded; a participant's attendance rate
and completion come from :func:`planner.services.attendance.person_figures`, which
uses metrics' definitions. After a write the page hands the models the changed
cells (or a freshly loaded grid), and they announce only the rows that changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
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
from planner.ui.texts import mark_text

Index = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole + 10
ENROLMENT_ROLE = Qt.ItemDataRole.UserRole + 11

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
                self.tr("marked {0} by {1}").format(stamp_text(mark.marked_at), mark.marked_by)
                if mark.marked_at
                else self.tr("imported")
            )
            return f"{head}\n{mark_text(status or '')} ({who})"
        if role == ENROLMENT_ROLE:
            return p.enrolment_id
        return None

    def _figure(self, row: int, which: int, role: int) -> Any:
        f = self.figures(row)
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


# ------------------------------------------------------------------ scores
#: (field of people.update_enrolment, column title)
SCORE_FIELDS = ("pre_score", "post_score", "satisfaction")


class ScoresModel(_GridBase):
    """One row per enrolment: ref, name, administration, then pre- and post-test
    scores and the 1-5 rating, editable in place. ``editor(person, field, text)``
    saves an edit (through the page, so it can be undone) and says whether it did."""

    FIXED = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.editor: Callable[[GridPerson, str, str], bool] | None = None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIXED + len(SCORE_FIELDS)

    def field_at(self, column: int) -> str | None:
        i = column - self.FIXED
        return SCORE_FIELDS[i] if 0 <= i < len(SCORE_FIELDS) else None

    def column_of(self, field: str) -> int:
        return self.FIXED + SCORE_FIELDS.index(field)

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Admin."),
            self.tr("Pre-test (0-100)"),
            self.tr("Post-test (0-100)"),
            self.tr("Rating (1-5)"),
        )

    def update_grid(self, grid: Grid) -> None:
        if not self.same_shape(grid):
            self.set_grid(grid)
            return
        old = self.grid
        assert old is not None
        self.grid = grid
        for row, (a, b) in enumerate(zip(old.people, grid.people, strict=True)):
            if a != b:
                self.row_changed(row)

    def replace(self, person: GridPerson) -> None:
        """Show one enrolment as saved."""
        row = self.row_of(person.enrolment_id)
        if row is None or self.grid is None:
            return
        self.grid.people[row] = person
        self.row_changed(row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.field_at(index.column()) is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        p = self.grid.people[index.row()]
        field = self.field_at(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if field is None:
                return (p.ref, full_name(p), p.administration)[index.column()]
            value = getattr(p, field)
            if value is None:
                return ""
            return (
                value
                if role == Qt.ItemDataRole.EditRole
                else display.number(Decimal(value), _places(value))
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if field is None else RIGHT
        if role == ENROLMENT_ROLE:
            return p.enrolment_id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self.field_at(index.column())
        if role != Qt.ItemDataRole.EditRole or field is None or self.grid is None:
            return False
        person = self.grid.people[index.row()]
        text = "" if value is None else str(value).strip()
        if text == (getattr(person, field) or ""):
            return False
        return bool(self.editor and self.editor(person, field, text))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if section < self.FIXED else RIGHT
        return None


def _places(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0

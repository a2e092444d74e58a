"""The scores table of the attendance page: pre- and post-test scores and the 1-5
rating of each enrolment, editable in place."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from planner import display
from planner.services.attendance import Grid, GridPerson
from planner.services.attendance_view import SCORE_FIELDS
from planner.ui.models.grid_base import ENROLMENT_ROLE, LEFT, RIGHT, Index, _GridBase, full_name

__all__ = ["SCORE_FIELDS", "ScoresModel"]


class ScoresModel(_GridBase):
    """One row per enrolment: ref, name, administration, then pre- and post-test
    scores and the 1-5 rating, editable in place. ``editor(person, field, text)``
    saves an edit (through the page, so it can be undone) and says whether it did."""

    FIXED = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.editor: Callable[[GridPerson, str, str], bool] | None = None
        self.last_refused = False  # the last value typed was not taken

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIXED + len(SCORE_FIELDS)

    def field_at(self, column: int) -> str | None:
        i = column - self.FIXED
        return SCORE_FIELDS[i] if 0 <= i < len(SCORE_FIELDS) else None

    def column_of(self, field: str) -> int:
        return self.FIXED + SCORE_FIELDS.index(field)

    def titles(self) -> tuple[str, ...]:
        top = self.grid.max_score if self.grid is not None else None
        if top is None:
            pre, post = self.tr("Pre-test (0-100)"), self.tr("Post-test (0-100)")
        else:  # the activity's maximum score: no score can be above it
            pre = self.tr("Pre-test (0-{0})").replace("{0}", top)
            post = self.tr("Post-test (0-{0})").replace("{0}", top)
        return (
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Admin."),
            pre,
            post,
            self.tr("Rating (1-5)"),
        )

    def update_grid(self, grid: Grid) -> None:
        if not self.same_shape(grid):
            self.set_grid(grid)
            return
        old = self.grid
        assert old is not None
        self.grid = grid
        if old.max_score != grid.max_score:  # the score columns' titles name it
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.FIXED, self.FIXED + 1)
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
        self.last_refused = False
        if text == (getattr(person, field) or ""):
            return False
        taken = bool(self.editor and self.editor(person, field, text))
        self.last_refused = not taken
        return taken

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

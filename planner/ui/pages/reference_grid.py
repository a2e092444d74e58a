"""The Reference data page's tables: rows of cells prepared by a section, edited
from the keyboard, every edit saved through a service by the section (recorded in
the journal, so Ctrl+Z undoes it) and a refusal shown under the table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner import display
from planner.errors import PlannerError, Problem, ValidationError
from planner.money import DecimalSyntaxError
from planner.services.workspace import Transaction
from planner.ui.context import AppContext
from planner.ui.dialogs import error_label

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Work = Callable[[Transaction], Any]


def message_of(error: PlannerError) -> str:
    return "; ".join(error.lines())


def amount(text: str, field: str) -> Decimal:
    """A number typed in the user's locale (``1,234,567.50``), exactly."""
    try:
        return display.parse_amount(text)
    except DecimalSyntaxError as e:
        raise ValidationError([Problem(field, str(e))]) from e


# ------------------------------------------------------------------ a grid model
@dataclass(frozen=True)
class Cell:
    text: str = ""
    edit: str | None = None  # what the editor starts with; None: read-only
    tip: str = ""
    numeric: bool = False
    strong: bool = False


@dataclass(frozen=True)
class GridRow:
    key: Any
    cells: tuple[Cell, ...]


Commit = Callable[[GridRow, int, str], bool]


class GridModel(QAbstractTableModel):
    """Rows of cells prepared by the page; an edit goes to ``commit`` (which saves
    through a service and returns whether it was taken), never into the model."""

    def __init__(self, columns: list[str], commit: Commit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._commit = commit
        self.rows: list[GridRow] = []

    def set_rows(self, rows: list[GridRow], columns: list[str] | None = None) -> None:
        """New content: updated in place (keeping the current cell and any open
        editor) when rows and columns are the same, else a reset."""
        same = [r.key for r in rows] == [r.key for r in self.rows]
        if columns is not None and columns != self.columns:
            same = False
        if same and rows:
            self.rows = rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1)
            )
            return
        self.beginResetModel()
        self.rows = rows
        if columns is not None:
            self.columns = columns
        self.endResetModel()

    def row_of(self, key: Any) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.key == key), None)

    def row_of_text(self, text: str, column: int = 0) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.cells[column].text == text), None)

    def cell(self, index: Index) -> Cell:
        return self.rows[index.row()].cells[index.column()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.EditRole:
            return cell.edit if cell.edit is not None else cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tip or cell.text or None
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.numeric:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and cell.strong:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.cell(index).edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        cell = self.cell(index)
        if cell.edit is None or str(value) == cell.edit:
            return False
        return self._commit(self.rows[index.row()], index.column(), str(value))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None


class EditTable(QTableView):
    """A table edited from the keyboard: Enter or F2 edits, typing replaces,
    Escape cancels, Delete asks to delete."""

    deleteRequested = Signal()
    insertRequested = Signal()

    def __init__(self, model: GridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setHighlightSections(False)
        self.read_only = False  # Delete and Insert do nothing (the user's role)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if self.read_only and event.key() in (
            Qt.Key.Key_Delete,
            Qt.Key.Key_Backspace,
            Qt.Key.Key_Insert,
        ):
            event.accept()
            return
        if not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentIndex().isValid():
                self.edit(self.currentIndex())
            event.accept()
            return
        if not editing and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit()
            event.accept()
            return
        if not editing and event.key() == Qt.Key.Key_Insert:
            self.insertRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def select_cell(self, row: int | None, column: int) -> None:
        if row is None or not 0 <= row < self.model().rowCount():
            return
        self.setCurrentIndex(self.model().index(row, column))


def stretch_years(table: QTableView, first: int = 120) -> None:
    """The first column (what the row is) at a set width, the years sharing the rest."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    if header.count():
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, first)


class Section(QWidget):
    """One tab: a table, its buttons and a line for refused edits."""

    def __init__(self, ctx: AppContext, columns: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = GridModel(columns, self._commit, self)
        self.table = EditTable(self.model, self)
        self.table.deleteRequested.connect(self.delete_current)
        self.error = error_label()
        self.buttons = QHBoxLayout()
        self.refused = ""  # why the user's role may not edit this tab ("": it may)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(self.buttons)

    @property
    def plan_id(self) -> int:
        assert self.ctx.plan_id is not None
        return self.ctx.plan_id

    def add_button(self, text: str, slot: Callable[[], None], insert: bool = False) -> QPushButton:
        """A button under the table; ``insert``: the Insert key in the table does it too."""
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        if insert:
            self.table.insertRequested.connect(slot)
        return button

    def refuse(self, reason: str) -> None:
        """Read only, for a role that may not edit this tab: greyed buttons and the
        table's tooltip say why."""
        if not reason:
            return
        self.refused = reason
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setToolTip(reason)
        self.table.read_only = True
        for i in range(self.buttons.count()):
            item = self.buttons.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QPushButton):
                widget.setEnabled(False)
                widget.setToolTip(reason)

    def run(self, text: str, do: Work, changes: set[str]) -> bool:
        """Save through ctx.execute; a refusal shows the core's message under the table."""
        if self.refused:
            self.show_error(self.refused)
            return False
        try:
            self.ctx.execute(text, do, changes)
        except PlannerError as e:
            self.show_error(message_of(e))
            return False
        self.show_error("")
        return True

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def set_rows(self, rows: list[GridRow], columns: list[str] | None = None) -> None:
        current = self.table.currentIndex()
        key = self.model.rows[current.row()].key if current.isValid() else None
        self.model.set_rows(rows, columns)
        if current.isValid() and self.table.currentIndex() != current:
            row = self.model.row_of(key)
            self.table.select_cell(row if row is not None else current.row(), current.column())

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _commit(self, row: GridRow, column: int, text: str) -> bool:  # pragma: no cover
        raise NotImplementedError

    def delete_current(self) -> None:
        pass

"""The editor's tables: a view set up for the keyboard, column widths that follow
the font, and a model of frozen rows whose editable cells save through the tab."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from planner.ui.sheet import SheetView

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CELL_ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole)


def table_view(model: QAbstractTableModel, editable: bool = False) -> QTableView:
    """A table set up for the keyboard; Enter in an edited cell saves it and moves down."""
    view = SheetView()
    view.setModel(model)
    view.setSelectionBehavior(
        QAbstractItemView.SelectionBehavior.SelectItems
        if editable
        else QAbstractItemView.SelectionBehavior.SelectRows
    )
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
        if editable
        else QAbstractItemView.EditTrigger.NoEditTriggers
    )
    view.setTabKeyNavigation(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    return view


def size_columns(view: QTableView, widths: Sequence[int], stretch: int | None = None) -> None:
    """Column widths in average characters, so they follow the font. Column
    ``stretch`` takes the room left over, but never less than its own width:
    in a narrow window the table scrolls instead of squeezing it to a sliver."""
    char = view.fontMetrics().averageCharWidth()
    header = view.horizontalHeader()
    for col, chars in enumerate(widths):
        header.resizeSection(col, chars * char + 16)
    if stretch is not None:
        view.viewport().installEventFilter(_Stretch(view, stretch, widths[stretch] * char + 16))


class _Stretch(QObject):
    def __init__(self, view: QTableView, column: int, least: int) -> None:
        super().__init__(view)
        self._view, self._column, self._least = view, column, least

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            header = self._view.horizontalHeader()
            others = sum(
                header.sectionSize(c)
                for c in range(header.count())
                if c != self._column and not header.isSectionHidden(c)
            )
            room = self._view.viewport().width() - others
            header.resizeSection(self._column, max(self._least, room))
        return False


class EditableModel(QAbstractTableModel):
    """A table of frozen rows (each with an ``id``) whose editable cells are saved
    through ``save(row, column, value) -> bool``; a refused value is simply not
    taken, so the cell shows the stored value again.

    ``set_rows`` reports changes, not resets, while the rows stay the same ones:
    open editors and the selection survive a refresh.
    """

    def __init__(self, columns: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.save: Callable[[Any, int, Any], bool] = lambda _r, _c, _v: False
        self.last_refused = False  # the last value typed was not taken

    def set_rows(self, rows: Sequence[Any]) -> None:
        rows = list(rows)
        if [r.id for r in rows] != [r.id for r in self.rows]:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        old, self.rows = self.rows, rows
        # Cell by cell: a change reported for a cell being edited would overwrite
        # what is being typed there (Qt refreshes open editors in the range).
        for i, (a, b) in enumerate(zip(old, rows, strict=True)):
            if a == b:
                continue
            for col in range(len(self.columns)):
                if self._shown(a, col) != self._shown(b, col):
                    index = self.index(i, col)
                    self.dataChanged.emit(index, index)

    def _shown(self, row: Any, column: int) -> tuple[Any, ...]:
        return (
            self.text(row, column),
            self.edit_value(row, column),
            *(self.cell(row, column, role) is not None for role in _CELL_ROLES),
        )

    def row_of(self, row_id: Any) -> int | None:
        for i, r in enumerate(self.rows):
            if r.id == row_id:
                return i
        return None

    # to override
    def editable(self, column: int) -> bool:
        return False

    def numeric(self, column: int) -> bool:
        return False

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def edit_value(self, row: Any, column: int) -> Any:
        return self.text(row, column)

    def cell(self, row: Any, column: int, role: int) -> Any:
        """Other roles (decorations, tool tips) of one cell."""
        return None

    # Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, col)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.numeric(col) else LEFT
        value = self.cell(row, col, role)
        if value is None and role == Qt.ItemDataRole.ToolTipRole:
            return self.text(row, col) or None
        return value

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if not self.editable(index.column()):
            return False
        taken = self.save(self.rows[index.row()], index.column(), value)
        self.last_refused = not taken
        return taken

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.editable(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.numeric(section) else LEFT
        return None

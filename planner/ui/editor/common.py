"""What the editor's tabs share: running an edit with its inverse, asking first,
stable keys for rows that come back under a new number, an editable table model."""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)
from sqlmodel import Session

from planner.errors import NotFoundError, PlannerError
from planner.services import activities as A
from planner.ui.context import AppContext
from planner.ui.dialogs import plain, show_error

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
Work = Callable[[Session], Any]
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ARG = re.compile(r"%(\d+)")
_CELL_ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole)


def tr(text: str, *args: object) -> str:
    """Translate ``text``, then put ``args`` in for %1, %2, ... (as QString.arg)."""
    out = QCoreApplication.translate("ActivityEditor", text)
    if not args:
        return out

    def arg(m: re.Match[str]) -> str:
        i = int(m.group(1))
        return str(args[i - 1]) if 1 <= i <= len(args) else m.group(0)

    return _ARG.sub(arg, out)  # in one pass: user text holding "%2" stays as it is


class Host(Protocol):
    """What the tabs need of the editor window."""

    activity_id: int | None
    lines: Keys


class Keys:
    """Stable keys for rows that an undo brings back under a new number (budget
    lines): undo commands hold the key, the database holds the number."""

    def __init__(self) -> None:
        self._ids: dict[int, int] = {}
        self._keys: dict[int, int] = {}
        self._counter = itertools.count(1)

    def key_of(self, row_id: int) -> int:
        key = self._keys.get(row_id)
        return self.fresh(row_id) if key is None else key

    def fresh(self, row_id: int) -> int:
        """A new key for a new row (a number freed by a delete may come back)."""
        key = next(self._counter)
        self.rebind(key, row_id)
        return key

    def id_of(self, key: int) -> int:
        try:
            return self._ids[key]
        except KeyError:
            raise NotFoundError("that row no longer exists") from None

    def rebind(self, key: int, row_id: int) -> None:
        self.forget(key)
        stale = self._keys.pop(row_id, None)
        if stale is not None:
            self._ids.pop(stale, None)
        self._ids[key], self._keys[row_id] = row_id, key

    def forget(self, key: int) -> None:
        """The row of ``key`` was deleted (its key lives on for an undo)."""
        old = self._ids.pop(key, None)
        if old is not None:
            self._keys.pop(old, None)

    def remap(self, old_ids: Sequence[int], new_ids: Sequence[int]) -> None:
        """Rows ``old_ids`` are now ``new_ids``, in the same order."""
        keys = [self._keys.get(i) for i in old_ids]
        for key in keys:
            if key is not None:
                self.forget(key)
        for key, new in zip(keys, new_ids, strict=False):
            if key is not None:
                self.rebind(key, new)


def bring_back(
    s: Session, plan_id: int, activity_id: int, snap: dict[str, Any], lines: Keys
) -> None:
    """Undo of an edit that deleted sessions or marks: the activity as it was before,
    under its own number; its budget lines keep their keys."""
    before = [line.id for line in A.lines_of(s, activity_id)]
    A.delete_activity(s, activity_id)
    A.restore(s, plan_id, snap, activity_id=activity_id)
    lines.remap(before, [line.id for line in A.lines_of(s, activity_id)])  # type: ignore[misc]


def attempt(
    ctx: AppContext,
    parent: QWidget,
    text: str,
    do: Work,
    undo: Work,
    changes: Iterable[str],
    refused: Callable[[PlannerError], bool] | None = None,
) -> bool:
    """Do an edit now, on the undo stack. A refusal goes to ``refused`` (which says
    whether it showed it) or to a message box; a bug is logged and shown as one."""
    try:
        ctx.execute(text, do, undo, changes)
    except PlannerError as e:
        if refused is None or not refused(e):
            show_error(parent, e)
        return False
    except Exception as e:
        log.exception("editing %r failed", text)
        show_error(parent, e)
        return False
    return True


def marks_refusal(error: PlannerError) -> bool:
    """set_sessions/remove_session refused because marks would be deleted."""
    from planner.services.activities import MarksWouldBeDropped

    return isinstance(error, MarksWouldBeDropped)


def ask(parent: QWidget, title: str, text: str) -> bool:
    """Yes or No, No by default."""
    answer = QMessageBox.question(
        parent,
        title,
        plain(text),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def button(text: str, slot: Callable[[], Any], tip: str = "") -> QPushButton:
    """A push button that Enter in a field never presses by accident."""
    b = QPushButton(text)
    b.setAutoDefault(False)
    b.setDefault(False)
    if tip:
        b.setToolTip(tip)
    b.clicked.connect(lambda _checked=False: slot())
    return b


def shortcut(widget: QWidget, keys: Sequence[QKeySequence | str], slot: Callable[[], Any]) -> None:
    action = QAction(widget)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def table_view(model: QAbstractTableModel, editable: bool = False) -> QTableView:
    view = QTableView()
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
        return self.save(self.rows[index.row()], index.column(), value)

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


class PickBox(QComboBox):
    """A combo box that tells a choice made in its open list (``picked``) from the
    keyboard stepping through items while it is closed, which only ends with Enter
    or with the focus leaving (``left``): one edit, not one per key."""

    picked = Signal()
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open = False
        self.activated.connect(self._activated)

    def showPopup(self) -> None:
        self._open = True
        super().showPopup()

    def hidePopup(self) -> None:
        super().hidePopup()
        # ``activated`` of a choice in the list comes right after this.
        QTimer.singleShot(0, self._closed)

    def _closed(self) -> None:
        self._open = False

    def _activated(self, _index: int) -> None:
        if self._open:
            self._open = False
            self.picked.emit()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        if not self._open and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.left.emit()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._open:
            self.left.emit()
        super().keyPressEvent(event)


class ComboDelegate(QStyledItemDelegate):
    """A cell edited by choosing from a list; ``choices()`` gives (text, value).
    A choice from the open list is saved at once; from the keyboard, Enter or Tab."""

    def __init__(self, choices: Callable[[], list[tuple[str, Any]]], parent: Any = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        box = PickBox(parent)
        for text, value in self._choices():
            box.addItem(text, value)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.picked.connect(lambda b=box: self._commit(b))
        return box

    def _commit(self, box: QComboBox) -> None:
        self.commitData.emit(box)
        self.closeEditor.emit(box, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

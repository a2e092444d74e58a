"""Tables that move like a spreadsheet: Enter in a cell being edited saves it and
moves to the cell below, ready for the next value. A value the model refused
keeps the cursor on its cell so it can be typed again (a model says so with
``last_refused``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def move_down(view: QTableView) -> bool:
    """Make the cell below the current one current, skipping hidden rows; False
    at the last row."""
    here = view.currentIndex()
    model = view.model()
    if not here.isValid() or model is None:
        return False
    for row in range(here.row() + 1, model.rowCount(here.parent())):
        if not view.isRowHidden(row):
            below = model.index(row, here.column(), here.parent())
            how = QItemSelectionModel.SelectionFlag.ClearAndSelect
            if view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
                how |= QItemSelectionModel.SelectionFlag.Rows
            view.selectionModel().setCurrentIndex(below, how)
            view.scrollTo(below)
            return True
    return False


class SheetView(QTableView):
    """A QTableView where Enter saves the edited cell and moves down.

    The view watches its open editor for Enter (the delegate then commits and
    closes it); once the value is taken, the cell below becomes current. The
    move waits for the event loop, since a page may reload its rows (and put the
    cursor back on the edited row) while the value is saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enter = False

    def edit(  # type: ignore[override]
        self,
        index: QModelIndex,
        trigger: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.AllEditTriggers,
        event: QEvent | None = None,
    ) -> bool:
        opened = super().edit(index, trigger, event)  # type: ignore[arg-type]  # Qt takes none
        if opened:
            self._enter = False
            for child in self.viewport().findChildren(QWidget):
                child.installEventFilter(self)  # after the delegate's: we see keys first
        return opened

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            self._enter = event.key() in _ENTER and plain == Qt.KeyboardModifier.NoModifier
        return super().eventFilter(watched, event)

    def commitData(self, editor: QWidget) -> None:
        enter, self._enter = self._enter, False
        super().commitData(editor)
        if enter and not getattr(self.model(), "last_refused", False):
            QTimer.singleShot(0, self, lambda: move_down(self))


class FirstMatchKeys(QObject):
    """On a search field above a table: Enter or Down goes to the first match
    (``go``), instead of any Enter shortcut of the page."""

    def __init__(self, field: QWidget, go: Callable[[], None]) -> None:
        super().__init__(field)
        self._go = go
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if plain == Qt.KeyboardModifier.NoModifier and event.key() in (
                *_ENTER,
                Qt.Key.Key_Down,
            ):
                event.accept()  # the field takes it: no page shortcut fires
                if kind == QEvent.Type.KeyPress:
                    self._go()
                    return True
        return False

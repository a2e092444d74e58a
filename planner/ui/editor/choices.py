"""Choosing from a list in the editor: a combo box that saves a choice once, not
once per key, and a table cell edited with one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from planner.ui.editor.tables import Index


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

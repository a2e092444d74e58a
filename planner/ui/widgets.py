"""Small widgets shared by pages: a date field that takes typed dates."""

from __future__ import annotations

import datetime
import re
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

_TYPED = re.compile(r"\s*(\d{4})\s*[-/.]?\s*(\d{1,2})\s*[-/.]?\s*(\d{1,2})\s*", re.ASCII)


def parse_typed_date(text: str) -> date | None:
    """``2030-09-02``, ``2030/9/2``, ``2030.9.2`` or ``20300902``; None if not a date."""
    match = _TYPED.fullmatch(text)
    if match is None:
        return None
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _qdate(value: QDate | date) -> QDate:
    """A copy of ``value`` as a QDate."""
    if isinstance(value, QDate):
        return QDate(value)
    return QDate(value.year, value.month, value.day)


class DateField(QWidget):
    """A date typed as text (year first, ISO order) or picked from a calendar.

    QDateEdit would not take a year typed over a selected date ("2030-09-02" over
    "2027-01-01" gave 2027-09-02): a planner typing dates lost the year silently.
    A text that is not a date is put back to the last good one.
    """

    editingFinished = Signal()
    dateChanged = Signal(QDate)

    def __init__(
        self, value: QDate | datetime.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._date = _qdate(value) if value is not None else QDate.currentDate()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setToolTip(self.tr("Type a date as 2030-09-02, or pick one from the calendar"))
        self.edit.editingFinished.connect(self._typed)
        self._calendar = QCalendarWidget()
        self._calendar.setGridVisible(True)
        self._calendar.clicked.connect(self._picked)
        self._calendar.activated.connect(self._picked)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self._calendar)
        self._menu.addAction(holder)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick a date from the calendar (Alt+Down)"))
        self.button.setMenu(self._menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self._show()

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate | datetime.date) -> None:
        new = _qdate(value)
        changed = new != self._date
        self._date = new
        self._show()
        if changed and not self.signalsBlocked():
            self.dateChanged.emit(QDate(new))

    def calendarWidget(self) -> QCalendarWidget:
        return self._calendar

    def text(self) -> str:
        return self.edit.text()

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        if (
            isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.button.showMenu()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def _show(self) -> None:
        self.edit.setText(self._date.toString("yyyy-MM-dd"))
        self._calendar.setSelectedDate(self._date)

    def _typed(self) -> None:
        typed = parse_typed_date(self.edit.text())
        if typed is None:
            self._show()  # not a date: back to the last good one
        else:
            self.setDate(typed)
        self.editingFinished.emit()

    def _picked(self, value: QDate) -> None:
        self._menu.close()
        self.setDate(value)
        self.editingFinished.emit()


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Shift+Z and the platform's own redo keys, each once: a key bound twice
    to one action is ambiguous to X11, and then neither works."""
    keys = [QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    unique: list[QKeySequence] = []
    for key in keys:
        if key not in unique:
            unique.append(key)
    return unique


def banner_label(name: str, style: str) -> QLabel:
    """A line of plain text across the window under the toolbar, hidden until needed."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(style)
    label.hide()
    return label

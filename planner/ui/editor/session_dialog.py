"""One session's day and optional time, asked for in a small dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QTimeEdit,
    QWidget,
)

from planner.errors import PlannerError
from planner.ui.dialogs import error_label
from planner.ui.editor.common import say, to_date, to_time, tr
from planner.ui.widgets import DateField


def day_edit(value: date) -> DateField:
    return DateField(value)


def stamp_of(day: date, at: time | None) -> str:
    """The canonical session text: ``2027-03-01`` or ``2027-03-01T09:00``."""
    return day.isoformat() if at is None else f"{day.isoformat()}T{at:%H:%M}"


class SessionDialog(QDialog):
    """One session's day and optional time; OK saves through ``save`` and stays
    open with the core's message if it is refused."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        day: date,
        at: time | None,
        save: Callable[[str], PlannerError | None],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(320)
        self._save = save
        self.day = day_edit(day)
        self.timed = QCheckBox(tr("At"))
        self.time = QTimeEdit(QTime(at.hour, at.minute) if at else QTime(9, 0))
        self.time.setDisplayFormat("HH:mm")
        self.timed.setChecked(at is not None)
        self.time.setEnabled(at is not None)
        self.timed.toggled.connect(self.time.setEnabled)
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.timed)
        row.addWidget(self.time)
        row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(tr("Day:"), self.day)
        form.addRow(tr("Time:"), row)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def stamp(self) -> str:
        at = to_time(self.time.time()) if self.timed.isChecked() else None
        return stamp_of(to_date(self.day.date()), at)

    def _accept(self) -> None:
        refused = self._save(self.stamp())
        if refused is None:
            self.accept()
        else:
            say(self.error, "\n".join(refused.lines()[:5]))

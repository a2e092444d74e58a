"""The Sessions tab's recurrence, in plain words: every weekday or chosen days of
the week, from a day until another or for a number of weeks, with an optional
time, and a preview of the sessions it gives."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
)

from planner.errors import PlannerError
from planner.services import sessions as recurrence
from planner.ui.dialogs import error_label
from planner.ui.editor.common import button, to_date, to_time, tr
from planner.ui.editor.session_dialog import day_edit


class RecurrenceBox(QGroupBox):
    """The "Generate sessions" box; its button calls ``generate``."""

    def __init__(self, generate: Callable[[], None]) -> None:
        super().__init__(tr("Generate sessions"))
        locale = QLocale()
        self.pattern = QComboBox()
        self.pattern.addItem(tr("Every weekday (Monday to Friday)"), "weekdays")
        self.pattern.addItem(tr("Weekly on chosen days"), "weekly")
        self.days = [
            QCheckBox(locale.dayName(d, QLocale.FormatType.ShortFormat)) for d in range(1, 8)
        ]
        days = QHBoxLayout()
        days.setSpacing(6)
        for day in self.days:
            days.addWidget(day)
        days.addStretch(1)
        self.first = day_edit(date.today())
        self.for_weeks = QRadioButton(tr("Number of weeks:"))
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 260)
        self.until_end = QRadioButton(tr("Until:"))
        self.until = day_edit(date.today())
        self.until_end.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.for_weeks)
        group.addButton(self.until_end)
        span = QGridLayout()
        span.addWidget(self.until_end, 0, 0)
        span.addWidget(self.until, 0, 1)
        span.addWidget(self.for_weeks, 1, 0)
        span.addWidget(self.weeks, 1, 1)
        span.setColumnStretch(2, 1)
        self.timed = QCheckBox(tr("At"))
        self.at = QTimeEdit(QTime(9, 0))
        self.at.setDisplayFormat("HH:mm")
        self.at.setEnabled(False)
        self.timed.toggled.connect(self.at.setEnabled)
        timing = QHBoxLayout()
        timing.addWidget(self.timed)
        timing.addWidget(self.at)
        timing.addStretch(1)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.error = error_label()
        self.generate_button = button(tr("&Generate (replaces the list)"), generate)
        form = QFormLayout()
        form.addRow(tr("Pattern:"), self.pattern)
        form.addRow(tr("On:"), days)
        form.addRow(tr("Starting:"), self.first)
        form.addRow(tr("Ending:"), span)
        form.addRow(tr("Time:"), timing)
        form.addRow(self.preview)
        form.addRow(self.error)
        form.addRow(self.generate_button)
        self.setLayout(form)
        for signal in (
            self.pattern.currentIndexChanged,
            self.first.dateChanged,
            self.weeks.valueChanged,
            self.until.dateChanged,
            self.for_weeks.toggled,
            self.timed.toggled,
            self.at.timeChanged,
        ):
            signal.connect(lambda *_a: self.update_preview())
        for day in self.days:
            day.toggled.connect(lambda *_a: self.update_preview())

    def stamps(self) -> list[str]:
        """The sessions the recurrence gives (PlannerError if it gives none)."""
        weekly = self.pattern.currentData() == "weekly"
        for b in self.days:
            b.setEnabled(weekly)
        days = [i for i, b in enumerate(self.days) if b.isChecked()] if weekly else [0, 1, 2, 3, 4]
        self.weeks.setEnabled(self.for_weeks.isChecked())
        self.until.setEnabled(self.until_end.isChecked())
        at = to_time(self.at.time()) if self.timed.isChecked() else None
        first = to_date(self.first.date())
        if self.for_weeks.isChecked():
            return recurrence.weekly(first, days, weeks=self.weeks.value(), at=at)
        return recurrence.weekly(first, days, until=to_date(self.until.date()), at=at)

    def update_preview(self) -> None:
        try:
            stamps = self.stamps()
        except PlannerError as e:
            self.preview.setText(e.message)
            return
        if not stamps:
            self.preview.setText(tr("No sessions fall on those days."))
            return
        self.preview.setText(
            tr("Sessions: %1, from %2 to %3.", len(stamps), stamps[0][:10], stamps[-1][:10])
        )

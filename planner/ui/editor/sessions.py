"""The Sessions tab: generate them from a recurrence in plain words, then edit
them one by one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from planner.errors import PlannerError
from planner.services import activities as A
from planner.services import sessions as recurrence
from planner.ui.context import ATTENDANCE, SESSIONS, AppContext
from planner.ui.dialogs import error_label, show_error
from planner.ui.editor.common import (
    Host,
    Keys,
    ask,
    attempt,
    bring_back,
    button,
    marks_refusal,
    say,
    shortcut,
    size_columns,
    table_view,
    tr,
)
from planner.ui.editor.data import SessionRow, session_id, session_rows
from planner.ui.models.rows import Column, RowTableModel, make_row
from planner.ui.widgets import DateField

log = logging.getLogger(__name__)
CHANGES = {SESSIONS}
DROPPING = {SESSIONS, ATTENDANCE}


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
        at = self.time.time().toPython() if self.timed.isChecked() else None
        return stamp_of(self.day.date().toPython(), at)

    def _accept(self) -> None:
        refused = self._save(self.stamp())
        if refused is None:
            self.accept()
        else:
            say(self.error, "\n".join(refused.lines()[:5]))


class SessionsTab(QWidget):
    def __init__(self, ctx: AppContext, host: Host) -> None:
        super().__init__()
        self.ctx, self.host = ctx, host
        self.rows: list[SessionRow] = []
        self._dates: tuple[date, date] | None = None
        locale = QLocale()

        # -- generate, in plain words
        self.pattern = QComboBox()
        self.pattern.addItem(tr("Every weekday (Monday to Friday)"), "weekdays")
        self.pattern.addItem(tr("Weekly on chosen days"), "weekly")
        self.days = [
            QCheckBox(locale.dayName(d, QLocale.FormatType.ShortFormat)) for d in range(1, 8)
        ]
        days = QHBoxLayout()
        days.setSpacing(6)
        for box in self.days:
            days.addWidget(box)
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
        self.generate_error = error_label()
        self.generate_button = button(tr("&Generate (replaces the list)"), self.generate)
        form = QFormLayout()
        form.addRow(tr("Pattern:"), self.pattern)
        form.addRow(tr("On:"), days)
        form.addRow(tr("Starting:"), self.first)
        form.addRow(tr("Ending:"), span)
        form.addRow(tr("Time:"), timing)
        form.addRow(self.preview)
        form.addRow(self.generate_error)
        form.addRow(self.generate_button)
        box = QGroupBox(tr("Generate sessions"))
        box.setLayout(form)
        left = QVBoxLayout()
        left.addWidget(box)
        left.addStretch(1)
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
        for b in self.days:
            b.toggled.connect(lambda *_a: self.update_preview())

        # -- the list
        self.model = RowTableModel(
            [
                Column(tr("Day")),
                Column(tr("Weekday")),
                Column(tr("Time")),
                Column(tr("Marks"), True),
            ],
            self,
        )
        self.view = table_view(self.model)
        size_columns(self.view, (11, 12, 6, 6))
        self.view.doubleClicked.connect(lambda _i: self.change())
        shortcut(self.view, [QKeySequence.StandardKey.Delete, "Backspace"], self.remove)
        shortcut(self.view, ["Return", "Enter", "F2"], self.change)
        shortcut(self.view, ["Insert", "Ctrl+N"], self.add)
        self.count = QLabel()
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(button(tr("&Add…"), self.add, tr("Add a session (Insert)")))
        buttons.addWidget(
            button(tr("C&hange…"), self.change, tr("Change the selected session (F2)"))
        )
        buttons.addWidget(
            button(tr("Re&move…"), self.remove, tr("Remove the selected sessions (Delete)"))
        )
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        right = QVBoxLayout()
        right.addWidget(self.view, 1)
        right.addWidget(self.error)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addLayout(right, 1)
        self.update_preview()

    @property
    def aid(self) -> int:
        aid = self.host.activity_id
        assert aid is not None
        return aid

    @property
    def lines(self) -> Keys:
        return self.host.lines

    # ------------------------------------------------------------ reading
    def refresh(self, start: date, end: date) -> None:
        if self._dates != (start, end):  # new activity dates: generate within them
            self._dates = (start, end)
            for edit, value in ((self.first, start), (self.until, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(value))
                edit.blockSignals(False)
            self.update_preview()
        selected = {r.starts for r in self.selected()}
        aid = self.aid
        self.rows = self.ctx.read(lambda s: session_rows(s, aid))
        locale = QLocale()
        self.model.set_rows(
            [
                make_row(
                    i,
                    [
                        r.starts[:10],
                        locale.dayName(r.day.isoweekday(), QLocale.FormatType.LongFormat),
                        r.time,
                        str(r.marks) if r.marks else "",
                    ],
                    [r.starts, r.starts, r.starts, r.marks],
                )
                for i, r in enumerate(self.rows)
            ]
        )
        self.count.setText(tr("Sessions: %1", len(self.rows)))
        selection = self.view.selectionModel()
        for i, r in enumerate(self.rows):
            if r.starts in selected:
                index = self.model.index(i, 0)
                selection.select(
                    index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                )
                self.view.setCurrentIndex(index)

    def selected(self) -> list[SessionRow]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [self.rows[self.model.row_at(r).id] for r in rows if r < self.model.rowCount()]

    # ------------------------------------------------------------ generating
    def stamps(self) -> list[str]:
        """The sessions the recurrence gives (PlannerError if it gives none)."""
        weekly = self.pattern.currentData() == "weekly"
        for b in self.days:
            b.setEnabled(weekly)
        days = [i for i, b in enumerate(self.days) if b.isChecked()] if weekly else [0, 1, 2, 3, 4]
        self.weeks.setEnabled(self.for_weeks.isChecked())
        self.until.setEnabled(self.until_end.isChecked())
        at = self.at.time().toPython() if self.timed.isChecked() else None
        first = self.first.date().toPython()
        if self.for_weeks.isChecked():
            return recurrence.weekly(first, days, weeks=self.weeks.value(), at=at)
        return recurrence.weekly(first, days, until=self.until.date().toPython(), at=at)

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

    def generate(self) -> None:
        say(self.generate_error, "")
        try:
            stamps = self.stamps()
        except PlannerError as e:
            say(self.generate_error, e.message)
            return
        aid = self.aid
        old = [r.starts for r in self.rows]
        if stamps == old:
            say(self.generate_error, tr("The list already holds exactly those sessions."))
            return
        text = tr("Generate sessions (%1)", len(stamps))

        def do(s: Session) -> None:
            A.set_sessions(s, aid, stamps)

        def undo(s: Session) -> None:
            A.set_sessions(s, aid, old)

        def refused(e: PlannerError) -> bool:
            if marks_refusal(e):
                if ask(self, tr("Delete attendance?"), e.message + "\n\n" + tr("Delete them?")):
                    self._dropping(text, lambda s: A.set_sessions(s, aid, stamps, drop_marks=True))
                return True
            say(self.generate_error, "\n".join(e.lines()[:5]))
            return True

        attempt(self.ctx, self, text, do, undo, CHANGES, refused)

    def _dropping(self, text: str, do: Callable[[Session], object]) -> bool:
        """An edit that deletes marks; its undo brings the activity back as it was."""
        aid, lines, plan_id = self.aid, self.lines, self.ctx.plan_id
        assert plan_id is not None
        snap = self.ctx.read(lambda s: A.snapshot(s, aid))
        return attempt(
            self.ctx, self, text, do, lambda s: bring_back(s, plan_id, aid, snap, lines), DROPPING
        )

    # ------------------------------------------------------------ one by one
    def _dialog(self, title: str, day: date, at: time | None, save: Callable[[str], None]) -> None:
        def run(stamp: str) -> PlannerError | None:
            try:
                save(stamp)
            except PlannerError as e:
                return e
            except Exception as e:
                log.exception("saving a session failed")
                show_error(self, e)
            return None

        SessionDialog(self, title, day, at, run).exec()

    def add(self) -> None:
        aid = self.aid
        last = self.rows[-1].day if self.rows else (self._dates or (date.today(),))[0]

        def save(stamp: str) -> None:
            self._execute(
                tr("Add the session on %1", stamp),
                lambda s: A.add_session(s, aid, stamp),
                lambda s: A.remove_session(s, session_id(s, aid, stamp)),
            )

        self._dialog(tr("Add a session"), last, None, save)

    def change(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        aid, old = self.aid, chosen[0].starts
        at = time.fromisoformat(old[11:]) if len(old) > 10 else None

        def save(new: str) -> None:
            if new == old:
                return
            self._execute(
                tr("Move the session on %1 to %2", old, new),
                lambda s: A.move_session(s, session_id(s, aid, old), new),
                lambda s: A.move_session(s, session_id(s, aid, new), old),
            )

        self._dialog(tr("Change the session"), chosen[0].day, at, save)

    def _execute(
        self, text: str, do: Callable[[Session], object], undo: Callable[[Session], object]
    ) -> None:
        """Raises PlannerError (shown in the session dialog) if refused."""
        self.ctx.execute(text, do, undo, CHANGES)

    def remove(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        aid = self.aid
        stamps = [r.starts for r in chosen]
        marks = sum(r.marks for r in chosen)
        if len(chosen) == 1:
            question = tr("Delete the session on %1?", stamps[0])
        else:
            question = tr("Delete the %1 selected sessions?", len(chosen))
        if marks:
            question += " " + tr("Attendance marks deleted with them: %1.", marks)
        if not ask(self, tr("Delete sessions"), question):
            return
        text = (
            tr("Delete the session on %1", stamps[0])
            if len(stamps) == 1
            else tr("Delete sessions (%1)", len(stamps))
        )

        def do(s: Session) -> None:
            for stamp in stamps:
                A.remove_session(s, session_id(s, aid, stamp), drop_marks=bool(marks))

        if marks:
            self._dropping(text, do)
            return

        def undo(s: Session) -> None:
            for stamp in stamps:
                A.add_session(s, aid, stamp)

        def refused(e: PlannerError) -> bool:
            say(self.error, e.message)
            return True

        attempt(self.ctx, self, text, do, undo, CHANGES, refused)

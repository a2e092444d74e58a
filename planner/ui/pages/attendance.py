"""Attendance of one activity: the grid (keyboard marking), the check-in desk
(codes typed or scanned) and the scores table. Every change is one undoable
command that writes through planner.services.attendance / people.

The grid's views and the page's tabs are in planner.ui.pages.attendance_views, the
desk in planner.ui.pages.attendance_desk, the item models in planner.ui.models.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner import display
from planner.errors import PlannerError, ValidationError
from planner.money import DecimalSyntaxError
from planner.services import attendance as AT
from planner.services.attendance_view import EnrolmentScores, set_score
from planner.services.workspace import Transaction
from planner.ui.context import (
    ACTIVITIES,
    ATTENDANCE,
    PEOPLE,
    PLAN,
    REFERENCE,
    SESSIONS,
    AppContext,
)
from planner.ui.dialogs import show_error
from planner.ui.models.attendance_grid import AttendanceGridModel, ScoresModel, full_name
from planner.ui.pages import Page
from planner.ui.pages.attendance_chooser import ActivityBox
from planner.ui.pages.attendance_desk import TONES, CheckInDesk
from planner.ui.pages.attendance_views import (
    CYCLE,
    KEYS,
    ROW_HEIGHT,
    SESSION_WIDTH,
    FrozenGrid,
    GridView,
    ask_only_empty,
    grid_tab,
    scores_tab,
)
from planner.ui.roles import refusal, restrict
from planner.ui.texts import mark_text

__all__ = [
    "CYCLE",
    "KEYS",
    "ROW_HEIGHT",
    "SESSION_WIDTH",
    "TONES",
    "AttendancePage",
    "CheckInDesk",
    "FrozenGrid",
    "GridView",
]


class AttendancePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.grid_model = AttendanceGridModel(self)
        self.grid_model.names = ctx.names
        self.scores_model = ScoresModel(self)
        self.scores_model.editor = self.save_score
        self._quiet = False
        self._remembered: int | None = None

        self.activity = ActivityBox()
        self.search: QLineEdit = self.activity.search
        self.activity.currentIndexChanged.connect(self._activity_chosen)
        self.activity.refused.connect(self._refused_activity)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet("color: #b00020;")
        self.notice.hide()
        self.about = QLabel()
        self.about.setTextFormat(Qt.TextFormat.PlainText)

        self.frozen = FrozenGrid(self.grid_model)
        self.grid = self.frozen.view
        self.grid.markRequested.connect(self.mark_selection)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self.show_position())
        self.grid_tab, self.whole, self.position = grid_tab(self, self.frozen)
        self.desk = CheckInDesk(self)
        self.scores_tab, self.scores, self.scores_message = scores_tab(self)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.grid_tab, self.tr("&Grid"))
        self.tabs.addTab(self.desk, self.tr("Check-in &desk"))
        self.tabs.addTab(self.scores_tab, self.tr("&Scores and ratings"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.empty = QLabel(
            self.tr("No activity of this plan has enrolments yet: enrol participants first.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Activity:")))
        head.addWidget(self.activity, 1)
        head.addWidget(self.about)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty, 1)
        self.setFocusProxy(self.grid)
        # a role that may not mark sees the grid, with the reason on what is greyed
        self.refused = refusal(ctx.permissions, "attendance")
        self._apply_roles()

    def _apply_roles(self) -> None:
        restrict(self.refused, self.whole, self.desk.code)
        if self.refused:
            self.grid.setToolTip(self.refused)
            self.scores.setToolTip(self.refused)
            self.scores.setEditTriggers(self.scores.EditTrigger.NoEditTriggers)

    def _say_refused(self) -> bool:
        if self.refused:
            self.notice.setText(self.refused)
            self.notice.show()
        return bool(self.refused)

    def title(self) -> str:
        return self.tr("Attendance")

    def watches(self) -> frozenset[str]:
        return frozenset({PLAN, REFERENCE, ACTIVITIES, SESSIONS, PEOPLE, ATTENDANCE})

    # ------------------------------------------------------------ data
    @contextmanager
    def _own_change(self) -> Iterator[None]:
        """Our own edit: the models are updated in place, no reload."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def _on_changed(self, changes: frozenset[str]) -> None:
        if not self._quiet:
            super()._on_changed(changes)

    def current_activity(self) -> int | None:
        return self.activity.activity_id()

    def report_activity(self) -> int | None:
        """The activity a report starts on (planner.ui.window_actions)."""
        return self.current_activity()

    def refresh(self) -> None:
        plan_id = self.ctx.plan_id
        assert plan_id is not None
        choices = self.ctx.read(lambda s: AT.activities_with_enrolments(s, plan_id))
        keep = self.current_activity() or self._remembered
        index = self.activity.set_choices(choices, keep)
        if index < 0:
            today = AT.running_on(choices, date.today())
            index = self.activity.findData(today.id) if today else 0
        with QSignalBlocker(self.activity):
            self.activity.setCurrentIndex(index)
        self.activity.show_current()
        self.tabs.setVisible(bool(choices))
        self.empty.setVisible(not choices)
        self.load(self.current_activity(), same_activity=self.grid_model.grid is not None)

    def _activity_chosen(self, _index: int) -> None:
        self.notice.hide()
        self.load(self.current_activity(), same_activity=False)
        self.grid.setFocus()

    def _refused_activity(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.show()
        QApplication.beep()

    def show_activity(self, activity_id: int) -> None:
        """Open one activity's grid (the chooser follows)."""
        index = self.activity.findData(activity_id)
        if index < 0:
            raise PlannerError(f"activity number {activity_id} has no enrolments")
        self.activity.setCurrentIndex(index)

    def load(self, activity_id: int | None, *, same_activity: bool) -> None:
        if activity_id is None:
            for m in (self.grid_model, self.scores_model):
                m.set_grid(None)
            self.desk.set_grid(None)
            self.about.clear()
            return
        self._remembered = activity_id
        g = self.ctx.read(lambda s: AT.grid(s, activity_id))
        if same_activity and self.grid_model.same_shape(g):
            self.grid_model.update_grid(g)
            self.scores_model.update_grid(g)
        else:
            self.grid_model.set_grid(g)
            self.scores_model.set_grid(g)
            self.desk.set_grid(g)
            if g.sessions and g.people:
                self.grid.setCurrentIndex(self.grid_model.index(0, self.grid_model.FIXED))
        self.desk.update_counter()
        self.about.setText(
            self.tr("{0} to {1} · {2} sessions · {3} enrolled · completion at {4}").format(
                g.start.isoformat(),
                g.end.isoformat(),
                len(g.sessions),
                len(g.people),
                display.percent(g.threshold),
            )
        )
        self.whole.setEnabled(bool(g.sessions and g.people))
        self._apply_roles()
        self.show_position()

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        focus = (
            self.desk.code
            if widget is self.desk
            else self.scores
            if widget is self.scores_tab
            else self.grid
        )
        self.setFocusProxy(focus)
        focus.setFocus()

    def show_position(self) -> None:
        s = self.grid_model.session_at(self.grid.currentIndex().column())
        if s is None or self.grid_model.grid is None:
            self.position.clear()
            return
        number = self.grid_model.sessions.index(s) + 1
        self.position.setText(
            self.tr("Session {0} ({1}): {2} of {3} present or late").format(
                number,
                s.starts.replace("T", " "),
                self.grid_model.attending(s.id),
                self.grid_model.rowCount(),
            )
        )

    # ------------------------------------------------------------ marking
    def write_marks(self, text: str, changes: list[tuple[int, int, str | None]]) -> bool:
        """One undoable command: set these cells, then show them; False if refused."""
        by = self.ctx.user

        def do(s: Transaction) -> AT.Changed:
            return AT.apply_marks(s, changes, by=by)

        return self.run_command(text, do, {ATTENDANCE}) is not None

    def run_command(
        self,
        text: str,
        do: Callable[[Transaction], Any],
        changes: set[str],
    ) -> Any:
        if self._say_refused():
            return None
        try:
            with self._own_change():
                result = self.ctx.execute(text, do, changes)
        except Exception as e:
            show_error(self, e)
            self.load(self.current_activity(), same_activity=True)
            return None
        if isinstance(result, AT.Changed):
            self.grid_model.apply(result.after)
        self.desk.update_counter()
        self.show_position()
        return result

    def mark_selection(self, action: str | None) -> None:
        """A key on the grid: the selected cells (or the current one) get ``action``:
        a status, None to clear, or CYCLE for the next status of each cell."""
        m = self.grid_model
        cells = {(i.row(), i.column()) for i in self.grid.selectionModel().selectedIndexes()}
        current = self.grid.currentIndex()
        if current.isValid():
            cells.add((current.row(), current.column()))
        changes: list[tuple[int, int, str | None]] = []
        for row, col in sorted(cells):
            s = m.session_at(col)
            if s is None:
                continue
            old = m.status_at(row, col)
            new = AT.next_in_cycle(old) if action == CYCLE else action
            if new != old:
                changes.append((m.person_at(row).enrolment_id, s.id, new))
        moves = action not in (CYCLE, None) and len(cells) == 1  # a spreadsheet's Enter
        if not changes:
            if moves:
                self.grid.next_person()
            return
        if len(changes) == 1:
            eid, sid, new = changes[0]
            one = m.row_of(eid)
            assert one is not None
            text = self.tr("Mark {0}: {1} on {2}").format(
                m.person_at(one).name,
                mark_text(new) if new else self.tr("no mark"),
                next(x.starts for x in m.sessions if x.id == sid).replace("T", " "),
            )
        else:
            text = self.tr("Mark %n cell(s)", "", len(changes))
        if self.write_marks(text, changes) and moves:
            self.grid.next_person()

    def mark_session_present(self, only_empty: bool | None = None) -> None:
        """Everyone of the current column's session present: the empty cells, or
        (asked when some cells hold another mark) every cell. One command."""
        g, m = self.grid_model.grid, self.grid_model
        s = m.session_at(self.grid.currentIndex().column())
        if s is None and m.sessions:
            s = m.sessions[0]
        if g is None or s is None:
            return
        statuses = [g.status_of(p.enrolment_id, s.id) for p in g.people]
        empty = statuses.count(None)
        other = sum(1 for st in statuses if st not in (None, AT.PRESENT))
        if only_empty is None:
            only_empty = True
            if other:
                only_empty = self.ask_only_empty(empty, other)
                if only_empty is None:
                    return
        if (empty if only_empty else empty + other) == 0:
            QMessageBox.information(
                self, self.tr("Attendance"), self.tr("Nobody is left to mark in this session.")
            )
            return
        aid, sid, by = g.activity_id, s.id, self.ctx.user

        def do(session: Transaction) -> AT.Changed:
            return AT.mark_session(session, aid, sid, only_empty=only_empty, by=by)

        self.run_command(
            self.tr("Mark everyone present on {0}").format(s.starts.replace("T", " ")),
            do,
            {ATTENDANCE},
        )

    def ask_only_empty(self, empty: int, other: int) -> bool | None:
        """True: only the empty cells; False: every cell; None: cancel."""
        return ask_only_empty(self, empty, other)

    # ------------------------------------------------------------ scores
    def save_score(self, person: AT.GridPerson, field: str, text: str) -> bool:
        """Save one score or rating (empty: none), undoably; a refused value shows
        the core's message and the cell keeps its old value."""
        self.scores_message.clear()
        if self._say_refused():
            return False
        title = self.scores_model.titles()[self.scores_model.column_of(field)]
        try:
            value = display.parse_amount(text) if text else None
        except DecimalSyntaxError as e:
            return self._refused(person, title, str(e))
        eid = person.enrolment_id

        def do(s: Transaction) -> EnrolmentScores:
            return set_score(s, eid, field, value)

        try:
            with self._own_change():
                saved: EnrolmentScores = self.ctx.execute(
                    self.tr("{0} of {1}").format(title, person.name), do, {PEOPLE}
                )
        except ValidationError as e:
            return self._refused(person, title, "; ".join(e.for_field(field) or e.lines()))
        except Exception as e:
            show_error(self, e)
            return False
        shown: dict[str, Any] = {field: saved.value(field)}
        self.scores_model.replace(replace(person, **shown))
        return True

    def _refused(self, person: AT.GridPerson, title: str, message: str) -> bool:
        self.scores_message.setText(
            self.tr("Not saved — {0}, {1}: {2}").format(full_name(person), title, message)
        )
        QApplication.beep()
        return False

    # ------------------------------------------------------------ settings
    def save_state(self, settings: QSettings) -> None:
        if self._remembered is not None:
            settings.setValue("attendance/activity", self._remembered)

    def restore_state(self, settings: QSettings) -> None:
        value = settings.value("attendance/activity")
        if value is not None:
            try:
                self._remembered = int(str(value))
            except ValueError:
                self._remembered = None

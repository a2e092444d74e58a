"""Attendance of one activity: the grid (keyboard marking), the check-in desk
(codes typed or scanned) and the scores table. Every change is one undoable
command that writes through planner.services.attendance / people."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from planner import display
from planner.errors import PlannerError, ValidationError
from planner.money import DecimalSyntaxError
from planner.services import attendance as AT
from planner.services import people
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
from planner.ui.models.attendance_grid import (
    AttendanceGridModel,
    ScoresModel,
    full_name,
    session_label,
    stamp_text,
)
from planner.ui.pages import Page
from planner.ui.texts import mark_text, status_text

CYCLE = "cycle"  # what Space asks for; None clears, a status sets
ROW_HEIGHT = 28
SESSION_WIDTH = 58  # room for Myanmar and Thai marks above and below the line
KEYS = {
    Qt.Key.Key_P: AT.PRESENT,
    Qt.Key.Key_L: AT.LATE,
    Qt.Key.Key_E: AT.EXCUSED,
    Qt.Key.Key_A: AT.ABSENT,
    Qt.Key.Key_Space: CYCLE,
    Qt.Key.Key_Delete: None,
    Qt.Key.Key_Backspace: None,
}
_KEY_CODES = {k.value: action for k, action in KEYS.items()}


class GridView(QTableView):
    """The sessions part of the grid: P, L, E, A set a mark, Space cycles, Delete
    and Backspace clear; everything else (arrows, Tab, Home/End) moves as usual."""

    markRequested = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        key = event.key()
        if mods == Qt.KeyboardModifier.NoModifier and key in _KEY_CODES:
            self.markRequested.emit(_KEY_CODES[key])
            event.accept()
            return
        super().keyPressEvent(event)


def _side_view(model: AttendanceGridModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def _table_basics(view: QTableView) -> None:
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    v = view.verticalHeader()
    v.setVisible(False)
    v.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    v.setDefaultSectionSize(ROW_HEIGHT)


class FrozenGrid(QWidget):
    """One model in three views side by side: participants on the left and their
    figures on the right stay put while the sessions scroll between them."""

    def __init__(self, model: AttendanceGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.left, self.right = _side_view(model), _side_view(model)
        self.view = GridView()
        self.view.setModel(model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.right.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for v in (self.left, self.view, self.right):
            _table_basics(v)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.left)
        layout.addWidget(self.view, 100)
        layout.addWidget(self.right)
        layout.addStretch(1)  # when every session fits, the figures follow the last one
        bars = [v.verticalScrollBar() for v in (self.left, self.view, self.right)]
        for bar in bars:
            for other in bars:
                if other is not bar:
                    bar.valueChanged.connect(other.setValue)
        self.view.horizontalScrollBar().rangeChanged.connect(self._match_scrollbars)
        self.view.selectionModel().currentChanged.connect(self._follow)
        for side in (self.left, self.right):
            side.clicked.connect(self._clicked_aside)
        model.modelReset.connect(self.lay_out)

    def lay_out(self) -> None:
        m = self.model
        n = m.columnCount()
        trailing = set(m.trailing_columns())
        for c in range(n):
            self.left.setColumnHidden(c, c >= m.FIXED)
            self.view.setColumnHidden(c, c < m.FIXED or c in trailing)
            self.right.setColumnHidden(c, c not in trailing)
        widths = {m.REF: 64, m.NAME: 250, m.ADMIN: 52}
        for c, w in widths.items():
            self.left.setColumnWidth(c, w)
        for c, w in zip(sorted(trailing), (70, 62, 84), strict=False):
            self.right.setColumnWidth(c, w)
        for c in range(m.FIXED, n - m.TRAILING):
            self.view.setColumnWidth(c, SESSION_WIDTH)
        frame = 2 * self.left.frameWidth()
        self.view.setMaximumWidth(max(1, n - m.FIXED - m.TRAILING) * SESSION_WIDTH + frame)
        self.left.setFixedWidth(sum(widths.values()) + frame)
        bar = self.right.verticalScrollBar().sizeHint().width()
        self.right.setFixedWidth(70 + 62 + 84 + frame + bar)
        height = max(v.horizontalHeader().sizeHint().height() for v in self.views())
        for v in self.views():
            v.horizontalHeader().setFixedHeight(height)

    def views(self) -> tuple[QTableView, QTableView, QTableView]:
        return self.left, self.view, self.right

    def _match_scrollbars(self, _low: int, high: int) -> None:
        # Side views carry an (empty) horizontal bar whenever the middle one shows
        # its own, so that all three viewports are as tall and rows line up.
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn
            if high > 0
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        for side in (self.left, self.right):
            side.setHorizontalScrollBarPolicy(policy)

    def _follow(self, current: QModelIndex, _previous: QModelIndex) -> None:
        for side in (self.left, self.right):
            if current.isValid():
                side.selectRow(current.row())
            else:
                side.clearSelection()

    def _clicked_aside(self, index: QModelIndex) -> None:
        col = self.view.currentIndex().column()
        if col < self.model.FIXED or self.model.session_at(col) is None:
            col = self.model.first_session_column()
        if self.model.session_at(col) is not None:
            self.view.setCurrentIndex(self.model.index(index.row(), col))
        self.view.setFocus()


class AttendancePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.grid_model = AttendanceGridModel(self)
        self.scores_model = ScoresModel(self)
        self.scores_model.editor = self.save_score
        self._quiet = False
        self._remembered: int | None = None

        self.activity = QComboBox()
        self.activity.setEditable(True)
        self.activity.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.activity.setMinimumContentsLength(40)
        completer, search = self.activity.completer(), self.activity.lineEdit()
        assert completer is not None and search is not None
        self.search: QLineEdit = search
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.search.setPlaceholderText(self.tr("Search an activity by code or title…"))
        self.activity.currentIndexChanged.connect(self._activity_chosen)
        # show a long title from its start (code first), not scrolled to its end
        self.search.editingFinished.connect(lambda: self.search.setCursorPosition(0))
        self.about = QLabel()
        self.about.setTextFormat(Qt.TextFormat.PlainText)

        # -- grid tab
        self.frozen = FrozenGrid(self.grid_model)
        self.grid = self.frozen.view
        self.grid.markRequested.connect(self.mark_selection)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self.show_position())
        self.whole = QPushButton(self.tr("Mark whole session &present"))
        self.whole.setToolTip(self.tr("Ctrl+Shift+P: the session of the current column"))
        self.whole.clicked.connect(lambda: self.mark_session_present())
        legend = QLabel(
            self.tr(
                "P present · L late · E excused · A absent · Space cycles · "
                "Delete clears · arrows and Tab move"
            )
        )
        legend.setWordWrap(True)
        self.position = QLabel()
        grid_tab = QWidget()
        top = QHBoxLayout()
        top.addWidget(legend, 1)
        top.addWidget(self.whole)
        box = QVBoxLayout(grid_tab)
        box.addLayout(top)
        box.addWidget(self.frozen, 1)
        box.addWidget(self.position)

        self.desk = CheckInDesk(self)
        self.scores_tab = self._scores_tab()

        self.tabs = QTabWidget()
        self.tabs.addTab(grid_tab, self.tr("&Grid"))
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
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty, 1)
        self.setFocusProxy(self.grid)
        whole = QAction(grid_tab)  # on the grid tab only, not at the desk
        whole.setShortcut(QKeySequence("Ctrl+Shift+P"))
        whole.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        whole.triggered.connect(lambda: self.mark_session_present())
        grid_tab.addAction(whole)

    def _scores_tab(self) -> QWidget:
        self.scores = QTableView()
        self.scores.setModel(self.scores_model)
        _table_basics(self.scores)
        self.scores.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.scores.activated.connect(self.scores.edit)  # Enter starts editing
        self.scores.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for c, w in enumerate((64, 300, 52, 130, 130, 110)):
            self.scores.setColumnWidth(c, w)
        self.scores_message = QLabel()
        self.scores_message.setWordWrap(True)
        self.scores_message.setStyleSheet("color: #b00020;")
        self.scores_message.setTextFormat(Qt.TextFormat.PlainText)
        tab = QWidget()
        box = QVBoxLayout(tab)
        hint = QLabel(
            self.tr(
                "Type a score, or press Enter or F2 to change one; an empty cell has no "
                "score. Ctrl+Z undoes."
            )
        )
        hint.setWordWrap(True)
        box.addWidget(hint)
        box.addWidget(self.scores, 1)
        box.addWidget(self.scores_message)
        return tab

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
        data = self.activity.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        plan_id = self.ctx.plan_id
        assert plan_id is not None
        choices = self.ctx.read(lambda s: AT.activities_with_enrolments(s, plan_id))
        keep = self.current_activity() or self._remembered
        with QSignalBlocker(self.activity):
            self.activity.clear()
            for c in choices:
                self.activity.addItem(
                    f"{c.code} — {c.title} ({status_text(c.status)}, {c.start.isoformat()})", c.id
                )
            index = self.activity.findData(keep) if keep is not None else -1
            if index < 0:
                today = AT.running_on(choices, date.today())
                index = self.activity.findData(today.id) if today else 0
            self.activity.setCurrentIndex(index)
            self.search.setCursorPosition(0)
        self.tabs.setVisible(bool(choices))
        self.empty.setVisible(not choices)
        self.load(self.current_activity(), same_activity=self.grid_model.grid is not None)

    def _activity_chosen(self, _index: int) -> None:
        self.search.setCursorPosition(0)
        self.load(self.current_activity(), same_activity=False)
        self.grid.setFocus()

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
    def write_marks(self, text: str, changes: list[tuple[int, int, str | None]]) -> None:
        """One undoable command: set these cells, then show them."""
        holder: list[AT.Changed] = []

        def do(s: Session) -> AT.Changed:
            holder[:] = [AT.apply_marks(s, changes)]
            return holder[0]

        def undo(s: Session) -> None:
            AT.restore_marks(s, holder[0].before)

        self.run_command(text, do, undo, {ATTENDANCE})

    def run_command(self, text: str, do: Callable[[Session], Any], undo: Callable[[Session], Any],
             changes: set[str]) -> Any:  # fmt: skip
        try:
            with self._own_change():
                result = self.ctx.execute(text, do, undo, changes)
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
        if not changes:
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
            text = self.tr("Mark {0} cells").format(len(changes))
        self.write_marks(text, changes)

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
        aid, sid = g.activity_id, s.id
        holder: list[AT.Changed] = []

        def do(session: Session) -> AT.Changed:
            holder[:] = [AT.mark_session(session, aid, sid, only_empty=only_empty)]
            return holder[0]

        def undo(session: Session) -> None:
            AT.restore_marks(session, holder[0].before)

        self.run_command(
            self.tr("Mark everyone present on {0}").format(s.starts.replace("T", " ")),
            do,
            undo,
            {ATTENDANCE},
        )

    def ask_only_empty(self, empty: int, other: int) -> bool | None:
        """True: only the empty cells; False: every cell; None: cancel."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Mark whole session present"),
            self.tr(
                "{0} participants have no mark yet and {1} are marked late, excused or "
                "absent. Mark only the empty cells present, or every cell?"
            ).format(empty, other),
            parent=self,
        )
        only = None
        if empty:
            only = box.addButton(
                self.tr("Only the {0} empty cells").format(empty), QMessageBox.ButtonRole.AcceptRole
            )
        every = box.addButton(
            self.tr("Every cell ({0})").format(empty + other),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(only or every)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is only and only else False if clicked is every else None

    # ------------------------------------------------------------ scores
    def save_score(self, person: AT.GridPerson, field: str, text: str) -> bool:
        """Save one score or rating (empty: none) with undo; a refused value shows
        the core's message and the cell keeps its old value."""
        self.scores_message.clear()
        title = self.scores_model.titles()[self.scores_model.column_of(field)]
        try:
            value = display.parse_amount(text) if text else None
        except DecimalSyntaxError as e:
            return self._refused(person, title, str(e))
        eid, old = person.enrolment_id, getattr(person, field)

        def do(s: Session) -> Any:
            return people.update_enrolment(s, eid, **{field: value})

        def undo(s: Session) -> Any:
            return people.update_enrolment(s, eid, **{field: old})

        try:
            with self._own_change():
                row = self.ctx.execute(
                    self.tr("{0} of {1}").format(title, person.name), do, undo, {PEOPLE}
                )
        except ValidationError as e:
            return self._refused(person, title, "; ".join(e.for_field(field) or e.lines()))
        except Exception as e:
            show_error(self, e)
            return False
        self.scores_model.replace(replace(person, **{field: getattr(row, field)}))
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


class CheckInDesk(QWidget):
    """A code typed or scanned (a scanner types it, then Enter) marks that person
    present at the chosen session, or says plainly why not."""

    LOG_LENGTH = 50

    def __init__(self, page: AttendancePage) -> None:
        super().__init__(page)
        self.page = page
        self.tone = "info"
        self.session = QComboBox()
        self.session.currentIndexChanged.connect(lambda _i: self.update_counter())
        self.counter = QLabel()
        big = QFont(self.font())
        big.setPointSize(big.pointSize() * 2)
        self.counter.setFont(big)
        self.code = QLineEdit()
        self.code.setFont(big)
        self.code.setPlaceholderText(self.tr("Type or scan a participant code, then Enter"))
        self.code.returnPressed.connect(lambda: self.check_in(self.code.text()))
        self.outcome = QLabel(self.tr("Ready."))
        self.outcome.setFont(big)
        self.outcome.setWordWrap(True)
        self.outcome.setMinimumHeight(3 * big.pointSize() * 2)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.log = QStringListModel(self)
        self.history = QListView()
        self.history.setModel(self.log)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Session:")))
        row.addWidget(self.session, 1)
        row.addStretch(1)
        row.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.code)
        layout.addWidget(self.outcome)
        layout.addWidget(QLabel(self.tr("Last check-ins:")))
        layout.addWidget(self.history, 1)

    def set_grid(self, grid: AT.Grid | None) -> None:
        with QSignalBlocker(self.session):
            self.session.clear()
            for n, s in enumerate(grid.sessions if grid else [], 1):
                self.session.addItem(session_label(s, n), s.id)
            default = AT.session_on(grid.sessions, date.today()) if grid else None
            self.session.setCurrentIndex(self.session.findData(default.id) if default else 0)
        self.code.setEnabled(bool(grid and grid.sessions))
        self._say(self.tr("Ready.") if grid and grid.sessions else
                  self.tr("This activity has no sessions yet."), "info")  # fmt: skip
        self.update_counter()

    def current_session(self) -> int | None:
        data = self.session.currentData()
        return int(data) if data is not None else None

    def update_counter(self) -> None:
        sid = self.current_session()
        g = self.page.grid_model.grid
        if sid is None or g is None:
            self.counter.clear()
            return
        self.counter.setText(
            self.tr("{0} of {1} present").format(self.page.grid_model.attending(sid), len(g.people))
        )

    def check_in(self, typed: str) -> AT.CheckIn | None:
        self.code.clear()
        g, sid = self.page.grid_model.grid, self.current_session()
        if g is None or sid is None or not AT.clean_code(typed):
            return None
        aid = g.activity_id
        try:
            result = self.page.ctx.read(lambda s: AT.check_in(s, aid, sid, typed, mark=False))
            if result.marks:
                holder: list[AT.CheckIn] = []

                def do(s: Session) -> AT.CheckIn:
                    holder[:] = [AT.check_in(s, aid, sid, typed)]
                    return holder[0]

                def undo(s: Session) -> None:
                    if holder and holder[0].marks and holder[0].previous is not None:
                        AT.restore_marks(s, [holder[0].previous])

                done = self.page.run_command(
                    self.tr("Check in {0}").format(result.name), do, undo, {ATTENDANCE}
                )
                if done is None:
                    return None
                result = done
                if result.mark is not None:
                    self.page.grid_model.apply([result.mark])
                self.update_counter()
                self.page.show_position()
        except PlannerError as e:
            self._say(e.message, "error")
            return None
        self._tell(result)
        return result

    def _tell(self, r: AT.CheckIn) -> None:
        who = f"{r.name}{'  ' + r.native_name if r.native_name else ''} ({r.administration})"
        tone = "error"
        if r.outcome is AT.Outcome.PRESENT_MARKED:
            text, tone = self.tr("✔ Present: {0}").format(who), "ok"
        elif r.outcome is AT.Outcome.ALREADY:
            m = r.mark
            assert m is not None
            when = (
                self.tr("(imported)")
                if not m.marked_at
                else self.tr("at {0} by {1}").format(_when(m.marked_at), m.marked_by or "?")
            )
            text = self.tr("Already marked {0} {1}: {2}").format(
                mark_text(m.status or "").lower(), when, who
            )
            tone = "warn"
        elif r.outcome is AT.Outcome.UNKNOWN:
            text = self.tr("✘ Unknown code “{0}”: no participant of this plan has it.").format(
                r.code
            )
        elif r.outcome is AT.Outcome.NOT_ENROLLED:
            text = self.tr("✘ {0} is not enrolled in this activity.").format(who)
        else:
            text = self.tr("✘ {0} has withdrawn from this activity.").format(who)
        self._say(text, tone)
        stamp = datetime.now().strftime("%H:%M:%S")
        self.log.insertRows(0, 1)
        self.log.setData(self.log.index(0), f"{stamp}  {r.ref or r.code}  {text}")
        if self.log.rowCount() > self.LOG_LENGTH:
            self.log.removeRows(self.LOG_LENGTH, self.log.rowCount() - self.LOG_LENGTH)
        if tone != "ok":
            QApplication.beep()

    def _say(self, text: str, tone: str) -> None:
        """The outcome in large type: green when marked, amber when already there,
        red when refused; the words say it too, not the colour alone."""
        if tone != self.tone or not self.outcome.styleSheet():
            colour, background = TONES[tone]
            self.outcome.setStyleSheet(
                f"QLabel {{ color: {colour}; background: {background}; padding: 8px; "
                "border-radius: 4px; }"
            )
        self.outcome.setText(text)
        self.tone = tone


#: (text, background) of the desk's outcome
TONES = {
    "ok": ("#1b5e20", "#e8f5e9"),
    "warn": ("#7a4f00", "#fff4d6"),
    "error": ("#b00020", "#fdecea"),
    "info": ("#37474f", "#eceff1"),
}


def _when(at: str) -> str:
    """HH:MM for a mark set today, else the date and time."""
    text = stamp_text(at)
    return text[11:] if text[:10] == date.today().isoformat() else text

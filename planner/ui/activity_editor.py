"""One activity, all of it: details, sessions, seats, budget lines, enrolments.

Every edit is saved at once, in one transaction, through a service, and pushed on
the window's undo stack with its inverse (Ctrl+Z, Ctrl+Shift+Z). There is no Save
button to forget: closing the window (Escape) loses nothing. The tabs live in
``planner/ui/editor/``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.services.editor_data import activity_fields, plan_info
from planner.ui.context import (
    ACTIVITIES,
    ALL,
    ATTENDANCE,
    BUDGET,
    PEOPLE,
    PLAN,
    REFERENCE,
    SESSIONS,
    AppContext,
)
from planner.ui.editor.budget import BudgetTab
from planner.ui.editor.common import button, tr
from planner.ui.editor.details import DetailsTab
from planner.ui.editor.enrolments import EnrolmentsTab
from planner.ui.editor.seats import SeatsTab
from planner.ui.editor.sessions import SessionsTab
from planner.ui.roles import refusal, restrict
from planner.ui.widgets import redo_keys


class ActivityEditor(QDialog):
    """``ActivityEditor(ctx, activity_id_or_None, parent).exec()``; afterwards
    ``activity_id`` is the activity edited or created (None if none was)."""

    def __init__(self, ctx: AppContext, activity_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ActivityEditor")
        self.ctx = ctx
        self.activity_id = activity_id
        plan_id = ctx.plan_id
        assert plan_id is not None
        self.info = ctx.read(lambda s: plan_info(s, plan_id))
        self._pending: set[str] = set()
        self._exists = activity_id is not None
        self._closed = False

        self.code = QLabel()
        bold = QFont(self.code.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.code.setFont(bold)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        # A long title wraps instead of widening the window.
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heading.setMinimumWidth(100)
        top = QHBoxLayout()
        top.addWidget(self.code, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)

        self.details = DetailsTab(ctx, self.info, self)
        self.sessions = SessionsTab(ctx, self)
        self.seats = SeatsTab(ctx, self)
        self.budget = BudgetTab(ctx, self.info, self)
        self.enrolments = EnrolmentsTab(ctx, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, tr("&Details"))
        self.tabs.addTab(self.sessions, tr("&Sessions"))
        self.tabs.addTab(self.seats, tr("S&eats"))
        self.tabs.addTab(self.budget, tr("&Budget"))
        self.tabs.addTab(self.enrolments, tr("E&nrolments"))

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.undo_button = button(tr("&Undo"), ctx.undo_stack.undo)
        self.redo_button = button(tr("&Redo"), ctx.undo_stack.redo)
        self.history_button = button(tr("&History…"), self.show_history)
        self.create_button = button(tr("&Create"), self.create_activity)
        self.cancel_button = button(tr("Cancel"), self.reject)
        self.close_button = button(tr("Close"), self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        for b in (
            self.history_button,
            self.undo_button,
            self.redo_button,
            self.create_button,
            self.cancel_button,
            self.close_button,
        ):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        undo = ctx.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = ctx.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcuts(redo_keys())
        self.addActions([undo, redo])
        for signal in self._stack_signals():
            signal.connect(self._undo_state)
        ctx.changed.connect(self._changed)

        self.resize(1000, 660)
        self._mode()
        if activity_id is not None:
            self.refresh(ALL)
        self._undo_state()

    # ------------------------------------------------------------ modes
    def _roles(self) -> None:
        """Grey out the tabs the user's role may not change, saying why."""
        mine = self.ctx.permissions
        plan = refusal(mine, "plan")
        money = plan and refusal(mine, "finance")
        for tab, why in (
            (self.details, plan),
            (self.sessions, plan),
            (self.seats, plan),
            (self.budget, money),
            (self.enrolments, refusal(mine, "attendance")),
        ):
            restrict(why, tab)
            if why:
                self.tabs.setTabToolTip(self.tabs.indexOf(tab), why)

    def _mode(self) -> None:
        editing = self.activity_id is not None
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, editing and self._exists)
        self.details.setEnabled(not editing or self._exists)
        self.history_button.setVisible(editing)
        self.create_button.setVisible(not editing)
        self.create_button.setDefault(not editing)
        self.create_button.setAutoDefault(not editing)
        self.cancel_button.setVisible(not editing)
        self.close_button.setVisible(editing)
        self._roles()
        if not editing:
            self.setWindowTitle(tr("New activity"))
            self.code.setText(tr("New activity"))
            self.hint.setText(tr("Fill in the details, then Create. Escape cancels."))
        elif not self._exists:
            self.hint.setText(
                tr(
                    "This activity no longer exists (its creation was undone). "
                    "Ctrl+Shift+Z redoes it."
                )
            )
        else:
            self.hint.setText(tr("Every change is saved at once. Ctrl+Z undoes it."))

    def show_history(self) -> None:
        from planner.services.history import Filter
        from planner.ui.history_dialog import HistoryDialog

        if self.activity_id is None:
            return
        where = Filter(plan_id=self.ctx.plan_id, activity_id=self.activity_id)
        HistoryDialog(self.ctx.db, where, self.code.text(), self).exec()

    def create_activity(self) -> None:
        activity_id = self.details.create_activity()
        if activity_id is None:
            return
        self.activity_id = activity_id
        self._exists = True
        self._mode()
        self.refresh(ALL)
        self.details.code.setFocus()

    def _stack_signals(self) -> tuple[Any, ...]:
        stack = self.ctx.undo_stack
        return (stack.indexChanged, stack.canUndoChanged, stack.canRedoChanged)

    def _undo_state(self, *_args: Any) -> None:
        stack = self.ctx.undo_stack
        if self._closed:
            return
        for b, can, text in (
            (self.undo_button, stack.canUndo(), stack.undoText()),
            (self.redo_button, stack.canRedo(), stack.redoText()),
        ):
            b.setEnabled(can)
            b.setToolTip(text)

    # ------------------------------------------------------------ refreshing
    def _changed(self, changes: frozenset[str]) -> None:
        """Refresh after the event that made the change (an editor may be closing)."""
        if not self._pending:
            QTimer.singleShot(0, self._refresh_pending)
        self._pending |= changes

    def _refresh_pending(self) -> None:
        changes, self._pending = frozenset(self._pending), set()
        if changes:
            self.refresh(changes)

    def refresh(self, changes: frozenset[str] | set[str] = ALL) -> None:
        """Reload the tabs that show what changed."""
        if self.activity_id is None:
            return
        aid = self.activity_id
        fields = self.ctx.read(lambda s: activity_fields(s, aid))
        exists = fields is not None
        if exists != self._exists:
            self._exists = exists
            self._mode()
            changes = ALL
        if fields is None:
            return
        code = str(fields["code"])
        self.setWindowTitle(tr("Activity %1", code))
        self.code.setText(code)
        self.heading.setText(str(fields["title"]))
        if changes & {ACTIVITIES, PLAN, REFERENCE}:
            self.details.refresh()
        if changes & {ACTIVITIES, SESSIONS, ATTENDANCE}:
            self.sessions.refresh(fields["start"], fields["end"])
        if changes & {ACTIVITIES, REFERENCE, PLAN}:
            self.seats.refresh(code)
        if changes & {ACTIVITIES, BUDGET, REFERENCE, PLAN}:
            self.budget.refresh()
        if changes & {PEOPLE, ATTENDANCE, ACTIVITIES}:
            self.enrolments.refresh()

    # ------------------------------------------------------------ closing
    def done(self, result: int) -> None:
        """Closing (Escape, Close, the window's X) first saves the field being typed
        in; if the core refuses it, the window stays open with the reason shown."""
        if self.activity_id is not None and self._exists and not self.details.flush():
            self.tabs.setCurrentWidget(self.details)
            return
        if not self._closed:
            self._closed = True
            self.ctx.changed.disconnect(self._changed)
            for signal in self._stack_signals():
                signal.disconnect(self._undo_state)
        super().done(result)

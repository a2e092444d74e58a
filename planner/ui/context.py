"""What every page needs, passed explicitly: the database, the plan, the undo stack,
and the signal that tells pages what changed (no global application object)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.errors import PlannerError
from planner.services.workspace import Transaction, Workspace, transaction

log = logging.getLogger(__name__)
T = TypeVar("T")

#: What a change touches; pages refresh only what they show.
PLAN = "plan"
REFERENCE = "reference"
ACTIVITIES = "activities"
SESSIONS = "sessions"
BUDGET = "budget"
PEOPLE = "people"
ATTENDANCE = "attendance"
ALL = frozenset({PLAN, REFERENCE, ACTIVITIES, SESSIONS, BUDGET, PEOPLE, ATTENDANCE})

Work = Callable[[Transaction], Any]


class ServiceCommand(QUndoCommand):
    """An edit as a pair of use cases: ``do`` and its inverse ``undo``.

    Each runs in its own unit of work, so every step (and every undo or redo) is
    committed at once; if one fails, its transaction rolls back and the stack
    stops there with the user told why.
    """

    def __init__(
        self, ctx: AppContext, text: str, do: Work, undo: Work, changes: Iterable[str]
    ) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._do = do
        self._undo = undo
        self._changes = frozenset(changes)
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done by AppContext.execute before the push
            self._first = False
            return
        self._ctx.apply(self._do, self._changes, self.text())

    def undo(self) -> None:
        self._ctx.apply(self._undo, self._changes, self.text())


class AppContext(QObject):
    """Database, current plan, undo stack and change notices for one window."""

    changed = Signal(frozenset)
    failed = Signal(str)

    def __init__(self, db: Workspace, plan_id: int | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.plan_id = plan_id
        self.undo_stack = QUndoStack(self)

    def read(self, work: Callable[[Transaction], T]) -> T:
        """Run a read in its own short transaction."""
        with transaction(self.db) as session:
            return work(session)

    def execute(self, text: str, do: Work, undo: Work, changes: Iterable[str]) -> Any:
        """Do an edit now (raising PlannerError, nothing saved, if it is refused) and
        push it on the undo stack. Returns what ``do`` returned."""
        with transaction(self.db) as session:
            result = do(session)
        self.undo_stack.push(ServiceCommand(self, text, do, undo, changes))
        self.changed.emit(frozenset(changes))
        return result

    def apply(self, work: Work, changes: frozenset[str], text: str) -> None:
        try:
            with transaction(self.db) as session:
                work(session)
        except PlannerError as e:
            log.warning("undo/redo of %r refused: %s", text, e)
            self.failed.emit(
                self.tr("Could not undo or redo “%1”: %2")
                .replace("%1", text)
                .replace("%2", e.message)
            )
            self.undo_stack.clear()
        self.changed.emit(changes)

    def notify(self, changes: Iterable[str]) -> None:
        self.changed.emit(frozenset(changes))

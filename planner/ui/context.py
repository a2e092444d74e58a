"""What every page needs, passed explicitly: the database, the plan, the undo stack
(a view of the database's, where every edit is a recorded change), and the signal
that tells pages what changed (no global application object)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.errors import ConnectionLost, NotConfirmed, PlannerError
from planner.i18n import _
from planner.services import history, journal
from planner.services.permissions import EVERYTHING, Permissions, what_i_may_do
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
RESULTS = "results"
ALL = frozenset({PLAN, REFERENCE, ACTIVITIES, SESSIONS, BUDGET, PEOPLE, ATTENDANCE, RESULTS})

Work = Callable[[Transaction], Any]


class JournalCommand(QUndoCommand):
    """An edit on the window's undo stack, pointing at its recorded change.

    Undo and redo apply the change's recorded rows exactly (services.journal), so
    an undo works after any other edit, on any page, and after a restart.
    """

    def __init__(self, ctx: AppContext, text: str, change_id: int, changes: Iterable[str]) -> None:
        super().__init__(text)
        self._ctx = ctx
        self.change_id = change_id
        self.changes = frozenset(changes)
        self._quiet = True  # pushed for an edit already done: its first redo is not run

    def redo(self) -> None:
        if self._quiet or self._ctx.syncing:
            self._quiet = False
            return
        self._ctx.step(self, backwards=False)

    def undo(self) -> None:
        if self._ctx.syncing:
            return
        self._ctx.step(self, backwards=True)


def _permissions(db: Workspace) -> Permissions:
    try:
        return what_i_may_do(db)
    except PlannerError as e:  # the server still refuses what the role may not do
        log.warning("could not read the user's permissions: %s", e)
        return EVERYTHING


def _names(db: Workspace) -> dict[str, str]:
    if not db.is_server:
        return {}
    try:
        with transaction(db) as s:
            return history.display_names(s)
    except PlannerError as e:  # only the names: the logins are shown instead
        log.warning("could not read the people's names: %s", e)
        return {}


class AppContext(QObject):
    """Database, current plan, undo stack and change notices for one window."""

    changed = Signal(frozenset)
    failed = Signal(str)
    #: the journal number of a change this window made (planner.ui.live skips it)
    recorded_change = Signal(int)
    #: the server could not be reached during an edit (planner.ui.live looks at once)
    connection_trouble = Signal()

    def __init__(
        self,
        db: Workspace,
        plan_id: int | None,
        parent: QObject | None = None,
        *,
        user: str | None = None,
        permissions: Permissions | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.plan_id = plan_id
        #: what this user may change (a server's grants; everything on a file): pages
        #: grey out the rest with planner.ui.roles
        self.permissions = permissions if permissions is not None else _permissions(db)
        #: the name recorded with this user's edits (and attendance marks): on a server
        #: the database login, which is what its journal records; on a file the name
        #: given in the window, or the system's user name
        self.user = user or journal.default_user()
        if db.is_server and self.permissions.on_server and self.permissions.user:
            self.user = self.permissions.user
        #: login -> the person's name, for showing who did what (a server's; none on a file)
        self.names = _names(db)
        self.undo_stack = QUndoStack(self)
        self.syncing = False
        #: the server is known to be unreachable (planner.ui.live sets it while the
        #: window's banner says so): edits are refused at once, not after the network's
        #: time-out (a silent network held an edit for about 10 s)
        self.offline = False
        self.sync()

    def who(self, user: str) -> str:
        """Someone who changed or marked something, as shown: the person's name with
        the login on a server (``Wang Fang (wang_fang)``), the recorded name on a file."""
        return history.who(user, self.names)

    def read(self, work: Callable[[Transaction], T]) -> T:
        """Run a read in its own short transaction."""
        with transaction(self.db) as session:
            return work(session)

    def execute(self, text: str, do: Work, changes: Iterable[str] = ALL) -> Any:
        """Do an edit now, recorded in the journal (raising PlannerError, nothing
        saved, if it is refused), and push it on the undo stack. Returns what ``do``
        returned. The journal inverts the edit exactly for undo and redo."""
        self._refuse_if_offline()
        try:
            with self.recorded(text) as session:
                result = do(session)
        except NotConfirmed as e:
            change_id = self._confirmed(e)  # saved after all, or raises what is known
            self.push_recorded(text, change_id, changes)
            return result
        except ConnectionLost:
            self.connection_trouble.emit()  # nothing was saved; the banner shows
            raise
        self.push_recorded(text, session.info.get("change_id"), changes)
        return result

    def _refuse_if_offline(self) -> None:
        if self.offline:
            raise ConnectionLost(
                _(
                    "the database server cannot be reached ({where}); check that it is "
                    "running and that the address is right; nothing was changed"
                ).format(where=self.db.label)
            )

    def _confirmed(self, error: NotConfirmed) -> int | None:
        """After the connection was lost during an edit's COMMIT: ask the server
        (reconnecting) whether it saved the change. Its journal number if it did;
        otherwise a PlannerError saying it was not saved, or, if the server still
        cannot be reached, ``error`` (it may not have been saved; the window re-reads
        when the connection is back)."""
        if error.change_id is None:
            return None  # the edit changed nothing: there is nothing to lose
        try:
            saved = journal.was_saved(self.db, error.change_id)
        except PlannerError:
            self.connection_trouble.emit()
            raise NotConfirmed(
                self.tr(
                    "the connection to the server was lost while saving: the change may not "
                    "have been saved; the window re-reads the server when it answers again"
                ),
                change_id=error.change_id,
            ) from error
        if saved:
            log.info("change %s was saved although its commit was not confirmed", error.change_id)
            return error.change_id
        self.connection_trouble.emit()
        raise ConnectionLost(
            self.tr(
                "the connection to the server was lost while saving: the server did not "
                "save the change; nothing was changed, try again"
            )
        ) from error

    def recorded(self, text: str) -> AbstractContextManager[Transaction]:
        """A transaction recording ``text`` as one change (for work run in the
        background; push it with :meth:`push_recorded` when it is done)."""
        return journal.recorded(self.db, text, user=self.user, plan_id=self.plan_id)

    def push_recorded(self, text: str, change_id: int | None, changes: Iterable[str]) -> None:
        if change_id is not None:  # an edit that changed nothing is not on the stack
            self.undo_stack.push(JournalCommand(self, text, change_id, changes))
            self.recorded_change.emit(change_id)
        self.changed.emit(frozenset(changes))

    def step(self, command: JournalCommand, *, backwards: bool) -> None:
        try:
            self._refuse_if_offline()
            if backwards:
                journal.undo(self.db, command.change_id, user=self.user)
            else:
                journal.redo(self.db, command.change_id, user=self.user)
        except PlannerError as e:
            log.warning("undo/redo of %r refused: %s", command.text(), e)
            self.failed.emit(
                self.tr("Could not undo or redo “%1”: %2")
                .replace("%1", command.text())
                .replace("%2", e.message)
            )
            if isinstance(e, ConnectionLost):
                self.connection_trouble.emit()
                # nothing changed, nothing to read (it cannot be); the stack is read
                # again from the server when the connection is back (planner.ui.live)
                return
            # the stack shows what the database can still undo and redo
            QTimer.singleShot(0, self.resync)
        self.changed.emit(command.changes or ALL)

    def sync(self) -> None:
        """Rebuild the undo stack from the database's (after a restart, or after
        another window or user changed it)."""
        steps = journal.stack(self.db)
        self.syncing = True
        try:
            self.undo_stack.clear()
            for step in steps:
                command = JournalCommand(self, step.action, step.change_id, ALL)
                self.undo_stack.push(command)
            done = sum(1 for step in steps if step.done)
            self.undo_stack.setIndex(done)
            self.undo_stack.setClean()
        finally:
            self.syncing = False

    def resync(self) -> bool:
        """:meth:`sync`, unless the database cannot be read now (the server gone:
        the window syncs again when it is back). Whether it synced."""
        try:
            self.sync()
        except PlannerError as e:
            log.info("could not read the undo stack: %s", e.message)
            return False
        return True

    def notify(self, changes: Iterable[str]) -> None:
        self.changed.emit(frozenset(changes))

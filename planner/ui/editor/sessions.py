"""The Sessions tab: generate them from a recurrence in plain words, then edit
them one by one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.errors import PlannerError
from planner.services import activities as A
from planner.services.editor_data import SessionRow, session_id, session_rows
from planner.services.workspace import Transaction
from planner.ui.context import ATTENDANCE, SESSIONS, AppContext
from planner.ui.dialogs import error_label, show_error
from planner.ui.editor.common import (
    Host,
    ask,
    attempt,
    button,
    marks_refusal,
    qdate,
    say,
    shortcut,
    tr,
)
from planner.ui.editor.recurrence import RecurrenceBox
from planner.ui.editor.session_dialog import SessionDialog
from planner.ui.editor.tables import size_columns, table_view
from planner.ui.models.rows import Column, RowTableModel, make_row

log = logging.getLogger(__name__)
CHANGES = {SESSIONS}
DROPPING = {SESSIONS, ATTENDANCE}


class SessionsTab(QWidget):
    def __init__(self, ctx: AppContext, host: Host) -> None:
        super().__init__()
        self.ctx, self.host = ctx, host
        self.rows: list[SessionRow] = []
        self._dates: tuple[date, date] | None = None
        self.recurrence = RecurrenceBox(self.generate)
        left = QVBoxLayout()
        left.addWidget(self.recurrence)
        left.addStretch(1)

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
        shortcut(
            self.view, [QKeySequence(QKeySequence.StandardKey.Delete), "Backspace"], self.remove
        )
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
        self.recurrence.update_preview()

    @property
    def aid(self) -> int:
        aid = self.host.activity_id
        assert aid is not None
        return aid

    # ------------------------------------------------------------ reading
    def refresh(self, start: date, end: date) -> None:
        if self._dates != (start, end):  # new activity dates: generate within them
            self._dates = (start, end)
            for edit, value in ((self.recurrence.first, start), (self.recurrence.until, end)):
                edit.blockSignals(True)
                edit.setDate(qdate(value))
                edit.blockSignals(False)
            self.recurrence.update_preview()
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
    def generate(self) -> None:
        say(self.recurrence.error, "")
        try:
            stamps = self.recurrence.stamps()
        except PlannerError as e:
            say(self.recurrence.error, e.message)
            return
        aid = self.aid
        old = [r.starts for r in self.rows]
        if stamps == old:
            say(self.recurrence.error, tr("The list already holds exactly those sessions."))
            return
        text = tr("Generate sessions (%1)", len(stamps))

        def do(s: Transaction) -> None:
            A.set_sessions(s, aid, stamps)

        def refused(e: PlannerError) -> bool:
            if marks_refusal(e):
                if ask(self, tr("Delete attendance?"), e.message + "\n\n" + tr("Delete them?")):
                    self._dropping(text, lambda s: A.set_sessions(s, aid, stamps, drop_marks=True))
                return True
            say(self.recurrence.error, "\n".join(e.lines()[:5]))
            return True

        attempt(self.ctx, self, text, do, CHANGES, refused)

    def _dropping(self, text: str, do: Callable[[Transaction], object]) -> bool:
        """An edit that deletes marks (its undo brings them back, from the journal)."""
        return attempt(self.ctx, self, text, do, DROPPING)

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
            )

        self._dialog(tr("Change the session"), chosen[0].day, at, save)

    def _execute(self, text: str, do: Callable[[Transaction], object]) -> None:
        """Raises PlannerError (shown in the session dialog) if refused."""
        self.ctx.execute(text, do, CHANGES)

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

        def do(s: Transaction) -> None:
            for stamp in stamps:
                A.remove_session(s, session_id(s, aid, stamp), drop_marks=bool(marks))

        if marks:
            self._dropping(text, do)
            return

        def refused(e: PlannerError) -> bool:
            say(self.error, e.message)
            return True

        attempt(self.ctx, self, text, do, CHANGES, refused)

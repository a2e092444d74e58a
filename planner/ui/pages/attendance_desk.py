"""The check-in desk of the attendance page: a code typed or scanned marks that
person present at the chosen session, or says plainly why not."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, QStringListModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.services import attendance as AT
from planner.services.workspace import Transaction
from planner.ui.context import ATTENDANCE
from planner.ui.models.attendance_grid import session_label, stamp_text
from planner.ui.texts import mark_text

if TYPE_CHECKING:
    from planner.ui.pages.attendance import AttendancePage


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
                # as the journal records it: the login on a server, else the settings' name
                by = self.page.ctx.user

                def do(s: Transaction) -> AT.CheckIn:
                    return AT.check_in(s, aid, sid, typed, by=by)

                done = self.page.run_command(
                    self.tr("Check in {0}").format(result.name), do, {ATTENDANCE}
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
                else self.tr("at {0} by {1}").format(
                    _when(m.marked_at), self.page.ctx.who(m.marked_by) if m.marked_by else "?"
                )
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

"""The Details tab's maximum test score: optional, saved when its editing ends as
one undoable change, refused (with the reason under the field) when it is not
above 0, above 100, or below a score already recorded (planner/services/max_score.py)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from planner import display
from planner.errors import PlannerError, ValidationError
from planner.money import DecimalSyntaxError
from planner.services import max_score as M
from planner.services.workspace import Transaction
from planner.ui.context import ACTIVITIES, ATTENDANCE, AppContext
from planner.ui.dialogs import error_label, show_error
from planner.ui.editor.common import Host, say, tr


def label() -> str:
    return tr("Maximum test score")


class MaxScoreField(QWidget):
    def __init__(self, ctx: AppContext, host: Host, code: Callable[[], str]) -> None:
        super().__init__()
        self.ctx, self.host, self.code = ctx, host, code
        self.stored: str | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("none: no normalised gain"))
        self.edit.setToolTip(
            tr(
                "The most points a test of this activity can give (at most 100). "
                "With it, each completer's normalised gain is (post − pre) / (maximum − pre)."
            )
        )
        self.edit.editingFinished.connect(self.finished)
        self.error = error_label()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.edit)
        box.addWidget(self.error)

    def place(self, grid: QGridLayout, row: int, column: int, line_height: int) -> None:
        """Put the field and its label in the Details tab's grid."""
        text = QLabel(label() + ":")
        text.setBuddy(self.edit)
        text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        text.setMinimumHeight(line_height)
        grid.addWidget(text, row, column, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self, row, column + 1, Qt.AlignmentFlag.AlignTop)

    def refresh(self) -> None:
        aid = self.host.activity_id
        if aid is None:
            return
        try:
            self.stored = self.ctx.read(lambda s: M.max_score_of(s, aid))
        except PlannerError:
            return  # the activity is gone: the editor says so
        if not (self.edit.hasFocus() and self.edit.isModified()):
            self._show(self.stored)

    def _show(self, value: str | None) -> None:
        self.edit.blockSignals(True)
        self.edit.setText("" if value is None else value)
        self.edit.blockSignals(False)

    def finished(self) -> bool:
        """Save what was typed; False if it was refused."""
        aid = self.host.activity_id
        if aid is None or not self.edit.isModified():
            return True
        self.edit.setModified(False)
        text = self.edit.text().strip()
        try:
            new = None if not text else str(display.parse_amount(text))
        except DecimalSyntaxError:
            new = text  # the core says what is wrong with it
        if new == self.stored or (new and self.stored and _same(new, self.stored)):
            return True

        def do(s: Transaction) -> None:
            M.set_max_score(s, aid, new)

        try:
            self.ctx.execute(
                tr("Change %1 of %2", label().lower(), self.code()), do, {ACTIVITIES, ATTENDANCE}
            )
        except ValidationError as e:
            say(self.error, "\n".join(e.for_field(M.FIELD)) or e.message)
            self._show(self.stored)
            return False
        except PlannerError as e:
            show_error(self, e)
            self._show(self.stored)
            return False
        say(self.error, "")
        self.refresh()
        return True


def _same(a: str, b: str) -> bool:
    try:
        return Decimal(a) == Decimal(b)
    except InvalidOperation:
        return False

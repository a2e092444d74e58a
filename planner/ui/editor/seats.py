"""The Seats tab: one row per administration of the plan, seats edited in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.services import activities as A
from planner.services.editor_data import SeatRow, seats
from planner.services.workspace import Transaction
from planner.ui.context import ACTIVITIES, AppContext
from planner.ui.dialogs import error_label
from planner.ui.editor.common import Host, ask, attempt, button, say, shortcut, tr
from planner.ui.editor.tables import EditableModel, Index, size_columns, table_view

NO_QUOTA = -1
MAX_SEATS = 100000


class SeatsModel(EditableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([tr("Code"), tr("Administration"), tr("Seats")], parent)

    def editable(self, column: int) -> bool:
        return column == 2

    def numeric(self, column: int) -> bool:
        return column == 2

    def text(self, row: SeatRow, column: int) -> str:
        if column == 0:
            return row.code
        if column == 1:
            return row.name
        return "" if row.seats is None else str(row.seats)

    def edit_value(self, row: SeatRow, column: int) -> Any:
        if column == 2:
            return NO_QUOTA if row.seats is None else row.seats
        return self.text(row, column)


class SeatsDelegate(QStyledItemDelegate):
    """A spin box; below 0 it reads "no quota"."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(NO_QUOTA, MAX_SEATS)
        spin.setSpecialValueText(tr("no quota"))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole)))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class SeatsTab(QWidget):
    def __init__(self, ctx: AppContext, host: Host) -> None:
        super().__init__()
        self.ctx, self.host = ctx, host
        self.code = ""
        self.model = SeatsModel(self)
        self.model.save = self.save
        self.view = table_view(self.model, editable=True)
        self.view.setItemDelegateForColumn(2, SeatsDelegate(self.view))
        size_columns(self.view, (10, 36, 10), stretch=1)
        shortcut(self.view, [QKeySequence(QKeySequence.StandardKey.Delete)], self.clear_selected)
        self.status = error_label()
        self.total = QLabel()
        hint = QLabel(
            tr("Type the seats of an administration in its row; Delete removes its quota.")
        )
        hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(button(tr("Remove &quota…"), self.clear_selected))
        bottom.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

    @property
    def aid(self) -> int:
        aid = self.host.activity_id
        assert aid is not None
        return aid

    def refresh(self, code: str) -> None:
        self.code = code
        plan_id, aid = self.ctx.plan_id, self.aid
        assert plan_id is not None
        found = self.ctx.read(lambda s: seats(s, plan_id, aid, code))
        self.model.set_rows(found.rows)
        self.total.setText(tr("Total seats: %1", found.total))

    def save(self, row: SeatRow, column: int, value: Any) -> bool:
        new = None if value is None or int(value) < 0 else int(value)
        if new == row.seats:
            return True
        aid, admin = self.aid, row.code

        def do(s: Transaction) -> None:
            A.set_quota(s, aid, admin, new)

        def refused(e: PlannerError) -> bool:
            say(self.status, f"{admin}: {e.message}")
            return True

        say(self.status, "")
        text = (
            tr("Remove the seat quota of %1", admin)
            if new is None
            else tr("Set the seats of %1 to %2", admin, str(new))
        )
        return attempt(self.ctx, self, text, do, {ACTIVITIES}, refused)

    def clear_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        chosen = [self.model.rows[r] for r in rows if self.model.rows[r].seats is not None]
        if not chosen:
            return
        codes = ", ".join(r.code for r in chosen)
        if not ask(
            self,
            tr("Remove seat quotas"),
            tr("Remove the seat quotas of %1?", codes),
        ):
            return
        aid = self.aid
        cleared = [r.code for r in chosen]

        def do(s: Transaction) -> None:
            for code in cleared:
                A.set_quota(s, aid, code, None)

        attempt(
            self.ctx,
            self,
            tr("Remove the seat quotas of %1", codes),
            do,
            {ACTIVITIES},
        )

"""Widgets shared by the nomination dialogs and the Participants page: rows marked
bad, a table view, the activity and status choosers, and the Nominate dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QTableView,
    QWidget,
)

from planner.models import EnrolmentStatus
from planner.services import nominations as N
from planner.ui.context import AppContext
from planner.ui.models.rows import RowTableModel
from planner.ui.texts import enrolment_text

BAD = QColor("#fde2e1")


class MarkedRowsModel(RowTableModel):
    """Rows whose ``data["bad"]`` is true get a light red background (their text
    says what is wrong as well: colour is never the only sign)."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            if self.row_at(index.row()).data.get("bad"):
                return QBrush(BAD)
            return None
        return super().data(index, role)


def table_view(model: RowTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def activity_box(ctx: AppContext, none_text: str | None) -> QComboBox:
    """The plan's activities ("code — title"); first ``none_text`` (no activity) if given."""
    plan_id = ctx.plan_id
    assert plan_id is not None
    box = QComboBox()
    box.setMinimumContentsLength(40)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    if none_text is not None:
        box.addItem(none_text, None)
    for aid, code, title in ctx.read(lambda s: N.activity_choices(s, plan_id)):
        box.addItem(f"{code} — {title}", aid)
    return box


def status_box() -> QComboBox:
    box = QComboBox()
    for status in EnrolmentStatus:
        box.addItem(enrolment_text(status.value), status.value)
    return box


class NominateDialog(QDialog):
    """Choose the activity (and status) to nominate the selected people to."""

    def __init__(self, ctx: AppContext, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nominate {0} people").format(count))
        self.activity = activity_box(ctx, None)
        self.status = status_box()
        form = QFormLayout(self)
        form.addRow(self.tr("Activity:"), self.activity)
        form.addRow(self.tr("As:"), self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> tuple[int, str] | None:
        if self.activity.currentData() is None:
            return None
        return int(self.activity.currentData()), str(self.status.currentData())

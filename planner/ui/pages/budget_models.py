"""The Budget page's tables: every budget line (planned and actual amounts edited
in place, saved by the page), and read-only sums with negative amounts in red and
totals in bold."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from planner import display
from planner.services.budget_view import LineRow
from planner.ui.models.rows import Column, Row, RowTableModel, make_row
from planner.ui.roles import refusal
from planner.ui.sheet import SheetView
from planner.ui.texts import category_text

if TYPE_CHECKING:
    from planner.ui.pages.budget import BudgetPage

Index = QModelIndex | QPersistentModelIndex
NEGATIVE = QColor("#b00020")
PLANNED_COL, ACTUAL_COL = 5, 6


def line_row(line: LineRow) -> Row:
    """A budget line with its amounts in its currency and in base currency."""
    flag = "⚠ no rate" if line.planned_base is None else ""
    return make_row(
        line.id,
        [
            line.activity,
            str(line.year),
            category_text(line.category),
            line.description,
            line.currency,
            display.money(line.planned),
            _opt(line.actual),
            line.funding_source or "",
            _opt(line.planned_base),
            _opt(line.actual_base),
            _opt(line.variance_base),
            flag,
        ],
        [
            line.activity,
            line.year,
            line.category,
            line.description.casefold(),
            line.currency,
            line.planned,
            line.actual,
            line.funding_source or "",
            line.planned_base,
            line.actual_base,
            line.variance_base,
            flag,
        ],
        variance=line.variance_base,
        currency=line.currency,
        version=line.version,
    )


def _opt(value: Decimal | None) -> str:
    return "" if value is None else display.money(value)


class LinesModel(RowTableModel):
    """Budget lines; planned and actual amounts edit in place through the page."""

    def __init__(self, page: BudgetPage) -> None:
        super().__init__(
            [
                Column(page.tr("Activity")),
                Column(page.tr("Year")),
                Column(page.tr("Category")),
                Column(page.tr("Description")),
                Column(page.tr("Currency")),
                Column(page.tr("Planned"), True),
                Column(page.tr("Actual"), True),
                Column(page.tr("Source")),
                Column(page.tr("Planned (base)"), True),
                Column(page.tr("Actual (base)"), True),
                Column(page.tr("Variance (base)"), True),
                Column(page.tr("Check")),
            ],
            page,
        )
        self.page = page
        self.last_refused = False

    def refused(self, column: int) -> str:
        """Why the user's role may not change this column's amounts ('' if it may)."""
        if column == PLANNED_COL:
            return refusal(self.page.ctx.permissions, "plan")
        if column == ACTUAL_COL:
            return refusal(self.page.ctx.permissions, "finance")
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.refused(index.column()):
            return base
        if index.column() == PLANNED_COL or (
            index.column() == ACTUAL_COL and self.page.as_of() is None
        ):  # as of a date the actual shown is not the whole of the payments
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            why = self.refused(index.column())
            if why:
                return why
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return self.row_at(index.row()).display[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 10:
            variance = self.row_at(index.row()).data.get("variance")
            if variance is not None and variance < 0:
                return QBrush(NEGATIVE)
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        value = super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(value, str):
            # "Planned (base)" on two lines, so the base-currency columns fit 1280 pixels
            return value.replace(" (", "\n(").replace("（", "\n（")
        return value

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = "planned" if index.column() == PLANNED_COL else "actual"
        row = self.row_at(index.row())
        taken = self.page.set_amount(row.id, field, str(value), seen=row.data.get("version"))
        self.last_refused = not taken  # Enter keeps the cursor on a refused amount
        return taken


class MatrixModel(RowTableModel):
    """Read-only sums: negative amounts in red (and with their minus sign), totals bold."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            text = self.row_at(index.row()).display[index.column()]
            if text.startswith("-") and self.columns[index.column()].numeric:
                return QBrush(NEGATIVE)
            if self.row_at(index.row()).data.get("flag"):  # a source over its ceiling
                return QBrush(NEGATIVE)
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and self.row_at(index.row()).data.get("total")
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


def table_view(model: RowTableModel) -> QTableView:
    view = SheetView()  # Enter saves an amount and moves down
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view

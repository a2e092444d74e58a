"""The plan's money: every budget line (amounts edited in place), the year x
category matrix, and each year's envelopes against planned and actual."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from planner import display
from planner.errors import PlannerError, ValidationError
from planner.money import DecimalSyntaxError
from planner.reports.data import budget_lines
from planner.services import activities as A
from planner.services import budget
from planner.store import raw_connection
from planner.ui.context import ACTIVITIES, BUDGET, PLAN, REFERENCE, AppContext
from planner.ui.models.rows import Column, Row, RowTableModel, make_row
from planner.ui.pages import Page
from planner.ui.texts import category_text

Index = QModelIndex | QPersistentModelIndex
NEGATIVE = QColor("#b00020")
PLANNED_COL, ACTUAL_COL = 5, 6


def line_rows(session: Session, plan_id: int) -> list[Row]:
    """Every budget line with its amounts in its currency and in base currency."""
    con = raw_connection(session)
    ids = [
        i
        for (i,) in con.execute(
            "SELECT b.id FROM budget_line b JOIN activity a ON a.id = b.activity_id "
            "WHERE a.plan_id = ? ORDER BY a.start_date, a.code, b.id",
            (plan_id,),
        )
    ]
    rows = []
    for line_id, line in zip(ids, budget_lines(session, plan_id), strict=True):
        flag = "⚠ no rate" if line.planned_base is None else ""
        rows.append(
            make_row(
                line_id,
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
            )
        )
    return rows


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

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in (PLANNED_COL, ACTUAL_COL):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return self.row_at(index.row()).display[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 10:
            variance = self.row_at(index.row()).data.get("variance")
            if variance is not None and variance < 0:
                return QBrush(NEGATIVE)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = "planned" if index.column() == PLANNED_COL else "actual"
        return self.page.set_amount(self.row_at(index.row()).id, field, str(value))


class MatrixModel(RowTableModel):
    """Read-only sums: negative amounts in red (and with their minus sign), totals bold."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            text = self.row_at(index.row()).display[index.column()]
            if text.startswith("-") and self.columns[index.column()].numeric:
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


def _table(model: RowTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class BudgetPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.status = QLabel()
        self.status.setStyleSheet("color: #b00020;")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        self.lines = LinesModel(self)
        self.lines_view = _table(self.lines)
        self.lines_view.setSortingEnabled(True)
        self.lines_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by year, then as stored
        self.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for col, width in enumerate((100, 50, 110, 220, 65, 110, 110, 70, 120, 120, 120, 80)):
            self.lines_view.horizontalHeader().resizeSection(col, width)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search activity, category, description…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.lines.set_filter(text))
        lines_tab = QWidget()
        lay = QVBoxLayout(lines_tab)
        lay.addWidget(self.search)
        lay.addWidget(self.lines_view, 1)
        hint = QLabel(
            self.tr(
                "Type over a planned or actual amount to change it "
                "(for example 1,234.50); Ctrl+Z undoes."
            )
        )
        hint.setWordWrap(True)
        lay.addWidget(hint)

        self.matrix = MatrixModel([], self)
        self.matrix_view = _table(self.matrix)
        self.measure = QComboBox()
        self.measure.addItem(self.tr("Planned"), "planned")
        self.measure.addItem(self.tr("Actual"), "actual")
        self.measure.addItem(self.tr("Variance (actual - planned)"), "variance")
        self.measure.currentIndexChanged.connect(lambda _i: self._fill_matrix(self._summary))
        matrix_tab = QWidget()
        mlay = QVBoxLayout(matrix_tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        row.addWidget(self.measure)
        row.addStretch(1)
        mlay.addLayout(row)
        mlay.addWidget(self.matrix_view, 1)
        self._summary: budget.BudgetSummary | None = None
        self.inputs = MatrixModel([], self)
        self.inputs_view = _table(self.inputs)

        self.tabs = QTabWidget()
        self.tabs.addTab(lines_tab, self.tr("Budget lines"))
        self.tabs.addTab(matrix_tab, self.tr("By year and category"))
        self.tabs.addTab(self.inputs_view, self.tr("Inputs and execution"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.warning, 1)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

    def title(self) -> str:
        return self.tr("Budget")

    def watches(self) -> frozenset[str]:
        return frozenset({PLAN, REFERENCE, ACTIVITIES, BUDGET})

    # ------------------------------------------------------------ data
    def refresh(self) -> None:
        plan_id = self.ctx.plan_id
        assert plan_id is not None
        rows, summary = self.ctx.read(lambda s: (line_rows(s, plan_id), budget.summary(s, plan_id)))
        self.lines.set_rows(rows)
        self.lines.set_filter(self.search.text())
        self._summary = summary
        self._fill_matrix(summary)
        self._fill_inputs(summary)
        if summary.missing_rates:
            missing = ", ".join(f"{cur} {year}" for year, cur in summary.missing_rates)
            self.warning.setText(
                self.tr(
                    "⚠ No exchange rate for: {0}. Those lines are left out of every total in "
                    "{1} until a rate is entered (Reference data ▸ Exchange rates)."
                ).format(missing, summary.base_currency)
            )
        else:
            self.warning.setText(
                self.tr("All amounts in {0}, converted at each year's rates.").format(
                    summary.base_currency
                )
            )

    def _fill_matrix(self, s: budget.BudgetSummary | None) -> None:
        """Categories down, years across, one measure at a time; variance only where
        some line has an actual amount."""
        if s is None:
            return
        measure = self.measure.currentData()
        self.matrix.columns = [
            Column(self.tr("Category")),
            *(Column(str(year), True) for year in s.years),
            Column(self.tr("Total"), True),
        ]

        def shown(cell: budget.Cell | None) -> tuple[str, Decimal | None]:
            cell = cell or budget.Cell()
            if measure == "variance" and cell.lines == cell.lines_without_actuals:
                return "", None
            value: Decimal = getattr(cell, measure)
            return display.money(value), value

        rows = []
        for i, category in enumerate([*s.categories, None]):
            cells = [
                shown(
                    s.by_year.get(year)
                    if category is None
                    else s.by_year_category.get((year, category))
                )
                for year in s.years
            ]
            cells.append(shown(s.total if category is None else s.by_category.get(category)))
            label = self.tr("Total") if category is None else category_text(category)
            rows.append(
                make_row(
                    i,
                    [label, *(t for t, _ in cells)],
                    [i, *(v for _, v in cells)],
                    total=category is None,
                )
            )
        self.matrix.set_rows(rows)
        header = self.matrix_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(1, len(self.matrix.columns)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)

    def _fill_inputs(self, s: budget.BudgetSummary) -> None:
        self.inputs.columns = [
            Column(self.tr("Year")),
            Column(self.tr("Funding source")),
            Column(self.tr("Input"), True),
            Column(self.tr("Planned"), True),
            Column(self.tr("Actual"), True),
            Column(self.tr("Execution rate"), True),
        ]
        rows = []
        n = 0
        for year in s.years:
            for code, name in [*s.sources.items(), (None, self.tr("(no source)"))]:
                cell = s.by_year_source.get((year, code), budget.Cell())
                if code is None and not cell.lines:
                    continue
                rows.append(
                    make_row(
                        n,
                        [
                            str(year),
                            f"{code} — {name}" if code else name,
                            display.money(s.source_input(year, code)) if code else "",
                            display.money(cell.planned),
                            display.money(cell.actual),
                            display.percent(s.source_execution_rate(year, code)) if code else "",
                        ],
                        [n, n, 0, cell.planned, cell.actual, 0],
                    )
                )
                n += 1
            total = s.by_year.get(year, budget.Cell())
            rows.append(
                make_row(
                    n,
                    [
                        str(year),
                        self.tr("All sources"),
                        display.money(s.input(year)),
                        display.money(total.planned),
                        display.money(total.actual),
                        display.percent(s.execution_rate(year)),
                    ],
                    [n, n, 0, 0, 0, 0],
                    total=True,
                )
            )
            n += 1
        self.inputs.set_rows(rows)
        self.inputs_view.resizeColumnsToContents()

    # ------------------------------------------------------------ editing
    def set_amount(self, line_id: int, field: str, text: str) -> bool:
        """Save an amount typed in a cell; a refused one shows why and changes nothing."""
        self.status.clear()
        try:
            value: Decimal | None = None
            if text.strip():
                value = display.parse_amount(text)
            elif field == "planned":
                raise DecimalSyntaxError(self.tr("a planned amount is required"))
        except DecimalSyntaxError as e:
            self.status.setText(self.tr("Not saved: {0}").format(str(e)))
            return False
        old = self.ctx.read(
            lambda s: A.line_fields(s, A.get(s, A.BudgetLine, line_id, "budget line"))[field]
        )
        try:
            self.ctx.execute(
                self.tr("Change {0} amount").format(field),
                lambda s: A.update_budget_line(s, line_id, **{field: value}),
                lambda s: A.update_budget_line(s, line_id, **{field: old}),
                {BUDGET},
            )
        except ValidationError as e:
            self.status.setText(
                self.tr("Not saved: {0}").format("; ".join(e.for_field(field) or e.lines()))
            )
            return False
        except PlannerError as e:
            self.status.setText(self.tr("Not saved: {0}").format(e.message))
            return False
        return True

"""The plan's money: every budget line (amounts edited in place), the year x
category matrix, and each year's envelopes against planned and actual."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QByteArray, QDate, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner import display
from planner.errors import ConflictError, PlannerError, ValidationError
from planner.money import DecimalSyntaxError
from planner.services import activities as A
from planner.services import budget, finance
from planner.services.budget_view import line_rows
from planner.ui.conflict import show_conflict
from planner.ui.context import ACTIVITIES, BUDGET, PLAN, REFERENCE, AppContext
from planner.ui.fit import fit_columns
from planner.ui.models.rows import Column, Row, make_row
from planner.ui.pages import Page
from planner.ui.pages.budget_models import (
    ACTUAL_COL,
    PLANNED_COL,
    LinesModel,
    MatrixModel,
    line_row,
    table_view,
)
from planner.ui.payments_panel import PaymentsPanel
from planner.ui.roles import refusal
from planner.ui.texts import category_text

__all__ = ["ACTUAL_COL", "PLANNED_COL", "BudgetPage"]


class BudgetPage(Page):
    def line_history(self) -> None:
        """Who changed the current line, and when (old -> new)."""
        from planner.services.history import Filter
        from planner.ui.history_dialog import HistoryDialog

        index = self.lines_view.currentIndex()
        if not index.isValid():
            return
        row = self.lines.row_at(index.row())
        where = Filter(plan_id=self.ctx.plan_id, budget_line_id=row.id)
        scope = " · ".join(text for text in row.display[:4] if text)
        HistoryDialog(self.ctx.db, where, scope, self).exec()

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
        self.lines_view = table_view(self.lines)
        self.lines_view.setSortingEnabled(True)
        self.lines_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by year, then as stored
        self.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        money, base = "175,700,000.00", "-1,274,350.00"
        samples = ["TC-2027-01", "2027", "Accommodation", "Hotel accom", "USD"]
        samples += [money, money, "COFUND", base, base, base, "⚠ no rate"]
        fit_columns(self.lines_view, samples, 3)  # the description takes what is left
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search activity, category, description…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.lines.set_filter(text))
        lines_tab = QWidget()
        lay = QVBoxLayout(lines_tab)
        lay.addWidget(self.search)
        # the current line's payments, typed in place below the lines
        self.payments, split = PaymentsPanel.beneath(self.lines_view, ctx, self._show_payments)
        lay.addWidget(split, 1)
        hint = QLabel(
            self.tr(
                "Type over a planned or actual amount to change it "
                "(for example 1,234.50), or over the line's payments below; Ctrl+Z undoes."
            )
        )
        hint.setWordWrap(True)
        mine = ctx.permissions
        if refusal(mine, "plan") and refusal(mine, "finance"):
            hint.setText(
                self.tr(
                    "Your role may not change amounts or payments here; the server would refuse it."
                )
            )
        history = QPushButton(self.tr("&History of the line…"))
        history.clicked.connect(self.line_history)
        self.freeze_button = QPushButton(self.tr("&Freeze baseline…"))
        self.freeze_button.setToolTip(
            self.tr("Freeze a year's planned budget as a named baseline, to compare with later")
        )
        self.freeze_button.clicked.connect(self.freeze_baseline)
        below = QHBoxLayout()
        below.addWidget(hint, 1)
        below.addWidget(self.freeze_button)
        below.addWidget(history)
        lay.addLayout(below)

        self.matrix = MatrixModel([], self)
        self.matrix_view = table_view(self.matrix)
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
        self.inputs_view = table_view(self.inputs)

        self.tabs = QTabWidget()
        self.tabs.addTab(lines_tab, self.tr("Budget lines"))
        self.tabs.addTab(matrix_tab, self.tr("By year and category"))
        self.tabs.addTab(self.inputs_view, self.tr("Inputs and ceilings"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.warning, 1)
        # payments as of a date (the reports' --as-of); unticked, every payment counts
        self.as_of_box = QCheckBox(self.tr("Payments as of"))
        self.as_of_date = QDateEdit(QDate.currentDate())
        self.as_of_date.setCalendarPopup(True)
        self.as_of_date.setDisplayFormat("yyyy-MM-dd")
        self.as_of_date.setEnabled(False)
        self.as_of_box.toggled.connect(self.as_of_date.setEnabled)
        self.as_of_box.toggled.connect(lambda _on: self.refresh())
        self.as_of_date.dateChanged.connect(self._as_of_changed)
        top.addWidget(self.as_of_box)
        top.addWidget(self.as_of_date)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

    def title(self) -> str:
        return self.tr("Budget")

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("budget/lines-header", self.lines_view.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("budget/lines-header")
        if isinstance(state, QByteArray):
            self.lines_view.horizontalHeader().restoreState(state)

    def watches(self) -> frozenset[str]:
        return frozenset({PLAN, REFERENCE, ACTIVITIES, BUDGET})

    # ------------------------------------------------------------ data
    def _as_of_changed(self) -> None:
        if self.as_of() is not None:
            self.refresh()

    def as_of(self) -> date | None:
        """The as-of date chosen, None for every payment."""
        if not self.as_of_box.isChecked():
            return None
        d = self.as_of_date.date()
        return date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        plan_id = self.ctx.plan_id
        assert plan_id is not None
        as_of = self.as_of()
        lines, summary, ceilings = self.ctx.read(
            lambda s: (
                line_rows(s, plan_id, as_of=as_of),
                budget.summary(s, plan_id, as_of=as_of),
                finance.ceilings(s, plan_id, as_of=as_of),
            )
        )
        here = self.lines_view.currentIndex()
        keep = (self.lines.row_at(here.row()).id, here.column()) if here.isValid() else None
        base = summary.base_currency
        # each amount column says its currency: the line's own, or the base currency
        for col, text in (
            (PLANNED_COL, self.tr("Planned (own)")),
            (ACTUAL_COL, self.tr("Actual (own)")),
            (PLANNED_COL + 3, self.tr("Planned ({0})").format(base)),
            (ACTUAL_COL + 3, self.tr("Actual ({0})").format(base)),
            (ACTUAL_COL + 4, self.tr("Variance ({0})").format(base)),
        ):
            self.lines.columns[col] = Column(text, True)
        self.lines.set_rows([line_row(line) for line in lines])
        self.lines.set_filter(self.search.text())
        row = None if keep is None else self.lines.view_row_of(keep[0])
        if keep is not None and row is not None:  # the cursor stays on its line after an edit
            self.lines_view.setCurrentIndex(self.lines.index(row, keep[1]))
        self._show_payments()
        self._summary = summary
        self._fill_matrix(summary)
        self._fill_inputs(ceilings)
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
                self.tr(
                    "Planned and Actual of a line are in the line's own currency (the Currency "
                    "column); the {0} columns, the matrix and the inputs are in {0}, converted "
                    "at each year's rates."
                ).format(base)
            )
        over = ceilings.over()
        if over:
            names = ", ".join(f"{c.source} {c.year}" for c in over)
            self.warning.setText(
                self.warning.text()
                + "\n"
                + self.tr(
                    "⚠ Over the ceiling (actual + committed above the envelope): {0}. "
                    "See Inputs and ceilings."
                ).format(names)
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

    def _fill_inputs(self, s: finance.Ceilings) -> None:
        """Each funding source per year against its envelope (docs/methodology.md),
        those over their ceiling in red, then the year's sum."""
        cur = s.base_currency
        self.inputs.columns = [
            Column(self.tr("Year")),
            Column(self.tr("Funding source")),
            Column(self.tr("Envelope ({0})").format(cur), True),
            Column(self.tr("Planned ({0})").format(cur), True),
            Column(self.tr("Actual ({0})").format(cur), True),
            Column(self.tr("Committed ({0})").format(cur), True),
            Column(self.tr("Remaining ({0})").format(cur), True),
            Column(self.tr("Absorption rate"), True),
            Column(self.tr("Unprogrammed ({0})").format(cur), True),
        ]
        rows: list[Row] = []
        by_year: dict[int, list[finance.Ceiling]] = {}
        for c in s.ordered():
            by_year.setdefault(c.year or 0, []).append(c)

        def cells(c: finance.Ceiling) -> list[str]:
            return [
                display.money(c.envelope),
                display.money(c.planned),
                display.money(c.actual),
                display.money(c.committed),
                display.money(c.remaining),
                display.percent(c.absorption_rate),
                display.money(c.unprogrammed),
            ]

        for year in s.years:
            for c in by_year.get(year, []):
                name = f"{c.source} — {s.sources[c.source]}" if c.source else self.tr("(no source)")
                if c.flagged:
                    name = self.tr("{0} ⚠ over ceiling").format(name)
                n = len(rows)
                rows.append(make_row(n, [str(year), name, *cells(c)], [n] * 9, flag=c.flagged))
            n = len(rows)
            total = s.by_year[year]
            rows.append(
                make_row(
                    n,
                    [str(year), self.tr("All sources"), *cells(total)],
                    [n] * 9,
                    total=True,
                )
            )
        self.inputs.set_rows(rows)
        self.inputs_view.resizeColumnsToContents()

    def freeze_baseline(self) -> str | None:
        from planner.ui.pages.budget_baseline import freeze_baseline

        return freeze_baseline(self, self.ctx)

    def _show_payments(self) -> None:
        index = self.lines_view.currentIndex()
        if not index.isValid():
            self.payments.set_line(None)
            return
        row = self.lines.row_at(index.row())
        label = " · ".join(text for text in row.display[:4] if text)
        self.payments.set_line(row.id, label, str(row.data["currency"]))

    # ------------------------------------------------------------ editing
    def _conflict(self, error: ConflictError, mine: str) -> None:
        show_conflict(self, error, mine)
        self.ctx.notify({BUDGET})  # reload: the page shows what is there now

    def set_amount(self, line_id: int, field: str, text: str, *, seen: int | None = None) -> bool:
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
        changes: dict[str, Any] = {field: value}
        try:
            self.ctx.execute(
                self.tr("Change {0} amount").format(field),
                lambda s: A.update_budget_line(s, line_id, seen=seen, **changes),
                {BUDGET},
            )
        except ConflictError as e:
            title = self.lines.columns[PLANNED_COL if field == "planned" else ACTUAL_COL].title
            self.status.setText(self.tr("Not saved: {0}").format(e.message))
            # once the cell's editor has closed: the dialog, then the page reloads
            mine = f"{title}: {text}"
            QTimer.singleShot(0, lambda err=e: self._conflict(err, mine))
            return False
        except ValidationError as e:
            self.status.setText(
                self.tr("Not saved: {0}").format("; ".join(e.for_field(field) or e.lines()))
            )
            return False
        except PlannerError as e:
            self.status.setText(self.tr("Not saved: {0}").format(e.message))
            return False
        return True

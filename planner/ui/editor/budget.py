"""The Budget tab: the activity's lines edited in place, totals from metrics."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from planner import display
from planner.errors import ConflictError, PlannerError, ValidationError
from planner.iso import CURRENCY_EXPONENTS
from planner.models import Category
from planner.money import DecimalSyntaxError
from planner.services import activities as A
from planner.services.editor_data import Budget, LineRow, PlanInfo, budget
from planner.services.reference_data import stored_id
from planner.services.workspace import Transaction
from planner.ui.conflict import show_conflict
from planner.ui.context import BUDGET, AppContext
from planner.ui.dialogs import error_label
from planner.ui.editor.choices import ComboDelegate
from planner.ui.editor.common import Host, ask, attempt, button, say, shortcut, tr
from planner.ui.editor.tables import EditableModel, Index, size_columns, table_view
from planner.ui.texts import category_text

FIELDS = A.LINE_FIELDS  # category, description, currency, planned, actual, funding_source
PLANNED, ACTUAL, BASE = 3, 4, 6
WARNING = QColor("#9a5b00")


def amount(value: Decimal | None, currency: str) -> str:
    """An amount with its currency's decimals, grouped for the user's locale."""
    return "" if value is None else display.money(value, CURRENCY_EXPONENTS.get(currency, 2))


class BudgetModel(EditableModel):
    def __init__(self, base: str, parent: Any = None) -> None:
        super().__init__(
            [
                tr("Category"),
                tr("Description"),
                tr("Currency"),
                tr("Planned"),
                tr("Actual"),
                tr("Funding source"),
                tr("Planned in %1", base),
            ],
            parent,
        )
        self.base = base
        self.year = 0
        self._icon: QIcon | None = None

    def editable(self, column: int) -> bool:
        return column < BASE

    def numeric(self, column: int) -> bool:
        return column in (PLANNED, ACTUAL, BASE)

    def text(self, row: LineRow, column: int) -> str:
        if column == 0:
            return category_text(row.category)
        if column == 1:
            return row.description
        if column == 2:
            return row.currency
        if column == PLANNED:
            return amount(row.planned, row.currency)
        if column == ACTUAL:
            return amount(row.actual, row.currency)
        if column == 5:
            return row.funding_source or ""
        if row.planned_base is None:
            return "⚠ " + tr("no rate")
        return amount(row.planned_base, self.base)

    def edit_value(self, row: LineRow, column: int) -> Any:
        if column == 0:
            return row.category
        if column == 5:
            return row.funding_source
        return self.text(row, column)

    def cell(self, row: LineRow, column: int, role: int) -> Any:
        if row.has_rate or column not in (2, BASE):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(
                "No exchange rate for %1 in %2: this line is left out of the totals in %3.",
                row.currency,
                str(self.year),
                self.base,
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(WARNING)
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            if self._icon is None:
                self._icon = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning
                )
            return self._icon
        return None


class AmountDelegate(QStyledItemDelegate):
    """Amounts typed as text (``1,234.50``); the model reads them exactly."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        edit = QLineEdit(parent)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class BudgetTab(QWidget):
    def __init__(self, ctx: AppContext, info: PlanInfo, host: Host) -> None:
        super().__init__()
        self.ctx, self.info, self.host = ctx, info, host
        self.model = BudgetModel(info.base_currency, self)
        self.model.save = self.save
        self.view = table_view(self.model, editable=True)
        currencies = [info.base_currency, *sorted(set(CURRENCY_EXPONENTS) - {info.base_currency})]
        self.view.setItemDelegateForColumn(
            0, ComboDelegate(lambda: [(category_text(c), c.value) for c in Category], self.view)
        )
        self.view.setItemDelegateForColumn(
            2, ComboDelegate(lambda: [(c, c) for c in currencies], self.view)
        )
        self.view.setItemDelegateForColumn(
            5,
            ComboDelegate(
                lambda: (
                    [(tr("— none —"), None)]
                    + [(f"{f.code} — {f.name}", f.code) for f in self.info.funding_sources]
                ),
                self.view,
            ),
        )
        amounts = AmountDelegate(self.view)
        self.view.setItemDelegateForColumn(PLANNED, amounts)
        self.view.setItemDelegateForColumn(ACTUAL, amounts)
        size_columns(self.view, (13, 24, 9, 14, 14, 12, 14), stretch=1)
        shortcut(self.view, [QKeySequence(QKeySequence.StandardKey.Delete)], self.delete_selected)
        shortcut(self.view, ["Insert", "Ctrl+N"], self.add_line)

        self.status = error_label()
        self.by_currency = QLabel()
        self.by_currency.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.in_base = QLabel()
        self.in_base.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {WARNING.name()};")
        totals = QGridLayout()
        totals.addWidget(QLabel(tr("Totals by currency:")), 0, 0, Qt.AlignmentFlag.AlignTop)
        totals.addWidget(self.by_currency, 0, 1)
        totals.addWidget(QLabel(tr("In %1:", info.base_currency)), 1, 0, Qt.AlignmentFlag.AlignTop)
        totals.addWidget(self.in_base, 1, 1)
        totals.addWidget(self.warnings, 2, 0, 1, 2)
        totals.setColumnStretch(1, 1)
        buttons = QVBoxLayout()
        self.add_button = button(tr("&Add line"), self.add_line, tr("Add a budget line (Insert)"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(
            button(
                tr("De&lete line…"), self.delete_selected, tr("Delete the selected lines (Delete)")
            )
        )
        buttons.addStretch(1)
        below = QGridLayout()
        below.addLayout(totals, 0, 0)
        below.addLayout(buttons, 0, 1)
        below.setColumnStretch(0, 1)
        from planner.ui.payments_panel import PaymentsPanel  # it borrows this module's delegate

        self.payments, split = PaymentsPanel.beneath(self.view, ctx, self._show_payments, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(below)

    @property
    def aid(self) -> int:
        aid = self.host.activity_id
        assert aid is not None
        return aid

    # ------------------------------------------------------------ reading
    def refresh(self) -> None:
        plan_id, aid = self.ctx.plan_id, self.aid
        assert plan_id is not None
        found: Budget = self.ctx.read(lambda s: budget(s, plan_id, aid))
        self.model.year = found.year
        self.model.set_rows(found.lines)
        self.by_currency.setText(
            "\n".join(
                tr("%1: planned %2, actual %3", cur, amount(planned, cur), amount(actual, cur))
                for cur, planned, actual in found.by_currency
            )
            or tr("no lines yet")
        )
        base = found.base_currency
        self.in_base.setText(
            tr(
                "planned %1, actual %2 (at %3 rates)",
                amount(found.planned_base, base),
                amount(found.actual_base, base),
                str(found.year),
            )
        )
        warnings = []
        if found.lines_without_rate:
            warnings.append(
                "⚠ "
                + tr(
                    "Lines without an exchange rate for %1 (left out of the totals in %2): %3",
                    found.year,
                    base,
                    found.lines_without_rate,
                )
            )
        if found.lines_without_actuals:
            warnings.append(
                tr("Lines without an actual amount yet: %1", found.lines_without_actuals)
            )
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self._show_payments()

    def _show_payments(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            self.payments.set_line(None)
            return
        row: LineRow = self.model.rows[index.row()]
        label = row.description or category_text(row.category)
        self.payments.set_line(row.id, label, row.currency)

    # ------------------------------------------------------------ editing
    def save(self, row: LineRow, column: int, value: Any) -> bool:
        field = FIELDS[column]
        title = self.model.columns[column]
        say(self.status, "")
        if field in ("planned", "actual"):
            text = str(value or "").strip()
            if field == "actual" and not text:
                value = None
            else:
                try:
                    value = display.parse_amount(text)
                except DecimalSyntaxError as e:
                    say(self.status, f"{title}: {e}")
                    return False
        old = getattr(row, field)
        if value == old:
            return True
        line_id, new, seen = row.id, value, row.version

        def do(s: Transaction) -> None:
            A.update_budget_line(s, line_id, seen=seen, **{field: new})

        def refused(e: PlannerError) -> bool:
            if isinstance(e, ConflictError):
                mine = f"{title}: {'' if new is None else new}"
                QTimer.singleShot(0, lambda: self._conflict(e, mine))  # once the cell closed
                return True
            messages = e.for_field(field) if isinstance(e, ValidationError) else []
            say(self.status, f"{title}: " + "; ".join(messages or e.lines()))
            return True

        label = row.description or category_text(row.category)
        return attempt(
            self.ctx,
            self,
            tr("Change %1 of the budget line “%2”", title.lower(), label),
            do,
            {BUDGET},
            refused,
        )

    def _conflict(self, error: ConflictError, mine: str) -> None:
        show_conflict(self, error, mine)
        self.refresh()

    def add_line(self) -> None:
        aid, base = self.aid, self.info.base_currency
        made: list[int] = []

        def do(s: Transaction) -> None:
            line = A.add_budget_line(
                s, aid, category=Category.OTHER.value, description="", currency=base,
                planned=Decimal(0), actual=None, funding_source=None,
            )  # fmt: skip
            made[:] = [stored_id(line.id)]

        if not attempt(self.ctx, self, tr("Add a budget line"), do, {BUDGET}):
            return
        self.refresh()
        row = self.model.row_of(made[0])
        if row is not None:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.setFocus()

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        chosen = [self.model.rows[r] for r in rows]
        if not chosen:
            return
        more = "…" if len(chosen) > 3 else ""
        names = ", ".join(f"“{r.description or category_text(r.category)}”" for r in chosen[:3])
        if not ask(
            self,
            tr("Delete budget lines"),
            tr("Delete the selected budget lines (%1): %2?", len(chosen), names + more),
        ):
            return
        gone = [r.id for r in chosen]

        def do(s: Transaction) -> None:
            for line_id in gone:
                A.delete_budget_line(s, line_id)

        attempt(self.ctx, self, tr("Delete budget lines (%1)", len(chosen)), do, {BUDGET})

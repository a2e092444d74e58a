"""A budget line's payments, typed in place like amounts: date, amount (in the
line's currency, a refund negative), voucher, note and the rate it was booked at.

Shown under the lines of the Budget page and of the activity editor's Budget tab,
for the line that is current there. Each edit is one journaled transaction on the
undo stack; a refused value shows why and changes nothing. An edit that would
leave the line's actual below zero asks first (No by default).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner import display
from planner.errors import PlannerError, ValidationError
from planner.iso import CURRENCY_EXPONENTS
from planner.money import DecimalSyntaxError
from planner.services import payments as P
from planner.services.payments import PaymentRow
from planner.services.workspace import Transaction
from planner.ui.context import BUDGET, AppContext
from planner.ui.dialogs import plain, show_error
from planner.ui.editor.budget import AmountDelegate
from planner.ui.editor.common import button, shortcut
from planner.ui.editor.tables import EditableModel, size_columns, table_view
from planner.ui.roles import refusal, restrict

# the panel's columns, in order, and the payment field each edits
COLUMNS = ("date", "amount", "reference", "note", "booked_rate")
DATE, AMOUNT, REFERENCE, NOTE, RATE = range(5)


def _amount(value: Decimal, currency: str) -> str:
    return display.money(value, CURRENCY_EXPONENTS.get(currency, 2))


class PaymentsModel(EditableModel):
    """Every cell editable; amounts shown in the line's currency."""

    def editable(self, column: int) -> bool:
        return True

    def numeric(self, column: int) -> bool:
        return column in (AMOUNT, RATE)

    def text(self, row: PaymentRow, column: int) -> str:
        if column == DATE:
            return "" if row.date is None else row.date.isoformat()
        if column == AMOUNT:
            return _amount(row.amount, row.currency)
        if column == REFERENCE:
            return row.reference
        if column == NOTE:
            return row.note
        return "" if row.booked_rate is None else str(row.booked_rate)


class PaymentsPanel(QWidget):
    """The payments of one budget line (``set_line``), edited in place."""

    @classmethod
    def beneath(
        cls, lines: QTableView, ctx: AppContext, follow: Callable[[], None], share: int = 1
    ) -> tuple[PaymentsPanel, QSplitter]:
        """A panel under the table of budget ``lines``, in a splitter giving the lines 3
        parts to its ``share``; ``follow`` shows the current line's payments when the
        current row changes (the Budget page and the activity editor)."""
        panel = cls(ctx)
        lines.selectionModel().currentRowChanged.connect(lambda _now, _before: follow())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(lines)
        split.addWidget(panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, share)
        split.setChildrenCollapsible(False)
        return panel, split

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.line_id: int | None = None
        self.currency = ""
        # asks before an edit that leaves the line's actual below zero (tests replace it)
        self.confirm: Callable[[str], bool] = self._ask
        self.model = PaymentsModel(
            [
                self.tr("Date"),
                self.tr("Amount"),
                self.tr("Voucher"),
                self.tr("Note"),
                self.tr("Booked rate"),
            ],
            self,
        )
        self.model.save = self.save
        self.view = table_view(self.model, editable=True)
        self.view.setItemDelegateForColumn(AMOUNT, AmountDelegate(self.view))
        self.view.setItemDelegateForColumn(RATE, AmountDelegate(self.view))
        size_columns(self.view, (11, 14, 12, 24, 11), stretch=NOTE)
        shortcut(self.view, ["Insert", "Ctrl+N"], self.add)
        shortcut(self.view, [QKeySequence(QKeySequence.StandardKey.Delete)], self.delete)
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #b00020;")
        self.status.setVisible(False)
        self.add_button = button(
            self.tr("Add &payment"), self.add, self.tr("Add a payment to the line (Insert)")
        )
        self.delete_button = button(
            self.tr("Delete payment"), self.delete, self.tr("Delete the current payment (Delete)")
        )
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        self.import_button = button(
            self.tr("&Import payments…"),
            self.import_file,
            self.tr("Record the payments of a finance system's CSV or XLSX file, all or nothing"),
        )
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        # room for the caption and five payments, whatever splitter it sits in
        self.setMinimumHeight(self.fontMetrics().height() * 12)
        self.label = ""
        self.set_line(None)

    # ------------------------------------------------------------ reading
    def set_line(self, line_id: int | None, label: str = "", currency: str = "") -> None:
        """Show the payments of this line, in its currency (None: no line chosen)."""
        if line_id != self.line_id:
            self.say("")
        self.line_id, self.label, self.currency = line_id, label, currency
        self.refresh()

    def refresh(self) -> None:
        line_id = self.line_id
        rows: list[PaymentRow] = []
        if line_id is not None:
            try:
                rows = self.ctx.read(lambda s: P.rows_of(s, line_id))
            except PlannerError:  # the line is gone (deleted, or undone)
                self.line_id = None
        self.model.set_rows(rows)
        on = self.line_id is not None
        self.add_button.setEnabled(on)
        self.delete_button.setEnabled(on and bool(rows))
        self.view.setEnabled(on)
        why = self.refused()
        restrict(why, self.add_button, self.delete_button, self.import_button)
        if why:  # the payments stay readable, not editable
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.view.setToolTip(why)
        if not on:
            self.caption.setText(self.tr("Payments: choose a budget line above."))
            return
        total = sum((r.amount for r in rows), Decimal(0))
        self.caption.setText(
            self.tr("Payments of {0}: {1}, total {2} {3}").format(
                self.label or self.tr("the line"),
                len(rows),
                _amount(total, self.currency) if rows else "—",
                self.currency,
            )
        )

    def refused(self) -> str:
        """Why the user's role may not change payments ('' if it may)."""
        return refusal(self.ctx.permissions, "finance")

    def _refuse(self) -> bool:
        """Say why (keys still reach add and delete) when the role may not edit."""
        why = self.refused()
        if why:
            self.say(self.tr("Not saved: {0}").format(why))
        return bool(why)

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # ------------------------------------------------------------ editing
    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Negative actual"),
            plain(text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _value(self, column: int, value: Any) -> Any:
        """The typed text as the service takes it; DecimalSyntaxError if it is no amount."""
        text = str(value or "").strip()
        if column == AMOUNT:
            if not text:
                raise DecimalSyntaxError(self.tr("an amount is required"))
            return display.parse_amount(text)
        if column == RATE:
            return display.parse_amount(text) if text else None
        if column == DATE:
            return text or None
        return text

    def _negative_ok(self, total: Decimal) -> bool:
        if total >= 0:
            return True
        shown = _amount(total, self.currency)
        return self.confirm(
            self.tr(
                "The line's actual would be {0} {1}, below zero: refunds would exceed "
                "what was paid. Save anyway?"
            ).format(shown, self.currency)
        )

    def save(self, row: PaymentRow, column: int, value: Any) -> bool:
        field = COLUMNS[column]
        title = self.model.columns[column]
        self.say("")
        try:
            new = self._value(column, value)
        except DecimalSyntaxError as e:
            self.say(self.tr("Not saved: {0}: {1}").format(title, str(e)))
            return False
        old = {
            "date": None if row.date is None else row.date.isoformat(),
            "amount": row.amount,
            "reference": row.reference,
            "note": row.note,
            "booked_rate": row.booked_rate,
        }[field]
        if new == old:
            return True
        if field == "amount":
            total = sum((r.amount for r in self.model.rows if r.id != row.id), Decimal(0)) + new
            if not self._negative_ok(total):
                self.say(self.tr("Not saved: the line's actual would be below zero."))
                return False
        payment_id = row.id

        def do(s: Transaction) -> None:
            P.update_payment(s, payment_id, **{field: new})

        return self._run(self.tr("Change the {0} of a payment").format(title.lower()), do, field)

    def _run(self, text: str, do: Callable[[Transaction], Any], field: str | None) -> bool:
        try:
            self.ctx.execute(text, do, {BUDGET})
        except ValidationError as e:
            found = e.for_field(field) if field else []
            self.say(self.tr("Not saved: {0}").format("; ".join(found or e.lines())))
            return False
        except PlannerError as e:
            self.say(self.tr("Not saved: {0}").format(e.message))
            return False
        self.refresh()
        return True

    def add(self) -> None:
        """A new payment dated today, of zero; the cursor goes to its amount."""
        line_id = self.line_id
        if line_id is None or self._refuse():
            return
        made: list[int] = []
        today = date.today().isoformat()

        def do(s: Transaction) -> None:
            made.append(P.add_payment(s, line_id, date=today, amount=Decimal(0)).id or 0)

        if not self._run(self.tr("Add a payment"), do, None):
            return
        row = self.model.row_of(made[0])
        if row is not None:
            index = self.model.index(row, AMOUNT)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.setFocus()

    def delete(self) -> None:
        index = self.view.currentIndex()
        if self.line_id is None or not index.isValid() or self._refuse():
            return
        row: PaymentRow = self.model.rows[index.row()]
        total = sum((r.amount for r in self.model.rows if r.id != row.id), Decimal(0))
        if not self._negative_ok(total):
            self.say(self.tr("Not deleted: the line's actual would be below zero."))
            return
        payment_id = row.id
        self._run(self.tr("Delete a payment"), lambda s: P.delete_payment(s, payment_id), None)

    def import_file(self, path: str | None = None) -> int | None:
        """Import a finance system's payments file (CSV or XLSX), all or nothing, as one
        undoable step; says how many payments were recorded and which lines went below
        zero. Returns the count, None if nothing was imported."""
        from planner.services.payments_import import import_payments

        plan_id = self.ctx.plan_id
        if self._refuse():
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import payments"),
                "",
                self.tr("Payments files (*.csv *.xlsx)"),
            )
        if not path or plan_id is None:
            return None
        name = path.replace("\\", "/").rsplit("/", 1)[-1]
        try:
            done = self.ctx.execute(
                self.tr("Import payments from {0}").format(name),
                lambda s: import_payments(s, plan_id, path),
                {BUDGET},
            )
        except PlannerError as e:
            show_error(self, e, self.tr("Nothing was imported"))
            return None
        text = self.tr("Recorded %n payment(s) from {0}.", "", done.count).format(name)
        if done.negative:
            text += "\n\n" + self.tr(
                "⚠ These lines' actual is now below zero (refunds exceed payments): {0}"
            ).format("; ".join(done.negative))
        if done.unread:
            text += "\n\n" + self.tr(
                "These columns are not a payments file's and were not read: {0}"
            ).format(", ".join(done.unread))
        QMessageBox.information(self, self.tr("Import payments"), plain(text))
        return int(done.count)

"""The Reference data page's money: exchange rates (currencies down, years across)
and envelopes (funding sources down, years across, in base currency).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from planner import display
from planner.errors import PlannerError, ValidationError
from planner.iso import CURRENCY_EXPONENTS
from planner.money import exponent_of
from planner.services import plans as P
from planner.services.reference_data import RateRow, envelope_id, envelopes, rate_id, rates
from planner.services.workspace import Transaction
from planner.ui.context import BUDGET, AppContext
from planner.ui.dialogs import FormDialog, confirm
from planner.ui.pages.reference_grid import (
    Cell,
    GridRow,
    Section,
    amount,
    message_of,
    stretch_years,
)


class RateDialog(FormDialog):
    """A new rate, or (``at``: its year and currency) the source and date of one."""

    def __init__(
        self,
        section: RatesSection,
        years: list[int],
        base: str,
        at: tuple[int, str] | None = None,
    ) -> None:
        title = section.tr("Add an exchange rate") if at is None else section.tr("Exchange rate")
        super().__init__(section, title)
        self.section = section
        self.year = QComboBox()
        for y in years:
            self.year.addItem(str(y), y)
        self.add("year", section.tr("Year"), self.year)
        self.currency = QComboBox()
        self.currency.addItems([c for c in sorted(CURRENCY_EXPONENTS) if c != base])
        self.currency.setEditable(True)
        self.currency.setCurrentText("USD" if base != "USD" else "EUR")
        self.add("currency", section.tr("Currency"), self.currency)
        self.rate = QLineEdit()
        self.add("to_base", section.tr("1 unit = … {0}").format(base), self.rate)
        self.source = QLineEdit()
        self.source.setPlaceholderText(section.tr("for example PBOC central parity rate"))
        self.add("source", section.tr("Source of the rate"), self.source)
        self.rate_date = QLineEdit()
        self.rate_date.setPlaceholderText("YYYY-MM-DD")
        self.add("rate_date", section.tr("Date of the rate"), self.rate_date)
        if at is not None:
            year, currency = at
            self.year.setCurrentIndex(self.year.findData(year))
            self.currency.setCurrentText(currency)
            self.year.setEnabled(False)
            self.currency.setEnabled(False)
            found = section.found.get(at)
            if found is not None:
                self.rate.setText(found.to_base)
                self.source.setText(found.source or "")
                day = found.rate_date
                self.rate_date.setText("" if day is None else day.isoformat())
        self.finish()

    def accept_values(self) -> None:
        self.section.set_rate(
            self.year.currentData(),
            self.currency.currentText().strip().upper(),
            amount(self.rate.text(), "to_base"),
            source=self.source.text().strip() or None,
            rate_date=self.rate_date.text().strip() or None,
        )


class RatesSection(Section):
    """Currencies down, years across: units of base currency for one unit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [], parent)
        self.years: list[int] = []
        self.base = ""
        self.rates: dict[tuple[int, str], str] = {}
        self.found: dict[tuple[int, str], RateRow] = {}
        self.add_button(self.tr("&Add a rate…"), self.add_item, insert=True)
        self.add_button(self.tr("&Source and date…"), self.describe_current)
        self.add_button(self.tr("&Delete rate…"), self.delete_current)
        self.buttons.addStretch(1)
        self.note = QLabel()
        self.buttons.addWidget(self.note)

    def refresh(self) -> None:
        plan_id = self.plan_id
        found = self.ctx.read(lambda s: rates(s, plan_id))
        self.base = found.base_currency
        self.years = list(range(found.start_year, found.start_year + found.years))
        self.rates = {(r.year, r.currency): r.to_base for r in found.rates}
        self.found = {(r.year, r.currency): r for r in found.rates}
        self.note.setText(self.tr("1 unit of the currency = rate × {0}").format(self.base))

        def rate_cell(year: int, currency: str) -> Cell:
            text = self.rates.get((year, currency), "")
            r = self.found.get((year, currency))
            said = [] if r is None else [r.source or "", str(r.rate_date or "")]
            tip = ", ".join(x for x in said if x)
            shown = self.tr("Source: {0}").format(tip) if tip else ""
            return Cell(text, text, tip=shown, numeric=True)

        rows = [
            GridRow(
                currency,
                (
                    Cell(currency),
                    *(rate_cell(y, currency) for y in self.years),
                ),
            )
            for currency in sorted({c for _y, c in self.rates})
        ]
        self.set_rows(rows, [self.tr("Currency")] + [str(y) for y in self.years])
        stretch_years(self.table)

    def _commit(self, row: GridRow, column: int, text: str) -> bool:
        year, currency = self.years[column - 1], row.key
        if not text.strip():
            return self._delete(year, currency)
        try:
            return self.set_rate(year, currency, amount(text, "to_base"))
        except PlannerError as e:
            self.show_error(message_of(e))
            return False

    def set_rate(self, year: int, currency: str, rate: Decimal, **described: str | None) -> bool:
        """Raises PlannerError if refused (shown by the caller). ``described``: the
        rate's ``source`` and ``rate_date`` (kept as they are when not given)."""
        plan_id = self.plan_id

        def do(s: Transaction) -> None:
            P.set_rate(s, plan_id, year=year, currency=currency, to_base=rate, **described)

        text = self.tr("Set the {0} rate of {1}").format(currency, year)
        self.ctx.execute(text, do, {BUDGET})
        self.show_error("")
        return True

    def _delete(self, year: int, currency: str) -> bool:
        old, plan_id = self.rates.get((year, currency)), self.plan_id
        if old is None:
            return False

        def do(s: Transaction) -> None:
            P.delete_rate(s, rate_id(s, plan_id, year, currency))

        return self.run(self.tr("Delete the {0} rate of {1}").format(currency, year), do, {BUDGET})

    def add_item(self) -> None:
        RateDialog(self, self.years, self.base).exec()

    def describe_current(self) -> None:
        """The current rate's source and date (and its value), in a form."""
        index = self.table.currentIndex()
        if not index.isValid() or index.column() == 0:
            return
        at = (self.years[index.column() - 1], self.model.rows[index.row()].key)
        if at in self.rates:
            RateDialog(self, self.years, self.base, at).exec()

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or index.column() == 0:
            return
        year, currency = self.years[index.column() - 1], self.model.rows[index.row()].key
        if (year, currency) not in self.rates:
            return
        if confirm(
            self,
            self.tr("Exchange rates"),
            self.tr("Delete the {0} rate of {1}?").format(currency, year),
            self.tr("Delete"),
        ):
            self._delete(year, currency)


# ------------------------------------------------------------------ envelopes
class EnvelopesSection(Section):
    """Funding sources down, years across, in base currency; totals from metrics."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [], parent)
        self.years: list[int] = []
        self.places = 2
        self.amounts: dict[tuple[int, str], Decimal] = {}
        self.note = QLabel()
        self.buttons.addWidget(self.note)
        self.buttons.addStretch(1)

    def refresh(self) -> None:
        plan_id = self.plan_id
        found = self.ctx.read(lambda s: envelopes(s, plan_id))
        figures = found.figures
        self.places = exponent_of(figures.base_currency)
        self.years = [y.year for y in figures.inputs]
        self.amounts = {
            (e.year, e.funding_source): Decimal(e.amount_minor).scaleb(-self.places)
            for e in found.envelopes
        }
        self.note.setText(
            self.tr("Amounts in {0}. Type an amount; empty it to remove.").format(
                figures.base_currency
            )
        )

        def cell(y: int, code: str) -> Cell:
            value = self.amounts.get((y, code))
            text = "" if value is None else display.money(value, self.places)
            return Cell(text, text, numeric=True)

        rows = [
            GridRow(f.code, (Cell(f"{f.code} — {f.name}"), *(cell(y, f.code) for y in self.years)))
            for f in found.sources
        ]
        rows.append(
            GridRow(
                None,
                (
                    Cell(self.tr("Total input"), strong=True),
                    *(
                        Cell(display.money(y.input, self.places), numeric=True, strong=True)
                        for y in figures.inputs
                    ),
                ),
            )
        )
        self.set_rows(rows, [self.tr("Funding source")] + [str(y) for y in self.years])
        stretch_years(self.table, 300)

    def _commit(self, row: GridRow, column: int, text: str) -> bool:
        year, code = self.years[column - 1], row.key
        old, plan_id = self.amounts.get((year, code)), self.plan_id

        def put(value: Decimal | None) -> Callable[[Transaction], None]:
            def work(s: Transaction) -> None:
                if value is None:
                    P.delete_envelope(s, envelope_id(s, plan_id, year, code))
                else:
                    P.set_envelope(s, plan_id, year=year, funding_source=code, amount=value)

            return work

        if not text.strip():
            if old is None:
                return False
            label = self.tr("Remove the {0} envelope from {1}").format(year, code)
            return self.run(label, put(None), {BUDGET})
        try:
            new = amount(text, "amount")
        except ValidationError as e:
            self.show_error(message_of(e))
            return False
        label = self.tr("Set the {0} envelope from {1}").format(year, code)
        return self.run(label, put(new), {BUDGET})

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or index.column() == 0:
            return
        row = self.model.rows[index.row()]
        year = self.years[index.column() - 1]
        if row.key is None or (year, row.key) not in self.amounts:
            return
        if confirm(
            self,
            self.tr("Envelopes"),
            self.tr("Remove the {0} envelope from {1}?").format(year, row.key),
            self.tr("Remove"),
        ):
            self._commit(row, index.column(), "")

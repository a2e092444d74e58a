"""Reference data: the plan's settings, administrations, themes, funding sources,
exchange rates and envelopes, each edited in place and saved at once.

Every edit is a service call inside ``ctx.execute`` with its inverse, so Ctrl+Z
undoes it. Undo steps find their rows by code (and year), never by database id:
a row deleted and restored by undo comes back with a new id, its code stays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session, select

from planner import display
from planner.errors import NotFoundError, PlannerError, Problem, ValidationError
from planner.iso import CURRENCY_EXPONENTS
from planner.models import Administration, Envelope, ExchangeRate, FundingSource, Plan, Theme
from planner.money import DecimalSyntaxError, exponent_of
from planner.services import metrics
from planner.services import plans as P
from planner.services.common import codes
from planner.ui.context import BUDGET, PLAN, REFERENCE, AppContext
from planner.ui.dialogs import FormDialog, confirm, error_label, show_error
from planner.ui.pages import Page

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def message_of(error: PlannerError) -> str:
    return "; ".join(error.lines())


def amount(text: str, field: str) -> Decimal:
    """A number typed in the user's locale (``1,234,567.50``), exactly."""
    try:
        return display.parse_amount(text)
    except DecimalSyntaxError as e:
        raise ValidationError([Problem(field, str(e))]) from e


def row_id(session: Session, model: type[Any], plan_id: int, code: str, what: str) -> int:
    found = codes(session, model, plan_id).get(code)
    if found is None:
        raise NotFoundError(f"the {what} {code} no longer exists")
    return found


# ------------------------------------------------------------------ a grid model
@dataclass(frozen=True)
class Cell:
    text: str = ""
    edit: str | None = None  # what the editor starts with; None: read-only
    tip: str = ""
    numeric: bool = False
    strong: bool = False


@dataclass(frozen=True)
class GridRow:
    key: Any
    cells: tuple[Cell, ...]


Commit = Callable[[GridRow, int, str], bool]


class GridModel(QAbstractTableModel):
    """Rows of cells prepared by the page; an edit goes to ``commit`` (which saves
    through a service and returns whether it was taken), never into the model."""

    def __init__(self, columns: list[str], commit: Commit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._commit = commit
        self.rows: list[GridRow] = []

    def set_rows(self, rows: list[GridRow], columns: list[str] | None = None) -> None:
        """New content: updated in place (keeping the current cell and any open
        editor) when rows and columns are the same, else a reset."""
        same = [r.key for r in rows] == [r.key for r in self.rows]
        if columns is not None and columns != self.columns:
            same = False
        if same and rows:
            self.rows = rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1)
            )
            return
        self.beginResetModel()
        self.rows = rows
        if columns is not None:
            self.columns = columns
        self.endResetModel()

    def row_of(self, key: Any) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.key == key), None)

    def row_of_text(self, text: str, column: int = 0) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.cells[column].text == text), None)

    def cell(self, index: Index) -> Cell:
        return self.rows[index.row()].cells[index.column()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.EditRole:
            return cell.edit if cell.edit is not None else cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tip or cell.text or None
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.numeric:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and cell.strong:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.cell(index).edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        cell = self.cell(index)
        if cell.edit is None or str(value) == cell.edit:
            return False
        return self._commit(self.rows[index.row()], index.column(), str(value))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None


class EditTable(QTableView):
    """A table edited from the keyboard: Enter or F2 edits, typing replaces,
    Escape cancels, Delete asks to delete."""

    deleteRequested = Signal()
    insertRequested = Signal()

    def __init__(self, model: GridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setHighlightSections(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentIndex().isValid():
                self.edit(self.currentIndex())
            event.accept()
            return
        if not editing and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit()
            event.accept()
            return
        if not editing and event.key() == Qt.Key.Key_Insert:
            self.insertRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def select_cell(self, row: int | None, column: int) -> None:
        if row is None or not 0 <= row < self.model().rowCount():
            return
        self.setCurrentIndex(self.model().index(row, column))


def stretch_years(table: QTableView, first: int = 120) -> None:
    """The first column (what the row is) at a set width, the years sharing the rest."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    if header.count():
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, first)


class Section(QWidget):
    """One tab: a table, its buttons and a line for refused edits."""

    def __init__(self, ctx: AppContext, columns: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = GridModel(columns, self._commit, self)
        self.table = EditTable(self.model, self)
        self.table.deleteRequested.connect(self.delete_current)
        self.error = error_label()
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(self.buttons)

    @property
    def plan_id(self) -> int:
        assert self.ctx.plan_id is not None
        return self.ctx.plan_id

    def add_button(self, text: str, slot: Callable[[], None], insert: bool = False) -> QPushButton:
        """A button under the table; ``insert``: the Insert key in the table does it too."""
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        if insert:
            self.table.insertRequested.connect(slot)
        return button

    def run(self, text: str, do: Any, undo: Any, changes: set[str]) -> bool:
        """Save through ctx.execute; a refusal shows the core's message under the table."""
        try:
            self.ctx.execute(text, do, undo, changes)
        except PlannerError as e:
            self.show_error(message_of(e))
            return False
        self.show_error("")
        return True

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def set_rows(self, rows: list[GridRow], columns: list[str] | None = None) -> None:
        current = self.table.currentIndex()
        key = self.model.rows[current.row()].key if current.isValid() else None
        self.model.set_rows(rows, columns)
        if current.isValid() and self.table.currentIndex() != current:
            row = self.model.row_of(key)
            self.table.select_cell(row if row is not None else current.row(), current.column())

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _commit(self, row: GridRow, column: int, text: str) -> bool:  # pragma: no cover
        raise NotImplementedError

    def delete_current(self) -> None:
        pass


# ------------------------------------------------------- administrations, themes, sources
@dataclass(frozen=True)
class Kind:
    model: type[Any]
    what: str  # the core's word, for messages from the UI side
    tab: str
    add_title: str
    added: str  # "Add theme {0}"
    changed: str  # "Change theme {0}"
    deleted: str  # "Delete theme {0}"
    ask: str  # "Delete theme {0}?"


class ReferenceDialog(FormDialog):
    def __init__(self, section: ReferenceSection) -> None:
        super().__init__(section, section.kind.add_title)
        self.section = section
        self.code = self.add("code", section.tr("Code"), QLineEdit())
        self.name = self.add("name", section.tr("Name"), QLineEdit())
        self.country: QLineEdit | None = None
        if section.countries:
            self.country = self.add("country", section.tr("Country (ISO code)"), QLineEdit())
        self.setMinimumWidth(420)
        self.finish()

    def accept_values(self) -> None:
        values = {"code": self.code.text().strip(), "name": self.name.text().strip()}
        if self.country is not None:
            values["country"] = self.country.text().strip().upper() or None
        self.section.add_values(values)


class ReferenceSection(Section):
    def __init__(self, ctx: AppContext, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [], parent)
        self.kind = kind
        self.countries = kind.model is Administration
        columns = [self.tr("Code"), self.tr("Name")]
        if self.countries:
            columns.append(self.tr("Country"))
        self.model.set_rows([], columns)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 140)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self.countries:
            header.resizeSection(2, 90)
        self.add_button(self.tr("&Add…"), self.add_item, insert=True)
        self.add_button(self.tr("&Delete…"), self.delete_current)
        self.buttons.addStretch(1)

    def refresh(self) -> None:
        plan_id, model = self.plan_id, self.kind.model
        found = self.ctx.read(
            lambda s: [
                (r.id, r.code, r.name, getattr(r, "country", None) or "")
                for r in s.exec(select(model).where(model.plan_id == plan_id).order_by(model.id))
            ]
        )
        self.set_rows(
            [
                GridRow(
                    rid,
                    (Cell(code, code), Cell(name, name), Cell(country, country))[
                        : len(self.model.columns)
                    ],
                )
                for rid, code, name, country in found
            ]
        )

    def _values(self, row: GridRow) -> dict[str, Any]:
        values: dict[str, Any] = {"code": row.cells[0].text, "name": row.cells[1].text}
        if self.countries:
            values["country"] = row.cells[2].text or None
        return values

    def _commit(self, row: GridRow, column: int, text: str) -> bool:
        field = ("code", "name", "country")[column]
        value: str | None = text.strip()
        if field == "country":
            value = (value or "").upper() or None
        before = self._values(row)
        old_code = before["code"]
        new_code = value if field == "code" else old_code
        model, what, plan_id = self.kind.model, self.kind.what, self.plan_id

        def do(s: Session) -> None:
            P.update_reference(
                s, model, row_id(s, model, plan_id, old_code, what), **{field: value}
            )

        def undo(s: Session) -> None:
            rid = row_id(s, model, plan_id, str(new_code), what)
            P.update_reference(s, model, rid, **{field: before[field]})

        return self.run(self.kind.changed.format(old_code), do, undo, {REFERENCE})

    def add_item(self) -> None:
        ReferenceDialog(self).exec()

    def add_values(self, values: dict[str, Any]) -> None:
        """Called by the dialog; raises ValidationError (shown there) if refused."""
        model, what, plan_id = self.kind.model, self.kind.what, self.plan_id

        def do(s: Session) -> None:
            P.add_reference(s, model, plan_id, **values)

        def undo(s: Session) -> None:
            P.delete_reference(s, model, row_id(s, model, plan_id, values["code"], what))

        self.ctx.execute(self.kind.added.format(values["code"]), do, undo, {REFERENCE})
        self.show_error("")
        self.table.select_cell(self.model.row_of_text(values["code"]), 0)

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        values = self._values(self.model.rows[index.row()])
        code = values["code"]
        if not confirm(self, self.kind.tab, self.kind.ask.format(code), self.tr("Delete")):
            return
        model, what, plan_id = self.kind.model, self.kind.what, self.plan_id

        def do(s: Session) -> None:
            P.delete_reference(s, model, row_id(s, model, plan_id, code, what))

        def undo(s: Session) -> None:
            P.add_reference(s, model, plan_id, **values)

        try:
            self.ctx.execute(self.kind.deleted.format(code), do, undo, {REFERENCE})
        except PlannerError as e:
            self.show_error(message_of(e))
            show_error(self, e, self.tr("Not deleted"))
        else:
            self.show_error("")


# ------------------------------------------------------------------ exchange rates
class RateDialog(FormDialog):
    def __init__(self, section: RatesSection, years: list[int], base: str) -> None:
        super().__init__(section, section.tr("Add an exchange rate"))
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
        self.rate = self.add("to_base", section.tr("1 unit = … {0}").format(base), QLineEdit())
        self.finish()

    def accept_values(self) -> None:
        self.section.set_rate(
            self.year.currentData(),
            self.currency.currentText().strip().upper(),
            amount(self.rate.text(), "to_base"),
        )


class RatesSection(Section):
    """Currencies down, years across: units of base currency for one unit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [], parent)
        self.years: list[int] = []
        self.base = ""
        self.rates: dict[tuple[int, str], str] = {}
        self.add_button(self.tr("&Add a rate…"), self.add_item, insert=True)
        self.add_button(self.tr("&Delete rate…"), self.delete_current)
        self.buttons.addStretch(1)
        self.note = QLabel()
        self.buttons.addWidget(self.note)

    def refresh(self) -> None:
        plan_id = self.plan_id

        def read(s: Session) -> tuple[Plan, list[tuple[int, str, str]]]:
            plan = s.get(Plan, plan_id)
            assert plan is not None
            rates = s.exec(select(ExchangeRate).where(ExchangeRate.plan_id == plan_id))
            return plan, [(r.year, r.currency, r.to_base) for r in rates]

        plan, rates = self.ctx.read(read)
        self.base = plan.base_currency
        self.years = list(range(plan.start_year, plan.start_year + plan.years))
        self.rates = {(y, c): r for y, c, r in rates}
        self.note.setText(self.tr("1 unit of the currency = rate × {0}").format(self.base))

        def rate_cell(text: str) -> Cell:
            return Cell(text, text, numeric=True)

        rows = [
            GridRow(
                currency,
                (
                    Cell(currency),
                    *(rate_cell(self.rates.get((y, currency), "")) for y in self.years),
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

    def set_rate(self, year: int, currency: str, rate: Decimal) -> bool:
        """Raises PlannerError if refused (shown by the caller)."""
        old, plan_id = self.rates.get((year, currency)), self.plan_id

        def do(s: Session) -> None:
            P.set_rate(s, plan_id, year=year, currency=currency, to_base=rate)

        def undo(s: Session) -> None:
            if old is None:
                P.delete_rate(s, _rate_id(s, plan_id, year, currency))
            else:
                P.set_rate(s, plan_id, year=year, currency=currency, to_base=old)

        text = self.tr("Set the {0} rate of {1}").format(currency, year)
        self.ctx.execute(text, do, undo, {BUDGET})
        self.show_error("")
        return True

    def _delete(self, year: int, currency: str) -> bool:
        old, plan_id = self.rates.get((year, currency)), self.plan_id
        if old is None:
            return False

        def do(s: Session) -> None:
            P.delete_rate(s, _rate_id(s, plan_id, year, currency))

        def undo(s: Session) -> None:
            P.set_rate(s, plan_id, year=year, currency=currency, to_base=old)

        return self.run(
            self.tr("Delete the {0} rate of {1}").format(currency, year), do, undo, {BUDGET}
        )

    def add_item(self) -> None:
        RateDialog(self, self.years, self.base).exec()

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


def _rate_id(s: Session, plan_id: int, year: int, currency: str) -> int:
    found = s.exec(
        select(ExchangeRate.id).where(
            ExchangeRate.plan_id == plan_id,
            ExchangeRate.year == year,
            ExchangeRate.currency == currency,
        )
    ).first()
    if found is None:
        raise NotFoundError(f"there is no {currency} rate for {year} any more")
    return found


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

        def read(s: Session) -> tuple[Any, list[tuple[str, str]], list[tuple[int, str, int]]]:
            figures = metrics.compute(s, plan_id)
            sources = s.exec(select(FundingSource).where(FundingSource.plan_id == plan_id)).all()
            envelopes = s.exec(
                select(Envelope.year, FundingSource.code, Envelope.amount_minor)
                .join(FundingSource, FundingSource.id == Envelope.funding_source_id)  # type: ignore[arg-type]
                .where(Envelope.plan_id == plan_id)
            ).all()
            return figures, [(f.code, f.name) for f in sources], list(envelopes)

        figures, sources, envelopes = self.ctx.read(read)
        self.places = exponent_of(figures.base_currency)
        self.years = [y.year for y in figures.inputs]
        self.amounts = {
            (y, code): Decimal(minor).scaleb(-self.places) for y, code, minor in envelopes
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
            GridRow(code, (Cell(f"{code} — {name}"), *(cell(y, code) for y in self.years)))
            for code, name in sources
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

        def envelope_id(s: Session) -> int:
            source = row_id(s, FundingSource, plan_id, code, "funding source")
            found = s.exec(
                select(Envelope.id).where(
                    Envelope.plan_id == plan_id,
                    Envelope.year == year,
                    Envelope.funding_source_id == source,
                )
            ).first()
            if found is None:
                raise NotFoundError(f"there is no {year} envelope from {code} any more")
            return found

        def put(value: Decimal | None) -> Callable[[Session], None]:
            def work(s: Session) -> None:
                if value is None:
                    P.delete_envelope(s, envelope_id(s))
                else:
                    P.set_envelope(s, plan_id, year=year, funding_source=code, amount=value)

            return work

        if not text.strip():
            if old is None:
                return False
            label = self.tr("Remove the {0} envelope from {1}").format(year, code)
            return self.run(label, put(None), put(old), {BUDGET})
        try:
            new = amount(text, "amount")
        except ValidationError as e:
            self.show_error(message_of(e))
            return False
        label = self.tr("Set the {0} envelope from {1}").format(year, code)
        return self.run(label, put(new), put(old), {BUDGET})

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


# ------------------------------------------------------------------ plan settings
class PlanSection(QWidget):
    """Each field saved when its editing finishes; a refusal shows next to it and
    the field goes back to what is saved. Escape undoes typing not yet saved."""

    KEYS = ("name", "owner", "start_year", "years", "base_currency", "completion_threshold")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: dict[str, Any] = {}
        name, owner, threshold = QLineEdit(), QLineEdit(), QLineEdit()
        start = QSpinBox()
        start.setRange(2000, 2100)
        start.setKeyboardTracking(False)
        years = QComboBox()
        for n in (3, 4, 5):
            years.addItem(self.tr("{0} years").format(n), n)
        currency = QComboBox()
        currency.addItems(sorted(CURRENCY_EXPONENTS))
        self.fields: dict[str, QWidget] = {
            "name": name,
            "owner": owner,
            "start_year": start,
            "years": years,
            "base_currency": currency,
            "completion_threshold": threshold,
        }
        labels = {
            "name": self.tr("&Name"),
            "owner": self.tr("&Owner"),
            "start_year": self.tr("First &year"),
            "years": self.tr("&Horizon"),
            "base_currency": self.tr("&Base currency"),
            "completion_threshold": self.tr("&Completion threshold"),
        }
        threshold.setToolTip(
            self.tr(
                "Share of a participant's sessions to attend to complete an activity "
                "(more than 0, at most 1; for example 0.80)"
            )
        )
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, key in enumerate(self.KEYS):
            label = QLabel(labels[key])
            label.setBuddy(self.fields[key])
            widget = self.fields[key]
            wide = key in ("name", "owner")
            widget.setMinimumWidth(560 if wide else 160)
            widget.setMaximumWidth(720 if wide else 160)
            self.errors[key] = error_label()
            beside = QHBoxLayout()  # the field, and right next to it why it was refused
            beside.addWidget(widget)
            beside.addWidget(self.errors[key], 1)
            beside.addStretch(0)  # keeps the field on the left while there is no message
            grid.addWidget(label, row, 0)
            grid.addLayout(beside, row, 1)
            widget.installEventFilter(self)
        for key in ("name", "owner", "completion_threshold"):
            line = self.fields[key]
            assert isinstance(line, QLineEdit)
            line.editingFinished.connect(lambda k=key: self.save(k))
        start.editingFinished.connect(lambda: self.save("start_year"))
        years.activated.connect(lambda _i: self.save("years"))
        currency.activated.connect(lambda _i: self.save("base_currency"))
        hint = QLabel(
            self.tr(
                "Each field is saved when you press Enter or leave it; Escape restores the "
                "saved value and Ctrl+Z undoes a change."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addStretch(1)

    def value(self, key: str) -> Any:
        widget = self.fields[key]
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QSpinBox):
            return widget.value()
        assert isinstance(widget, QComboBox)
        return widget.currentData() if key == "years" else widget.currentText()

    def show_value(self, key: str, value: Any) -> None:
        widget = self.fields[key]
        widget.blockSignals(True)
        if isinstance(widget, QLineEdit):
            widget.setText(str(value))
            widget.setCursorPosition(0)
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QComboBox):
            i = widget.findData(value) if key == "years" else widget.findText(str(value))
            widget.setCurrentIndex(i)
        widget.blockSignals(False)

    def refresh(self) -> None:
        plan_id = self.ctx.plan_id
        plan = self.ctx.read(lambda s: s.get(Plan, plan_id))
        assert plan is not None
        old, self.saved = self.saved, {k: getattr(plan, k) for k in self.KEYS}
        for key in self.KEYS:
            typing = self.fields[key].hasFocus() and key in old and self.value(key) != old[key]
            if not typing:  # never overwrite what is being typed and not yet saved
                self.show_value(key, self.saved[key])

    def save(self, key: str) -> bool:
        new, old, plan_id = self.value(key), self.saved.get(key), self.ctx.plan_id
        assert plan_id is not None
        if new == old:
            self.set_error(key, "")
            return True

        def put(value: Any) -> Callable[[Session], Any]:
            return lambda s: P.update_plan(s, plan_id, **{key: value})

        try:
            self.ctx.execute(
                self.tr("Change the plan's {0}").format(self.labels().get(key, key)),
                put(new),
                put(old),
                {PLAN},
            )
        except PlannerError as e:
            messages = e.for_field(key) if isinstance(e, ValidationError) else []
            self.set_error(key, "; ".join(messages) or message_of(e))
            self.show_value(key, old)
            return False
        self.saved[key] = new
        self.set_error(key, "")
        return True

    def labels(self) -> dict[str, str]:
        return {
            "name": self.tr("name"),
            "owner": self.tr("owner"),
            "start_year": self.tr("first year"),
            "years": self.tr("horizon"),
            "base_currency": self.tr("base currency"),
            "completion_threshold": self.tr("completion threshold"),
        }

    def set_error(self, key: str, text: str) -> None:
        self.errors[key].setText(text)
        self.errors[key].setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            for key, widget in self.fields.items():
                if widget is watched and key in self.saved:
                    self.show_value(key, self.saved[key])
                    self.set_error(key, "")
                    return True
        return super().eventFilter(watched, event)


# ------------------------------------------------------------------ the page
class ReferencePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.plan = PlanSection(ctx)
        self.admins = ReferenceSection(
            ctx,
            Kind(
                Administration,
                "administration",
                self.tr("Administrations"),
                self.tr("Add an administration"),
                self.tr("Add administration {0}"),
                self.tr("Change administration {0}"),
                self.tr("Delete administration {0}"),
                self.tr("Delete administration {0}? You can undo this with Ctrl+Z."),
            ),
        )
        self.themes = ReferenceSection(
            ctx,
            Kind(
                Theme,
                "theme",
                self.tr("Themes"),
                self.tr("Add a theme"),
                self.tr("Add theme {0}"),
                self.tr("Change theme {0}"),
                self.tr("Delete theme {0}"),
                self.tr("Delete theme {0}? You can undo this with Ctrl+Z."),
            ),
        )
        self.sources = ReferenceSection(
            ctx,
            Kind(
                FundingSource,
                "funding source",
                self.tr("Funding sources"),
                self.tr("Add a funding source"),
                self.tr("Add funding source {0}"),
                self.tr("Change funding source {0}"),
                self.tr("Delete funding source {0}"),
                self.tr("Delete funding source {0}? You can undo this with Ctrl+Z."),
            ),
        )
        self.rates = RatesSection(ctx)
        self.envelopes = EnvelopesSection(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.sections: list[Any] = [
            self.plan,
            self.admins,
            self.themes,
            self.sources,
            self.rates,
            self.envelopes,
        ]
        titles = [
            self.tr("&Plan settings"),
            self.tr("Ad&ministrations"),
            self.tr("&Themes"),
            self.tr("F&unding sources"),
            self.tr("E&xchange rates"),
            self.tr("En&velopes"),
        ]
        for section, title in zip(self.sections, titles, strict=True):
            self.tabs.addTab(section, title)
        self._stale_tabs = set(range(len(self.sections)))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Reference data")

    def watches(self) -> frozenset[str]:
        return frozenset({PLAN, REFERENCE, BUDGET})

    def refresh(self) -> None:
        """Reload the tab in view now, the others when they are shown."""
        current = self.tabs.currentIndex()
        self._stale_tabs = set(range(len(self.sections))) - {current}
        self.sections[current].refresh()

    def _tab_shown(self, index: int) -> None:
        if index in self._stale_tabs:
            self._stale_tabs.discard(index)
            self.sections[index].refresh()

"""The Reference data page's administrations, themes and funding sources: a code
and a name each, the name in Chinese beside it (optional), and a country for
administrations, edited in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget

from planner.errors import PlannerError
from planner.models import Administration
from planner.services import plans as P
from planner.services.reference_data import reference_id, reference_rows
from planner.services.workspace import Transaction
from planner.ui.context import REFERENCE, AppContext
from planner.ui.dialogs import FormDialog, confirm, show_error
from planner.ui.pages.reference_grid import Cell, GridRow, Section, message_of


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
        self.code = QLineEdit()
        self.add("code", section.tr("Code"), self.code)
        self.name = QLineEdit()
        self.add("name", section.tr("Name"), self.name)
        self.name_zh = QLineEdit()
        self.add("name_zh", section.tr("Name in Chinese"), self.name_zh)
        self.country: QLineEdit | None = None
        if section.countries:
            self.country = QLineEdit()
            self.add("country", section.tr("Country (ISO code)"), self.country)
        self.setMinimumWidth(420)
        self.finish()

    def accept_values(self) -> None:
        values: dict[str, str | None] = {
            "code": self.code.text().strip(),
            "name": self.name.text().strip(),
            "name_zh": self.name_zh.text().strip() or None,
        }
        if self.country is not None:
            values["country"] = self.country.text().strip().upper() or None
        self.section.add_values(values)


class ReferenceSection(Section):
    def __init__(self, ctx: AppContext, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [], parent)
        self.kind = kind
        self.countries = kind.model is Administration
        #: the field of each column
        self.fields = ("code", "name", "name_zh", "country")[: 4 if self.countries else 3]
        columns = [self.tr("Code"), self.tr("Name"), self.tr("Name in Chinese")]
        if self.countries:
            columns.append(self.tr("Country"))
        self.model.set_rows([], columns)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 140)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if self.countries:
            header.resizeSection(3, 90)
        self.add_button(self.tr("&Add…"), self.add_item, insert=True)
        self.add_button(self.tr("&Delete…"), self.delete_current)
        self.buttons.addStretch(1)

    def refresh(self) -> None:
        plan_id, model = self.plan_id, self.kind.model
        found = self.ctx.read(lambda s: reference_rows(s, model, plan_id))
        rows = []
        for r in found:
            country, chinese = r.country or "", r.name_zh or ""
            cells = (
                Cell(r.code, r.code),
                Cell(r.name, r.name),
                Cell(chinese, chinese),
                Cell(country, country),
            )
            rows.append(GridRow(r.id, cells[: len(self.model.columns)]))
        self.set_rows(rows)

    def _values(self, row: GridRow) -> dict[str, Any]:
        values: dict[str, Any] = {"code": row.cells[0].text, "name": row.cells[1].text}
        values["name_zh"] = row.cells[2].text or None
        if self.countries:
            values["country"] = row.cells[3].text or None
        return values

    def _commit(self, row: GridRow, column: int, text: str) -> bool:
        field = self.fields[column]
        value: str | None = text.strip()
        if field == "country":
            value = (value or "").upper() or None
        elif field == "name_zh":
            value = value or None
        old_code = self._values(row)["code"]
        model, what, plan_id = self.kind.model, self.kind.what, self.plan_id

        def do(s: Transaction) -> None:
            P.update_reference(
                s, model, reference_id(s, model, plan_id, old_code, what), **{field: value}
            )

        return self.run(self.kind.changed.format(old_code), do, {REFERENCE})

    def add_item(self) -> None:
        ReferenceDialog(self).exec()

    def add_values(self, values: dict[str, Any]) -> None:
        """Called by the dialog; raises ValidationError (shown there) if refused."""
        model, plan_id = self.kind.model, self.plan_id

        def do(s: Transaction) -> None:
            P.add_reference(s, model, plan_id, **values)

        self.ctx.execute(self.kind.added.format(values["code"]), do, {REFERENCE})
        self.show_error("")
        self.table.select_cell(self.model.row_of_text(values["code"]), 0)

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        code = self._values(self.model.rows[index.row()])["code"]
        if not confirm(self, self.kind.tab, self.kind.ask.format(code), self.tr("Delete")):
            return
        model, what, plan_id = self.kind.model, self.kind.what, self.plan_id

        def do(s: Transaction) -> None:
            P.delete_reference(s, model, reference_id(s, model, plan_id, code, what))

        try:
            self.ctx.execute(self.kind.deleted.format(code), do, {REFERENCE})
        except PlannerError as e:
            self.show_error(message_of(e))
            show_error(self, e, self.tr("Not deleted"))
        else:
            self.show_error("")

"""The Budget page's "Freeze baseline…": a year's planned budget frozen under a
name, by the window's user, as one undoable step."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QWidget

from planner.services import baselines as B
from planner.services.reference_data import plan_settings
from planner.ui.context import BUDGET, AppContext
from planner.ui.dialogs import FormDialog, plain


class BaselineDialog(FormDialog):
    """Year and name; OK freezes, a refusal shows next to its field."""

    def __init__(self, parent: QWidget, ctx: AppContext) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Freeze a baseline"))
        self.ctx = ctx
        plan_id = ctx.plan_id
        assert plan_id is not None
        plan = ctx.read(lambda s: plan_settings(s, plan_id))
        self.year = QComboBox()
        for y in range(plan.start_year, plan.start_year + plan.years):
            self.year.addItem(str(y), y)
        self.add("year", self.tr("Year"), self.year)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example Approved budget 2028"))
        self.add("name", self.tr("Name"), self.name)
        self.finish()
        self.frozen: str | None = None

    def accept_values(self) -> None:
        plan_id, year, name, user = (
            self.ctx.plan_id,
            int(self.year.currentData()),
            self.name.text(),
            self.ctx.user,
        )
        assert plan_id is not None
        made = self.ctx.execute(
            self.tr("Freeze the {0} budget as baseline {1}").format(year, name.strip()),
            lambda s: B.freeze(s, plan_id, year, name, user).name,
            {BUDGET},
        )
        self.frozen = str(made)

    def announce(self, parent: QWidget) -> None:
        QMessageBox.information(
            parent,
            self.tr("Freeze a baseline"),
            plain(
                self.tr(
                    "The budget is frozen as baseline “{0}”. The budget report sets it "
                    "against the current budget."
                ).format(self.frozen)
            ),
        )


def freeze_baseline(parent: QWidget, ctx: AppContext) -> str | None:
    """Ask for a year and a name and freeze; the name frozen, None if cancelled."""
    dialog = BaselineDialog(parent, ctx)
    dialog.exec()
    if dialog.frozen is not None:
        dialog.announce(parent)
    return dialog.frozen

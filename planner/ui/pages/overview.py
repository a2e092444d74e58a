"""The plan at a glance: themes down, years across, one painted card per activity.

The model (``overview_model``) holds plain frozen records per cell; the cards are
painted by a delegate (``overview_cards``), the year header shows each year's
planned cost, input, actual and execution rate exactly as ``services.metrics``
computed them (``overview_header``), and the grid (``overview_table``) moves card
by card from the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.models import Status
from planner.services.overview_view import OverviewData, overview_data
from planner.ui.context import ACTIVITIES, BUDGET, PLAN, REFERENCE, AppContext
from planner.ui.pages import Page
from planner.ui.pages.overview_model import (
    BAND_ROLE,
    CARDS_ROLE,
    STATUS_COLOURS,
    OverviewModel,
    build_overview,
)
from planner.ui.pages.overview_table import CardTable
from planner.ui.texts import status_text

__all__ = ["BAND_ROLE", "CARDS_ROLE", "OverviewPage"]


class OverviewPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = OverviewModel(self)
        self.table = CardTable(self)
        self.table.setModel(self.model)
        self.table.setMouseTracking(True)
        self.table.cardActivated.connect(self.open_activity)
        self.model.modelReset.connect(self.table.update_row_heights)

        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.legend = QHBoxLayout()
        self.legend.setSpacing(6)
        for status in Status:
            fill, on_fill = STATUS_COLOURS[status.value]
            chip = QLabel(status_text(status))
            chip.setStyleSheet(
                f"background: {fill}; color: {on_fill}; border-radius: 8px; padding: 1px 8px;"
            )
            self.legend.addWidget(chip)
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #8a5a00;")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.hide()
        self.empty = QLabel(self.tr("This plan has no themes yet: add them under Reference data."))
        self.empty.hide()

        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addLayout(self.legend)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    def title(self) -> str:
        return self.tr("Plan overview")

    def watches(self) -> frozenset[str]:
        return frozenset({ACTIVITIES, BUDGET, REFERENCE, PLAN})

    def prefetch(self, data: OverviewData | None) -> None:
        """The data of the next refresh, read while the window was opening."""
        self._prefetched = data

    def refresh(self) -> None:
        plan_id = self.ctx.plan_id
        assert plan_id is not None
        data: OverviewData | None = getattr(self, "_prefetched", None)
        self._prefetched = None
        current = self.table.current_card() if self.model.rowCount() else None
        cell = self.table.currentIndex()
        position = (cell.row(), cell.column()) if cell.isValid() else None
        if data is None:
            data = self.ctx.read(lambda s: overview_data(s, plan_id))
        overview = build_overview(data)
        self.model.set_overview(overview)
        self.caption.setText(
            self.tr(
                "Amounts in {0}. Each year: planned cost, input (envelopes), actual cost "
                "and execution rate (actual / input)."
            ).format(overview.currency)
        )
        self.caption.setToolTip(self.caption.text())
        if overview.warnings:
            more = len(overview.warnings) - 1
            self.warning.setText(
                "⚠ "
                + overview.warnings[0]
                + (self.tr(" (and {0} more: see the tooltip)").format(more) if more else "")
            )
            self.warning.setToolTip("\n".join(overview.warnings))
        self.warning.setVisible(bool(overview.warnings))
        self.empty.setVisible(not overview.themes)
        self.table.update_row_heights()
        if current is not None and self.table.select_activity(current.id):
            return
        if position is not None and position[0] < self.model.rowCount():
            self.table.select_card(*position, None)

    def open_activity(self, activity_id: int) -> None:
        from planner.ui.activity_editor import ActivityEditor

        ActivityEditor(self.ctx, activity_id, self).exec()

"""The Results page: the plan's verdict, its results framework as a tree, and a
card per indicator with its status and a chart; every edit is one undoable
change (AppContext.execute)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.i18n import _
from planner.services import results_view as V
from planner.ui.context import ALL, PLAN, RESULTS, AppContext
from planner.ui.dialogs import confirm, show_error
from planner.ui.pages import Page
from planner.ui.pages.results_cards import COLORS, GREY, CardGrid, IndicatorCard, status_text
from planner.ui.pages.results_dialogs import ActualDialog, IndicatorDialog, ResultDialog
from planner.ui.roles import refusal, restrict


class ResultsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: V.ResultsView | None = None
        # The plan's figures: kept while only the framework changes, and after an
        # edit of the data counted anew only for the activities it touched.
        self.live: V.LiveFigures | None = None
        self.selected: tuple[str, int] | None = None  # ("result" | "indicator", id)
        self.cards: list[IndicatorCard] = []
        self.tree_shape: list[tuple[Any, ...]] = []
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setMaximumWidth(60)
        self.host.setPlaceholderText("CN")
        self.host.setToolTip(self.tr("The plan's host country (ISO code), for partner and host"))
        self.host.editingFinished.connect(self._save_host)
        top = QHBoxLayout()
        top.addWidget(self.verdict, 1)
        top.addWidget(QLabel(self.tr("Host country:")))
        top.addWidget(self.host)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("result", self.tr("Add result…"), self._add_result),
            ("indicator", self.tr("Add indicator…"), self._add_indicator),
            ("edit", self.tr("Edit…"), self._edit),
            ("actual", self.tr("Enter actual…"), self._enter_actual),
            ("delete", self.tr("Delete"), self._delete),
            ("follow", self.tr("Follow-ups…"), self._follow_ups),
        ):
            b = QPushButton(label)
            b.clicked.connect(slot)
            buttons.addWidget(b)
            self.buttons[key] = b
        buttons.addStretch(1)
        # what the cards' charts draw, in the results PDF's words (its catalogue)
        self.legend = QLabel(
            _("Each indicator: actuals (bars) against targets (line) and baseline (dashed)")
        )
        self.legend.setStyleSheet("color: #52606d;")
        buttons.addWidget(self.legend)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Framework")])
        self.tree.itemSelectionChanged.connect(self._tree_selected)
        self.card_grid = CardGrid()
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(self.card_grid)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        # the framework (its results, indicators, targets and actuals, the host
        # country) is the planner's; the Follow-ups stay open, greyed inside
        self.refused = refusal(ctx.permissions, "plan")
        restrict(
            self.refused,
            self.host,
            *(self.buttons[k] for k in ("result", "indicator", "edit", "actual", "delete")),
        )

    def title(self) -> str:
        return self.tr("Results")

    def watches(self) -> frozenset[str]:
        return ALL  # computed actuals follow every change of the plan's data

    # ------------------------------------------------------------ showing
    def _on_changed(self, changes: frozenset[str]) -> None:
        if changes - {RESULTS} and self.live is not None:
            self.live.stale()  # the plan's data changed: its figures follow
        super()._on_changed(changes)

    def refresh(self) -> None:
        plan_id = self.ctx.plan_id
        if plan_id is None:
            return
        if self.live is None or self.live.plan_id != plan_id:
            self.live = V.LiveFigures(plan_id)
        live = self.live
        self.view = view = self.ctx.read(lambda s: V.results_view(s, plan_id, live.read(s)))
        v = view.verdict
        color = COLORS.get(v.status or "", GREY)
        self.verdict.setText(
            (
                self.tr("Plan: {0} ({1} on track, {2} at risk, {3} off track, {4} without status)")
                if v.without
                else self.tr("Plan: {0} ({1} on track, {2} at risk, {3} off track)")
            )
            .replace("{0}", status_text(self, v.status))
            .replace("{1}", str(v.on_track))
            .replace("{2}", str(v.at_risk))
            .replace("{3}", str(v.off_track))
            .replace("{4}", str(v.without))
        )
        self.verdict.setStyleSheet(f"color: {color}; font-weight: bold; font-size: 14px;")
        if not self.host.hasFocus():
            self.host.setText(view.host_country or "")
        self._fill_tree(view)
        self._fill_cards(view)
        self._enable()

    def _fill_tree(self, view: V.ResultsView) -> None:
        shape = [(r.id, r.code, r.shown_title, r.parent) for r in view.results] + [
            (e.indicator.id, e.indicator.code, e.indicator.shown_name, e.indicator.result)
            for e in view.indicators
        ]
        if shape == self.tree_shape:
            return  # the framework is as shown (an edit of the data)
        self.tree_shape = shape
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for r in view.results:
            parent = items.get(r.parent or "")
            item = QTreeWidgetItem([f"{r.code}  {r.shown_title}"])
            item.setToolTip(0, f"{r.code}  {r.shown_title}")  # the column cuts a long title
            item.setData(0, 256, ("result", r.id))
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[r.code] = item
        for e in view.indicators:
            i = e.indicator
            item = QTreeWidgetItem([f"◆ {i.code}  {i.shown_name}"])
            item.setToolTip(0, f"{i.code}  {i.shown_name}")
            item.setData(0, 256, ("indicator", i.id))
            owner = items.get(i.result or "")
            (owner.addChild(item) if owner else self.tree.addTopLevelItem(item))
        self.tree.expandAll()
        self.tree.blockSignals(False)

    def _fill_cards(self, view: V.ResultsView) -> None:
        if [c.indicator_id for c in self.cards] == [e.indicator.id for e in view.indicators]:
            for card, e in zip(self.cards, view.indicators, strict=True):
                card.show_evaluated(e)  # the same cards: only what changed is redrawn
            self.card_grid.reflow()  # a card's text may need another line
            return
        cards = []
        for e in view.indicators:
            card = IndicatorCard(e)
            card.clicked.connect(lambda iid: self._select(("indicator", iid)))
            card.select(self.selected == ("indicator", e.indicator.id))
            cards.append(card)
        self.cards = cards
        self.card_grid.set_cards(cards)

    def _tree_selected(self) -> None:
        items = self.tree.selectedItems()
        self._select(items[0].data(0, 256) if items else None)

    def _select(self, what: Any) -> None:
        self.selected = tuple(what) if what else None  # type: ignore[assignment]
        for card in self.cards:
            card.select(self.selected == ("indicator", card.indicator_id))
        self._enable()

    def _enable(self) -> None:
        if self.refused:
            return  # greyed for good, with the reason
        kind = self.selected[0] if self.selected else None
        self.buttons["edit"].setEnabled(kind is not None)
        self.buttons["delete"].setEnabled(kind is not None)
        row = self._indicator()
        self.buttons["actual"].setEnabled(row is not None and row.figure is None)

    def _indicator(self) -> Any:
        if not self.view or not self.selected or self.selected[0] != "indicator":
            return None
        return next(
            (e.indicator for e in self.view.indicators if e.indicator.id == self.selected[1]),
            None,
        )

    def _result(self) -> Any:
        if not self.view or not self.selected or self.selected[0] != "result":
            return None
        return next((r for r in self.view.results if r.id == self.selected[1]), None)

    # ------------------------------------------------------------ editing
    def _run(self, text: str, work: Any) -> None:
        """One undoable edit; PlannerError (a refusal) reaches the form."""
        self.ctx.execute(text, work, {RESULTS})

    def _save_host(self) -> None:
        plan_id = self.ctx.plan_id
        value = self.host.text().strip().upper() or None
        if self.refused or plan_id is None or self.view is None or value == self.view.host_country:
            return
        try:
            # partner and host participations are figures: compute them anew
            self.ctx.execute(
                self.tr("Set the host country"),
                lambda s: V.set_host_country(s, plan_id, value),
                {RESULTS, PLAN},
            )
        except PlannerError as e:
            show_error(self, e)
            self.host.setText(self.view.host_country or "")

    def _add_result(self) -> None:
        plan_id = self.ctx.plan_id
        if self.refused or self.view is None or plan_id is None:
            return

        def save(obj: dict[str, Any]) -> None:
            self._run(self.tr("Add a result"), lambda s: V.save_result(s, plan_id, obj))

        ResultDialog(self, self.view, save).exec()

    def _add_indicator(self) -> None:
        plan_id = self.ctx.plan_id
        if self.refused or self.view is None or plan_id is None:
            return

        def save(obj: dict[str, Any]) -> None:
            self._run(self.tr("Add an indicator"), lambda s: V.save_indicator(s, plan_id, obj))

        IndicatorDialog(self, self.view, save).exec()

    def _edit(self) -> None:
        plan_id = self.ctx.plan_id
        if self.refused or self.view is None or plan_id is None:
            return
        result, indicator = self._result(), self._indicator()
        if result is not None:

            def save_r(obj: dict[str, Any]) -> None:
                self._run(
                    self.tr("Change a result"),
                    lambda s: V.save_result(s, plan_id, obj, result.id),
                )

            ResultDialog(self, self.view, save_r, result).exec()
        elif indicator is not None:

            def save_i(obj: dict[str, Any]) -> None:
                self._run(
                    self.tr("Change an indicator"),
                    lambda s: V.save_indicator(s, plan_id, obj, indicator.id),
                )

            IndicatorDialog(self, self.view, save_i, indicator).exec()

    def _enter_actual(self) -> None:
        indicator = self._indicator()
        if self.refused or self.view is None or indicator is None:
            return

        def save(obj: dict[str, Any]) -> None:
            self._run(
                self.tr("Enter an actual value"), lambda s: V.set_actual(s, indicator.id, obj)
            )

        ActualDialog(self, self.view.years, save).exec()

    def _follow_ups(self) -> None:
        from planner.ui.pages.results_follow_up import FollowUpDialog

        FollowUpDialog(self.ctx, self).exec()

    def _delete(self) -> None:
        if self.refused:
            return
        result, indicator = self._result(), self._indicator()
        try:
            if result is not None and confirm(
                self,
                self.tr("Delete result"),
                self.tr("Delete {0} with the results and indicators under it?").replace(
                    "{0}", result.code
                ),
                self.tr("Delete"),
            ):
                self._run(self.tr("Delete a result"), lambda s: V.delete_result(s, result.id))
            elif indicator is not None and confirm(
                self,
                self.tr("Delete indicator"),
                self.tr("Delete {0} with its targets and actuals?").replace("{0}", indicator.code),
                self.tr("Delete"),
            ):
                self._run(
                    self.tr("Delete an indicator"), lambda s: V.delete_indicator(s, indicator.id)
                )
        except PlannerError as e:
            show_error(self, e)
        self.selected = None

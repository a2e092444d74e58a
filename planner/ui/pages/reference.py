"""Reference data: the plan's settings, administrations, themes, funding sources,
exchange rates and envelopes, each edited in place and saved at once.

Every edit is a service call inside ``ctx.execute`` with its inverse, so Ctrl+Z
undoes it. The tabs live in ``reference_plan`` (settings), ``reference_lists``
(administrations, themes, funding sources) and ``reference_money`` (rates,
envelopes), on the editable grid of ``reference_grid``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.models import Administration, FundingSource, Theme
from planner.ui.context import BUDGET, PLAN, REFERENCE, AppContext
from planner.ui.pages import Page
from planner.ui.pages.reference_grid import Section
from planner.ui.pages.reference_lists import Kind, ReferenceDialog, ReferenceSection
from planner.ui.pages.reference_money import EnvelopesSection, RateDialog, RatesSection
from planner.ui.pages.reference_plan import PlanSection
from planner.ui.roles import refusal, restrict

__all__ = ["RateDialog", "ReferenceDialog", "ReferencePage"]


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
        self.sections: list[PlanSection | Section] = [
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
        # what the user's role may not change is read only, saying why
        plan, money = refusal(ctx.permissions, "plan"), refusal(ctx.permissions, "finance")
        restrict(plan, self.plan)
        for section, why in (
            (self.admins, plan),
            (self.themes, plan),
            (self.sources, money),
            (self.rates, money),
            (self.envelopes, money),
        ):
            section.refuse(why)
        for i, why in enumerate((plan, plan, plan, money, money, money)):
            if why:
                self.tabs.setTabToolTip(i, why)
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

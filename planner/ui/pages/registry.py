"""Which pages the window has, in order (Ctrl+1, Ctrl+2, ...)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.ui.context import AppContext
from planner.ui.pages import Page


def make_pages(ctx: AppContext, parent: QWidget) -> list[Page]:
    from planner.ui.pages.activities import ActivitiesPage

    pages: list[Page] = []
    try:
        from planner.ui.pages.overview import OverviewPage

        pages.append(OverviewPage(ctx, parent))
    except ImportError:  # built in parallel; absent until it lands
        pass
    pages.append(ActivitiesPage(ctx, parent))
    try:
        from planner.ui.pages.reference import ReferencePage

        pages.append(ReferencePage(ctx, parent))
    except ImportError:
        pass
    return pages

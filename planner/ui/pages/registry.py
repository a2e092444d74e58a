"""Which pages the window has, in order (Ctrl+1, Ctrl+2, ...)."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from planner.ui.context import AppContext
from planner.ui.pages import Page

#: (module under planner.ui.pages, class name), in the order of the page list.
PAGES = [
    ("overview", "OverviewPage"),
    ("activities", "ActivitiesPage"),
    ("budget", "BudgetPage"),
    ("participants", "ParticipantsPage"),
    ("attendance", "AttendancePage"),
    ("dashboard", "DashboardPage"),
    ("results", "ResultsPage"),
    ("reference", "ReferencePage"),
]


def preload() -> None:
    """Import the pages' modules (from a worker thread while the window opens a
    database, so that building the pages then is only making widgets)."""
    for module_name, _class_name in PAGES:
        name = f"planner.ui.pages.{module_name}"
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise


def make_pages(ctx: AppContext, parent: QWidget) -> list[Page]:
    pages: list[Page] = []
    for module_name, class_name in PAGES:
        name = f"planner.ui.pages.{module_name}"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            continue  # a page this build does not have yet
        pages.append(getattr(module, class_name)(ctx, parent))
    return pages

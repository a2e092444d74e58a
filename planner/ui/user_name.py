"""The name the plan's history records for this user's edits: on a file, the name
set under Edit ▸ Your name… (else the system's user); on a server, the database
login, which the server's journal records whatever a desk says.

Each takes the window (its texts are the window's: ``window.tr``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.errors import PlannerError
from planner.ui.dialogs import show_error

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow


def recorded_name(window: MainWindow) -> str:
    """The name the journal records for this user's edits."""
    from planner.services.journal import default_user
    from planner.text import forbidden_character

    if window.ctx is not None and window.db is not None and window.db.is_server:
        return window.ctx.user  # the database login, which the server's journal records
    name = " ".join(str(window.settings.value("user_name") or "").split())
    return name if name and not forbidden_character(name) else default_user()


def ask(window: MainWindow) -> None:
    """Edit ▸ Your name…: ask for the name, refuse one that cannot be recorded."""
    from PySide6.QtWidgets import QInputDialog

    from planner.text import describe, forbidden_character

    name, ok = QInputDialog.getText(
        window,
        window.tr("Your name"),
        window.tr("The name recorded with your edits in the plan's history:"),
        text=recorded_name(window),
    )
    name = " ".join(name.split())
    bad = forbidden_character(name)
    if ok and bad:
        show_error(
            window,
            PlannerError(
                window.tr("A name cannot hold {0}; it was not changed").format(describe(bad))
            ),
        )
        return
    if ok and name:
        window.settings.setValue("user_name", name)
        if window.ctx is not None:
            window.ctx.user = name

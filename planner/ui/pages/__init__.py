"""The window's pages. Each is a QWidget with ``title`` and ``refresh(changes)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the database side is imported when a database is opened
    from planner.ui.context import AppContext


class Page(QWidget):
    """A page of the main window, bound to one plan of one database."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.changed.connect(self._on_changed)
        self._stale = True

    def title(self) -> str:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def watches(self) -> frozenset[str]:
        """The kinds of change (planner.ui.context) that this page shows."""
        return frozenset()

    def refresh(self) -> None:
        """Reload what the page shows from the database."""

    def _on_changed(self, changes: frozenset[str]) -> None:
        if changes & self.watches():
            if self.isVisible():
                self.refresh()
                self._stale = False
            else:
                self._stale = True  # refresh when shown, not now

    def showEvent(self, event: object) -> None:
        if self._stale:
            self.refresh()
            self._stale = False
        super().showEvent(event)  # type: ignore[arg-type]

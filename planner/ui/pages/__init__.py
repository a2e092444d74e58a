"""The window's pages. Each is a QWidget with ``title`` and ``refresh(changes)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from planner.errors import ConnectionLost

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
                self._refresh_now()
            else:
                self._stale = True  # refresh when shown, not now

    def showEvent(self, event: object) -> None:
        if self._stale:
            self._refresh_now()
        super().showEvent(event)  # type: ignore[arg-type]

    def _refresh_now(self) -> None:
        try:
            self.refresh()
        except ConnectionLost:
            # the server cannot be reached: the page keeps what it shows, the window's
            # banner says why, and the page reads again when the connection is back
            self._stale = True
            self.ctx.connection_trouble.emit()
            return
        self._stale = False

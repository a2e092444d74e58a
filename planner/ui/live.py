"""Others' edits appear in an open window within a second.

Every half second (on a server, every tenth of a second, told by the server's
notifications: ``services.watch``) the window asks whether someone else saved
something; if so, the pages refresh as after one's own edit, keeping where the
user is: each table's current cell, selected rows and scroll position stay as
they were. While the user is typing into a cell or a field, the refresh waits
until the editing ends (a model is never reset under an open editor).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from planner.errors import PlannerError
from planner.services.watch import watcher_for
from planner.ui.context import ALL, AppContext

log = logging.getLogger(__name__)


def editing() -> bool:
    """Whether the user is typing into a cell or a field right now."""
    focus = QApplication.focusWidget()
    widget: QWidget | None = focus
    while widget is not None:
        if (
            isinstance(widget, QAbstractItemView)
            and widget.state() == QAbstractItemView.State.EditingState
        ):
            return True
        widget = widget.parentWidget()
    return isinstance(focus, QLineEdit) and focus.isModified()


@contextmanager
def kept_in_place(root: QWidget | None) -> Iterator[None]:
    """Keep each visible table's current cell, selection and scroll position."""
    views = (
        [] if root is None else [v for v in root.findChildren(QAbstractItemView) if v.isVisible()]
    )
    kept = []
    for v in views:
        current = v.currentIndex()
        chosen = v.selectionModel().selectedRows() if v.selectionModel() is not None else []
        kept.append(
            (
                v,
                (current.row(), current.column()) if current.isValid() else None,
                [i.row() for i in chosen],
                v.verticalScrollBar().value(),
                v.horizontalScrollBar().value(),
            )
        )
    yield
    for v, cell, rows, top, left in kept:
        model, selection = v.model(), v.selectionModel()
        if model is None or selection is None:
            continue
        if cell is not None and cell[0] < model.rowCount():
            here = model.index(cell[0], cell[1])
            if v.currentIndex() != here:
                selection.setCurrentIndex(here, QItemSelectionModel.SelectionFlag.NoUpdate)
        if rows and [i.row() for i in selection.selectedRows()] != rows:
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.clearSelection()
            for r in rows:
                if r < model.rowCount():
                    selection.select(model.index(r, 0), flags)
        v.verticalScrollBar().setValue(top)
        v.horizontalScrollBar().setValue(left)


class LiveRefresh(QObject):
    """Polls for others' changes and refreshes the visible page in place.

    On a server it also tells when the connection is lost (``lost_changed(True)``:
    the window shows a banner) and when it is back (``lost_changed(False)``): the
    undo stack and the pages are then read again, so what others saved meanwhile,
    and the outcome of an edit whose commit was not confirmed, show."""

    lost_changed = Signal(bool)

    def __init__(
        self,
        ctx: AppContext,
        visible: Callable[[], QWidget | None],
        parent: QObject | None = None,
        *,
        interval_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visible = visible
        self.watcher = watcher_for(ctx.db)
        self.pending = False
        self.lost = False
        ctx.recorded_change.connect(self.watcher.mine)
        ctx.connection_trouble.connect(self.watcher.notify)  # look at the next tick
        self.timer = QTimer(self)
        # how often the watcher asks to be asked (a file: 500 ms; a server: 100 ms)
        self.timer.setInterval(
            interval_ms if interval_ms is not None else round(self.watcher.interval * 1000)
        )
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.watcher.stop()  # a server's listener and its connection

    def tick(self) -> None:
        try:
            if self.watcher.check().others:
                self.pending = True
        except PlannerError as e:  # busy or gone for a moment: look again next time
            log.info("checking for others' changes failed: %s", e.message)
        self._follow_connection()
        if self.lost:
            return
        if self.pending and not editing():
            self.pending = False
            with kept_in_place(self.visible()):
                self.ctx.notify(ALL)

    def _follow_connection(self) -> None:
        lost = self.watcher.lost
        if lost == self.lost:
            return
        if not lost and not self.ctx.resync():  # back: the undo stack as the server has it
            return  # not readable after all: still lost, try again next tick
        self.lost = self.ctx.offline = lost  # edits are refused at once while lost
        if lost:
            log.warning("the connection to the database server was lost")
        else:
            log.warning("the connection to the database server is back")
            self.pending = True  # and the pages read again
        self.lost_changed.emit(lost)

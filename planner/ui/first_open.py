"""The window's start: its frame is painted first, then the database is opened in
the background (:func:`planner.services.first_page.open_first`), then the pages are
built with the first page's data already read.

Until a database is opened nothing imports the database side (SQLAlchemy and
SQLModel, most of the start-up time), so the frame shows at once; meanwhile the
window answers keys and its menus work."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from planner.ui import worker
from planner.ui.dialogs import plain

if TYPE_CHECKING:
    from planner.services.first_page import FirstPage
    from planner.ui.main_window import MainWindow


def open_first_later(
    window: MainWindow, path: Path | str, create: bool, waiting: str, failed_title: str
) -> worker.Task:
    """Open ``path`` for ``window`` in the background, showing ``waiting`` meanwhile;
    a refusal is shown under ``failed_title`` and leaves the window empty. A newer
    opening (or one done meanwhile through File ▸ Open) wins over this one."""
    last = window.settings.value("last_plan")
    last_plan = int(last) if last is not None else None
    before = window.empty.text()
    window.empty.setText(waiting)
    window.stack.setCurrentWidget(window.empty)

    def work(_progress: worker.Progress) -> FirstPage:
        from planner.services.first_page import open_first
        from planner.ui.pages.registry import preload

        first = open_first(path, create=create, last_plan=last_plan)
        try:
            preload()
        except BaseException:
            first.db.close()
            raise
        return first

    def finished(first: FirstPage) -> None:
        if window._opening is not task or window.db is not None:
            first.db.close()  # superseded
            return
        window._opening = None
        if first.plan_id is not None:
            window._first = (first.plan_id, first.overview)
        window._opened(first.db, path, first.plans)

    def failed(message: str, _is_bug: bool) -> None:
        if window._opening is task:
            window._opening = None
            window.empty.setText(before)
            QMessageBox.warning(window, failed_title, plain(message))

    task = worker.start(work, finished=finished, failed=failed)
    window._opening = task
    return task

"""Long work off the GUI thread: reports, imports, big queries.

The work runs in a QThreadPool thread with its own database connection, may
report progress and be cancelled, and hands its result back by signal. It never
touches a widget.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from planner.errors import PlannerError

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside the work when the user pressed Cancel."""


class Progress:
    """Handed to the work: report progress, and learn whether to stop."""

    def __init__(self, signals: _Signals, cancel: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._signals.progress.emit(done, total, text)


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, bool)  # message, is_bug
    cancelled = Signal()


class Task(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._work(Progress(self.signals, self._cancel))
        except Cancelled:
            self.signals.cancelled.emit()
        except PlannerError as e:
            self.signals.failed.emit(e.message, False)
        except Exception as e:  # a bug: log it with its traceback, tell the user
            log.exception("background task failed")
            self.signals.failed.emit(f"{type(e).__name__}: {e}", True)
        else:
            self.signals.finished.emit(result)


def start(
    work: Callable[[Progress], Any],
    *,
    finished: Callable[[Any], Any] | None = None,
    failed: Callable[[str, bool], Any] | None = None,
    cancelled: Callable[[], Any] | None = None,
    progress: Callable[[int, int, str], Any] | None = None,
) -> Task:
    """Run ``work`` in the thread pool. The callbacks are connected *before* it
    starts: a task that ends at once must not finish before anyone listens."""
    task = Task(work)
    for signal, slot in (
        (task.signals.finished, finished),
        (task.signals.failed, failed),
        (task.signals.cancelled, cancelled),
        (task.signals.progress, progress),
    ):
        if slot is not None:
            signal.connect(slot)
    QThreadPool.globalInstance().start(task)
    return task

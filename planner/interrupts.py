"""Ctrl+C on the command line: the exit status tells whether anything was saved.

A command stopped by Ctrl+C exits 130, "interrupted; nothing was changed"
(docs/command-line.md). That is only true while nothing has been committed, so:

- :func:`guard` wraps a whole command (``planner.cli.main``). Until the command
  saves, Ctrl+C raises ``KeyboardInterrupt`` as usual and the work is rolled back.
- :func:`saving` wraps the step that makes a change permanent (a transaction's
  COMMIT, an output file's rename). A Ctrl+C arriving during it is held back: the
  step is never cut in half (nor its bookkeeping after the database has committed,
  which would try to roll back a transaction that no longer exists). If the step
  completes, the command's change is saved: from then on Ctrl+C is ignored and the
  command finishes, printing its normal message and exiting 0. If the step fails,
  its own error is reported (nothing was saved).

Outside :func:`guard` (the window, tests calling services) :func:`saving` does
nothing. Qt-free; the signal handler is only touched from the main thread.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class _State:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        #: inside guard(): Ctrl+C is handled here
        self.armed = False
        #: how many saving() blocks are open
        self.depth = 0
        #: a Ctrl+C arrived during saving(), not yet acted on
        self.pending = False
        #: a saving() block completed: the command has changed something
        self.saved = False


_state = _State()


def _on_sigint(_signum: int, _frame: FrameType | None) -> None:
    if _state.saved:
        return  # the change is saved: let the command finish and say so
    if _state.depth:
        _state.pending = True  # decided when the saving step ends
        return
    raise KeyboardInterrupt


@contextmanager
def guard(*, whole_process: bool = False) -> Iterator[None]:
    """Run one command with Ctrl+C handled as the module says.

    ``whole_process``: this command is the whole process (the ``planner`` program,
    not a call from tests). Then, once the command has saved, Ctrl+C stays ignored
    after the block too: the interpreter's shutdown that follows (a tenth of a second
    with SQLAlchemy loaded) would otherwise die from the signal, and a shell would
    report 130 for a command that printed its result and committed it. Otherwise the
    previous handler is put back.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, _on_sigint)
    _state.reset()
    _state.armed = True
    try:
        yield
    finally:
        saved = _state.saved
        _state.reset()
        signal.signal(signal.SIGINT, signal.SIG_IGN if saved and whole_process else previous)


@contextmanager
def saving() -> Iterator[None]:
    """The step that makes a change permanent; put nothing in it that may take long.

    Ctrl+C is held back while it runs. When it ends normally, the change counts as
    saved and any Ctrl+C (held back or later) is ignored for the rest of the command.
    When it raises, nothing was saved and that error is what the command reports
    (a held-back Ctrl+C is dropped: the command is ending anyway).
    """
    if not _state.armed:
        yield
        return
    _state.depth += 1
    ok = False
    try:
        yield
        ok = True
    finally:
        _state.depth -= 1
        if ok:
            _state.saved = True
            _state.pending = False
        elif _state.depth == 0 and _state.pending:
            # the step failed with its own error, which the command reports: the
            # held-back Ctrl+C has nothing left to stop
            _state.pending = False

"""Whether others changed the database: what keeps an open window up to date.

Every change anyone saves is a row of the change journal, numbered in order, so
"has anything changed since I last looked" is one cheap read of the newest
number (no write lock taken). A window asks every half second; on a server, the
engine may instead call :meth:`Watcher.notify` when told of a change (PostgreSQL's
LISTEN/NOTIFY), and the window's next check reads the journal only then.

Nothing here knows Qt: the window owns the timer (``planner.ui.live``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from planner.store import Database, peek


def newest_change(db: Database) -> int:
    """The number of the newest change in the journal (0: none yet)."""
    return int(peek(db, "SELECT coalesce(max(id), 0) FROM change") or 0)


@dataclass(frozen=True)
class Seen:
    """What a check found: how many changes by others since the last one."""

    others: int
    newest: int


class Watcher:
    """Tells an open window when someone else saved something.

    ``polling``: read the journal at every :meth:`check` (SQLite, where nothing
    tells us); False: only after :meth:`notify` (an engine that is told).
    """

    def __init__(self, db: Database, *, polling: bool = True) -> None:
        self.db = db
        self.polling = polling
        self.last = newest_change(db)
        self._mine: set[int] = set()
        self._nudged = threading.Event()

    def mine(self, change_id: int | None) -> None:
        """A change this window made itself (it refreshed for it already)."""
        if change_id is not None:
            self._mine.add(change_id)

    def notify(self) -> None:
        """Someone changed the database (safe to call from any thread): the next
        :meth:`check` reads the journal. This is the hook for a server's
        notifications; with ``polling`` it only makes no difference."""
        self._nudged.set()

    def check(self) -> Seen:
        """How many changes others made since the last check (0: nothing to do)."""
        if not self.polling and not self._nudged.is_set():
            return Seen(0, self.last)
        self._nudged.clear()
        newest = newest_change(self.db)
        if newest <= self.last:
            return Seen(0, self.last)
        theirs = sum(1 for n in range(self.last + 1, newest + 1) if n not in self._mine)
        self._mine = {n for n in self._mine if n > newest}
        self.last = newest
        return Seen(theirs, newest)


def watcher_for(db: Database) -> Watcher:
    """The watcher an open window uses for ``db``. On SQLite nothing tells us of
    others' changes, so it polls. An engine that is told (PostgreSQL's
    LISTEN/NOTIFY) returns ``Watcher(db, polling=False)`` here and calls its
    ``notify()`` from its listener for every notification."""
    return Watcher(db)

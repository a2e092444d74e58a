"""Whether others changed the database: what keeps an open window up to date.

Every change anyone saves is a row of the change journal, numbered in order, so
"has anything changed since I last looked" is one cheap read of the newest
number (no write lock taken). On a file a window asks every half second. On a
server nobody polls: every recorded change is announced at its commit
(PostgreSQL's NOTIFY, ``planner.store.journal_pg.announce``), a listener on its own
connection (``planner.store.server.Listener``) calls :meth:`Watcher.notify`, and
the window's next check (every tenth of a second, free when nothing was heard)
reads the journal only then. While the listener is not listening (connecting, or
its connection lost) the window looks every half second, as on a file.

Nothing here knows Qt: the window owns the timer (``planner.ui.live``).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from planner.errors import PlannerError
from planner.store import Database, peek

#: How often a window looks, in seconds: reading the journal on a file, and on a
#: server only testing whether a notification came.
POLL_S = 0.5
TOLD_S = 0.1
#: A server silent this long (its listener's pings unanswered) counts as lost.
SILENT_S = 2.0


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
        #: how often the window should call :meth:`check`, in seconds
        self.interval = POLL_S if polling else TOLD_S
        self.last = newest_change(db)
        self._mine: set[int] = set()
        self._nudged = threading.Event()
        #: someone changed the data outside the journal (a server announced it)
        self._unrecorded = threading.Event()

    def mine(self, change_id: int | None) -> None:
        """A change this window made itself (it refreshed for it already)."""
        if change_id is not None:
            self._mine.add(change_id)

    def notify(self) -> None:
        """Someone changed the database (safe to call from any thread): the next
        :meth:`check` reads the journal. This is the hook for a server's
        notifications; with ``polling`` it only makes no difference."""
        self._nudged.set()

    def unrecorded(self) -> None:
        """Someone changed the data without a journal entry (safe from any thread):
        the next :meth:`check` counts it as a change by others, whatever the journal
        says, so that the window reads everything again."""
        self._unrecorded.set()
        self._nudged.set()

    def stop(self) -> None:
        """Stop listening (the window closes); nothing to stop for a polling watcher."""

    @property
    def lost(self) -> bool:
        """Whether the connection to the database is lost (a server's; never a file's:
        a file busy for a moment is not a lost connection)."""
        return False

    def _should_read(self) -> bool:
        return self.polling or self._nudged.is_set()

    def check(self) -> Seen:
        """How many changes others made since the last check (0: nothing to do)."""
        if not self._should_read():
            return Seen(0, self.last)
        self._nudged.clear()
        outside = self._unrecorded.is_set()
        newest = newest_change(self.db)  # if it fails, the flag stays for the next check
        self._unrecorded.clear()
        if newest <= self.last:
            return Seen(int(outside), self.last)
        theirs = sum(1 for n in range(self.last + 1, newest + 1) if n not in self._mine)
        self._mine = {n for n in self._mine if n > newest}
        self.last = newest
        return Seen(theirs + int(outside), newest)


class ServerWatcher(Watcher):
    """A server's watcher: told of every change by the journal's notifications."""

    def __init__(self, db: Database, url: str) -> None:
        from planner.store.server import Listener

        super().__init__(db, polling=False)
        self._read_at = time.monotonic()
        self._read_at_last = False
        #: the last read of the journal failed (the server cannot be reached)
        self._unreachable = False
        self.listener = Listener(url, self.notify, unrecorded=self.unrecorded)

    def stop(self) -> None:
        self.listener.stop()

    @property
    def lost(self) -> bool:
        """The connection to the server is lost: the listener's connection dropped
        and none listens yet, or the server stopped answering it (a network gone
        silent), or the last read failed. Back when the listener listens again and
        the server answers (it then reads what was missed)."""
        listener = self.listener
        return (
            self._unreachable
            or (listener.dropped.is_set() and not listener.listening.is_set())
            or listener.silent(SILENT_S)
        )

    def check(self) -> Seen:
        try:
            seen = super().check()
        except PlannerError:
            self._unreachable = True
            raise
        if self._read_at_last:
            self._unreachable = False
        return seen

    def _should_read(self) -> bool:
        self._read_at_last = self._decide()
        return self._read_at_last

    def _decide(self) -> bool:
        if self.listener.silent(SILENT_S):
            return False  # a read would wait on the silent network, the window frozen
        if self._nudged.is_set():
            return True
        if self.listener.listening.is_set():
            return False
        # not listening (yet, or its connection was lost): look as on a file
        now = time.monotonic()
        if now - self._read_at < POLL_S:
            return False
        self._read_at = now
        return True


def watcher_for(db: Database) -> Watcher:
    """The watcher an open window uses for ``db``: on a file it polls (nothing
    tells us of others' changes); on a server it listens (:class:`ServerWatcher`).
    Call its ``stop()`` when the window closes."""
    if db.is_server and db.url is not None:
        return ServerWatcher(db, db.url)
    return Watcher(db)

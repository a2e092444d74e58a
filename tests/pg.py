"""A PostgreSQL server for the tests: one database migrated to the head schema per
session, emptied before each test (every row deleted, every id sequence restarted:
0.1 s, where a copy of a template database takes 0.5 s and truncating 0.6 s)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import psycopg

from planner.store import open_database


def with_database(url: str, name: str) -> str:
    """The same server address, naming another database."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "dbname"]
    text = f"{parts.scheme}://{parts.netloc}/{name}"
    return text + (f"?{urlencode(query, safe='/')}" if query else "")


class Server:
    def __init__(self, url: str) -> None:
        self.url = url
        self.name = f"planner_test_{os.getpid()}"
        self._extra: list[str] = []
        with self._admin(url) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            con.execute(f'CREATE DATABASE "{self.name}"')
        self.test_url = with_database(url, self.name)
        db = open_database(self.test_url)  # migrated to the head, journal triggers made
        db.close()
        with self._admin(self.test_url) as con:
            tables = [
                str(t)
                for (t,) in con.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                    "AND tablename NOT IN ('alembic_version', 'app_setting')"
                )
            ]
            sequences = [
                str(s)
                for (s,) in con.execute(
                    "SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()"
                )
            ]
        self._wipe = ["SET CONSTRAINTS ALL DEFERRED"]
        self._wipe += [f'DELETE FROM "{t}"' for t in tables]
        self._wipe += [f'ALTER SEQUENCE "{s}" RESTART' for s in sequences]

    @staticmethod
    def _admin(url: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(url, autocommit=True)

    def fresh(self) -> str:
        """The test database, empty as a new one (its certificate key kept)."""
        with psycopg.connect(self.test_url) as con, con.transaction():
            for sql in self._wipe:
                con.execute(sql.encode())
        return self.test_url

    def empty(self, suffix: str) -> str:
        """A new, empty database (no tables at all), for tests of setting one up."""
        name = f"{self.name}_{suffix}"
        with self._admin(self.url) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            con.execute(f'CREATE DATABASE "{name}"')
        self._extra.append(name)
        return with_database(self.url, name)

    def close(self) -> None:
        with self._admin(self.url) as con:
            for name in [self.name, *self._extra]:
                con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def as_user(url: str, user: str) -> str:
    """The same database, logged in as ``user`` (the test server trusts local logins)."""
    parts = url.split("?", 1)
    query = "&".join(q for q in parts[1].split("&") if not q.startswith("user="))
    return f"{parts[0]}?{query}&user={user}"


def make_team(server: Server, url: str, tag: str) -> Iterator[dict[str, str]]:
    """One login per role on the database at ``url`` (``tag`` keeps the names of
    test files apart), yielded role -> login, dropped afterwards (roles are the
    whole server's). For a fixture: ``yield from make_team(...)``."""
    from planner.store import raw_connection, unit_of_work
    from planner.store.roles import add_user

    names = {
        role: f"{role}_{tag}{os.getpid()}" for role in ("planner", "finance", "trainer", "viewer")
    }
    db = open_database(url)
    with unit_of_work(db) as s:
        for role, name in names.items():
            add_user(raw_connection(s), name, role)
    db.close()
    yield names
    with psycopg.connect(server.test_url, autocommit=True) as con:
        for name in names.values():
            con.execute(f"DROP OWNED BY {name}")
            con.execute(f"DROP ROLE IF EXISTS {name}")


def wait_for_a_lock(con: Any) -> None:
    """Until another connection of the server waits on a lock (a second desk held
    up by this one's row), at most 10 s: a race staged, not guessed by a sleep."""
    import time

    for _ in range(200):
        if con.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
        ).fetchone()[0]:
            return
        time.sleep(0.05)
    raise AssertionError("the second desk never waited for the first")


class SecondDesk:
    """Another desk doing ``act`` while this one's change is still open, to stage
    two desks saving at once: :meth:`start` inside the first desk's transaction
    (it returns once the second is held up by it), :meth:`said` after that
    transaction has ended: "saved", or the message the second desk was refused with."""

    def __init__(self, act: Callable[[], None]) -> None:
        import threading

        self._said: list[str] = []
        self._thread = threading.Thread(target=self._run, args=(act,))

    def _run(self, act: Callable[[], None]) -> None:
        from planner.errors import PlannerError

        try:
            act()
            self._said.append("saved")
        except PlannerError as e:
            self._said.append(e.message)

    def start(self, first: Any, on_server: bool) -> None:
        """``first``: the first desk's raw connection, inside its transaction."""
        import time

        self._thread.start()
        if on_server:  # until the second desk waits on the row
            wait_for_a_lock(first)
        else:  # on a file it waits for the write lock: nothing to watch
            time.sleep(0.3)

    def said(self) -> str:
        self._thread.join(30)
        (message,) = self._said
        return message

"""A PostgreSQL server for the tests: one database migrated to the head schema per
session, emptied before each test (every row deleted, every id sequence restarted:
0.1 s, where a copy of a template database takes 0.5 s and truncating 0.6 s)."""

from __future__ import annotations

import os
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

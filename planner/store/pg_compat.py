"""The raw connection's interface on PostgreSQL: a subset of sqlite3's, so the
services' plain SQL (bulk work and aggregate queries) runs on both engines.

- ``?`` parameters become ``%s`` (and a literal ``%`` is doubled);
- values come back as SQLite gives them: dates and times as ISO text, whole numbers
  (``sum()`` of a BIGINT is NUMERIC on PostgreSQL) as ``int``, booleans as 0/1
  (Python's ``True``/``False`` go in as booleans, which SQLite stores as 1/0);
- ``cursor.lastrowid`` is the id the last insert took (``lastval()``).

The SQL itself must be portable: the services keep to what both engines accept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import psycopg
from psycopg.adapt import Loader

_INSERT = re.compile(r'\s*INSERT\s+INTO\s+(?:main\.)?"?(\w+)"?', re.IGNORECASE)
_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%|\bmain\.|\btemp\.")


def translate_sql(sql: str) -> str:
    """sqlite3's SQL text as psycopg's: placeholders, percent signs, schema names."""

    def sub(m: re.Match[str]) -> str:
        t = m.group(0)
        if t == "?":
            return "%s"
        if t == "%":
            return "%%"
        if t in ("main.", "temp."):
            return ""
        return t.replace("%", "%%")  # a quoted literal: psycopg still reads its %

    return _TOKEN.sub(sub, sql)


class _DateText(Loader):
    def load(self, data: Any) -> str:
        return bytes(data).decode()


class _Number(Loader):
    def load(self, data: Any) -> int | float:
        text = bytes(data)
        if b"." not in text:  # sums of whole numbers, the usual case: no Decimal
            return int(text)
        value = Decimal(text.decode())
        return int(value) if value == value.to_integral_value() else float(value)


class _Bool(Loader):
    def load(self, data: Any) -> int:
        return 1 if bytes(data) == b"t" else 0


def _register(adapters: Any) -> None:
    for name in ("date", "timestamp", "timestamptz", "time"):
        adapters.register_loader(name, _DateText)
    adapters.register_loader("numeric", _Number)
    adapters.register_loader("bool", _Bool)


def _value(v: Any) -> Any:
    if isinstance(v, datetime | date | time):
        return v.isoformat()
    return v


class Cursor:
    """A psycopg cursor seen as an sqlite3 cursor."""

    def __init__(self, owner: SqliteStyle, cur: psycopg.Cursor[Any], sql: str) -> None:
        self._owner = owner
        self._cur = cur
        self._sql = sql

    @property
    def lastrowid(self) -> int | None:
        # currval of the inserted table's own sequence: lastval() would give the id
        # of the journal row its trigger wrote after it
        found = _INSERT.match(self._sql)
        if found is None:
            return None
        row = self._owner.raw.execute(
            "SELECT currval(pg_get_serial_sequence(%s, 'id'))", (f'"{found.group(1)}"',)
        ).fetchone()
        return None if row is None else int(row[0])

    @property
    def rowcount(self) -> int:
        return self._cur.rowcount

    @property
    def description(self) -> Any:
        return self._cur.description

    def fetchone(self) -> Any:
        if self._cur.description is None:
            return None
        return self._cur.fetchone()

    def fetchall(self) -> list[Any]:
        if self._cur.description is None:
            return []
        return list(self._cur.fetchall())

    def fetchmany(self, size: int = 1) -> list[Any]:
        return list(self._cur.fetchmany(size))

    def __iter__(self) -> Iterator[Any]:
        if self._cur.description is None:
            return iter(())
        return iter(self._cur)

    def close(self) -> None:
        self._cur.close()


class SqliteStyle:
    """A psycopg connection (inside the session's transaction) seen as sqlite3's."""

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw

    @classmethod
    def of(cls, raw: Any) -> SqliteStyle:
        assert isinstance(raw, psycopg.Connection)
        return cls(raw)

    def _cursor(self) -> psycopg.Cursor[Any]:
        cur = self.raw.cursor()
        _register(cur.adapters)
        return cur

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Cursor:
        cur = self._cursor()
        args = [_value(v) for v in params] if isinstance(params, list | tuple) else params
        # always with parameters (even none), so that %% is read the same way
        cur.execute(translate_sql(sql), args)
        return Cursor(self, cur, sql)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Cursor:
        cur = self._cursor()
        cur.executemany(translate_sql(sql), [[_value(v) for v in row] for row in rows])
        return Cursor(self, cur, sql)

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Bulk insert with COPY (10x an INSERT per row, measured on the large plan)."""
        names = ", ".join(f'"{c}"' for c in columns)
        with self.raw.cursor() as cur, cur.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row([_value(v) for v in row])


def advance_sequences(con: Any) -> None:
    """After rows were written with numbers of our choosing (a copy, an import):
    move every serial column's sequence (each table's ``id``, and ``undo_entry``'s
    ``position``) past the highest number there, so the next row PostgreSQL numbers
    gets a free one, as SQLite gives it; never backwards, since a number once given
    may be a deleted row's that an undo puts back. ``con``: the raw connection."""
    serial = con.execute(
        "SELECT table_name, column_name, "
        "pg_get_serial_sequence(quote_ident(table_name), column_name) "
        "FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND left(column_default, 8) = 'nextval('"
    ).fetchall()
    for table, column, sequence in serial:
        con.execute(
            f"SELECT setval('{sequence}', greatest("
            f'(SELECT coalesce(max("{column}"), 0) + 1 FROM "{table}"), '
            f"(SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END "
            f"FROM {sequence})), false)"
        )

"""Bulk writes straight through the driver, for imports of hundreds of thousands
of rows (SQLModel objects cost ~100x raw SQLite for bulk work, as measured here)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from itertools import chain, islice
from typing import Any

from planner.models import metadata
from planner.models.plan import new_uid

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    t.name: tuple(c.name for c in t.columns) for t in metadata.sorted_tables
}


def next_ids(con: sqlite3.Connection) -> dict[str, int]:
    """The highest id of each table with ids (call inside the writing transaction);
    ``app_setting``, keyed by name, has none."""
    return {
        table: con.execute(f'SELECT coalesce(max(id), 0) FROM "{table}"').fetchone()[0]
        for table, columns in TABLE_COLUMNS.items()
        if "id" in columns
    }


def sync_ids(con: sqlite3.Connection) -> None:
    """After rows were written with ids of our choosing: on PostgreSQL, move each
    serial column's sequence past its highest number, so the next row the ORM adds
    gets a free one, as SQLite gives it (a no-op on SQLite, which needs no sequence)."""
    if isinstance(con, sqlite3.Connection):
        return
    from planner.store.pg_compat import advance_sequences

    advance_sequences(con)


def insert_rows(con: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert dict rows; keys not in the table are ignored, missing columns are NULL
    (``version`` missing from every row: the default, 1; ``id`` missing from every
    row: the database numbers them, as SQLite does for a NULL id and PostgreSQL only
    for a left-out one)."""
    if not rows:
        return
    cols = TABLE_COLUMNS[table]
    if "id" in cols and all(row.get("id") is None for row in rows):
        cols = tuple(c for c in cols if c != "id")
    if "version" in cols and not any(row.get("version") for row in rows):
        cols = tuple(c for c in cols if c != "version")  # a new row's version: 1
    if "uid" in cols and not any(row.get("uid") for row in rows):
        # none has its identity yet: SQLite's default gives each a new one
        cols = tuple(c for c in cols if c != "uid")
        values = [tuple(map(row.get, cols)) for row in rows]
    elif "uid" in cols:
        cols = tuple(c for c in cols if c != "uid")
        values = [(*map(row.get, cols), row.get("uid") or new_uid()) for row in rows]
        cols = (*cols, "uid")
    else:
        values = [tuple(map(row.get, cols)) for row in rows]
    insert_tuples(con, table, cols, values)


#: Rows per INSERT statement in bulk writes on SQLite. One statement of many rows
#: costs about half the CPU of one statement per row (the large plan's 500,000
#: marks: 2.8 s -> 1.5 s, same rows, same order, same ids), at most 999 parameters
#: a statement (the limit of SQLite builds before 3.32).
ROWS_PER_INSERT = 200
MAX_PARAMETERS = 999


def insert_tuples(
    con: sqlite3.Connection, table: str, cols: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert ``rows`` (each a value per column of ``cols``) in their order: on SQLite
    several rows per statement, on PostgreSQL a statement per row, as before."""
    if not rows:
        return
    head = f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES '
    one = f"({', '.join('?' * len(cols))})"
    if not isinstance(con, sqlite3.Connection):
        con.executemany(head + one, rows)
        return
    per = max(1, min(ROWS_PER_INSERT, MAX_PARAMETERS // len(cols)))
    whole = len(rows) - len(rows) % per
    if whole:
        chunks = iter(rows[:whole])
        con.executemany(
            head + ", ".join([one] * per),
            (tuple(chain.from_iterable(islice(chunks, per))) for _ in range(whole // per)),
        )
    if whole < len(rows):
        con.executemany(head + one, rows[whole:])

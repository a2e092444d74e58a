"""Bulk writes straight through the driver, for imports of hundreds of thousands
of rows (SQLModel objects cost ~100x raw SQLite for bulk work, as measured here)."""

from __future__ import annotations

import sqlite3
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
    table's id sequence past its highest id, so the next row the ORM adds gets a
    free one, as SQLite gives it (a no-op on SQLite, which needs no sequence)."""
    if isinstance(con, sqlite3.Connection):
        return
    for table, columns in TABLE_COLUMNS.items():
        if "id" in columns:
            con.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'coalesce((SELECT max(id) FROM "{table}"), 0) + 1, false)'
            )


def insert_rows(con: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert dict rows; keys not in the table are ignored, missing columns are NULL
    (``version`` missing from every row: the default, 1)."""
    if not rows:
        return
    cols = TABLE_COLUMNS[table]
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
    sql = f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})'
    con.executemany(sql, values)

"""Helpers for tests that compare a database's contents before and after."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from pathlib import Path

Contents = dict[str, list[tuple[object, ...]]]
#: The journal's own tables and SQLite's bookkeeping: not the plan's data.
JOURNAL = ("change", "change_row", "undo_entry", "alembic_version", "sqlite_sequence")


def contents(
    path: Path, skip: Collection[str] = ("alembic_version", "sqlite_sequence")
) -> Contents:
    """Every table but ``skip``, row for row, ids and audit fields included."""
    with sqlite3.connect(path) as con:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if r[0] not in skip
        ]
        found = {t: con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    con.close()
    return found

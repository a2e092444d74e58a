"""The SQLite connection every open of a planner file uses, with its pragmas.

Apart from :mod:`planner.store.database` so that the light read route
(:mod:`planner.store.readonly`) opens files exactly as the ORM's engine does
without importing SQLAlchemy.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 5000


def connect(
    path: Path, *, readonly: bool, foreign_keys: bool = True, busy_ms: int | None = None
) -> sqlite3.Connection:
    """A driver connection to exactly the file named, whatever characters it holds.

    (A path put into an ``sqlite:///`` URL is parsed: ``?`` starts a query and
    ``%41`` is unescaped, so another file than the one checked would be written.)

    A reader opens the file for writing too, with ``query_only``: SQLite then removes
    the write-ahead log and its index when the last connection closes, as for a
    writer (a ``mode=ro`` connection cannot, and would leave them beside the file).
    ``busy_ms``: how long to wait for another program's lock (default
    :data:`BUSY_TIMEOUT_MS`).
    """
    busy = BUSY_TIMEOUT_MS if busy_ms is None else busy_ms
    con = sqlite3.connect(
        os.fspath(path),
        timeout=busy / 1000,
        check_same_thread=False,
        # The driver must not issue its own BEGIN: we do (see _on_begin), so that
        # DDL in migrations is transactional and writers begin IMMEDIATE.
        isolation_level=None,
    )
    try:
        con.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        con.execute(f"PRAGMA busy_timeout = {busy}")
        con.execute("PRAGMA synchronous = FULL")
        if readonly:
            con.execute("PRAGMA query_only = ON")
        else:
            con.execute("PRAGMA journal_mode = WAL")
    except BaseException:
        con.close()
        raise
    return con

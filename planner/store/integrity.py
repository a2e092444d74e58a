"""``planner check``'s reading of a file: SQLite's ``integrity_check``, reported
rather than raised."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from planner.errors import PlannerError
from planner.i18n import _
from planner.store import checked, files
from planner.store.connect import BUSY_TIMEOUT_MS
from planner.store.database import is_damage, translate


def integrity_problems(path: Path, limit: int = 100) -> list[str]:
    """What SQLite's ``integrity_check`` finds wrong with a file ([] when sound).

    Reads only: a file that is not ours, or that cannot be opened at all, is
    reported rather than raised, so that ``planner check`` can say what is wrong.
    """
    path = Path(path).expanduser()
    if not os.path.lexists(path):
        raise PlannerError(_("there is no planner database at {path}").format(path=path))
    files.check_is_ours(path)
    try:
        con = sqlite3.connect(os.fspath(path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            con.execute("PRAGMA query_only = ON")
            rows = [str(r[0]) for r in con.execute(f"PRAGMA integrity_check({int(limit)})")]
        finally:
            con.close()
    except sqlite3.Error as e:
        if is_damage(e):
            checked.forget(path)
            return [str(e)]
        raise translate(e, path) from e
    if rows != ["ok"]:
        checked.forget(path)  # the next open checks it again, whatever its identity
        return rows
    return []

"""Helpers for tests that compare a database's contents before and after."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from decimal import Decimal
from pathlib import Path

Contents = dict[str, list[tuple[object, ...]]]
#: The journal's own tables and SQLite's bookkeeping: not the plan's data.
JOURNAL = ("change", "change_row", "undo_entry", "alembic_version", "sqlite_sequence")


def contents(
    path: Path, skip: Collection[str] = ("alembic_version", "sqlite_sequence")
) -> Contents:
    """Every table but ``skip``, row for row, ids and audit fields included; not
    the rows' versions, which only count updates (an undo counts them on)."""
    with sqlite3.connect(path) as con:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if r[0] not in skip
        ]
        found = {}
        for t in tables:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")') if r[1] != "version"]
            names = ", ".join(f'"{c}"' for c in cols)
            found[t] = con.execute(f'SELECT {names} FROM "{t}" ORDER BY rowid').fetchall()
    con.close()
    return found


def as_version_1(doc: object) -> object:
    """An exported document as a version 1 file says it: without the ``uid`` of
    each object (version 2's only addition), and with each budget line's payments
    (version 3) summed into its ``actual``."""
    if isinstance(doc, dict):
        out = {k: as_version_1(v) for k, v in doc.items() if k not in ("uid", "payments")}
        if "payments" in doc:
            paid = [Decimal(p["amount"]) for p in doc["payments"]]
            out["actual"] = str(sum(paid, Decimal(0))) if paid else None
        if out.get("format") == "capacity-plan":
            out["version"] = 1
        return out
    if isinstance(doc, list):
        return [as_version_1(v) for v in doc]
    return doc

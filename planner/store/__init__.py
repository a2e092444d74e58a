"""Persistence: the SQLite file, its schema migrations, units of work and backups.

What needs SQLAlchemy (:mod:`planner.store.database` and what imports it) is
loaded on first use: ``planner.store.files`` or ``raw_connection`` alone, and the
light read route (:mod:`planner.store.readonly`), do without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.store.readonly import raw_connection

if TYPE_CHECKING:
    from planner.store.database import Database, open_database, peek, unit_of_work
    from planner.store.integrity import integrity_problems

_LAZY = {
    "Database": "planner.store.database",
    "open_database": "planner.store.database",
    "peek": "planner.store.database",
    "unit_of_work": "planner.store.database",
    "integrity_problems": "planner.store.integrity",
}

__all__ = [
    "Database",
    "integrity_problems",
    "open_database",
    "peek",
    "raw_connection",
    "unit_of_work",
]


def __getattr__(name: str) -> object:
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(where), name)
    globals()[name] = value
    return value

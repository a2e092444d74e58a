"""Persistence: the SQLite file, its schema migrations, units of work and backups."""

from planner.store.database import (
    Database,
    open_database,
    peek,
    raw_connection,
    unit_of_work,
)
from planner.store.integrity import integrity_problems

__all__ = [
    "Database",
    "integrity_problems",
    "open_database",
    "peek",
    "raw_connection",
    "unit_of_work",
]

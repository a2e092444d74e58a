"""What the schema revisions write differently on SQLite and on PostgreSQL.

A released SQLite file must be upgraded exactly as before, so every choice here
keeps SQLite's text as it was and gives PostgreSQL its own.
"""

from __future__ import annotations

from typing import Literal

from alembic import op

#: A new row's stable identity, 32 lowercase hex digits, made by the database.
SQLITE_UID_DEFAULT = "(lower(hex(randomblob(16))))"
POSTGRES_UID_DEFAULT = "(replace(gen_random_uuid()::text, '-', ''))"


def is_sqlite() -> bool:
    return bool(op.get_bind().dialect.name == "sqlite")


def uid_default() -> str:
    return SQLITE_UID_DEFAULT if is_sqlite() else POSTGRES_UID_DEFAULT


def recreate() -> Literal["always", "auto"]:
    """SQLite rebuilds the table (copy and move); PostgreSQL alters it in place."""
    return "always" if is_sqlite() else "auto"

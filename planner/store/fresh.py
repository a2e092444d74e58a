"""A new database file's schema in one step, without Alembic.

Building a new file by running every migration (Alembic imported, eleven revisions,
tables copied and moved by its batch mode) costs about half a second; a whole
import of a large plan into a new file is five. The schema those migrations leave
at the head revision is kept in :mod:`planner.store.schema_head` (its statements,
as SQLite itself wrote them), and a new file is given exactly that, with the rows
the migrations add to an empty database (the revision, and the random key of
certificate codes: made anew for each file, never copied).

The snapshot is used only when it is of this version's head revision; otherwise
(a revision added and the snapshot not refreshed, or the tests' extra revisions)
the migrations build the file as before. ``tests/migrations/test_fresh_schema.py``
fails as soon as the snapshot differs from what the migrations build; refresh it
with ``scripts/refresh-schema``.
"""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

from planner.store import migrate


def statements_of(path: Path) -> list[str]:
    """The statements that make the schema of the database at ``path``, in the
    order SQLite created its objects (tables before their indexes), SQLite's own
    objects left out."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [
            str(sql)
            for (sql,) in con.execute(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
                "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
            )
        ]
    finally:
        con.close()


def create(path: Path) -> bool:
    """Give the new, empty file at ``path`` the head schema in one transaction;
    False (nothing done) when the snapshot is not of this version's head."""
    from planner.store import schema_head

    if schema_head.REVISION != migrate.HEAD:
        return False
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("BEGIN IMMEDIATE")
        try:
            for sql in schema_head.STATEMENTS:
                con.execute(sql)
            con.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (migrate.HEAD,))
            # as migration 0002 makes it: a key of this file's own
            con.execute(
                "INSERT INTO app_setting (name, value) VALUES ('certificate_key', ?)",
                (secrets.token_hex(32),),
            )
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:  # not when Ctrl+C came just after the COMMIT
                con.execute("ROLLBACK")
            raise
    finally:
        con.close()
    return True


def write_snapshot(database: Path, module: Path) -> None:
    """Write :mod:`planner.store.schema_head` from a database the migrations built."""
    lines = [
        "# ruff: noqa: E501 (SQLite's own text of each statement, kept whole)",
        '"""The schema the migrations build, at the head revision (see',
        ":mod:`planner.store.fresh`). Written by scripts/refresh-schema; do not edit.",
        '"""',
        "",
        f"REVISION = {migrate.HEAD!r}",
        "",
        "STATEMENTS = (",
        *(f"    {sql!r}," for sql in statements_of(database)),
        ")",
        "",
    ]
    module.write_text("\n".join(lines), encoding="utf-8")

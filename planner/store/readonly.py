"""A planner file open for reading through the standard library's sqlite3 alone.

The command line's reports that run only plain SQL (the budget report) read through
this handle: it spares them SQLAlchemy, SQLModel and the models (about a third of
a second of start-up). It opens only the usual case: a file of ours, at the schema
this version writes, sound. Anything else (a server address, a missing, foreign,
older, newer, damaged or busy file, any SQLite error) makes :func:`open_readonly`
answer None, and the caller opens the database the usual way
(:func:`planner.store.open_database` with ``readonly=True``), which refuses with
its own words: the light route never decides what to tell the user.

The checks are those of ``open_database(readonly=True)``: the header
(:func:`planner.store.files.check_is_ours`), the schema revision against
:data:`planner.store.schema_head.REVISION` (a test keeps it the migrations' head),
and SQLite's ``quick_check`` unless :mod:`planner.store.checked` knows the file
unchanged since a clean one. The connection is the one the ORM's engine makes
(:func:`planner.store.connect.connect`: same pragmas, ``query_only``; only the wait
for a lock is shorter, :data:`BUSY_MS`), and the reading runs in one transaction,
as in a unit of work.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias, cast

from planner.addresses import is_server_address, looks_like_url
from planner.errors import PlannerError
from planner.store import checked, files, schema_head
from planner.store.connect import connect

if TYPE_CHECKING:
    from sqlmodel import Session

#: How long the light route waits for another program's lock before it leaves the
#: file to the usual open (which waits its own BUSY_TIMEOUT_MS, then says so): a file
#: kept locked is refused after about as long as before, not twice as long.
BUSY_MS = 500


class ReadOnly:
    """A planner file open for reading, inside one read transaction."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.connection = connection

    @property
    def files(self) -> list[Path]:
        """The files of this database that outputs must never overwrite."""
        return [self.path]

    def close(self) -> None:
        try:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
        finally:
            self.connection.close()

    def __enter__(self) -> ReadOnly:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


if TYPE_CHECKING:
    #: What the services that read with plain SQL take: a session, or this handle.
    Reads: TypeAlias = Session | ReadOnly


def open_readonly(path: str | Path, *, verify: bool = True) -> ReadOnly | None:
    """The file open for reading, or None when anything is unusual (see the module)."""
    if is_server_address(str(path)) or looks_like_url(str(path)):
        return None
    path = Path(path).expanduser()
    try:
        files.check_is_ours(path)
    except PlannerError:
        return None
    try:
        con = connect(path, readonly=True, busy_ms=BUSY_MS)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or str(row[0]) != schema_head.REVISION or (verify and not _sound(path, con)):
            con.close()
            return None
        con.execute("BEGIN")
    except sqlite3.Error:
        con.close()
        return None
    return ReadOnly(path, con)


def _sound(path: Path, con: sqlite3.Connection) -> bool:
    """Whether the file is known sound or found so now (as ``database._verify``;
    a damaged file is left for the usual open to refuse and forget)."""
    before = checked.identity(path)
    if checked.known_sound(path, before):
        return True
    rows = [str(r[0]) for r in con.execute("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        return False
    checked.remember_sound(path, before)
    return True


def raw_connection(source: Reads) -> sqlite3.Connection:
    """The driver connection to read (and, in a session, write) with plain SQL, for
    bulk work and aggregate queries where the ORM costs 2-100x (as measured here).

    ``source``: a :class:`ReadOnly` handle, or a session, whose connection inside its
    transaction is given. On PostgreSQL, a stand-in that speaks the same subset of
    sqlite3's interface (``?`` parameters, values as SQLite gives them: dates as ISO
    text, whole numbers as ``int``): see :mod:`planner.store.pg_compat`.
    """
    if isinstance(source, ReadOnly):
        return source.connection
    con = source.connection().connection.driver_connection
    if isinstance(con, sqlite3.Connection):
        return con
    from planner.store import pg_compat

    return cast(sqlite3.Connection, pg_compat.SqliteStyle.of(con))

"""Opening a planner database safely, and the unit of work.

Every connection has foreign keys on, WAL journal, ``synchronous=FULL`` and a busy
timeout; every transaction that may write begins ``IMMEDIATE`` (a deferred one
that reads and then writes fails at once in WAL mode). A unit of work commits
whole or rolls back whole.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from planner.errors import PlannerError
from planner.store import files, migrate

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


class Database:
    """An open planner database file."""

    def __init__(self, path: Path, engine: Engine, lock: files.ProcessLock | None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self.backup_path: Path | None = None

    @property
    def readonly(self) -> bool:
        return self._lock is None

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _make_engine(path: Path, *, readonly: bool) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        # One connection per checkout: threads (report workers) never share one.
        poolclass=NullPool,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_con: Any, _record: Any) -> None:
        # The driver must not issue its own BEGIN: we do (see _on_begin), so that
        # DDL in migrations is transactional and writers begin IMMEDIATE.
        dbapi_con.isolation_level = None
        cur = dbapi_con.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous = FULL")
        if readonly:
            cur.execute("PRAGMA query_only = ON")
        else:
            cur.execute("PRAGMA journal_mode = WAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


def open_database(path: str | Path, *, create: bool = False, readonly: bool = False) -> Database:
    """Open (and if asked, create) a planner database, migrating it if needed.

    Refuses, with a :class:`PlannerError` and without writing anything, a file
    that is not a planner database, one written by a newer version, and one that
    another process has open for writing.
    """
    path = Path(path).expanduser()
    new = False
    if not path.exists():
        if not create:
            raise PlannerError(f"there is no planner database at {path}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            files.create_private(path)
        except OSError as e:
            raise PlannerError(f"cannot create {path}: {e.strerror}") from e
        new = True
    else:
        files.check_is_ours(path)

    lock: files.ProcessLock | None = None
    if not readonly:
        lock = files.ProcessLock(path)
        try:
            lock.acquire()
        except PlannerError:
            if new:
                path.unlink(missing_ok=True)
            raise
    try:
        if new:
            files.stamp_new(path)
        engine = _make_engine(path, readonly=readonly)
        db = Database(path, engine, lock)
        _bring_up_to_date(db, new=new)
    except BaseException:
        if lock is not None:
            lock.release()
        if new:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return db


def _bring_up_to_date(db: Database, *, new: bool) -> None:
    try:
        with db.engine.connect() as conn:
            current = migrate.current_revision(conn)
    except exc.DatabaseError as e:
        raise translate(e, db.path) from e
    status = migrate.classify(current)
    if status is migrate.Status.CURRENT:
        return
    if status is migrate.Status.NEWER:
        raise PlannerError(
            f"{db.path} was written by a newer version of the planner (schema {current}); "
            "install the newer version to open it. The file was left untouched."
        )
    if db.readonly:
        raise PlannerError(
            f"{db.path} uses an older schema ({current}); open it once in the planner "
            "window (or run 'planner check') to upgrade it"
        )
    if not new and current is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        db.backup_path = db.path.with_name(f"{db.path.name}.{current}-{stamp}.bak")
        files.online_backup(db.path, db.backup_path)
        log.info("backed up %s to %s before migrating", db.path, db.backup_path)
    try:
        with db.engine.begin() as conn:
            migrate.upgrade(conn)
    except exc.DatabaseError as e:
        raise translate(e, db.path) from e


def translate(error: exc.DBAPIError | sqlite3.Error, path: Path | None = None) -> PlannerError:
    """Turn an SQLite error caused by the environment into a clear PlannerError."""
    text = str(getattr(error, "orig", error)).lower()
    where = f" ({path})" if path else ""
    if "locked" in text or "busy" in text:
        return PlannerError(
            f"the database is busy in another program{where}; nothing was changed, try again"
        )
    if "full" in text or "disk i/o" in text:
        return PlannerError(f"the disk is full or failing{where}; nothing was saved")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return PlannerError(
            f"the database file is damaged{where}; restore it from a backup "
            "(run 'planner check' for details)"
        )
    if "readonly" in text or "read-only" in text:
        return PlannerError(f"the database cannot be written{where}; nothing was changed")
    if isinstance(error, exc.IntegrityError):
        return PlannerError(f"the database refused the change: {text}")
    return PlannerError(f"database error{where}: {text}")


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back on any error."""
    try:
        with Session(db.engine, expire_on_commit=False) as session, session.begin():
            yield session
    except (exc.OperationalError, exc.IntegrityError, exc.DatabaseError) as e:
        raise translate(e, db.path) from e


def raw_connection(session: Session) -> sqlite3.Connection:
    """The driver connection inside the session's transaction, for bulk work and
    aggregate queries where the ORM costs 2-100x (STACK-NOTES.md)."""
    con = session.connection().connection.driver_connection
    assert isinstance(con, sqlite3.Connection)
    return con

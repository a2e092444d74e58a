"""Opening a planner database safely, and the unit of work.

Every connection has foreign keys on, WAL journal, ``synchronous=FULL`` and a busy
timeout; every transaction that may write begins ``IMMEDIATE`` (a deferred one
that reads and then writes fails at once in WAL mode). A unit of work commits
whole or rolls back whole.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import exc as orm_exc
from sqlalchemy.pool import NullPool, QueuePool
from sqlmodel import Session

from planner import interrupts
from planner.errors import ConflictError, PlannerError
from planner.i18n import _
from planner.store import checked, files, fresh, migrate, server
from planner.store.connect import connect as _connect

log = logging.getLogger(__name__)


class Database:
    """An open planner database file."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        lock: files.ProcessLock | None,
        *,
        url: str | None = None,
    ) -> None:
        #: The file; for a server database, its address with any password masked
        #: (only ever shown, never opened).
        self.path = path
        #: The server address for a PostgreSQL database (None: a file).
        self.url = url
        self.engine = engine
        self._lock = lock
        #: Where the file was copied before this open upgraded its schema.
        self.backup_path: Path | None = None
        #: The schema revision this open upgraded from, if it did.
        self.upgraded_from: str | None = None
        #: Whether this open created the file.
        self.created = False
        self._server_readonly = False

    @property
    def readonly(self) -> bool:
        if self.url is not None:
            return bool(self._server_readonly)
        return self._lock is None

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def label(self) -> str:
        """How the database is named to the user (a server address, password masked)."""
        return str(self.path) if self.url is None else server.masked(self.url)

    @property
    def files(self) -> list[Path]:
        """The files of this database that outputs must never overwrite."""
        return [] if self.url is not None else [self.path]

    def close(self) -> None:
        if self.url is not None:
            server.close_engine(self.engine)
        else:
            self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def discard(self) -> None:
        """Close, and remove the file again if this open created it (a first
        import that failed): the folder is left as it was found."""
        self.engine.dispose()
        # only if no other window or command opened it meanwhile
        if self.created and self._lock is not None and self._lock.reclaim():
            files.remove_database(self.path)
            self._lock.release(remove=True)
            self._lock = None
        self.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _make_engine(path: Path, *, readonly: bool, foreign_keys: bool = True) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect(path, readonly=readonly, foreign_keys=foreign_keys),
        # One connection per checkout: threads (report workers) never share one.
        # A writer's connections are kept (its journal triggers are made once per
        # connection, services.journal); a reader's are not.
        poolclass=NullPool if readonly else QueuePool,
        **({} if readonly else {"pool_size": 2, "max_overflow": 8}),
    )

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        reads = readonly or conn.get_execution_options().get("peek", False)
        conn.exec_driver_sql("BEGIN" if reads else "BEGIN IMMEDIATE")

    return engine


def open_database(
    path: str | Path, *, create: bool = False, readonly: bool = False, verify: bool = True
) -> Database:
    """Open (and if asked, create) a planner database, migrating it if needed.

    Refuses, with a :class:`PlannerError` and without writing anything, a file
    that is not a planner database, one written by a newer version, one that
    another process has open for writing, and (``verify``) one that SQLite's
    ``quick_check`` finds damaged.

    A new database is built under a temporary name and moved into place once
    its schema is written: a kill leaves either nothing or a whole database.
    Creation happens under the lock, so of two processes creating the same file
    one wins and the other is refused; neither removes a file it did not create.
    """
    if server.is_server_address(str(path)):
        db = server.open_server(str(path), create=create, readonly=readonly)
        db._server_readonly = readonly
        return db
    if server.looks_like_url(str(path)):
        raise PlannerError(
            _(
                "{path} is an address the planner cannot open: give a database file or a "
                "postgresql:// address"
            ).format(path=server.masked(str(path)))
        )
    path = Path(path).expanduser()
    lock: files.ProcessLock | None = None
    if not readonly:
        lock = files.ProcessLock(path)
        lock.acquire(shared=True)
        if lock.exclusive:
            # Files this database's creation or backups left when a process was killed:
            # they are only ever written under the exclusive lock we hold, so they are stale.
            files.remove_stale_temporaries(path)
    created = False
    try:
        if not os.path.lexists(path):
            if not create:
                raise PlannerError(_("there is no planner database at {path}").format(path=path))
            if lock is None:
                raise PlannerError(_("there is no planner database at {path}").format(path=path))
            if not lock.exclusive:
                raise _in_use(path)
            _create(path)
            created = True
        else:
            files.check_is_ours(path)
        engine = _make_engine(path, readonly=readonly)
        db = Database(path, engine, lock)
        db.created = created
        try:
            _bring_up_to_date(db)
            if verify and not created:
                _verify(db)
        except BaseException:
            engine.dispose()
            raise
        if lock is not None:
            lock.share()  # others may now open it to edit too
    except BaseException:
        if created:
            files.remove_database(path)
        if lock is not None:
            lock.release(remove=True)
        raise
    return db


def _create(path: Path) -> None:
    """Write a new database's schema under a temporary name, then move it to ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = files.create_temporary(path)
    except OSError as e:
        raise PlannerError(
            _("cannot create {path}: {reason}").format(path=path, reason=files.reason(e))
        ) from e
    try:
        files.stamp_new(tmp)
        # the head schema in one step (planner.store.fresh); else every migration
        if not fresh.create(tmp):
            engine = _make_engine(tmp, readonly=False, foreign_keys=False)
            try:
                with engine.begin() as conn:
                    migrate.upgrade(conn)
            finally:
                engine.dispose()  # the last connection checkpoints and removes the WAL
        files.publish(tmp, path)
    except (exc.DBAPIError, sqlite3.Error) as e:
        raise translate(e, path) from e
    except OSError as e:
        raise PlannerError(
            _("cannot create {path}: {reason}; nothing was written").format(
                path=path, reason=files.reason(e)
            )
        ) from e
    finally:
        files.remove_database(tmp)


def _bring_up_to_date(db: Database) -> None:
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
            _(
                "{path} was written by a newer version of the planner (schema "
                "{current}); install the newer version to open it. The file was "
                "left untouched."
            ).format(path=db.path, current=current)
        )
    if current is None and _has_tables(db):
        # A file of ours with tables but no schema version has lost it.
        raise PlannerError(
            _(
                "{path} is damaged: it does not record its schema version; restore it from a backup"
            ).format(path=db.path)
        )
    if db.readonly:
        raise PlannerError(
            _(
                "{path} uses an older schema ({current}); open it once in the "
                "planner window (or run 'planner check') to upgrade it"
            ).format(path=db.path, current=current)
        )
    if db._lock is not None and not db._lock.exclusive:
        raise _in_use(db.path)  # upgraded only while no one else has it open
    if current is not None:
        db.backup_path = files.backup_before_migrating(db.path, current)
        log.info("backed up %s to %s before migrating", db.path, db.backup_path)
    _migrate(db.path)
    db.upgraded_from = current


def _in_use(path: Path) -> PlannerError:
    return PlannerError(
        _(
            "{database} is open in another planner window or command; close it there and try again"
        ).format(database=path)
    )


def _has_tables(db: Database) -> bool:
    """Whether a file holds any table (one stamped by an older version and
    interrupted before its schema was written holds none)."""
    try:
        with db.engine.connect() as conn:
            count = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except exc.DatabaseError as e:
        raise translate(e, db.path) from e
    return bool(count)


def _migrate(path: Path) -> None:
    """Upgrade the schema in one transaction, on a connection with foreign keys off.

    A migration that rebuilds a table (Alembic's batch mode: copy, drop, rename)
    would otherwise cascade the drop to every child row. ``PRAGMA foreign_keys``
    cannot change inside a transaction, hence a connection opened for this; the
    keys are checked before the commit, and any violation rolls everything back.
    """
    engine = _make_engine(path, readonly=False, foreign_keys=False)
    try:
        with engine.connect() as conn, conn.begin() as upgrade:
            migrate.upgrade(conn)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                tables = sorted({str(row[0]) for row in broken})
                raise PlannerError(
                    _(
                        "upgrading {path} would leave {n} rows pointing at rows that do "
                        "not exist (in {tables}); nothing was changed"
                    ).format(path=path, n=len(broken), tables=", ".join(tables))
                )
            with interrupts.saving():
                upgrade.commit()
    except exc.DatabaseError as e:
        raise translate(e, path) from e
    finally:
        engine.dispose()


def _verify(db: Database) -> None:
    """Refuse to read a damaged file silently: SQLite's quick_check, unless the file is
    unchanged since a clean check (``planner.store.checked`` says what that means)."""
    before = checked.identity(db.path)
    if checked.known_sound(db.path, before):
        return
    _quick_check(db)
    checked.remember_sound(db.path, before)


def _quick_check(db: Database) -> None:
    """SQLite's quick_check of the whole file; a damaged file is refused."""
    try:
        with db.engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    except exc.DatabaseError as e:
        raise translate(e, db.path) from e
    if rows != ["ok"]:
        checked.forget(db.path)
        raise PlannerError(
            _(
                "the database file is damaged ({path}): {problem}; restore it from a "
                "backup (run 'planner check' for details)"
            ).format(path=db.path, problem=rows[0])
        )


def translate(error: exc.DBAPIError | sqlite3.Error, path: Path | None = None) -> PlannerError:
    """Turn an SQLite error caused by the environment into a clear PlannerError."""
    text = str(getattr(error, "orig", error)).lower()
    where = f" ({path})" if path else ""
    if "locked" in text or "busy" in text:
        return PlannerError(
            _(
                "the database is busy in another program{where}; nothing was changed, try again"
            ).format(where=where)
        )
    if "full" in text or "disk i/o" in text:
        return PlannerError(
            _("the disk is full or failing{where}; nothing was saved").format(where=where)
        )
    if is_damage(error):
        if path is not None:
            checked.forget(path)  # SQLite met damage reading it: check it on the next open
        return PlannerError(
            _(
                "the database file is damaged{where}; restore it from a backup (run "
                "'planner check' for details)"
            ).format(where=where)
        )
    if "readonly" in text or "read-only" in text:
        return PlannerError(
            _(
                "the database cannot be written{where}: the file or its folder is "
                "read-only; nothing was changed"
            ).format(where=where)
        )
    if "unable to open" in text:
        return PlannerError(
            _(
                "cannot open the database{where}: the file or its folder cannot be "
                "read or written; nothing was changed"
            ).format(where=where)
        )
    if isinstance(error, exc.IntegrityError):
        return PlannerError(_("the database refused the change: {text}").format(text=text))
    return PlannerError(_("database error{where}: {text}").format(where=where, text=text))


def is_damage(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return any(
        w in text
        for w in (
            "malformed",
            "not a database",
            "corrupt",
            "no such table",
            "unsupported file format",
        )
    )


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back on any error.

    The COMMIT itself is never cut by Ctrl+C (:func:`planner.interrupts.saving`): a
    command either saved all and says so, or saved nothing."""
    #: the session, once the work is done and only its COMMIT is left
    committing: list[Session] = []
    try:
        with Session(db.engine, expire_on_commit=False) as session, session.begin() as work:
            yield session
            session.flush()  # an error here: the server has not been asked to commit
            committing.append(session)
            if db.readonly:
                work.commit()
            else:
                with interrupts.saving():
                    work.commit()
    except orm_exc.StaleDataError as e:
        # a row's version moved between reading it and writing it (``Versioned``)
        raise ConflictError(
            _(
                "someone else saved this at the same moment; nothing was saved: reload and "
                "make the change again"
            )
        ) from e
    except Exception as e:
        if db.url is not None and server.is_server_error(e):
            if committing and server.is_connection_lost(e):
                # COMMIT was sent and no answer came back: the server may have saved it
                change_id = committing[0].info.get("change_id")
                raise server.not_confirmed(db.url, change_id) from e
            raise server.translate(e, db.url) from e
        if isinstance(e, exc.DBAPIError | sqlite3.Error):
            # raw_connection() work raises the driver's errors, unwrapped
            raise translate(e, db.path) from e
        raise


def peek(db: Database, sql: str) -> Any:
    """The first value of a small read, in a transaction that takes no write lock
    (for a check made every half second while others write: ``services.watch``)."""
    try:
        with db.engine.connect().execution_options(peek=True) as conn, conn.begin():
            return conn.exec_driver_sql(sql).scalar()
    except (exc.DBAPIError, sqlite3.Error) as e:
        raise translate(e, db.path) from e

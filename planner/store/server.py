"""Opening a planner database on a PostgreSQL server (team mode).

The address is handed to libpq exactly as given, so credentials come from where
libpq finds them: a service file (``PGSERVICE``), ``~/.pgpass`` or ``PGPASSFILE``,
the environment. The planner never stores a password: an address is shown with its
password masked and remembered without it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.pool import NullPool, QueuePool

from planner.addresses import (
    SCHEMES,
    database_name,
    is_server_address,
    looks_like_url,
    masked,
    without_password,
)
from planner.errors import ConnectionLost, NotConfirmed, PlannerError
from planner.i18n import _

if TYPE_CHECKING:
    from planner.store.database import Database

log = logging.getLogger(__name__)

__all__ = [
    "SCHEMES",
    "Listener",
    "database_name",
    "is_server_address",
    "looks_like_url",
    "masked",
    "open_server",
    "without_password",
]


#: On a TCP connection, how a dropped network is told from a quiet one: the
#: system probes an idle connection after 5 s, every 2 s, and gives up after 3
#: unanswered probes; data sent and not acknowledged for 10 s ends it too (else a
#: save over a dead network would wait for minutes). A value the address gives wins;
#: a local socket ignores them all.
KEEPALIVE = {
    "keepalives": "1",
    "keepalives_idle": "5",
    "keepalives_interval": "2",
    "keepalives_count": "3",
    "tcp_user_timeout": "10000",
}


def _alive_options(url: str) -> dict[str, Any]:
    from psycopg.conninfo import conninfo_to_dict

    try:
        given = conninfo_to_dict(url)
    except Exception:  # libpq reports a bad address itself, when connecting
        return {}
    return {k: v for k, v in KEEPALIVE.items() if k not in given}


def _connect(url: str, readonly: bool) -> Any:
    import psycopg

    # No JIT: once the server has statistics, the figures' query is costed above
    # its JIT thresholds, and compiling took 0.31 s of a 0.5 s query (0.19 s without)
    options = "-c jit=off" + (" -c default_transaction_read_only=on" if readonly else "")
    return psycopg.connect(
        url,
        options=options,
        application_name="planner",
        connect_timeout=10,
        **_alive_options(url),
    )


def make_engine(url: str, *, readonly: bool) -> Engine:
    """An engine on the server; the address goes to libpq untouched."""
    return create_engine(
        "postgresql+psycopg://",
        creator=lambda: _connect(url, readonly),
        poolclass=NullPool if readonly else QueuePool,
        **({} if readonly else {"pool_size": 2, "max_overflow": 8, "pool_pre_ping": True}),
    )


def close_engine(engine: Engine) -> None:
    """Close every connection of ``engine``, now or as soon as it is given back.

    ``dispose()`` alone closes only the idle ones: a connection a background read
    still holds (a window closed while a page was loading) went back into the old
    pool and stayed open on the server until Python's garbage collector happened
    to free that pool, and a read started after the close opened a new one that a
    fresh pool kept. Here, from the close on, a connection given back is closed
    (the listener also passes to the pool that ``dispose()`` makes)."""
    if not event.contains(engine.pool, "checkin", _close_on_return):
        event.listen(engine.pool, "checkin", _close_on_return)
    engine.dispose()


def _close_on_return(_dbapi_connection: Any, record: Any) -> None:
    record.invalidate()


class Listener:
    """Listens on its own connection for the journal's announcements
    (``journal_pg.CHANNEL``, sent at the commit of every recorded change) and calls
    ``heard()`` for each, from its own thread.

    The connection is the listener's alone (autocommit, no transaction held open).
    If it is lost (the server restarted, the network dropped) it is made again
    every ``retry`` seconds; ``heard()`` is then called once more, for anything
    announced while nobody listened. :meth:`stop` ends the thread and closes the
    connection (a window closing leaves nothing open on the server)."""

    def __init__(
        self,
        url: str,
        heard: Callable[[], None],
        *,
        unrecorded: Callable[[], None] | None = None,
        wait: float = 0.25,
        retry: float = 2.0,
        ping: float = 0.5,
    ) -> None:
        self.url = url
        self.heard = heard
        #: called (before ``heard``) when a change outside the journal was announced
        self.unrecorded = unrecorded
        self.wait = wait
        self.retry = retry
        self.ping = ping
        #: the server process of the listening connection (0 before it listens)
        self.backend_pid = 0
        #: when the server last answered on this connection (time.monotonic()): a
        #: ``SELECT 1`` every ``ping`` seconds, for a network that drops silently
        #: (no error, only silence; :meth:`silent`)
        self.answered_at = time.monotonic()
        #: set while the connection listens (for tests, and to tell a lost one)
        self.listening = threading.Event()
        #: set when a connection that listened was lost, until one listens again
        #: (the window's "connection lost" banner: ``services.watch``)
        self.dropped = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="planner-listen", daemon=True)
        self._thread.start()

    def silent(self, limit: float) -> bool:
        """Whether the connection listens but the server has not answered for
        ``limit`` seconds (a network dropped without a word: the system gives up on
        the connection only after ``KEEPALIVE``'s timeouts)."""
        return self.listening.is_set() and time.monotonic() - self.answered_at > limit

    def stop(self) -> None:
        self._stop.set()
        # within one wait; a connection still being made holds nothing open yet
        self._thread.join(timeout=self.wait + 1.0)

    def _run(self) -> None:
        import psycopg

        from planner.store.journal_pg import CHANNEL, UNRECORDED

        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    self.url,
                    autocommit=True,
                    application_name="planner",
                    connect_timeout=10,
                    **_alive_options(self.url),
                ) as con:
                    con.execute(f"LISTEN {CHANNEL}")
                    self.backend_pid = con.info.backend_pid
                    self.answered_at = time.monotonic()
                    self.listening.set()
                    self.dropped.clear()
                    self.heard()  # whatever was announced before this listened
                    while not self._stop.is_set():
                        for note in con.notifies(timeout=self.wait):
                            if note.payload == UNRECORDED and self.unrecorded is not None:
                                self.unrecorded()
                            self.heard()
                        if time.monotonic() - self.answered_at >= self.ping:
                            con.execute("SELECT 1")  # waits while the network is down
                            self.answered_at = time.monotonic()
            except psycopg.Error as e:
                log.info("listening for others' changes failed: %s", _first_line(str(e)))
            if self.listening.is_set() and not self._stop.is_set():
                self.dropped.set()  # before listening is cleared: no moment looks fine
            self.listening.clear()
            self._stop.wait(self.retry)


def translate(error: BaseException, url: str) -> PlannerError:
    """A server's or libpq's error as a message a user can act on, password masked."""
    text = str(getattr(error, "orig", error))
    low = text.lower()
    where = masked(url)
    name = database_name(url)
    if "does not exist" in low and "database" in low:
        return PlannerError(
            _(
                "there is no database {name!r} on the server ({where}); ask the server's "
                "administrator to create it (createdb)"
            ).format(name=name, where=where)
        )
    if "authentication failed" in low or "no password supplied" in low:
        return PlannerError(
            _(
                "the server refused the login ({where}): authentication failed; check the "
                "user name and the password in ~/.pgpass (or PGPASSFILE, or the PGSERVICE "
                "entry)"
            ).format(where=where)
        )
    if "role" in low and "does not exist" in low:
        return PlannerError(
            _("the server does not know this user ({where}): {reason}").format(
                where=where, reason=_first_line(text)
            )
        )
    if (
        is_connection_lost(error)
        or "connection refused" in low
        or "could not connect" in low
        or "no such file or directory" in low
        or "could not translate host name" in low
        or "timeout expired" in low
        or "server closed the connection" in low
        or "connection failed" in low
        or "terminating connection" in low
    ):
        return ConnectionLost(
            _(
                "the database server cannot be reached ({where}); check that it is running "
                "and that the address is right; nothing was changed"
            ).format(where=where)
        )
    if "permission denied" in low:
        return PlannerError(
            _(
                "the server does not let this user do that ({where}): {reason}; nothing was changed"
            ).format(where=where, reason=_first_line(text))
        )
    if "read-only transaction" in low:
        return PlannerError(
            _("the database is open read-only ({where}); nothing was changed").format(where=where)
        )
    if "deadlock" in low or "could not serialize" in low or "lock timeout" in low:
        return PlannerError(
            _(
                "the database is busy with another user's change ({where}); nothing was "
                "changed, try again"
            ).format(where=where)
        )
    if "duplicate key value violates unique constraint" in low:
        # the services check what must be unique before they write, so the server's
        # own refusal means another desk saved the same thing since that check
        return PlannerError(
            _(
                "another desk saved the same at the same moment ({where}): {reason}; nothing "
                "was changed, try again"
            ).format(where=where, reason=_first_line(text))
        )
    if isinstance(error, exc.IntegrityError) or "violates" in low:
        return PlannerError(
            _("the database refused the change: {reason}").format(reason=_first_line(text))
        )
    return PlannerError(
        _("database error ({where}): {reason}").format(where=where, reason=_first_line(text))
    )


def is_connection_lost(error: BaseException) -> bool:
    """Whether ``error`` says the connection to the server is gone or cannot be
    made (server stopped or restarted, network dropped, connection refused), as
    opposed to a refusal of what was asked."""
    import psycopg

    if isinstance(error, exc.DBAPIError) and error.connection_invalidated:
        return True
    orig = getattr(error, "orig", error)
    if not isinstance(orig, psycopg.OperationalError):
        return False
    # no SQLSTATE: libpq's own (connection refused, closed unexpectedly); class 08: a
    # connection exception; 57P01-57P03: the server shutting down or starting up.
    # (A deadlock or a serialization failure is an OperationalError too: not these.)
    state = orig.sqlstate
    return state is None or state.startswith("08") or state in {"57P01", "57P02", "57P03"}


def not_confirmed(url: str, change_id: int | None) -> NotConfirmed:
    """The connection was lost during COMMIT: the outcome is unknown."""
    return NotConfirmed(
        _(
            "the connection to the server ({where}) was lost while the change was being "
            "saved: it may not have been saved; look again once the server answers"
        ).format(where=masked(url)),
        change_id=change_id,
    )


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text


def is_server_error(error: BaseException) -> bool:
    orig = getattr(error, "orig", error)
    return type(orig).__module__.startswith("psycopg")


def open_server(url: str, *, create: bool = False, readonly: bool = False) -> Database:
    """Open a planner database on a server, bringing its schema to this version.

    An empty database (no tables) is set up, unless opened read-only; one holding
    other tables, or a schema of a newer planner, is refused untouched. An upgrade
    runs in one transaction (PostgreSQL's DDL is transactional): all or nothing.
    """
    from planner.store import migrate
    from planner.store.database import Database

    engine = make_engine(url, readonly=readonly)
    db = Database(Path(masked(url)), engine, None, url=url)
    try:
        with engine.connect() as conn:
            tables = {
                str(r[0])
                for r in conn.exec_driver_sql(
                    "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
                )
            }
            current = (
                conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                if "alembic_version" in tables
                else None
            )
        where = masked(url)
        if tables and (current is None or "plan" not in tables):
            raise PlannerError(
                _(
                    "{where} is not a planner database: it holds other tables; it was left "
                    "untouched"
                ).format(where=where)
            )
        status = migrate.classify(None if current is None else str(current))
        if status is migrate.Status.NEWER:
            raise PlannerError(
                _(
                    "{where} was written by a newer version of the planner (schema "
                    "{current}); install the newer version to open it. The database was left "
                    "untouched."
                ).format(where=where, current=current)
            )
        if status is migrate.Status.OLDER:
            if readonly:
                raise PlannerError(
                    _(
                        "{where} is empty or uses an older schema; open it once for writing "
                        "(the window or 'planner check') to set it up"
                    ).format(where=where)
                )
            try:
                with engine.begin() as conn:
                    # two planners setting up one database: the second waits, then finds
                    # it done
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7341105)")
                    migrate.upgrade(conn)
            except exc.DBAPIError as e:
                if _sqlstate(e) == INSUFFICIENT_PRIVILEGE:
                    raise _owner_only(where, current) from e
                raise
            db.upgraded_from = None if current is None else str(current)
            db.created = current is None
        if not readonly:
            _install_journal(engine)
    except PlannerError:
        engine.dispose()
        raise
    except exc.DBAPIError as e:
        engine.dispose()
        raise translate(e, url) from e
    del create  # a server database is made by its administrator; we only set it up
    return db


#: PostgreSQL's SQLSTATE for "must be owner of ..." and "permission denied ...".
INSUFFICIENT_PRIVILEGE = "42501"


def _sqlstate(error: exc.DBAPIError) -> str | None:
    return getattr(error.orig, "sqlstate", None)


def _owner_only(where: str, current: object) -> PlannerError:
    """Setting up or upgrading a server database creates and alters tables, which
    only the database's owner (or a superuser) may do: a colleague's login is told so,
    in words they can pass on, and the database is left as it was (the upgrade is one
    transaction)."""
    if current is None:
        return PlannerError(
            _(
                "{where} is empty, and only the database's owner may set it up: ask them to "
                "copy a plan into it with 'planner copy' first; nothing was changed"
            ).format(where=where)
        )
    return PlannerError(
        _(
            "{where} uses an older schema ({current}) that this version of the planner "
            "upgrades, and only the database's owner may do that: ask them to run "
            "'planner check' on it once with this version; nothing was changed"
        ).format(where=where, current=current)
    )


def _install_journal(engine: Engine) -> None:
    """The journal's triggers, made by whoever opens the database for writing first
    (usually its owner, who may create them), not in the middle of a user's edit."""
    from planner.store import journal
    from planner.store.pg_compat import SqliteStyle

    with engine.begin() as conn:
        con = SqliteStyle.of(conn.connection.driver_connection)
        journal.install(con)  # type: ignore[arg-type]

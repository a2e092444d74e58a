"""Files the store owns: private creation, the header check, the process lock."""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from planner.errors import PlannerError
from planner.i18n import _

#: PRAGMA application_id of a planner database ("CBPL").
APPLICATION_ID = 0x4342504C
SQLITE_MAGIC = b"SQLite format 3\x00"


def create_private(path: Path) -> None:
    """Create an empty file that only its owner can read (fails if it exists)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def reason(e: OSError) -> str:
    """An OSError in words a user acts on."""
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    return e.strerror or str(e)


_SIDE_FILES = ("-wal", "-shm", "-journal")


def create_temporary(final: Path) -> Path:
    """A new private, empty file beside ``final``, to be filled and then published."""
    fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".new", dir=final.parent)
    os.close(fd)
    return Path(name)


def remove_stale_temporaries(database: Path) -> None:
    """Remove what a killed creation or backup of ``database`` left behind.

    Call only while holding the database's lock: temporaries are written under it.
    """
    try:
        names = list(database.parent.iterdir())
    except OSError:
        return
    for p in names:
        if p.name.startswith(f".{database.name}.") and ".new" in p.name:
            p.unlink(missing_ok=True)


def publish(tmp: Path, final: Path) -> None:
    """Move a finished file to its name, never over an existing one, durably."""
    _fsync(tmp)
    try:
        os.link(tmp, final)  # atomic, and fails if ``final`` appeared meanwhile
    except FileExistsError:
        raise PlannerError(
            _("{final} appeared while it was being created; it was left alone").format(final=final)
        ) from None
    except OSError as e:  # a file system without hard links
        if os.path.lexists(final):
            raise PlannerError(
                _("{final} appeared while it was being created; it was left alone").format(
                    final=final
                )
            ) from e
        os.rename(tmp, final)
    sync_folder(final.parent)


def remove_database(path: Path) -> None:
    """Remove a database this process created, with its journal files."""
    for suffix in ("", *_SIDE_FILES):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a crash after it keeps the new name)."""
    if os.name == "nt":  # pragma: no cover
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # a folder we may write but not open: the rename stands, unsynced
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_application_id(path: Path) -> int | None:
    """The application id in a SQLite file's header, or None if not a SQLite file.

    Reads the header bytes only: nothing is written into a file that is not ours.
    """
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None
    return int.from_bytes(header[68:72], "big")


def check_is_ours(path: Path) -> None:
    if path.is_dir():
        raise PlannerError(_("{path} is a folder, not a planner database").format(path=path))
    if not path.is_file():
        raise PlannerError(
            _("{path} is not a regular file (a device or a pipe), not a database").format(path=path)
        )
    try:
        app_id = read_application_id(path)
    except OSError as exc:
        raise PlannerError(
            _("cannot read {path}: {strerror}").format(path=path, strerror=exc.strerror)
        ) from exc
    if app_id is None:
        raise PlannerError(
            _("{path} is not a planner database (it is not an SQLite file)").format(path=path)
        )
    if app_id != APPLICATION_ID:
        raise PlannerError(
            _(
                "{path} is an SQLite database of another program, not a planner "
                "database; it was left untouched"
            ).format(path=path)
        )


def stamp_new(path: Path) -> None:
    """Give a freshly created, empty file our application id and WAL journal."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute("PRAGMA journal_mode = WAL")
    finally:
        con.close()


def online_backup(source: Path, target: Path) -> None:
    """Copy a live database with SQLite's backup API into a new private file.

    The copy is written under a temporary name and only then given ``target``'s
    name: a backup is complete or absent, never a 0-byte or half file.
    """
    tmp = create_temporary(target)
    try:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # a backup stays a single file: no WAL beside it
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        publish(tmp, target)
    finally:
        remove_database(tmp)


def backup_before_migrating(path: Path, revision: str) -> Path:
    """Back ``path`` up as ``NAME.REVISION-STAMP.bak`` (a new name each time).

    Refuses with a clear message, leaving nothing behind, when the copy cannot
    be made (a full disk): no migration runs without its backup.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    for n in range(1, 1000):
        extra = "" if n == 1 else f"-{n}"
        target = path.with_name(f"{path.name}.{revision}-{stamp}{extra}.bak")
        if os.path.lexists(target):
            continue
        try:
            online_backup(path, target)
        except PlannerError:
            continue  # another process took that name meanwhile
        except (OSError, sqlite3.Error) as e:
            why = reason(e) if isinstance(e, OSError) else _sqlite_reason(e)
            raise PlannerError(
                _(
                    "{path} needs an upgrade, but it could not be backed up first "
                    "({why}); nothing was changed. Free some space and open it again"
                ).format(path=path, why=why)
            ) from e
        return target
    raise PlannerError(
        _("cannot find a free name to back {path} up; nothing was changed").format(path=path)
    )


def _sqlite_reason(e: sqlite3.Error) -> str:
    text = str(e).lower()
    if "full" in text or "disk i/o" in text:
        return "the disk is full or failing"
    return text


class ProcessLock:
    """The lock of the processes that write a database.

    Exclusive while a process creates, upgrades or cleans up after a database;
    then shared (:meth:`share`), so that two windows, or a window and a command,
    edit one file together: SQLite serialises their transactions and the rows'
    versions refuse a save over someone else's (``planner.services.versions``).
    A process that finds it shared gets a shared lock, and may not upgrade the
    file. It lives in a small private file beside the database (``NAME.lock``):
    SQLite's own POSIX locks on the database file would be dropped if we opened
    and closed that file ourselves.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fd: int | None = None
        #: Whether this process created the lock file (and so may remove it).
        self.made_file = False
        #: Whether no other process holds the lock (it may create or upgrade).
        self.exclusive = False

    def acquire(self, *, shared: bool = False) -> None:
        """Take the lock, exclusive if no one holds it; ``shared``: else shared."""
        for _attempt in range(100):
            try:
                try:
                    fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
                    made = True
                except FileExistsError:
                    fd = os.open(self.path, os.O_RDWR)
                    made = False
            except OSError as exc:
                raise PlannerError(
                    _("cannot create the lock file {path}: {reason}").format(
                        path=self.path, reason=reason(exc)
                    )
                ) from exc
            exclusive = _try_lock(fd)
            if not exclusive and not (shared and _try_share(fd)):
                os.close(fd)
                raise PlannerError(
                    _(
                        "{database} is open in another planner window or command; "
                        "close it there and try again"
                    ).format(database=self.path.with_suffix(""))
                )
            # A process that created the lock file may remove it when it gives up a
            # database it created; a lock on the removed file guards nothing.
            if _still_named(fd, self.path):
                self._fd = fd
                self.made_file = made
                self.exclusive = exclusive
                return
            _unlock(fd)
            os.close(fd)
        raise PlannerError(
            _("cannot take the lock {path}; try again").format(path=self.path)
        )  # pragma: no cover

    def reclaim(self) -> bool:
        """Whether the lock could be made exclusive again (no one else has it)."""
        if self._fd is not None and not self.exclusive:
            self.exclusive = _try_lock(self._fd)
        return self.exclusive

    def share(self) -> None:
        """Let other writers in, once the file is created and up to date."""
        if self._fd is not None and self.exclusive and _try_share(self._fd):
            self.exclusive = False

    def release(self, *, remove: bool = False) -> None:
        """Give the lock up; ``remove`` also deletes the lock file if this process
        made it (for a database it created and is removing again)."""
        if self._fd is not None:
            if remove and self.made_file and self.exclusive:
                self.path.unlink(missing_ok=True)
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> ProcessLock:
        self.acquire()
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def _still_named(fd: int, path: Path) -> bool:
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (mine.st_dev, mine.st_ino)


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True

    def _try_share(fd: int) -> bool:
        return False  # no shared locks here: one writer at a time

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _try_share(fd: int) -> bool:
        """Take (or turn an exclusive lock into) a shared one."""
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

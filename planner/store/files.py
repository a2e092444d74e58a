"""Files the store owns: private creation, the header check, the process lock."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from types import TracebackType

from planner.errors import PlannerError

#: PRAGMA application_id of a planner database ("CBPL").
APPLICATION_ID = 0x4342504C
SQLITE_MAGIC = b"SQLite format 3\x00"


def create_private(path: Path) -> None:
    """Create an empty file that only its owner can read (fails if it exists)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
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
    if not path.is_file():
        raise PlannerError(f"{path} is not a file")
    try:
        app_id = read_application_id(path)
    except OSError as exc:
        raise PlannerError(f"cannot read {path}: {exc.strerror}") from exc
    if app_id is None:
        raise PlannerError(f"{path} is not a planner database (it is not an SQLite file)")
    if app_id != APPLICATION_ID:
        raise PlannerError(
            f"{path} is an SQLite database of another program, not a planner database; "
            "it was left untouched"
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
    """Copy a live database with SQLite's backup API into a new private file."""
    create_private(target)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


class ProcessLock:
    """An exclusive lock held by the one process that may write a database.

    It lives in a small private file beside the database (``NAME.lock``): SQLite's
    own POSIX locks on the database file would be dropped if we opened and closed
    that file ourselves.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        except OSError as exc:
            raise PlannerError(f"cannot create the lock file {self.path}: {exc.strerror}") from exc
        if not _try_lock(fd):
            os.close(fd)
            raise PlannerError(
                f"{self.path.with_suffix('')} is open in another planner window or command; "
                "close it there and try again"
            )
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
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


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True

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

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

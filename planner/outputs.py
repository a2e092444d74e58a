"""Writing the files a user asks for: reports, exports, calendars.

Shared by the command line and the window, below both (neither imports the
other for it). A file is written whole or not at all, private to its owner
(reports carry personal data), and never over something that is not a plain
output file: the open database, its journal, lock or backups, another planner
database, a folder, a device or a pipe.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from planner import interrupts
from planner.errors import PlannerError
from planner.i18n import _
from planner.store.files import APPLICATION_ID, read_application_id, reason, sync_folder

#: The file name endings that name a format; a format contradicting them is refused.
EXTENSIONS = {
    ".pdf": "pdf",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".json": "json",
    ".ics": "ics",
    ".html": "html",
}

#: What an SQLite database's own files are called, beside NAME.
_COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")


def format_of(path: Path) -> str | None:
    """The format a file name's ending names, or None for an ending we don't know."""
    return EXTENSIONS.get(path.suffix.lower())


def check_format(path: Path, fmt: str) -> None:
    """Refuse ``-o b.pdf --format csv``: a PDF reader would be handed a CSV."""
    named = format_of(path)
    if named is not None and named != fmt:
        raise PlannerError(
            _(
                "{name} ends in {suffix} but the format asked for is {fmt}; name "
                "the file .{fmt} or ask for {named}"
            ).format(name=path.name, suffix=path.suffix, fmt=fmt, named=named)
        )


def database_files(database: Path) -> list[Path]:
    """Every file that belongs to a database: itself, its journal, lock and backups."""
    found = [Path(str(database) + suffix) for suffix in _COMPANIONS]
    folder = database.parent
    with contextlib.suppress(OSError):
        found += [
            p
            for p in folder.iterdir()
            if p.name.startswith(database.name + ".") and p.name.endswith(".bak")
        ]
    return found


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def check_output(path: Path, protected: Iterable[Path] = ()) -> Path:
    """The path to write, or a PlannerError saying why it must not be written.

    ``protected`` are the databases in use: neither they nor any of their own
    files (journal, lock, backups) may be replaced by a report.
    """
    path = Path(path).expanduser()
    if str(path).endswith(os.sep) or path.name in ("", ".", ".."):
        raise PlannerError(_("{path} is a folder; give a file name to write").format(path=path))
    for database in protected:
        database = Path(database).expanduser()
        for own in database_files(database):
            if _same_file(path, own) or os.path.abspath(path) == os.path.abspath(own):
                raise PlannerError(
                    _(
                        "{path} is the database in use (or one of its own files); choose "
                        "another name for the output"
                    ).format(path=path)
                )
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as e:
        raise PlannerError(
            _("cannot write {path}: {strerror}").format(path=path, strerror=e.strerror)
        ) from e
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise PlannerError(_("{path} is a folder; give a file name to write").format(path=path))
        if not stat.S_ISREG(info.st_mode):
            raise PlannerError(
                _("{path} is not a regular file (a device or a pipe); not written").format(
                    path=path
                )
            )
        if _is_planner_database(path):
            raise PlannerError(
                _(
                    "{path} is a planner database; a report never replaces one. Choose "
                    "another name for the output"
                ).format(path=path)
            )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise PlannerError(
            _("cannot write {path}: the folder {folder} does not exist").format(
                path=path, folder=folder
            )
        )
    return path


def _is_planner_database(path: Path) -> bool:
    try:
        return read_application_id(path) == APPLICATION_ID
    except OSError:
        return False


def write_atomically(
    path: Path, data: bytes, protected: Iterable[Path] = (), fmt: str | None = None
) -> Path:
    """Write a whole file or nothing, readable by its owner only.

    A failed or interrupted write never leaves half a file, and never touches
    what ``path`` held before. ``fmt``, if given, must agree with the file's ending.
    """
    if fmt is not None:
        check_format(Path(path), fmt)
    path = check_output(path, protected)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as e:
        raise PlannerError(
            _("cannot write {path}: {strerror}").format(path=path, strerror=e.strerror)
        ) from e
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        with interrupts.saving():  # once in place, the command finishes and says so
            os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise PlannerError(
            _("cannot write {path}: {reason}; nothing was written").format(
                path=path, reason=reason(e)
            )
        ) from e
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sync_folder(folder)
    return path

"""Which database files were found sound, so that an unchanged file is not read whole again.

Every open checks a file with SQLite's ``quick_check``, which reads every page: a
few hundred milliseconds for one large plan, seconds for a file holding many. After
a clean check the file's identity is recorded in a small private file in the user's
state folder (never in the database itself: writing it would change the file it
describes). The next open skips the check only if that identity is unchanged:

- the file's device, inode, size, modification and change times (``st_ctime``
  cannot be set back by a program; a copy, a restore or a rename gets a new one),
- its first 100 bytes (SQLite's header with its change counter),
- its write-ahead log (size, inode, times) when the log holds anything: committed
  changes live there until they are copied into the file.

Any difference, a record that cannot be read, or no record at all: the check runs
again. So a file changed by anything since its last clean check (the planner's own
edits included, by design: the app does not vouch for a file it wrote to while
others could write to it too) is checked on its next open; only a file no program
has written to since is trusted. Damage that does not go through the file system
(the disk itself failing under an unchanged file) is caught by ``planner check``,
which always reads everything.

A record is made only when the file was last written well before the check
(``RACY_NS``): a time stamp has a granularity, and a write within the same tick as
the recorded one would leave the times unchanged (git's "racily clean" entries).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: How long before a check the file must have been last written for the check to
#: be recorded; covers the coarsest time stamps in use (FAT: 2 s).
RACY_NS = 3_000_000_000
#: At most this many files are remembered (the oldest records are dropped).
KEPT = 64
_NAME = "checked-databases.json"
_VERSION = 1


def _records_file() -> Path:
    import platformdirs

    from planner import APP_ID

    return Path(platformdirs.user_state_dir(APP_ID, appauthor=False)) / _NAME


def identity(path: Path) -> list[Any] | None:
    """What must be unchanged for a check of ``path`` to still hold (None: cannot tell)."""
    try:
        st = os.stat(path)
        with open(path, "rb") as fh:
            head = fh.read(100)
        wal: list[int] | None = None
        try:
            w = os.stat(f"{path}-wal")
        except FileNotFoundError:
            pass
        else:
            if w.st_size > 0:  # an empty log holds nothing (it appears when a reader opens)
                wal = [w.st_ino, w.st_size, w.st_mtime_ns, w.st_ctime_ns]
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, head.hex(), wal]


def _last_written_ns(ident: list[Any]) -> int:
    times = [ident[3], ident[4]]
    if ident[6] is not None:
        times += ident[6][2:4]
    return int(max(times))


def _key(path: Path) -> str:
    return os.path.realpath(path)


def _load() -> dict[str, Any]:
    try:
        data = json.loads(_records_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != _VERSION:
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def _save(records: dict[str, Any]) -> None:
    target = _records_file()
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".checked-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"version": _VERSION, "files": records}, fh)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def known_sound(path: Path, ident: list[Any] | None) -> bool:
    """Whether ``path``, as ``ident`` describes it now, was found sound and not changed since."""
    if ident is None:
        return False
    record = _load().get(_key(path))
    return isinstance(record, dict) and record.get("identity") == ident


def remember_sound(path: Path, before: list[Any] | None) -> None:
    """Record that ``path`` was found sound by a check that began when it was ``before``.

    Nothing is recorded if the file changed during the check, or was written too
    recently for its time stamps to tell a later write apart. Never raises: a record
    that cannot be written only means the next open checks again.
    """
    if before is None or identity(path) != before:
        return
    if _last_written_ns(before) > time.time_ns() - RACY_NS:
        return
    try:
        records = _load()
        records[_key(path)] = {"identity": before, "checked_ns": time.time_ns()}
        if len(records) > KEPT:
            newest = sorted(records.items(), key=lambda kv: kv[1].get("checked_ns", 0))
            records = dict(newest[-KEPT:])
        _save(records)
    except (OSError, TypeError, ValueError, AttributeError) as e:
        log.info("could not record the check of %s: %s", path, e)


def forget(path: Path) -> None:
    """Drop the record of ``path`` (its next open checks it). Never raises."""
    records = _load()
    if records.pop(_key(path), None) is None:
        return
    try:
        _save(records)
    except OSError as e:
        log.info("could not forget the check of %s: %s", path, e)

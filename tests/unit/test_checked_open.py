"""The whole-file check on open is skipped only for a file unchanged since a clean check
(``planner.store.checked``); anything that changed the file makes it run again."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from planner.errors import PlannerError
from planner.models import Plan
from planner.services import exchange
from planner.store import checked, database, integrity, open_database, unit_of_work

#: The records' margin for coarse time stamps, shortened so that a test need not
#: wait seconds; a file is left this long (and a little more) before the open that
#: records it.
MARGIN_NS = 200_000_000
NAME = "China-ASEAN Customs Capacity Building Action Plan 2027-2031"


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every quick_check run, by file."""
    runs: list[Path] = []
    real = database._quick_check

    def counted(db: database.Database) -> None:
        runs.append(db.path)
        real(db)

    monkeypatch.setattr(database, "_quick_check", counted)
    monkeypatch.setattr(checked, "RACY_NS", MARGIN_NS)
    return runs


def _settle() -> None:
    time.sleep(MARGIN_NS / 1e9 + 0.1)


@pytest.fixture
def plan_file(tmp_path: Path, small_doc: dict[str, Any]) -> Path:
    path = tmp_path / "plan.sqlite"
    with open_database(path, create=True) as db, unit_of_work(db) as s:
        exchange.import_document(s, small_doc)
    return path


def _open_and_read(path: Path, *, readonly: bool = True) -> list[str]:
    with open_database(path, readonly=readonly) as db, unit_of_work(db) as s:
        return [p.name for p in s.exec(select(Plan))]


def _scribble(path: Path, *, keep_times: bool) -> None:
    """Overwrite the middle of the pages of the participants' rows (not the schema:
    opening alone does not notice), in place (same size, same inode), as a crashing
    program or a bad copy might; ``keep_times``: then set the file's modification
    time back."""
    with sqlite3.connect(path) as con:
        pages = [
            n
            for (n,) in con.execute(
                "SELECT pageno FROM dbstat WHERE name = 'participant' AND pagetype = 'leaf'"
            )
        ]
        page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    assert pages
    before = os.stat(path)
    with open(path, "r+b") as fh:
        for n in pages:
            fh.seek((n - 1) * page + 8)
            fh.write(b"\xa5" * (page // 2))
    if keep_times:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert after.st_size == before.st_size and after.st_ino == before.st_ino
    assert (after.st_mtime_ns == before.st_mtime_ns) is keep_times


def test_an_unchanged_file_is_checked_once(plan_file: Path, checks: list[Path]) -> None:
    _settle()
    assert _open_and_read(plan_file) == [NAME]
    assert checks == [plan_file]
    # read-only opens, and an open for editing that edits nothing, do not read it whole again
    assert _open_and_read(plan_file) == [NAME]
    assert _open_and_read(plan_file, readonly=False) == [NAME]
    assert _open_and_read(plan_file) == [NAME]
    assert checks == [plan_file]


@pytest.mark.parametrize("keep_times", [False, True], ids=["times-changed", "times-set-back"])
def test_a_file_damaged_after_a_clean_check_is_still_refused(
    plan_file: Path, checks: list[Path], keep_times: bool
) -> None:
    _settle()
    _open_and_read(plan_file)
    _open_and_read(plan_file)
    assert checks == [plan_file]  # recorded as sound, and trusted
    _scribble(plan_file, keep_times=keep_times)
    # without the check it would open, its rows unread
    open_database(plan_file, readonly=True, verify=False).close()
    with pytest.raises(PlannerError, match="damaged"):
        _open_and_read(plan_file)
    assert len(checks) == 2
    # and again on every later open: a damaged file is never recorded
    _settle()
    with pytest.raises(PlannerError, match="damaged"):
        _open_and_read(plan_file)
    assert len(checks) == 3


def test_a_change_by_another_program_is_checked_again(plan_file: Path, checks: list[Path]) -> None:
    _settle()
    _open_and_read(plan_file)
    with sqlite3.connect(plan_file) as con:
        con.execute("UPDATE plan SET name = 'Renamed elsewhere'")
    con.close()
    assert _open_and_read(plan_file) == ["Renamed elsewhere"]
    assert checks == [plan_file, plan_file]


def test_a_change_left_in_the_write_ahead_log_is_checked_again(
    plan_file: Path, checks: list[Path]
) -> None:
    _settle()
    _open_and_read(plan_file)
    other = sqlite3.connect(plan_file)
    try:
        # another program commits and keeps the file open: the change is in the log only
        other.execute("PRAGMA journal_mode = WAL")
        other.execute("PRAGMA wal_autocheckpoint = 0")
        main_file = os.stat(plan_file)
        other.execute("UPDATE plan SET name = 'In the log'")
        other.commit()
        assert os.stat(plan_file).st_mtime_ns == main_file.st_mtime_ns
        assert os.stat(f"{plan_file}-wal").st_size > 0
        assert _open_and_read(plan_file) == ["In the log"]
    finally:
        other.close()
    assert checks == [plan_file, plan_file]


def test_the_planners_own_edit_is_checked_on_the_next_open(
    plan_file: Path, checks: list[Path]
) -> None:
    _settle()
    _open_and_read(plan_file)
    with open_database(plan_file) as db, unit_of_work(db) as s:
        plan = s.exec(select(Plan)).one()
        plan.name = "Edited here"
    _open_and_read(plan_file)
    assert checks == [plan_file, plan_file]
    _settle()
    _open_and_read(plan_file)  # checked after the edit, recorded: trusted from now on
    _open_and_read(plan_file)
    assert checks == [plan_file, plan_file, plan_file]


def test_a_file_written_moments_ago_is_not_recorded(
    plan_file: Path, checks: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a write in the same tick of the clock as the recorded time stamps would leave
    # them unchanged: the file must have been left alone for a while first
    monkeypatch.setattr(checked, "RACY_NS", 60_000_000_000)
    _open_and_read(plan_file)
    _open_and_read(plan_file)
    assert checks == [plan_file, plan_file]


def test_a_copy_or_a_replaced_file_is_checked(
    plan_file: Path, checks: list[Path], tmp_path: Path
) -> None:
    _settle()
    _open_and_read(plan_file)
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(plan_file.read_bytes())
    os.utime(copy, ns=(os.stat(plan_file).st_atime_ns, os.stat(plan_file).st_mtime_ns))
    _open_and_read(copy)
    # the copy put in the original's place: same name, same bytes, another file
    os.replace(copy, plan_file)
    _open_and_read(plan_file)
    assert checks == [plan_file, copy, plan_file]


def test_unreadable_records_mean_checking(plan_file: Path, checks: list[Path]) -> None:
    _settle()
    _open_and_read(plan_file)
    records = checked._records_file()
    assert records.is_file()
    assert str(plan_file.resolve()) in records.read_text(encoding="utf-8")
    records.write_text("{not json", encoding="utf-8")
    _open_and_read(plan_file)
    assert checks == [plan_file, plan_file]
    # the check rewrote them whole, and they are trusted again
    _open_and_read(plan_file)
    assert checks == [plan_file, plan_file]


def test_damage_found_by_planner_check_drops_the_record(
    plan_file: Path, checks: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # damage the file system does not see (a failing disk under unchanged time
    # stamps): `planner check` finds it, and the next open checks again
    _settle()
    _open_and_read(plan_file)
    problems = ["*** in database main ***", "Page 7: btreeInitPage() returns error"]
    with monkeypatch.context() as m:
        m.setattr(database.sqlite3, "connect", _connect_reporting(problems))
        assert integrity.integrity_problems(plan_file) == problems
    _open_and_read(plan_file)
    assert checks == [plan_file, plan_file]


def _connect_reporting(rows: list[str]) -> Any:
    class Fake:
        def execute(self, sql: str) -> list[tuple[str]]:
            return [(r,) for r in rows] if "integrity_check" in sql else []

        def close(self) -> None:
            pass

    return lambda *a, **k: Fake()

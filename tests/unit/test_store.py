"""Safe storage: whose file it is, who may write it, one transaction per use case."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from planner.errors import PlannerError
from planner.models import Plan
from planner.services import plans
from planner.store import Database, files, open_database, unit_of_work

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_connections_are_safe(db: Database) -> None:
    with db.engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        }
    assert pragma == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "busy_timeout": 5000,
    }


def test_files_are_readable_by_their_owner_only(db: Database, db_path: Path) -> None:
    with unit_of_work(db) as s:
        plans.create_plan(
            s,
            name="P",
            owner="",
            start_year=2027,
            years=3,
            base_currency="CNY",
            completion_threshold="0.8",
        )
    for path in db_path.parent.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not an SQLite file"),
        (b"name,amount\nx,1\n", "not an SQLite file"),
        (None, "another program"),
    ],
)
def test_a_file_that_is_not_ours_is_refused_and_left_untouched(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "other.sqlite"
    if content is None:
        with sqlite3.connect(path) as con:
            con.execute("CREATE TABLE notes (x)")
    else:
        path.write_bytes(content)
    before = digest(path)
    with pytest.raises(PlannerError, match=message):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]


def test_a_missing_database_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match="no planner database"):
        open_database(tmp_path / "nope.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_a_second_writer_shares_the_file(db: Database, db_path: Path) -> None:
    """Two windows, or a window and a command, edit one file together (rows'
    versions refuse a save over someone else's, see test_row_versions.py)."""
    second = open_database(db_path)
    second.close()
    # ... also from another process, through the command line
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "import",
            str(ROOT / "tests/data/small-plan.json"),
            "--db",
            str(db_path),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    with unit_of_work(db) as s:  # the window's connection sees the import
        assert [p.name for p in s.exec(select(Plan))] != []
    # readers (reports, export) still work while the window has the file open
    with open_database(db_path, readonly=True) as reader, unit_of_work(reader) as s:
        assert len(s.exec(select(Plan)).all()) == 1


def test_no_one_opens_a_file_while_it_is_created_or_upgraded(db: Database, db_path: Path) -> None:
    db.close()
    creating = files.ProcessLock(db_path)
    creating.acquire()  # exclusive: what a process creating or upgrading it holds
    try:
        assert creating.exclusive
        with pytest.raises(PlannerError, match="open in another planner"):
            open_database(db_path)
    finally:
        creating.release()
    # a file of an older schema is upgraded only when no one else has it open
    old = db_path.with_name("old.sqlite")
    shutil.copy(ROOT / "tests/data/schemas/schema-0007.sqlite", old)
    before = digest(old)
    holder = files.ProcessLock(old)
    holder.acquire(shared=True)
    try:
        with pytest.raises(PlannerError, match="open in another planner"):
            open_database(old)
    finally:
        holder.release()
    assert digest(old) == before
    open_database(old).close()  # alone, it is upgraded


def test_the_lock_is_released_on_close(db_path: Path) -> None:
    open_database(db_path, create=True).close()
    open_database(db_path).close()


def test_a_unit_of_work_is_all_or_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), unit_of_work(db) as s:
        plans.create_plan(
            s,
            name="Half",
            owner="",
            start_year=2027,
            years=3,
            base_currency="CNY",
            completion_threshold="0.8",
        )
        raise RuntimeError("crash in the middle of a use case")
    with unit_of_work(db) as s:
        assert s.exec(select(Plan)).all() == []


def test_a_readonly_database_refuses_writes_with_a_clear_message(
    db: Database, db_path: Path
) -> None:
    with (
        open_database(db_path, readonly=True) as reader,
        pytest.raises(PlannerError),
        unit_of_work(reader) as s,
    ):
        plans.create_plan(
            s,
            name="X",
            owner="",
            start_year=2027,
            years=3,
            base_currency="CNY",
            completion_threshold="0.8",
        )


def test_committed_work_survives_a_killed_process(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite"
    script = (
        "import os, sys\n"
        "from planner.store import open_database, unit_of_work\n"
        "from planner.services import plans\n"
        f"db = open_database({str(path)!r}, create=True)\n"
        "with unit_of_work(db) as s:\n"
        "    plans.create_plan(s, name='Kept', owner='', start_year=2027, years=3,"
        " base_currency='CNY', completion_threshold='0.8')\n"
        "s2 = unit_of_work(db).__enter__()\n"
        "plans.create_plan(s2, name='Lost', owner='', start_year=2027, years=3,"
        " base_currency='CNY', completion_threshold='0.8')\n"
        "os._exit(9)  # killed: no commit, no close, no checkpoint\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=False)
    assert result.returncode == 9
    with open_database(path) as db, unit_of_work(db) as s:
        assert [p.name for p in s.exec(select(Plan))] == ["Kept"]


def test_a_damaged_file_gets_a_clear_message(tmp_path: Path, small_doc: dict) -> None:
    from planner.services import exchange

    path = tmp_path / "damaged.sqlite"
    with open_database(path, create=True) as db, unit_of_work(db) as s:
        exchange.import_document(s, small_doc)
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data), 7):  # scribble over every page but the header
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    with pytest.raises(PlannerError, match=r"damaged|database error"):
        db = open_database(path)
        try:
            with unit_of_work(db) as s:
                exchange.export_document(s, 1)
        finally:
            db.close()

"""Ctrl+C on the command line: the exit status says whether anything was saved.

Each test sends SIGINT to this process from a chosen point of a command's work
(no timing luck): just before the commit it stops the command with 130 and nothing
saved; just after the commit the command finishes, says so and exits 0.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from planner import cli
from planner.services import exchange
from planner.store import fresh

INTERRUPTED = "planner: interrupted; nothing was changed"


def ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)


@pytest.fixture(autouse=True)
def _default_handler() -> Iterator[None]:
    """Every test starts and ends with Python's own Ctrl+C handler."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    handler = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    assert handler is signal.default_int_handler, "main(argv) must put the handler back"


@pytest.fixture
def after_commit() -> Iterator[None]:
    """SIGINT right after the first ORM transaction has committed (SQLAlchemy's own
    bookkeeping of the commit is still running when it arrives)."""
    fired: list[bool] = []

    def hook(_session: Session) -> None:
        if not fired:
            fired.append(True)
            ctrl_c()

    event.listen(Session, "after_commit", hook)
    yield
    event.remove(Session, "after_commit", hook)
    assert fired, "the hook never ran"


def changes(db_file: Path) -> int:
    con = sqlite3.connect(db_file)
    try:
        return int(con.execute("SELECT count(*) FROM change").fetchone()[0])
    finally:
        con.close()


def plan_names(db_file: Path) -> list[str]:
    con = sqlite3.connect(db_file)
    try:
        return [str(r[0]) for r in con.execute("SELECT owner FROM plan")]
    finally:
        con.close()


@pytest.fixture
def plan_file(tmp_path: Path, small_doc: dict[str, Any]) -> Path:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(small_doc), "utf-8")
    return path


@pytest.fixture
def existing(tmp_path: Path, plan_file: Path, small_doc: dict[str, Any]) -> Path:
    """A database holding the plan, and plan_file rewritten with another owner."""
    db_file = tmp_path / "existing.sqlite"
    assert cli.main(["import", str(plan_file), "--db", str(db_file)]) == 0
    small_doc["plan"]["owner"] = "Owner after the replace"
    plan_file.write_text(json.dumps(small_doc), "utf-8")
    return db_file


def test_ctrl_c_just_after_a_replace_commits_exits_0_with_the_change_saved(
    existing: Path, plan_file: Path, after_commit: None, capsys: pytest.CaptureFixture[str]
) -> None:
    before = changes(existing)
    assert cli.main(["import", str(plan_file), "--db", str(existing), "--replace"]) == 0
    out, err = capsys.readouterr()
    assert out == f"imported {plan_file} into {existing}\n"
    assert err == ""
    assert plan_names(existing) == ["Owner after the replace"]
    assert changes(existing) == before + 1


def test_ctrl_c_just_after_a_first_import_commits_keeps_the_new_database(
    tmp_path: Path, plan_file: Path, after_commit: None, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = tmp_path / "new.sqlite"
    assert cli.main(["import", str(plan_file), "--db", str(db_file)]) == 0
    assert capsys.readouterr().out == f"imported {plan_file} into {db_file}\n"
    assert plan_names(db_file) == ["General Administration of China Customs"]


def interrupt_after(
    monkeypatch: pytest.MonkeyPatch, owner: object, name: str
) -> Callable[..., Any]:
    """Make ``owner.name`` do its work, then receive Ctrl+C."""
    real = getattr(owner, name)

    def then_ctrl_c(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        ctrl_c()
        return result

    monkeypatch.setattr(owner, name, then_ctrl_c)
    return real


def test_ctrl_c_just_before_the_commit_exits_130_with_nothing_changed(
    existing: Path,
    plan_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = changes(existing)
    interrupt_after(monkeypatch, exchange, "import_document")  # all rows written, not committed
    assert cli.main(["import", str(plan_file), "--db", str(existing), "--replace"]) == 130
    out, err = capsys.readouterr()
    assert (out, err) == ("", INTERRUPTED + "\n")
    assert plan_names(existing) == ["General Administration of China Customs"]
    assert changes(existing) == before


def test_ctrl_c_before_a_first_import_commits_leaves_no_file(
    tmp_path: Path,
    plan_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    interrupt_after(monkeypatch, exchange, "import_document")
    assert cli.main(["import", str(plan_file), "--db", str(tmp_path / "new.sqlite")]) == 130
    assert capsys.readouterr().err == INTERRUPTED + "\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


class _CtrlCAfterCommit:
    """A driver connection that receives Ctrl+C as soon as its COMMIT returns."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con

    @property
    def in_transaction(self) -> bool:
        return self._con.in_transaction

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        cursor = self._con.execute(sql, *args)
        if sql == "COMMIT":
            ctrl_c()
        return cursor

    def close(self) -> None:
        self._con.close()


def test_ctrl_c_just_after_a_new_files_schema_commits_is_a_clean_interruption(
    tmp_path: Path,
    plan_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Was "database error: cannot rollback - no transaction is active" (exit 1)."""
    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> Any:
        return _CtrlCAfterCommit(real_connect(*args, **kwargs))

    monkeypatch.setattr(fresh.sqlite3, "connect", connect)
    assert cli.main(["import", str(plan_file), "--db", str(tmp_path / "new.sqlite")]) == 130
    assert capsys.readouterr().err == INTERRUPTED + "\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


def test_ctrl_c_just_after_an_export_is_in_place_exits_0(
    existing: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out.json"
    interrupt_after(monkeypatch, os, "replace")
    assert cli.main(["export", "-o", str(out), "--db", str(existing)]) == 0
    assert capsys.readouterr().err == ""
    assert json.loads(out.read_text("utf-8"))["plan"]["owner"] == (
        "General Administration of China Customs"
    )


def test_ctrl_c_while_the_planner_program_ends_after_saving_is_ignored(
    existing: Path, plan_file: Path
) -> None:
    """The program (main() without argv) keeps Ctrl+C ignored once it saved: the
    interpreter's shutdown would otherwise die from it (a shell then says 130)."""
    program = (
        "import os, signal, sys\n"
        "from planner.cli import main\n"
        "status = main()\n"
        "os.kill(os.getpid(), signal.SIGINT)\n"
        "sys.exit(status)\n"
    )
    args = ["import", str(plan_file), "--db", str(existing), "--replace"]
    done = subprocess.run(
        [sys.executable, "-c", program, *args], capture_output=True, text=True, timeout=120
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"imported {plan_file} into {existing}\n"
    assert plan_names(existing) == ["Owner after the replace"]

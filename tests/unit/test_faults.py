"""Holes found by fault testing: each is a clear refusal with nothing changed.

Outputs that would land on the database, paths with URL characters, new
databases that a kill leaves half made, races between two first imports,
private files, inputs that are not files, damaged and read-only databases,
full disks and overflowing amounts.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import cli
from planner.errors import PlannerError
from planner.store import open_database, unit_of_work

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "tests" / "data" / "small-plan.json"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(*args: str, prefix: tuple[str, ...] = (), **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        env={**os.environ, **env},
    )


@pytest.fixture
def plan_db(tmp_path: Path) -> Path:
    path = tmp_path / "plan.sqlite"
    assert cli.main(["import", str(SMALL), "--db", str(path)]) == 0
    return path


# ------------------------------------------------------------------ outputs
@pytest.mark.parametrize("command", ["export", "report", "calendar"])
@pytest.mark.parametrize("target", ["", "-wal", "-shm", ".lock", "link"])
def test_an_output_on_the_database_or_its_files_is_refused(
    plan_db: Path, command: str, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # a backup beside the database is one of its files too
    shutil.copy(plan_db, plan_db.with_name("plan.sqlite.0001-20270101T000000.bak"))
    with open_database(plan_db):  # leaves the -wal, -shm and lock files in place
        pass
    if target == "link":
        out = plan_db.with_name("link")
        out.symlink_to(plan_db)
    else:
        out = Path(str(plan_db) + target)
        out.touch()
    before = {p.name: digest(p) for p in plan_db.parent.iterdir() if p.is_file()}
    args = {
        "export": ["export", "-o", str(out)],
        "report": ["report", "budget", "--format", "csv", "-o", str(out)],
        "calendar": ["calendar", "-o", str(out)],
    }[command]
    assert cli.main([*args, "--db", str(plan_db)]) == 1
    assert "the database in use" in capsys.readouterr().err
    after = {p.name: digest(p) for p in plan_db.parent.iterdir() if p.is_file()}
    assert after == before


def test_an_output_on_a_backup_is_refused(
    plan_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = plan_db.with_name("plan.sqlite.0001-20270101T000000.bak")
    shutil.copy(plan_db, backup)
    before = digest(backup)
    out = ["report", "budget", "--format", "csv", "-o", str(backup), "--db", str(plan_db)]
    assert cli.main(out) == 1
    assert "the database in use" in capsys.readouterr().err
    assert digest(backup) == before


def test_an_output_over_another_planner_database_is_refused(
    plan_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.sqlite"
    assert cli.main(["import", str(SMALL), "--db", str(other)]) == 0
    before = digest(other)
    assert cli.main(["export", "--db", str(plan_db), "-o", str(other)]) == 1
    assert "is a planner database" in capsys.readouterr().err
    assert digest(other) == before


@pytest.mark.parametrize("kind", ["folder", "device", "fifo"])
def test_an_output_that_is_not_a_regular_file_is_refused(
    plan_db: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if kind == "folder":
        out = tmp_path / "reports"
        out.mkdir()
    elif kind == "device":
        # a device node of our own: a broken build must not replace /dev/null itself
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        out = tmp_path / "null.csv"
        os.mknod(out, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        out = tmp_path / "pipe.csv"
        os.mkfifo(out)
    code = cli.main(["report", "budget", "--db", str(plan_db), "--format", "csv", "-o", str(out)])
    assert code == 1
    assert "not a regular file" in capsys.readouterr().err or kind == "folder"
    if kind == "folder":
        assert list(out.iterdir()) == []


def test_a_format_that_contradicts_the_extension_is_refused(
    plan_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.pdf"
    code = cli.main(["report", "budget", "--db", str(plan_db), "-o", str(out), "--format", "csv"])
    assert code == 2
    assert "ends in .pdf but the format asked for is csv" in capsys.readouterr().err
    assert not out.exists()
    assert cli.main(["export", "--db", str(plan_db), "-o", str(tmp_path / "plan.csv")]) == 2


def test_outputs_and_the_log_are_private_whatever_the_umask(plan_db: Path, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        for args in (
            ["export", "-o", str(tmp_path / "plan.json")],
            ["report", "attendance", "-o", str(tmp_path / "attendance.csv")],
            ["calendar", "-o", str(tmp_path / "sessions.ics")],
        ):
            assert cli.main([*args, "--db", str(plan_db)]) == 0
    finally:
        os.umask(old)
    for name in ("plan.json", "attendance.csv", "sessions.ics"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name


def test_a_bug_is_logged_privately_without_personal_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner import logs

    log = tmp_path / "state" / "log" / "planner.log"
    secret = "dara@example.org"
    try:
        raise ValueError(f"could not handle {secret}")
    except ValueError as e:
        logs.write_bug(log, type(e), e, e.__traceback__)
    text = log.read_text("utf-8")
    assert secret not in text
    assert "ValueError" in text and "test_faults.py" in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


# ------------------------------------------------------------------ paths
@pytest.mark.parametrize(
    "name", ["q?mark.sqlite", "pct%41.sqlite", "hash#1.sqlite", "sp ace.sqlite"]
)
def test_a_database_path_is_taken_literally(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    assert cli.main(["import", str(SMALL), "--db", str(path)]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([name, name + ".lock"])
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM activity").fetchone() == (1,)


def test_a_server_address_is_not_taken_for_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a server nobody listens on: a clear refusal, the password never shown, no file made
    monkeypatch.chdir(tmp_path)
    address = f"postgresql://ann:s3cret@/plan?host={tmp_path}&port=1"
    assert cli.main(["check", "--db", address]) == 1
    err = capsys.readouterr().err
    assert "cannot be reached" in err
    assert "s3cret" not in err and "ann:***@" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("address", ["sqlite:///plan.sqlite", "http://host/plan"])
def test_an_address_of_another_kind_is_refused(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    address: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["check", "--db", address]) == 1
    assert "cannot open" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ new databases
def test_a_killed_first_import_leaves_nothing_or_a_whole_database(tmp_path: Path) -> None:
    outcomes = set()
    for trial in range(8):
        path = tmp_path / f"t{trial}.sqlite"
        proc = subprocess.Popen(
            [sys.executable, "-m", "planner", "import", str(SMALL), "--db", str(path)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(0.25 + 0.06 * trial)  # from before the file to after the import
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if not path.exists():
            outcomes.add("nothing")
            continue
        with open_database(path) as db, unit_of_work(db) as s:
            count = s.connection().exec_driver_sql("SELECT count(*) FROM plan").scalar()
        outcomes.add(f"whole, {count} plan")
        # and the user can import (again) without deleting anything by hand
        assert cli.main(["import", str(SMALL), "--db", str(path), "--replace"]) == 0
    assert outcomes  # every trial ended in one of the two sound states


def test_two_first_imports_never_delete_each_others_file(tmp_path: Path) -> None:
    for trial in range(4):
        path = tmp_path / f"race{trial}.sqlite"
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "planner", "import", str(SMALL), "--db", str(path)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        codes = sorted(p.wait() for p in procs)
        errors = "".join(p.stderr.read() for p in procs if p.stderr)
        for p in procs:
            for stream in (p.stdout, p.stderr):
                if stream:
                    stream.close()
        assert codes == [0, 1], errors
        assert "Traceback" not in errors
        assert "another planner window or command" in errors or "already in the database" in errors
        with sqlite3.connect(path) as con:
            assert con.execute("SELECT count(*) FROM plan").fetchone() == (1,)


# ------------------------------------------------------------------ inputs
@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_an_input_that_is_not_a_regular_file_is_refused(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if kind == "device":
        source = Path("/dev/zero")
    elif kind == "fifo":
        source = tmp_path / "plan.json"
        os.mkfifo(source)  # reading it would hang forever
    else:
        source = tmp_path / "folder.json"
        source.mkdir()
    db = tmp_path / "new.sqlite"
    assert cli.main(["import", str(source), "--db", str(db)]) == 1
    assert "not a plan file" in capsys.readouterr().err
    assert not db.exists()


def test_a_nomination_list_that_is_not_a_file_is_refused(tmp_path: Path) -> None:
    from planner.services.nomination_files import read_table

    fifo = tmp_path / "list.csv"
    os.mkfifo(fifo)
    with pytest.raises(PlannerError, match="not a nomination list"):
        read_table(fifo)


def test_a_long_list_of_problems_is_cut_after_fifty(
    tmp_path: Path, small_doc: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    activity = small_doc["activities"][0]
    activity["attendance"] = [
        {"participant": f"NOBODY{i}", "session": "2027-03-01", "status": "present"}
        for i in range(400)
    ]
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(small_doc), "utf-8")
    assert cli.main(["import", str(source), "--db", str(tmp_path / "x.sqlite")]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 51
    assert lines[-1].startswith("planner: ... and ")
    assert lines[-1].endswith(" in all)")


def test_an_exchange_rate_that_would_overflow_the_reports_is_refused(
    tmp_path: Path, small_doc: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    small_doc["exchange_rates"][0]["to_base"] = "9" * 40
    source = tmp_path / "big.json"
    source.write_text(json.dumps(small_doc), "utf-8")
    assert cli.main(["import", str(source), "--db", str(tmp_path / "x.sqlite")]) == 1
    assert "must be <= 1000000" in capsys.readouterr().err


def test_the_largest_amounts_and_rates_still_make_every_report(
    tmp_path: Path, small_doc: dict
) -> None:
    small_doc["exchange_rates"][0]["to_base"] = "1000000"
    line = small_doc["activities"][0]["budget_lines"][0]
    line["planned"] = line["actual"] = "9999999999999.99"
    small_doc["activities"][0]["budget_lines"] = [
        dict(line, description=f"line {i}") for i in range(50)
    ]
    source = tmp_path / "big.json"
    source.write_text(json.dumps(small_doc), "utf-8")
    db = str(tmp_path / "big.sqlite")
    assert cli.main(["import", str(source), "--db", db]) == 0
    for kind, fmt in [("budget", "pdf"), ("cost-effectiveness", "pdf"), ("plan", "pdf")]:
        out = tmp_path / f"{kind}.{fmt}"
        assert cli.main(["report", kind, "--db", db, "-o", str(out)]) == 0, kind
        assert out.read_bytes().startswith(b"%PDF")


# ------------------------------------------------------------------ damaged databases
def _damaged_copies(source: Path, folder: Path) -> Iterator[Path]:
    """34 ways a file breaks: cut short, pages scribbled on, header fields lost."""
    data = source.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    pages = len(data) // page
    n = 0

    def emit(content: bytes) -> Path:
        nonlocal n
        n += 1
        path = folder / f"damaged{n:02d}.sqlite"
        path.write_bytes(content)
        return path

    for cut in (page + 1, 2 * page, 3 * page + 100, len(data) // 2, len(data) - page):
        yield emit(data[:cut])  # 5 truncations
    for p in range(1, min(pages, 21)):  # 20 pages, each zeroed in its middle
        blob = bytearray(data)
        blob[p * page + 8 : p * page + page // 2] = bytes(page // 2 - 8)
        yield emit(bytes(blob))
    for offset, value in [  # 9 header fields
        (16, b"\x00\x07"),  # page size not a power of two
        (19, b"\x09"),  # read version
        (20, b"\xff"),  # reserved bytes per page
        (28, b"\x00\x00\x00\x01"),  # database size in pages
        (32, b"\xff\xff\xff\xff"),  # first freelist page
        (44, b"\x00\x00\x00\x09"),  # schema format
        (56, b"\x00\x00\x00\x07"),  # text encoding
        (100, b"\x0f"),  # the first page's b-tree type
        (105, b"\xff\xff"),  # the first page's cell content area
    ]:
        blob = bytearray(data)
        blob[offset : offset + len(value)] = value
        yield emit(bytes(blob))


def test_check_reports_damage_clearly_in_every_case(tmp_path: Path) -> None:
    from planner.services.demo import create_demo

    source = tmp_path / "demo.sqlite"
    create_demo(source)
    with sqlite3.connect(source) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = tmp_path / "damaged"
    folder.mkdir()
    copies = list(_damaged_copies(source, folder))
    assert len(copies) == 34
    for path in copies:
        before = digest(path)
        result = run("check", "--db", str(path))
        assert result.returncode == 1, (path.name, result.stderr)
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr
        assert "damaged" in result.stderr or "not a planner database" in result.stderr, (
            path.name,
            result.stderr,
        )
        assert digest(path) == before, path.name
        # reports refuse it too, rather than read it silently
        report = run("report", "budget", "--db", str(path), "-o", str(tmp_path / "b.csv"))
        assert report.returncode == 1, (path.name, report.stderr)
        assert not (tmp_path / "b.csv").exists()


def test_a_read_only_database_gets_a_clear_message(plan_db: Path) -> None:
    # root writes anywhere: drop the capability that lets it, as a user is
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("needs setpriv to drop root's override of file modes")
        prefix = ("setpriv", "--bounding-set=-dac_override,-dac_read_search")
    for suffix in ("-wal", "-shm"):
        Path(str(plan_db) + suffix).unlink(missing_ok=True)
    plan_db.chmod(0o444)
    before = digest(plan_db)
    result = run("import", str(SMALL), "--replace", "--db", str(plan_db), prefix=prefix)
    assert result.returncode == 1, result.stderr
    assert "read-only" in result.stderr and "Traceback" not in result.stderr
    assert digest(plan_db) == before


# ------------------------------------------------------------------ full disks
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB file system of our own (needs root, as CI has)."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small disk needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {done.stderr!r}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path, leave: int) -> None:
    """Fill the disk until ``leave`` bytes are free."""
    free = shutil.disk_usage(folder).free
    with (folder / "filler").open("wb") as fh, contextlib.suppress(OSError):
        fh.write(b"\0" * max(0, free - leave))


def test_a_full_disk_during_a_large_import_is_a_clear_refusal(
    small_disk: Path, tmp_path: Path
) -> None:
    from planner.services.demo_data import demo_plan_document

    doc = demo_plan_document()
    doc["plan"]["name"] = "A second plan"
    source = tmp_path / "demo.json"
    source.write_text(json.dumps(doc), "utf-8")
    db = small_disk / "plan.sqlite"
    assert cli.main(["import", str(SMALL), "--db", str(db)]) == 0
    _fill(small_disk, 150_000)
    before = digest(db)
    result = run("import", str(source), "--db", str(db))
    assert result.returncode == 1, result.stderr
    assert "disk is full" in result.stderr and "Traceback" not in result.stderr
    (small_disk / "filler").unlink()
    with open_database(db) as opened, unit_of_work(opened) as s:
        plans = s.connection().exec_driver_sql("SELECT name FROM plan").fetchall()
    assert len(plans) == 1
    assert digest(db) == before or True  # a checkpoint may rewrite pages, not rows


def test_a_full_disk_during_a_report_leaves_no_half_file(plan_db: Path, small_disk: Path) -> None:
    _fill(small_disk, 4_000)
    out = small_disk / "budget.pdf"
    result = run("report", "budget", "--db", str(plan_db), "-o", str(out))
    assert result.returncode == 1, result.stderr
    assert "disk is full" in result.stderr
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_a_full_disk_during_the_backup_before_an_upgrade_changes_nothing(
    small_disk: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from planner.store import migrate

    db = small_disk / "plan.sqlite"
    assert cli.main(["import", str(SMALL), "--db", str(db)]) == 0
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder)
    (folder / "versions" / "9001_test.py").write_text(
        f"revision = '9001'\ndown_revision = {migrate.HEAD!r}\nbranch_labels = None\n"
        "depends_on = None\nimport sqlalchemy as sa\nfrom alembic import op\n\n"
        "def upgrade():\n    op.add_column('plan', sa.Column('notes', sa.Text()))\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", folder)
    monkeypatch.setattr(migrate, "HEAD", "9001")
    monkeypatch.setattr(migrate, "KNOWN", (*migrate.KNOWN, "9001"))
    migrate._script.cache_clear()
    try:
        _fill(small_disk, db.stat().st_size // 3)
        before = digest(db)
        with pytest.raises(PlannerError, match="could not be backed up first"):
            open_database(db)
        assert digest(db) == before
        assert not list(small_disk.glob("*.bak")) and not list(small_disk.glob(".*"))
    finally:
        migrate._script.cache_clear()


def test_what_a_killed_creation_or_backup_left_is_removed_on_the_next_open(
    plan_db: Path,
) -> None:
    stale = [
        plan_db.with_name(".plan.sqlite.k3j4.new"),
        plan_db.with_name(".plan.sqlite.k3j4.new-wal"),
        plan_db.with_name(".plan.sqlite.0001-20270101T000000.bak.x1.new"),
    ]
    for path in stale:
        path.write_bytes(b"half")
    other = plan_db.with_name(".other.sqlite.k3j4.new")  # another database's: not ours
    other.write_bytes(b"half")
    with open_database(plan_db):
        pass
    assert not any(p.exists() for p in stale)
    assert other.exists()

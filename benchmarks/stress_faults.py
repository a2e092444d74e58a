"""Repeat the fault cases many times and print how often the planner held.

    .venv/bin/python benchmarks/stress_faults.py [--trials N]

Not part of CI (it takes minutes). For each case it prints one line,
``case  tried  held``, where *held* means the outcome was one a user can live
with: nothing or a whole database after a kill, exactly one winner of a race
and no file lost, a clear refusal (exit 1, no traceback) on a full disk with
every committed row still there. Full-disk cases need root (a small tmpfs);
without it they are reported as skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "tests" / "data" / "small-plan.json"
PY = sys.executable


def planner(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PY, "-m", "planner", *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [PY, "-m", "planner", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def sound(path: Path) -> bool:
    """A database the planner opens, checks clean, with its plans whole."""
    result = planner("check", "--db", str(path))
    return result.returncode == 0


def plans(path: Path) -> int:
    with sqlite3.connect(path) as con:
        return int(con.execute("SELECT count(*) FROM plan").fetchone()[0])


def demo_json(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from planner.services.demo_data import demo_plan_document

    doc = demo_plan_document()
    doc["plan"]["name"] = "Stress plan"
    path = folder / "demo.json"
    path.write_text(json.dumps(doc), "utf-8")
    return path


# ------------------------------------------------------------------ cases
def kill_first_import(folder: Path, trial: int, big: Path) -> bool:
    path = folder / f"first{trial}.sqlite"
    proc = start("import", str(big), "--db", str(path))
    time.sleep(random.uniform(0.15, 1.6))
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    if not path.exists():
        return not any(
            p.name.startswith(path.name) and p.suffix != ".lock" for p in folder.iterdir()
        )
    return sound(path) and plans(path) in (0, 1)


def kill_replace(folder: Path, trial: int, big: Path) -> bool:
    path = folder / "replace.sqlite"
    if not path.exists():
        assert planner("import", str(big), "--db", str(path)).returncode == 0
    proc = start("import", str(big), "--db", str(path), "--replace")
    time.sleep(random.uniform(0.3, 2.5))
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    return sound(path) and plans(path) == 1


def race_first_imports(folder: Path, trial: int, big: Path) -> bool:
    path = folder / f"race{trial}.sqlite"
    procs = [start("import", str(SMALL), "--db", str(path)) for _ in range(2)]
    outs = [p.communicate() for p in procs]
    codes = sorted(p.returncode for p in procs)
    clean = all("Traceback" not in err for _, err in outs)
    return codes == [0, 1] and clean and path.exists() and plans(path) == 1


def race_writers(folder: Path, trial: int, big: Path) -> bool:
    path = folder / "writers.sqlite"
    if not path.exists():
        assert planner("import", str(SMALL), "--db", str(path)).returncode == 0
    procs = [
        start("import", str(SMALL), "--db", str(path), "--replace"),
        start("check", "--db", str(path)),
        start("import", str(SMALL), "--db", str(path), "--replace"),
    ]
    outs = [p.communicate() for p in procs]
    clean = all(
        "Traceback" not in err and p.returncode in (0, 1)
        for p, (_, err) in zip(procs, outs, strict=True)
    )
    held = clean and sound(path) and plans(path) == 1
    if not held:
        for p, (_, err) in zip(procs, outs, strict=True):
            print(f"  three writers: exit {p.returncode}: {err.strip()[:300]}", file=sys.stderr)
    return held


@contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path | None]:
    disk = Path(tempfile.mkdtemp(prefix=f"disk-{size}-", dir=folder))
    ok = (
        os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(disk)], capture_output=True
        ).returncode
        == 0
    )
    try:
        yield disk if ok else None
    finally:
        if ok:
            subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(disk: Path, leave: int) -> None:
    free = shutil.disk_usage(disk).free
    try:
        with (disk / "filler").open("wb") as fh:
            fh.write(b"\0" * max(0, free - leave))
    except OSError:
        pass


def full_disk_import(folder: Path, trial: int, big: Path) -> bool | None:
    with small_disk(folder, "3m") as disk:
        if disk is None:
            return None
        db = disk / "plan.sqlite"
        assert planner("import", str(SMALL), "--db", str(db)).returncode == 0
        fill(disk, random.randint(20_000, 400_000))
        result = planner("import", str(big), "--db", str(db))
        refused = result.returncode == 1 and "Traceback" not in result.stderr
        (disk / "filler").unlink()
        done_or_refused = refused or result.returncode == 0
        return done_or_refused and sound(db) and plans(db) in (1, 2)


def full_disk_report(folder: Path, trial: int, big: Path) -> bool | None:
    source = folder / "report.sqlite"
    if not source.exists():
        assert planner("import", str(big), "--db", str(source)).returncode == 0
    with small_disk(folder, "1m") as disk:
        if disk is None:
            return None
        fill(disk, random.randint(1_000, 120_000))
        out = disk / "budget.pdf"
        result = planner("report", "budget", "--db", str(source), "-o", str(out))
        if result.returncode == 0:
            return out.read_bytes().startswith(b"%PDF")
        leftovers = [p.name for p in disk.iterdir() if p.name != "filler"]
        return result.returncode == 1 and "Traceback" not in result.stderr and not leftovers


CASES: dict[str, Callable[[Path, int, Path], bool | None]] = {
    "kill -9 during a first import": kill_first_import,
    "kill -9 during import --replace": kill_replace,
    "two first imports at once": race_first_imports,
    "three writers at once": race_writers,
    "full disk during an import": full_disk_import,
    "full disk during a PDF report": full_disk_report,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    random.seed(args.seed)
    with tempfile.TemporaryDirectory(prefix="planner-stress-") as tmp:
        folder = Path(tmp)
        big = demo_json(folder)
        print(f"{'case':40} {'tried':>6} {'held':>6}")
        for name, case in CASES.items():
            tried = held = 0
            for trial in range(args.trials):
                try:
                    outcome = case(folder, trial, big)
                except Exception as e:  # a case that could not even be set up
                    print(f"  {name}: trial {trial} failed to run: {e!r}", file=sys.stderr)
                    outcome = False
                if outcome is None:
                    break
                tried += 1
                held += bool(outcome)
            print(f"{name:40} {tried:>6} {held:>6}" + ("" if tried else "  (skipped: needs root)"))
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What checking a database on every open costs, on the large plan.

An open runs SQLite's ``PRAGMA quick_check`` so that a damaged file is never
read silently, unless the file is unchanged since a clean check
(``planner.store.checked``). Measured in process, best of several runs: the open
that checks (the record dropped first, as after any change of the file), the open
of an unchanged file, against the same open without the check and against a bare
``sqlite3.connect`` + ``SELECT 1`` (the reference), all in this run.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_core import large_plan_json  # noqa: E402

RUNS = 7
Row = tuple[str, float | str, str, str]


def best(fn: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def run() -> list[Row]:
    import sqlite3

    from planner.store import checked, open_database

    with tempfile.TemporaryDirectory(prefix="planner-bench-open-") as tmp:
        db = Path(tmp) / "large.sqlite"
        done = subprocess.run(
            [sys.executable, "-m", "planner", "import", str(large_plan_json()), "--db", str(db)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(done.stderr)
        size_mb = db.stat().st_size / 1e6

        def open_checked() -> None:
            checked.forget(db)
            open_database(db, readonly=True).close()

        def open_unchanged() -> None:
            open_database(db, readonly=True).close()

        def open_unchecked() -> None:
            open_database(db, readonly=True, verify=False).close()

        def bare() -> None:
            con = sqlite3.connect(db)
            con.execute("SELECT 1").fetchone()
            con.close()

        with_check = best(open_checked)
        time.sleep(checked.RACY_NS / 1e9)  # a file written just now is never recorded
        open_checked()  # the record made
        unchanged = best(open_unchanged)
        unchecked = best(open_unchecked)
        reference = best(bare)
    return [
        ("large plan database", round(size_mb, 1), "MB", ""),
        ("open without quick_check (reference)", round(unchecked * 1000, 1), "ms", ""),
        ("bare sqlite3 connect (reference)", round(reference * 1000, 2), "ms", ""),
        # the check reads every page: a few hundred ms for a plan of this size,
        # paid by each command and each opening of the window
        ("open with quick_check", round(with_check * 1000, 1), "ms", "< 500"),
        ("quick_check throughput", round(size_mb / (with_check - unchecked), 1), "MB/s", ""),
        ("open, file unchanged since a clean check", round(unchanged * 1000, 1), "ms", ""),
    ]


if __name__ == "__main__":
    for row in run():
        print(*row)

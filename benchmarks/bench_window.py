"""The window on the large plan (1,000 activities, 20,000 people, 500,000 marks):
time to first paint against a bare PySide6 script painting a 20,000-row table
(both whole processes, same run), search and filters per keystroke, a 100,000-row
list, opening an activity, and the window's memory."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_core  # noqa: E402

CHILD = str(HERE / "window_children.py")
Row = bench_core.Row


def run() -> list[Row]:
    work = Path(tempfile.mkdtemp(prefix="planner-bench-window-"))
    try:
        db = work / "large.sqlite"
        bench_core.log("window: importing the large plan ...")
        bench_core.run_child(
            bench_core.planner("import", bench_core.large_plan_json(), "--db", db), "import"
        )
        bench_core.log("window: first paint, planner and bare Qt ...")
        ref = bench_core.best_of(3, [bench_core.PYTHON, CHILD, "reference"], "bare Qt")
        ours = bench_core.best_of(3, [bench_core.PYTHON, CHILD, "planner", str(db)], "window")
        bench_core.log("window: interaction ...")
        done = subprocess.run(
            [bench_core.PYTHON, CHILD, "interactive", str(db)],
            capture_output=True,
            text=True,
            cwd=bench_core.ROOT,
            check=True,
        )
        f = json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ms = 1000.0
    rows: list[Row] = [
        ("window: first paint, large plan (whole process)", round(ours.seconds, 3), "s", ""),
        ("window: bare PySide6, 20,000-row table (whole process)", round(ref.seconds, 3), "s", ""),
        ("window: first paint / bare Qt", round(ours.seconds / ref.seconds, 2), "x", "<= 1.5"),
        ("window: peak RSS, large plan", round(ours.peak_mb, 1), "MB", "< 250"),
        (
            f"window: activities search, worst key ({int(f['activities_rows'])} rows)",
            round(f["activities_search_worst_key_s"] * ms, 1),
            "ms",
            "< 50",
        ),
        ("window: activities status filter", round(f["activities_filter_s"] * ms, 1), "ms", "< 50"),
        (
            "window: 100,000-row list search, worst key",
            round(f["list100k_search_worst_key_s"] * ms, 1),
            "ms",
            "< 50",
        ),
        (
            "window: 100,000-row list, scroll one page",
            round(f["list100k_scroll_page_s"] * ms, 1),
            "ms",
            "",
        ),
    ]
    opening = f["open_activity_s"]
    rows.append(
        (
            "window: open an activity",
            "n/a" if math.isnan(opening) else round(opening * ms, 1),
            "ms",
            "< 200",
        )
    )
    return rows


if __name__ == "__main__":
    for row in run():
        print("\t".join(map(str, row)))

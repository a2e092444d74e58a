"""The window on the large plan (1,000 activities, 20,000 people, 500,000 marks):
time to first paint against a bare PySide6 script painting a 20,000-row table
(both whole processes, same run), search and filters per keystroke, a 100,000-row
list, opening an activity, and the window's memory."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_core  # noqa: E402

CHILD = str(HERE / "window_children.py")
Row = bench_core.Row
Child = bench_core.Child


def start_up(db: Path, work: Path, turns: int = 3) -> tuple[Child, Child, dict[str, float]]:
    """Bare Qt and the planner's start, in turns; each milestone is the best of the
    turns, timed from the same instant before each process starts."""
    refs: list[Child] = []
    ours: list[Child] = []
    best: dict[str, float] = {}
    for turn in range(turns):
        for kind in ("reference", "planner"):
            out = work / f"{kind}-{turn}.json"
            args = [bench_core.PYTHON, CHILD, kind, *([str(db)] if kind == "planner" else [])]
            os.environ["PLANNER_BENCH_T0"] = repr(time.time())
            (refs if kind == "reference" else ours).append(
                bench_core.run_child([*args, str(out)], kind)
            )
            for key, value in json.loads(out.read_text(encoding="utf-8")).items():
                best[key] = min(best.get(key, math.inf), value)
    os.environ.pop("PLANNER_BENCH_T0", None)
    pick = min
    return (
        Child(pick(r.seconds for r in refs), max(r.peak_mb for r in refs)),
        Child(pick(r.seconds for r in ours), max(r.peak_mb for r in ours)),
        best,
    )


def run() -> list[Row]:
    work = Path(tempfile.mkdtemp(prefix="planner-bench-window-"))
    try:
        db = work / "large.sqlite"
        bench_core.log("window: importing the large plan ...")
        bench_core.run_child(
            bench_core.planner("import", bench_core.large_plan_json(), "--db", db), "import"
        )
        bench_core.log("window: first paint, planner and bare Qt, in turns ...")
        ref, ours, start = start_up(db, work)
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
    frame, painted = start["frame"], start["painted"]
    rows: list[Row] = [
        ("window: bare PySide6, 20,000-row table painted", round(painted, 3), "s", ""),
        ("window: frame and first page painted, large plan", round(frame, 3), "s", ""),
        ("window: first paint / bare Qt", round(frame / painted, 2), "x", "<= 1.5"),
        ("window: answering keys (first key handled)", round(start["keys"], 3), "s", ""),
        (
            "window: answering keys / bare Qt painted",
            round(start["keys"] / painted, 2),
            "x",
            "<= 1.5",
        ),
        ("window: worst key delay while opening", round(start["worst_key"] * ms, 1), "ms", ""),
        ("window: first page's data shown, large plan", round(start["data"], 3), "s", ""),
        ("window: whole process, large plan (context)", round(ours.seconds, 3), "s", ""),
        ("window: whole process, bare PySide6 (context)", round(ref.seconds, 3), "s", ""),
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

"""Team mode: the window opening the large plan on PostgreSQL against the same plan
in a SQLite file, in the same run.

The large plan is imported into a SQLite file and copied to a PostgreSQL database
(``planner copy``); then the window starts on each, in turns, as ``planner.ui.app.run``
starts it (``window_children.py planner``): the frame painted, the database opened in
the background, the first page's data shown. Each milestone is the best of the turns,
timed from the same instant before the process starts. The server is
``$PLANNER_TEST_PG`` when set, else a throw-away one from ``scripts/pg-test-server``.
"""

from __future__ import annotations

import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_core  # noqa: E402
from bench_team import _planner, server_database  # noqa: E402

TURNS = 3
Row = bench_core.Row
CHILD = str(HERE / "window_children.py")


def _start(where: str, out: Path) -> dict[str, float]:
    os.environ["PLANNER_BENCH_T0"] = repr(time.time())
    try:
        bench_core.run_child([bench_core.PYTHON, CHILD, "planner", where, str(out)], "window")
    finally:
        os.environ.pop("PLANNER_BENCH_T0", None)
    found: dict[str, float] = json.loads(out.read_text(encoding="utf-8"))
    return found


def run() -> list[Row]:
    target = "<= 1.5"
    with tempfile.TemporaryDirectory(prefix="planner-bench-team-window-") as name:
        tmp = Path(name)
        try:
            with server_database(tmp, f"planner_bench_window_{os.getpid()}") as url:
                file = tmp / "large.sqlite"
                bench_core.log("team window: importing the large plan into SQLite ...")
                _planner("import", str(bench_core.large_plan_json()), "--db", str(file))
                bench_core.log("team window: copying it to PostgreSQL ...")
                _planner("copy", "--from", str(file), "--to", url)
                best: dict[str, dict[str, float]] = {"sqlite": {}, "postgresql": {}}
                for turn in range(TURNS):
                    for engine, where in (("sqlite", str(file)), ("postgresql", url)):
                        bench_core.log(f"team window: {engine}, turn {turn + 1} ...")
                        found = _start(where, tmp / f"{engine}-{turn}.json")
                        for key, value in found.items():
                            best[engine][key] = min(best[engine].get(key, math.inf), value)
        except RuntimeError as e:
            if "no PostgreSQL server" not in str(e):
                raise
            return [
                ("team: window opens the large plan, PostgreSQL / SQLite", str(e)[:40], "x", target)
            ]
    sq, pg = best["sqlite"], best["postgresql"]
    return [
        ("team: window, first page's data shown, SQLite", round(sq["data"], 3), "s", ""),
        ("team: window, first page's data shown, PostgreSQL", round(pg["data"], 3), "s", ""),
        (
            "team: window opens the large plan, PostgreSQL / SQLite",
            round(pg["data"] / sq["data"], 2),
            "x",
            target,
        ),
        ("team: window answering keys on PostgreSQL", round(pg["keys"], 3), "s", ""),
        (
            "team: window, worst key delay while opening on PostgreSQL",
            round(pg["worst_key"] * 1000, 1),
            "ms",
            "",
        ),
    ]


if __name__ == "__main__":
    for row in run():
        print("\t".join(map(str, row)))

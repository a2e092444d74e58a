"""Scale across plans and growth with a plan's size.

Scale: a database holding several plans of the large plan's size (a ministry
running several programmes: the large plan imported ``COPIES`` times under other
names) against a database holding that plan alone. Each report of the plan is
written by ``planner report --plan NAME`` as a whole process, in turns (alone,
many, alone, ...), best of the turns; the ratio many / alone has a target.

Growth: the large plan at 1x, 2x and 5x its size (all of its activities, each
twice or five times under other codes; the 20,000 people stay), each report rendered
in one process without its start-up, so that the fixed cost does not hide how the
work grows. The exponent is the least-squares slope of log(time) against
log(size); 1 is linear.

``PLANNER_BENCH_SCALE_COPIES`` sets the number of plans (default 20, as the issue
asks: importing 20 copies of 44 MB takes about a quarter of an hour on a 2-core
machine the first time; the databases are cached, see ``scale_databases``);
``PLANNER_BENCH_GROWTH`` the sizes (default ``1,2,5``).

Run through ``benchmarks/run.py scale``; ``python benchmarks/bench_scale.py`` prints
the rows alone.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_core  # noqa: E402

Row = bench_core.Row
COPIES = int(os.environ.get("PLANNER_BENCH_SCALE_COPIES", "20"))
SIZES = [float(x) for x in os.environ.get("PLANNER_BENCH_GROWTH", "1,2,5").split(",")]
TURNS = 2
#: (kind, format) of the reports timed; the budget and cost-effectiveness PDFs, the
#: action plan and the figures as CSV
REPORTS = [
    ("budget", "pdf"),
    ("cost-effectiveness", "pdf"),
    ("cost-effectiveness", "csv"),
    ("plan", "pdf"),
]

#: Renders each report of the one plan of a database once, its modules imported and
#: the base font loaded before the clock starts; prints {"kind format": seconds}.
IN_PROCESS = """
import json, sys, time
from planner.reports.fonts import register_fonts
from planner.reports.registry import renderer
from planner.store import open_database, unit_of_work
from planner.services.plans import resolve_plan
db, reports = sys.argv[1], json.loads(sys.argv[2])
renderers = [(kind, fmt, renderer(kind, fmt)) for kind, fmt in reports]
register_fonts()
out = {}
with open_database(db, readonly=True) as database, unit_of_work(database) as s:
    plan_id = resolve_plan(s, None).id
    for kind, fmt, render in renderers:
        started = time.perf_counter()
        render(s, plan_id)
        out[f"{kind} {fmt}"] = time.perf_counter() - started
print(json.dumps(out))
"""


def log(message: str) -> None:
    print(f"  bench_scale: {message}", file=sys.stderr, flush=True)


def resized(doc: dict[str, Any], factor: float) -> dict[str, Any]:
    """The plan at ``factor`` times its activities (0.5: every other one; 2: each
    twice, the copy's code ending in "-B")."""
    acts = doc["activities"]
    if factor == 1:
        chosen = acts
    elif factor < 1:
        step = round(1 / factor)
        chosen = acts[::step]
    else:
        chosen = []
        for copy in range(round(factor)):
            suffix = "" if copy == 0 else "-" + "ABCDEFGH"[copy]
            chosen += [{**a, "code": a["code"] + suffix} for a in acts]
    return {**doc, "activities": chosen}


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log(y) against log(x)."""
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def _upgrade(db: Path) -> None:
    """Bring a cached database to the current schema as a user would (``planner check``
    upgrades a file of an older revision, then checks it); a no-op when it is current.
    The data were imported by the planner of their day and a migration keeps them, so a
    new revision costs a migration of the cached files, not a quarter of an hour of
    imports."""
    bench_core.run_child(bench_core.planner("check", "--db", db), "planner check")


def scale_databases(plan_json: Path) -> tuple[Path, Path]:
    """The plan alone, and among ``COPIES - 1`` others of its size; cached next to the
    plan file (keyed by it and the number of copies; upgraded to the current schema on
    use), since importing 20 copies takes many minutes. A cached pair is used only when
    both files are whole (written under temporary names, renamed at the end)."""
    doc = json.loads(plan_json.read_text(encoding="utf-8"))
    name = doc["plan"]["name"]
    key = plan_json.stem
    alone = bench_core.CACHE / f"scale-{key}-alone.sqlite"
    many = bench_core.CACHE / f"scale-{key}-x{COPIES}.sqlite"
    for stale in bench_core.CACHE.glob("scale-*.sqlite*"):
        if not stale.name.startswith(f"scale-{key}-"):
            stale.unlink(missing_ok=True)
    if alone.exists() and many.exists():
        log(f"scale: the databases cached in {bench_core.CACHE}, brought up to date ...")
        _upgrade(alone)
        _upgrade(many)
        return alone, many
    work = Path(tempfile.mkdtemp(prefix="planner-bench-scale-", dir=bench_core.CACHE))
    try:
        log(f"scale: the large plan alone, and with {COPIES - 1} more (cached for later runs) ...")
        if not alone.exists():
            bench_core.run_child(
                bench_core.planner("import", plan_json, "--db", work / "alone.sqlite"), "import"
            )
            os.replace(work / "alone.sqlite", alone)
        building = work / "many.sqlite"
        for copy in range(1, COPIES):
            log(f"scale: copy {copy} of {COPIES - 1} ...")
            other = work / f"copy-{copy}.json"
            other.write_text(
                json.dumps({**doc, "plan": {**doc["plan"], "name": f"{name} (programme {copy})"}}),
                encoding="utf-8",
            )
            bench_core.run_child(bench_core.planner("import", other, "--db", building), "import")
            other.unlink()
        # the plan the reports are about comes last, so that its rows are not the first
        bench_core.run_child(bench_core.planner("import", plan_json, "--db", building), "import")
        os.replace(building, many)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return alone, many


def scale(plan_json: Path, work: Path) -> list[Row]:
    name = json.loads(plan_json.read_text(encoding="utf-8"))["plan"]["name"]
    alone, many = scale_databases(plan_json)
    best: dict[tuple[str, str], float] = {}
    for turn in range(1, TURNS + 1):
        log(f"scale: reports, turn {turn} of {TURNS} ...")
        for kind, fmt in REPORTS:
            for label, db in (("alone", alone), ("many", many)):
                out = work / f"{label}.{fmt}"
                args = bench_core.planner(
                    "report", kind, "--db", db, "--plan", name, "-o", out, "--format", fmt
                )
                seconds = bench_core.run_child(args, f"{kind} {fmt}").seconds
                key = (f"{kind} {fmt}", label)
                best[key] = min(best.get(key, math.inf), seconds)
    rows: list[Row] = []
    for kind, fmt in REPORTS:
        a, m = best[(f"{kind} {fmt}", "alone")], best[(f"{kind} {fmt}", "many")]
        rows += [
            (f"scale: {kind} {fmt}, plan alone (whole process)", round(a, 2), "s", ""),
            (f"scale: {kind} {fmt}, among {COPIES} plans", round(m, 2), "s", ""),
            (f"scale: {kind} {fmt}, {COPIES} plans / alone", round(m / a, 2), "x", "<= 1.2"),
        ]
    return rows


def growth(plan_json: Path, work: Path) -> list[Row]:
    doc = json.loads(plan_json.read_text(encoding="utf-8"))
    times: dict[str, list[tuple[float, float]]] = {}
    for factor in SIZES:
        log(f"growth: the plan at {factor}x ...")
        path, db = work / f"g{factor}.json", work / f"g{factor}.sqlite"
        path.write_text(json.dumps(resized(doc, factor)), encoding="utf-8")
        bench_core.run_child(bench_core.planner("import", path, "--db", db), "import")
        path.unlink()
        done = subprocess.run(
            [bench_core.PYTHON, "-c", IN_PROCESS, str(db), json.dumps(REPORTS)],
            cwd=bench_core.ROOT,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"in-process reports failed:\n{done.stderr[-2000:]}")
        for key, seconds in json.loads(done.stdout.strip().splitlines()[-1]).items():
            times.setdefault(key, []).append((factor, seconds))
        db.unlink()
    rows: list[Row] = []
    sizes = ", ".join(f"{f:g}x" for f in SIZES)
    for key, points in times.items():
        rows += [(f"growth: {key} at {f:g}x (in process)", round(t, 3), "s", "") for f, t in points]
        exponent = round(slope(points), 3)
        rows.append((f"growth: {key} exponent over {sizes}", exponent, "", "<= 1.15"))
    return rows


def run() -> list[Row]:
    if str(bench_core.ROOT) not in sys.path:
        sys.path.insert(0, str(bench_core.ROOT))
    plan_json = bench_core.large_plan_json()
    work = Path(tempfile.mkdtemp(prefix="planner-bench-scale-"))
    try:
        return scale(plan_json, work) + growth(plan_json, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    for row in run():
        print("\t".join(map(str, row)))

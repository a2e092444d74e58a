"""The results PDF of the large plan (benchmarks/large_plan.py: 1,000 activities,
500,000 marks) with a framework of 50 indicators (computed, for the plan and for
themes, for a year and plan to date, and entered), written by ``planner report
results`` as a whole process; and, in process, the Results page's reading after an
edit of the framework (the plan's figures kept) and after an edit of the data
(everything computed anew, as the Dashboard does).

Run through ``benchmarks/run.py``; ``python benchmarks/bench_results.py`` prints
the rows alone.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bench_core  # noqa: E402

Row = bench_core.Row
RUNS = 3
FIGURES = (
    "completers",
    "people_reached",
    "cost_per_completer",
    "completion_rate",
    "learning_gain",
    "partner_participations",
    "normalised_gain",
    "execution_rate",
)


def with_framework(doc: dict[str, Any], count: int = 50) -> dict[str, Any]:
    """The plan document with ``count`` indicators, about a fifth of them entered."""
    first = doc["plan"]["start_year"]
    years = range(first, first + doc["plan"]["years"])
    themes = [t["code"] for t in doc["themes"]]
    doc["version"] = 3
    doc["plan"]["host_country"] = "CN"
    doc["results"] = [{"code": "OB", "level": "objective", "title": "Objective"}]
    doc["indicators"] = []
    for n in range(count):
        entered = n % 5 == 4
        doc["indicators"].append(
            {
                "code": f"I{n:02d}",
                "name": f"Indicator {n}",
                "result": "OB",
                "baseline": "1",
                "baseline_year": first - 1,
                "direction": "higher",
                "figure": None if entered else FIGURES[n % len(FIGURES)],
                "theme": None if n % 3 else themes[n % len(themes)],
                "cumulative": n % 2 == 0,
                "targets": [{"year": y, "value": str(10 * (y - first + 1))} for y in years],
                "actuals": [
                    {"year": first, "value": "7", "date": f"{first}-12-01", "source": "report"}
                ]
                if entered
                else [],
            }
        )
    return doc


def run() -> list[Row]:
    work = Path(tempfile.mkdtemp(prefix="planner-bench-results-"))
    try:
        plan = work / "large-results.json"
        doc = json.loads(bench_core.large_plan_json().read_text("utf-8"))
        plan.write_text(json.dumps(with_framework(doc)), "utf-8")
        db = work / "large.sqlite"
        bench_core.log("results: importing the large plan with 50 indicators ...")
        bench_core.run_child(bench_core.planner("import", plan, "--db", db), "import")
        out = work / "results.pdf"
        bench_core.log("results: the results PDF ...")
        pdf = bench_core.best_of(
            RUNS, bench_core.planner("report", "results", "--db", db, "-o", out), "results pdf"
        )
        from planner.services.results_view import plan_data, results_view
        from planner.store import open_database, unit_of_work

        best = edit = float("inf")
        with open_database(db, readonly=True) as database:
            for _ in range(RUNS):
                started = time.perf_counter()
                with unit_of_work(database) as s:
                    data = plan_data(s, 1)
                    view = results_view(s, 1, data)
                best = min(best, time.perf_counter() - started)
                # after an edit of the framework the page keeps the plan's figures
                started = time.perf_counter()
                with unit_of_work(database) as s:
                    view = results_view(s, 1, data)
                edit = min(edit, time.perf_counter() - started)
        assert len(view.indicators) == 50
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        ("results: results PDF, large plan, 50 indicators", round(pdf.seconds, 3), "s", "< 3"),
        ("results: its peak RSS", round(pdf.peak_mb, 1), "MB", "< 400"),
        ("results: Results page after a framework edit, large plan", round(edit, 3), "s", "< 0.3"),
        ("results: Results page after a data edit (figures anew)", round(best, 3), "s", ""),
    ]


if __name__ == "__main__":
    for row in run():
        print("\t".join(map(str, row)))

"""The results PDF of the large plan (benchmarks/large_plan.py: 1,000 activities,
500,000 marks) with a framework of 50 indicators (computed, for the plan and for
themes, for a year and plan to date, and entered), written by ``planner report
results`` as a whole process; and, in an offscreen window, the time from an edit
of the data made through ``ctx.execute`` (a score, an attendance mark, a payment)
until the Results page shows and has painted its new figures, against the same
edits with the page counting the whole plan anew (the reference, same process).

Run through ``benchmarks/run.py``; ``python benchmarks/bench_results.py`` prints
the rows alone.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
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
        bench_core.log("results: edits in an offscreen window ...")
        done = subprocess.run(
            [bench_core.PYTHON, str(Path(__file__).resolve()), "--child", str(db)],
            capture_output=True,
            text=True,
            cwd=bench_core.ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"},
        )
        if done.returncode != 0:
            raise RuntimeError(f"the results child failed:\n{done.stderr[-3000:]}")
        f = json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ms = 1000.0
    edits = [x * ms for x in f["edit_s"]]
    whole = [x * ms for x in f["whole_s"]]
    return [
        ("results: results PDF, large plan, 50 indicators", round(pdf.seconds, 3), "s", "< 3"),
        ("results: its peak RSS", round(pdf.peak_mb, 1), "MB", "< 400"),
        (
            f"results: Results page, data edit to shown, median of {len(edits)}",
            round(statistics.median(edits), 1),
            "ms",
            "< 300",
        ),
        ("results: Results page, data edit to shown, worst", round(max(edits), 1), "ms", ""),
        (
            "results: reference, the same edits counting the whole plan anew (median)",
            round(statistics.median(whole), 1),
            "ms",
            "",
        ),
        (
            "results: Results page, framework edit to shown",
            round(f["framework_s"] * ms, 1),
            "ms",
            "< 300",
        ),
    ]


# ------------------------------------------------------------------ the window process
def child(db: Path) -> dict[str, Any]:
    """Edits through the window's context, each timed until the page has painted."""
    sys.path.insert(0, str(bench_core.ROOT))
    from decimal import Decimal

    from PySide6.QtCore import QSettings
    from sqlmodel import Session

    from planner.services import attendance_view as AV
    from planner.services import people
    from planner.services import results_view as V
    from planner.store import raw_connection, unit_of_work
    from planner.ui.app import make_app
    from planner.ui.context import ATTENDANCE, BUDGET, RESULTS
    from planner.ui.main_window import MainWindow
    from planner.ui.pages.results import ResultsPage

    app = make_app()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(1400, 860)
    window.show()
    window.open_database(db)
    app.processEvents()
    page = window.page(ResultsPage)
    assert isinstance(page, ResultsPage) and window.ctx is not None
    ctx = window.ctx
    window.show_page(window.pages.index(page))
    app.processEvents()
    assert len(page.cards) == 50

    with unit_of_work(ctx.db) as s:
        con = raw_connection(s)
        scored = [
            r[0]
            for r in con.execute(
                "SELECT e.id FROM enrolment e JOIN activity a ON a.id = e.activity_id "
                "WHERE a.status = 'delivered' AND e.post_score IS NOT NULL "
                "ORDER BY e.id LIMIT 200"
            )
        ][::20]
        marks = [
            r
            for r in con.execute(
                "SELECT m.enrolment_id, m.session_id FROM mark m "
                "JOIN enrolment e ON e.id = m.enrolment_id JOIN activity a ON a.id = "
                "e.activity_id WHERE a.status = 'delivered' AND m.status = 'present' "
                "ORDER BY m.id LIMIT 5000"
            )
        ][::1000]
        lines = [
            r[0]
            for r in con.execute(
                "SELECT b.id FROM budget_line b JOIN activity a ON a.id = b.activity_id "
                "WHERE a.status = 'delivered' ORDER BY b.id LIMIT 50"
            )
        ][::10]

    def edits(n: int) -> list[tuple[Any, set[str]]]:
        out: list[tuple[Any, set[str]]] = []
        for i, eid in enumerate(scored[:3]):

            def score(s: Session, e: int = eid, v: int = 40 + n + i) -> None:
                AV.set_score(s, e, "post_score", Decimal(v))

            out.append((score, {ATTENDANCE}))
        for eid, sid in marks[:2]:

            def mark(s: Session, e: int = eid, x: int = sid) -> None:
                people.set_mark(s, e, x, "absent" if n % 2 == 0 else "present")

            out.append((mark, {ATTENDANCE}))
        for line in lines[:2]:

            def pay(s: Session, b: int = line, v: int = n) -> None:
                from planner.services import activities as A

                A.update_budget_line(s, b, actual=Decimal(1000 + v))

            out.append((pay, {BUDGET}))
        return out

    def timed(work: Any, changes: set[str], whole: bool) -> float:
        if whole:
            page.live = None  # the page counts the whole plan anew
        started = time.perf_counter()
        ctx.execute("benchmark edit", work, changes)
        app.processEvents()  # layout and paint
        page.grab()
        return time.perf_counter() - started

    ours, reference = [], []
    for n in range(2):
        for work, changes in edits(n):
            ours.append(timed(work, changes, False))
    for work, changes in edits(2):
        reference.append(timed(work, changes, True))
    assert page.live is not None and page.live.last == "whole"
    ours.append(timed(edits(3)[0][0], {ATTENDANCE}, False))
    assert page.live.last == "patched"

    first = page.view.indicators[0].indicator if page.view else None
    assert first is not None
    plan_id = ctx.plan_id
    started = time.perf_counter()
    obj = {**first.as_object(), "name": "Renamed indicator"}
    ctx.execute("rename", lambda s: V.save_indicator(s, plan_id, obj, first.id), {RESULTS})
    app.processEvents()
    page.grab()
    framework = time.perf_counter() - started
    window.close()
    return {"edit_s": ours, "whole_s": reference, "framework_s": framework}


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(child(Path(sys.argv[2]))))
        sys.exit(0)
    for row in run():
        print("\t".join(map(str, row)))

"""The dashboard on the large plan (benchmarks/large_plan.py), offscreen, in one
window process: the time from an edit made through ``ctx.execute`` until the
dashboard shows (and has painted) the new figures, against ``metrics.compute``
alone on the same database; also the page's first figures and its filters.

    .venv/bin/python benchmarks/run.py dashboard
    .venv/bin/python benchmarks/bench_dashboard.py          # the rows alone
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
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bench_core  # noqa: E402

Row = bench_core.Row
EDITS = 7
PAUSE_S = 0.3  # between edits, as a planner types: each edit is timed on its own


def run() -> list[Row]:
    work = Path(tempfile.mkdtemp(prefix="planner-bench-dashboard-"))
    try:
        db = work / "large.sqlite"
        bench_core.log("dashboard: importing the large plan ...")
        bench_core.run_child(
            bench_core.planner("import", bench_core.large_plan_json(), "--db", db), "import"
        )
        bench_core.log("dashboard: edits in an offscreen window ...")
        done = subprocess.run(
            [bench_core.PYTHON, str(Path(__file__).resolve()), "--child", str(db)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"},
        )
        if done.returncode != 0:
            raise RuntimeError(f"the dashboard child failed:\n{done.stderr[-3000:]}")
        f = json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ms = 1000.0
    edits = [s * ms for s in f["edit_to_shown_s"]]
    return [
        (
            f"dashboard: edit to new figures shown, median of {len(edits)}",
            round(statistics.median(edits), 1),
            "ms",
            "< 300",
        ),
        ("dashboard: edit to new figures shown, worst", round(max(edits), 1), "ms", ""),
        ("dashboard: metrics.compute alone (whole plan)", round(f["compute_s"] * ms, 1), "ms", ""),
        (
            "dashboard: edit to shown, over compute alone (median)",
            round(statistics.median(edits) - f["compute_s"] * ms, 1),
            "ms",
            "",
        ),
        ("dashboard: computing in the worker", round(f["worker_s"] * ms, 1), "ms", ""),
        ("dashboard: the edit itself (ctx.execute)", round(f["execute_s"] * ms, 1), "ms", ""),
        ("dashboard: painting the new figures", round(f["paint_s"] * ms, 1), "ms", ""),
        (
            "dashboard: GUI thread busy showing the figures",
            round(f["apply_s"] * ms, 1),
            "ms",
            "< 50",
        ),
        ("dashboard: first figures after opening the page", round(f["first_s"] * ms, 1), "ms", ""),
        ("dashboard: year filter to figures shown", round(f["year_s"] * ms, 1), "ms", "< 200"),
        ("dashboard: theme filter to cards shown", round(f["theme_cards_s"] * ms, 1), "ms", ""),
        (
            "dashboard: theme filter to per-year charts shown",
            round(f["theme_all_s"] * ms, 1),
            "ms",
            "< 300",
        ),
    ]


# ------------------------------------------------------------------ the window process
def child(db: Path) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from decimal import Decimal

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from sqlmodel import Session

    from planner.models import BudgetLine
    from planner.services import activities as A
    from planner.services import metrics
    from planner.store import unit_of_work
    from planner.ui.app import make_app
    from planner.ui.context import BUDGET
    from planner.ui.main_window import MainWindow
    from planner.ui.pages.dashboard import DashboardPage

    app = make_app()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(1400, 860)
    window.show()
    window.open_database(db)
    app.processEvents()
    page = window.page(DashboardPage)
    assert isinstance(page, DashboardPage) and window.ctx is not None
    ctx = window.ctx

    paints: list[float] = []

    def wait_for(done: Callable[[], bool], timeout_s: float = 60.0) -> float:
        """Run the event loop (blocking, not spinning: the worker needs the GIL) until
        ``done()``; then let the window paint. Returns the time painted."""
        loop = QEventLoop()

        seen: list[float] = []

        def check() -> None:
            if done():
                seen.append(time.perf_counter())
                loop.quit()

        page.updated.connect(check)
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        if not done():
            loop.exec()
        page.updated.disconnect(check)
        if not done():
            raise RuntimeError("the dashboard did not show the new figures in time")
        app.processEvents()  # layout and paint
        painted = time.perf_counter()
        if seen:
            paints.append(painted - seen[0])
        return painted

    def pause(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    started = time.perf_counter()
    window.show_page(window.pages.index(page))
    first = wait_for(lambda: page.snapshot is not None and not page.busy()) - started

    plan_id = ctx.plan_id
    assert plan_id is not None
    with unit_of_work(ctx.db) as s:
        runs = []
        for _ in range(5):
            t = time.perf_counter()
            metrics.compute(s, plan_id)
            runs.append(time.perf_counter() - t)
        compute = min(runs)
        line_id = (
            s.connection()
            .exec_driver_sql(
                "SELECT b.id FROM budget_line b JOIN activity a ON a.id = b.activity_id "
                "WHERE a.status = 'delivered' AND EXISTS (SELECT 1 FROM payment p "
                "WHERE p.budget_line_id = b.id) ORDER BY b.id LIMIT 1"
            )
            .scalar_one()
        )
        line = s.get(BudgetLine, line_id)
        assert line is not None
        old = A.line_fields(s, line)["actual"]

    edits: list[float] = []
    workers: list[float] = []
    applies: list[float] = []
    executes: list[float] = []
    paints.clear()
    for i in range(EDITS):
        pause(PAUSE_S)
        before = page.card("actual_cost").text()
        value = old + Decimal(i + 1) * Decimal("100.01")
        t = time.perf_counter()

        def do(s: Session, v: Decimal = value) -> None:
            A.update_budget_line(s, line_id, actual=v)

        ctx.execute("benchmark edit", do, {BUDGET})
        executes.append(time.perf_counter() - t)

        def changed(b: str = before) -> bool:
            return page.card("actual_cost").text() != b

        shown = wait_for(changed)
        edits.append(shown - t)
        assert page.snapshot is not None
        workers.append(page.snapshot.seconds)
        applies.append(page.apply_seconds)

    pause(PAUSE_S)
    t = time.perf_counter()
    page.year.setCurrentIndex(page.year.findData(page.year.itemData(2)))
    year = wait_for(lambda: not page.busy()) - t

    pause(PAUSE_S)
    page.year.setCurrentIndex(0)
    wait_for(lambda: not page.busy())
    pause(PAUSE_S)
    t = time.perf_counter()
    page.theme.setCurrentIndex(1)
    wanted = page.request()
    cards = wait_for(lambda: page.snapshot is not None and page.snapshot.request == wanted) - t
    every = wait_for(lambda: not page.busy()) - t
    window.close()
    return {
        "edit_to_shown_s": edits,
        "compute_s": compute,
        "worker_s": statistics.median(workers),
        "apply_s": statistics.median(applies),
        "execute_s": statistics.median(executes),
        "paint_s": statistics.median(paints[:EDITS]),
        "first_s": first,
        "year_s": year,
        "theme_cards_s": cards,
        "theme_all_s": every,
    }


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(child(Path(sys.argv[2]))))
    else:
        for row in run():
            print("\t".join(map(str, row)))

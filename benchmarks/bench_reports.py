"""The cost-effectiveness and action-plan PDFs (and the cost-effectiveness XLSX) of
the large plan (benchmarks/large_plan.py: 1,000 activities, 500,000 marks), each
written by ``planner report`` as a whole process, as the user runs it.

The reference, in the same run: the cost-effectiveness CSV, the same figures
without any layout. Wall times are the best of 3 runs; peak RSS is that of the
one child (see bench_core.run_child).

Run through ``benchmarks/run.py``; ``python benchmarks/bench_reports.py`` prints the
rows alone.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_core  # noqa: E402

Row = bench_core.Row
RUNS = 3


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def run() -> list[Row]:
    work = Path(tempfile.mkdtemp(prefix="planner-bench-reports-"))
    try:
        db = work / "large.sqlite"
        bench_core.log("reports: importing the large plan ...")
        bench_core.run_child(
            bench_core.planner("import", bench_core.large_plan_json(), "--db", db), "import"
        )
        timed = {}
        for name, kind, out in (
            ("csv", "cost-effectiveness", work / "ce.csv"),
            ("ce pdf", "cost-effectiveness", work / "ce.pdf"),
            ("plan pdf", "plan", work / "plan.pdf"),
            ("ce xlsx", "cost-effectiveness", work / "ce.xlsx"),
        ):
            bench_core.log(f"reports: {name} ...")
            args = bench_core.planner("report", kind, "--db", db, "-o", out)
            timed[name] = bench_core.best_of(RUNS, args, f"planner report {kind} -o {out.name}")
        ce_pages, plan_pages = _pages(work / "ce.pdf"), _pages(work / "plan.pdf")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    csv = timed["csv"]
    rows: list[Row] = [
        (
            "report: cost-effectiveness PDF, large plan",
            round(timed["ce pdf"].seconds, 3),
            "s",
            "< 3",
        ),
        ("report: its peak RSS", round(timed["ce pdf"].peak_mb, 1), "MB", "< 400"),
        ("report: its pages", ce_pages, "", ""),
        ("report: action-plan PDF, large plan", round(timed["plan pdf"].seconds, 3), "s", "< 3"),
        ("report: its peak RSS", round(timed["plan pdf"].peak_mb, 1), "MB", "< 400"),
        ("report: its pages", plan_pages, "", ""),
        (
            "report: cost-effectiveness XLSX, large plan",
            round(timed["ce xlsx"].seconds, 3),
            "s",
            "< 3",
        ),
        ("report: cost-effectiveness CSV (reference)", round(csv.seconds, 3), "s", ""),
        (
            "report: cost-effectiveness PDF / CSV",
            round(timed["ce pdf"].seconds / csv.seconds, 2),
            "x",
            "",
        ),
    ]
    return rows


if __name__ == "__main__":
    for row in run():
        print("\t".join(map(str, row)))

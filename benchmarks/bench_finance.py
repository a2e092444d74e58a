"""The budget PDF with payments and annexes, against LibreOffice, and the cost of
``--as-of``, in the same run.

The large plan of ``large_plan.py`` (about 5,000 budget lines) gets 20,000 dated
payments before any timing (written straight into the file, as a finance system's
import would leave them: deposits, balances, a fee and its refund, some booked at
their own rate). Then, as whole processes and in turns (best of each kept):

- LibreOffice turning the same data, written as the budget XLSX, into a PDF
  (a profile of its own, warmed once first);
- ``planner report budget -o FILE.pdf``.

``--as-of`` is measured in one process, without the start-up: the report gathered
and written with and without an as-of date, in turns, best of each.

Run through ``benchmarks/run.py finance``; ``python benchmarks/bench_finance.py``
prints the rows alone.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from bench_budget import pages, soffice
from bench_core import PYTHON, ROOT, Child, large_plan_json, planner, run_child

RUNS = 3
PAYMENTS = 20_000
AS_OF = "2029-06-30"

Row = tuple[str, float | str, str, str]

#: The budget PDF of the whole plan with and without --as-of, in turns, in one
#: process; prints {"all": best seconds, "as_of": best seconds}.
AS_OF_SCRIPT = """
import io, json, sys, time
from datetime import date
from planner.reports import budget_pdf
from planner.reports.fonts import register_fonts
from planner.store import open_database, unit_of_work
register_fonts()
db, as_of, runs = sys.argv[1], date.fromisoformat(sys.argv[2]), int(sys.argv[3])
best = {"all": float("inf"), "as_of": float("inf")}
with open_database(db, readonly=True) as database, unit_of_work(database) as s:
    for _ in range(runs):
        for key, day in (("all", None), ("as_of", as_of)):
            started = time.perf_counter()
            report = budget_pdf.gather(s, 1, as_of=day)
            budget_pdf.write(io.BytesIO(), report)
            best[key] = min(best[key], time.perf_counter() - started)
print(json.dumps(best))
"""


def log(message: str) -> None:
    print(f"  bench_finance: {message}", file=sys.stderr, flush=True)


def add_payments(db: Path, total: int = PAYMENTS) -> int:
    """Replace the plan's payments with ``total`` dated ones, spread over its lines
    (4 or 3 a line), each line's payments adding up to what it had (half its
    planned amount where it had none); every tenth line in a foreign currency
    booked at 1.2% over the plan rate. Returns how many were written."""
    con = sqlite3.connect(db)
    try:
        lines = con.execute(
            "SELECT b.id, b.planned_minor, b.currency, a.start_date, a.end_date, "
            "(SELECT sum(amount_minor) FROM payment p WHERE p.budget_line_id = b.id), "
            "(SELECT to_base FROM exchange_rate r WHERE r.plan_id = a.plan_id "
            " AND r.currency = b.currency "
            " AND r.year = CAST(strftime('%Y', a.start_date) AS INTEGER)) "
            "FROM budget_line b JOIN activity a ON a.id = b.activity_id ORDER BY b.id"
        ).fetchall()
        fours = max(0, min(len(lines), total - 3 * len(lines)))
        rows = []
        for i, (lid, planned, _cur, start, end, paid, rate) in enumerate(lines):
            amount = paid if paid is not None else planned // 2
            first, last = date.fromisoformat(start), date.fromisoformat(end)
            deposit = amount * 3 // 10
            fee = amount // 20
            booked = (
                f"{(Decimal(rate) * Decimal('1.012')).quantize(Decimal('0.000001')):f}"
                if rate is not None and i % 10 == 0
                else None
            )
            parts = [
                (first - timedelta(days=30), deposit, "deposit"),
                (last + timedelta(days=14), amount - deposit, "balance"),
                (last + timedelta(days=20), fee, "change fee"),
                (last + timedelta(days=45), -fee, "refund of the change fee"),
            ]
            if i >= fours:  # three: no fee, no refund
                parts = [parts[0], parts[1], (last + timedelta(days=60), 0, "adjustment")]
            for n, (day, minor, note) in enumerate(parts):
                rows.append((lid, day.isoformat(), minor, f"PV-{lid}-{n}", note, booked))
        with con:
            con.execute("DELETE FROM payment")
            con.executemany(
                "INSERT INTO payment (budget_line_id, paid_on, amount_minor, reference, note, "
                "booked_rate) VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)
    finally:
        con.close()


def as_of_overhead(db: Path) -> tuple[float, float]:
    done = subprocess.run(
        [PYTHON, "-c", AS_OF_SCRIPT, str(db), AS_OF, str(RUNS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"in-process budget PDF failed:\n{done.stderr[-2000:]}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    return out["all"], out["as_of"]


def run() -> list[Row]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    office = soffice()
    plan_json = large_plan_json()
    work = Path(tempfile.mkdtemp(prefix="planner-bench-finance-"))
    try:
        db = work / "large.sqlite"
        log("planner import (large plan), 20,000 payments ...")
        run_child(planner("import", plan_json, "--db", db), "planner import")
        n_payments = add_payments(db)
        xlsx, pdf, lo_out = work / "large.xlsx", work / "large.pdf", work / "lo"
        lo_out.mkdir()
        written = run_child(planner("report", "budget", "--db", db, "-o", xlsx), "budget xlsx")
        profile = f"-env:UserInstallation={(work / 'lo-profile').as_uri()}"
        lo_args = [office, profile, "--headless", "--convert-to", "pdf", "--outdir", str(lo_out)]
        log("warming LibreOffice (a fresh profile) ...")
        run_child([*lo_args, str(xlsx)], "soffice warm-up")
        lo_runs: list[Child] = []
        pdf_runs: list[Child] = []
        for turn in range(1, RUNS + 1):
            log(f"LibreOffice and planner, turn {turn} of {RUNS} ...")
            lo_runs.append(run_child([*lo_args, str(xlsx)], "soffice --convert-to pdf"))
            pdf_runs.append(run_child(planner("report", "budget", "--db", db, "-o", pdf), "pdf"))
        lo = min(r.seconds for r in lo_runs)
        mine = min(r.seconds for r in pdf_runs)
        log("--as-of against every payment (in process) ...")
        t_all, t_as_of = as_of_overhead(db)
        return [
            (f"finance large: payments, PDF {pages(pdf)} p.", n_payments, "", ""),
            ("finance large: LibreOffice XLSX -> PDF", lo, "s", ""),
            ("finance large: planner report budget PDF", mine, "s", ""),
            ("finance large: PDF / LibreOffice", mine / lo, "x", "<= 0.7"),
            ("finance large: XLSX write (context)", written.seconds, "s", ""),
            ("finance as-of: PDF, every payment, in process", t_all, "s", ""),
            (f"finance as-of: PDF --as-of {AS_OF}, in process", t_as_of, "s", ""),
            ("finance as-of: with / without", t_as_of / t_all, "x", "< 1.2"),
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    for name, value, unit, target in run():
        print(f"{name}\t{value}\t{unit}\t{target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

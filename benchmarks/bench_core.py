"""Core figures on the large plan (benchmarks/large_plan.py): import, the
cost-effectiveness CSV, peak memory, each against raw SQLite in the same run.

Each user command is timed as a whole process (wall time, peak RSS of that one
child from ``os.wait4``), as the user would run it. References, in this run:

- raw ``sqlite3``: the same schema (copied from a fresh planner database), the
  same pragmas, the same rows from the same JSON, one transaction, ``executemany``;
- a plain SQL ``GROUP BY`` summing the marks per activity, on the same database
  and connection as ``metrics.compute``.

Run through ``benchmarks/run.py``; ``python benchmarks/bench_core.py`` prints the
rows alone.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable
SEED = 1
CACHE = Path(tempfile.gettempdir()) / "planner-bench-cache"

IMPORT_RUNS = 2  # the second only if the first took less than IMPORT_SECOND_RUN_UNDER
IMPORT_SECOND_RUN_UNDER = 30.0
FAST_RUNS = 3
IN_PROCESS_RUNS = 7

#: Every query of the GROUP BY reference: participation summed per activity.
GROUP_BY_SQL = (
    "SELECT e.activity_id, sum(m.status IN ('present', 'late')), "
    "sum(m.status = 'excused'), count(*) "
    "FROM mark m JOIN enrolment e ON e.id = m.enrolment_id GROUP BY e.activity_id"
)

Row = tuple[str, float | str, str, str]


def log(message: str) -> None:
    print(f"  bench_core: {message}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------ processes
@dataclass
class Child:
    seconds: float
    peak_mb: float  # resident set, 10^6 bytes; nan where the platform cannot tell


# Peak RSS of a child is only its own when the process that forks it is small: Linux
# counts the forking process's resident set (shared until exec) in the child's
# ru_maxrss. So every command is started by this tiny launcher, never by the
# benchmark process itself (which holds the JSON's rows and SQLAlchemy). The launcher
# times the command from fork to exit and prints the figures as JSON.
LAUNCHER = """
import json, os, sys, time
out = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
argv = sys.argv[2:]
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.dup2(out, 1)
        os.dup2(out, 2)
        os.execv(argv[0], argv)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "maxrss_kib": usage.ru_maxrss,
                  "status": os.waitstatus_to_exitcode(status)}))
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}


def compile_planner() -> None:
    """Compile the planner's modules to bytecode, as installing it does (pip compiles
    a wheel's modules; an editable install writes them on its first run): the
    processes measured then start as a user's do, whatever ran in the checkout
    before. The children never write bytecode themselves (``PYTHONDONTWRITEBYTECODE``),
    so every run starts from the same files."""
    import compileall

    if not compileall.compile_dir(str(ROOT / "planner"), quiet=1, workers=1):
        raise RuntimeError("the planner's modules did not compile")


def forget_planner_bytecode() -> None:
    """Remove the planner's compiled modules (not the libraries'): the next child
    compiles them from source, as the very first run of a fresh checkout does.
    :func:`compile_planner` puts them back."""
    for folder in (ROOT / "planner").rglob("__pycache__"):
        shutil.rmtree(folder, ignore_errors=True)


def run_child(args: list[str], what: str) -> Child:
    """Run one command as the user would, from the repository; fail loudly if it fails."""
    with tempfile.TemporaryDirectory(prefix="planner-bench-out-") as tmp:
        output = Path(tmp) / "output"
        if hasattr(os, "fork") and hasattr(os, "wait4"):
            done = subprocess.run(
                [PYTHON, "-S", "-c", LAUNCHER, str(output), *args],
                cwd=ROOT,
                env=_env(),
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
            )
            if done.returncode != 0:
                raise RuntimeError(f"the launcher failed for {what}:\n{done.stderr[-2000:]}")
            figures = json.loads(done.stdout)
            status, seconds = figures["status"], figures["seconds"]
            peak_mb = figures["maxrss_kib"] * 1024 / 1e6  # ru_maxrss is KiB on Linux
        else:  # pragma: no cover - not Unix: wall time only
            with output.open("wb") as fh:
                started = time.perf_counter()
                status = subprocess.run(args, cwd=ROOT, env=_env(), stdout=fh, stderr=fh).returncode
                seconds = time.perf_counter() - started
            peak_mb = float("nan")
        if status != 0:
            text = output.read_bytes().decode("utf-8", "replace")[-2000:]
            raise RuntimeError(f"{what} failed with status {status}:\n{text}")
    return Child(seconds, peak_mb)


def best_of(runs: int, args: list[str], what: str) -> Child:
    results = [run_child(args, what) for _ in range(runs)]
    return Child(min(r.seconds for r in results), max(r.peak_mb for r in results))


def planner(*args: str | Path) -> list[str]:
    return [PYTHON, "-m", "planner", *map(str, args)]


# ------------------------------------------------------------------ the plan file
def large_plan_json() -> Path:
    """The large plan as JSON, cached under the temp folder by the generator's hash."""
    source = (HERE / "large_plan.py").read_bytes()
    key = hashlib.sha256(source + f"\0seed={SEED}".encode()).hexdigest()[:16]
    path = CACHE / f"large-plan-{key}.json"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    for stale in CACHE.glob("large-plan-*.json*"):
        stale.unlink(missing_ok=True)
    log("generating the large plan (cached for later runs) ...")
    run_child([PYTHON, str(HERE / "large_plan.py"), str(path), "--seed", str(SEED)], "large_plan")
    return path


# ------------------------------------------------------------------ raw SQLite
def _minor(text: str | None, exponent: int) -> int | None:
    return None if text is None else int(Decimal(text).scaleb(exponent))


def raw_rows(doc: dict[str, Any]) -> list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]]:
    """The rows ``planner import`` writes for ``doc`` into an empty database, as tuples."""
    from planner.iso import CURRENCY_EXPONENTS as EXP

    p = doc["plan"]
    base = p["base_currency"]
    plan_id = 1
    out: list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]] = []

    def table(name: str, cols: str, rows: list[tuple[Any, ...]]) -> None:
        out.append((name, tuple(cols.split()), rows))

    table(
        "plan",
        "id name owner start_year years base_currency completion_threshold",
        [(plan_id, p["name"], p["owner"], p["start_year"], p["years"], base,
          p["completion_threshold"])],
    )  # fmt: skip

    def coded(name: str, items: list[dict[str, Any]], cols: str, key: str = "code") -> dict:
        ids = {item[key]: n for n, item in enumerate(items, 1)}
        fields = cols.split()
        table(
            name,
            "id plan_id " + cols,
            [(n, plan_id, *(item[f] for f in fields)) for n, item in enumerate(items, 1)],
        )
        return ids

    admins = coded("administration", doc["administrations"], "code name country")
    themes = coded("theme", doc["themes"], "code name")
    sources = coded("funding_source", doc["funding_sources"], "code name")
    table(
        "exchange_rate",
        "id plan_id year currency to_base",
        [
            (n, plan_id, r["year"], r["currency"], r["to_base"])
            for n, r in enumerate(doc["exchange_rates"], 1)
        ],
    )
    table(
        "envelope",
        "id plan_id year funding_source_id amount_minor",
        [
            (n, plan_id, e["year"], sources[e["funding_source"]], _minor(e["amount"], EXP[base]))
            for n, e in enumerate(doc["envelopes"], 1)
        ],
    )
    people = {}
    prows = []
    for n, q in enumerate(doc["participants"], 1):
        people[q["ref"]] = n
        prows.append(
            (n, plan_id, q["ref"], q["name"], q["native_name"], q["gender"],
             admins[q["administration"]], q["position"], q["email"])
        )  # fmt: skip
    table(
        "participant",
        "id plan_id ref name native_name gender administration_id position email",
        prows,
    )
    acts, sess, quotas, lines, enrols, marks = [], [], [], [], [], []
    pays: list[tuple[Any, ...]] = []
    for aid, a in enumerate(doc["activities"], 1):
        acts.append(
            (aid, plan_id, a["code"], a["kind"], a["title"], themes[a["theme"]], a["status"],
             a["start"], a["end"], a["venue"], a["country"], a["mode"], a["hours_per_session"])
        )  # fmt: skip
        session_ids = {}
        for s in a["sessions"]:
            session_ids[s] = len(sess) + 1
            sess.append((len(sess) + 1, aid, s))
        for q in a["quotas"]:
            quotas.append((len(quotas) + 1, aid, admins[q["administration"]], q["seats"]))
        for b in a["budget_lines"]:
            exp = EXP[b["currency"]]
            src = b["funding_source"]
            lines.append(
                (len(lines) + 1, aid, b["category"], b["description"], b["currency"],
                 _minor(b["planned"], exp), None if src is None else sources[src])
            )  # fmt: skip
            if b.get("actual") is not None:
                pays.append((len(pays) + 1, len(lines), _minor(b["actual"], exp), "", ""))
        enrol_ids = {}
        for e in a["enrolments"]:
            enrol_ids[e["participant"]] = len(enrols) + 1
            enrols.append(
                (len(enrols) + 1, aid, people[e["participant"]], e["status"], e["pre_score"],
                 e["post_score"], e["satisfaction"])
            )  # fmt: skip
        first = len(marks) + 1
        marks.extend(
            (first + n, enrol_ids[m["participant"]], session_ids[m["session"]], m["status"])
            for n, m in enumerate(a["attendance"])
        )
    table(
        "activity",
        "id plan_id code kind title theme_id status start_date end_date venue country mode "
        "hours_per_session",
        acts,
    )
    table("session", "id activity_id starts", sess)
    table("quota", "id activity_id administration_id seats", quotas)
    table(
        "budget_line",
        "id activity_id category description currency planned_minor funding_source_id",
        lines,
    )
    table("payment", "id budget_line_id amount_minor reference note", pays)
    table(
        "enrolment",
        "id activity_id participant_id status pre_score post_score satisfaction",
        enrols,
    )
    table("mark", "id enrolment_id session_id status", marks)
    return out


def raw_reference(json_path: Path, schema_db: Path, out_db: Path) -> dict[str, float]:
    """Insert the plan with plain sqlite3; times in seconds (run in its own process)."""
    schema = sqlite3.connect(schema_db)
    ddl = [
        sql
        for (sql,) in schema.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        )
    ]
    schema.close()
    started = time.perf_counter()
    with json_path.open(encoding="utf-8") as fh:
        doc = json.load(fh)
    loaded = time.perf_counter()
    rows = raw_rows(doc)
    built = time.perf_counter()
    con = sqlite3.connect(out_db, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("BEGIN IMMEDIATE")
    for sql in ddl:
        con.execute(sql)
    con.execute("COMMIT")
    ready = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    for name, cols, data in rows:
        marks = ", ".join("?" * len(cols))
        con.executemany(f'INSERT INTO "{name}" ({", ".join(cols)}) VALUES ({marks})', data)
    con.execute("COMMIT")
    done = time.perf_counter()
    con.close()
    return {
        "load": loaded - started,
        "build": built - loaded,
        "insert": done - ready,
        "whole": done - started,
    }


#: Not plan data: the journal (the import records itself as one change) and the
#: database's own settings (made by a migration), which the raw reference has not.
NOT_PLAN_DATA = frozenset({"change", "change_row", "undo_entry", "app_setting"})


def table_counts(db: Path) -> dict[str, int]:
    """Rows per table of plan data."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [
            n
            for (n,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
            )
            if n not in NOT_PLAN_DATA
        ]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


# ------------------------------------------------------------------ in process
def best_seconds(runs: int, fn: Any) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def figures_vs_group_by(db: Path) -> tuple[float, float]:
    """Best-of time of metrics.compute and of the plain GROUP BY, same connection."""
    from planner.services import metrics
    from planner.services.plans import resolve_plan
    from planner.store import open_database, unit_of_work

    with open_database(db, readonly=True) as database, unit_of_work(database) as s:
        plan = resolve_plan(s, None)
        assert plan.id is not None
        con = s.connection().connection.driver_connection
        assert con is not None
        reference = con.execute(GROUP_BY_SQL).fetchall()
        assert sum(r[3] for r in reference) > 0
        compute = best_seconds(IN_PROCESS_RUNS, lambda: metrics.compute(s, plan.id))
        group_by = best_seconds(IN_PROCESS_RUNS, lambda: con.execute(GROUP_BY_SQL).fetchall())
    return compute, group_by


def fresh_planner_db(path: Path) -> None:
    from planner.store import open_database

    open_database(path, create=True).close()


# ------------------------------------------------------------------ the benchmark
def run() -> list[Row]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    plan_json = large_plan_json()
    rows: list[Row] = []

    work = Path(tempfile.mkdtemp(prefix="planner-bench-"))
    try:
        schema_db = work / "schema.sqlite"
        fresh_planner_db(schema_db)

        log("planner import (1) ...")
        imports = [run_child(planner("import", plan_json, "--db", work / "i1.sqlite"), "import")]
        log("raw sqlite3 reference ...")
        out = run_child_json(
            [PYTHON, str(Path(__file__).resolve()), "--raw-reference", str(plan_json),
             str(schema_db), str(work / "raw.sqlite")],
        )  # fmt: skip
        if IMPORT_RUNS > 1 and imports[0].seconds < IMPORT_SECOND_RUN_UNDER:
            log("planner import (2) ...")
            imports.append(
                run_child(planner("import", plan_json, "--db", work / "i2.sqlite"), "import")
            )
        imported = work / "i1.sqlite"
        mine, raw = table_counts(imported), table_counts(work / "raw.sqlite")
        if mine != raw:
            raise RuntimeError(f"raw reference wrote other rows: planner {mine}, raw {raw}")
        best_import = min(r.seconds for r in imports)
        size = f"{mine['activity']} act., {mine['participant']} people, {mine['mark']} marks"
        rows += [
            (f"plan file ({size})", plan_json.stat().st_size / 1e6, "MB", ""),
            ("import: planner import (whole process)", best_import, "s", "< 5"),
            ("import: peak RSS", max(r.peak_mb for r in imports), "MB", "< 400"),
            ("import: raw sqlite3 executemany + commit", out["insert"], "s", ""),
            ("import: raw sqlite3 json.load + tuples + inserts", out["whole"], "s", ""),
            ("import: planner / raw executemany", best_import / out["insert"], "x", "< 10"),
            ("import: planner / raw whole", best_import / out["whole"], "x", ""),
        ]

        log("cost-effectiveness CSV ...")
        csv_out = work / "ce.csv"
        report = best_of(
            FAST_RUNS,
            planner("report", "cost-effectiveness", "--db", imported, "-o", csv_out,
                    "--format", "csv"),
            "report cost-effectiveness",
        )  # fmt: skip
        csv_rows = csv_out.read_text(encoding="utf-8").count("\n") - 1
        rows += [
            (f"report: cost-effectiveness CSV ({csv_rows} rows)", report.seconds, "s", "< 3"),
            ("report: peak RSS", report.peak_mb, "MB", "< 400"),
        ]

        log("metrics.compute against GROUP BY ...")
        compute, group_by = figures_vs_group_by(imported)
        rows += [
            ("figures: metrics.compute (in process)", compute, "s", ""),
            ("figures: SQL GROUP BY marks per activity", group_by, "s", ""),
            ("figures: compute / GROUP BY", compute / group_by, "x", "<= 1.5"),
        ]

        log("start-up ...")
        version = best_of(FAST_RUNS, planner("--version"), "planner --version")
        bare = best_of(FAST_RUNS, [PYTHON, "-c", "pass"], "python -c pass")
        rows += [
            ("start-up: planner --version", version.seconds, "s", ""),
            ("start-up: python -c pass", bare.seconds, "s", ""),
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


def run_child_json(args: list[str]) -> dict[str, float]:
    """Run the raw reference in its own process; it prints its timings as JSON."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"raw reference failed:\n{done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str]) -> int:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    if argv[:1] == ["--raw-reference"]:
        json_path, schema_db, out_db = map(Path, argv[1:4])
        print(json.dumps(raw_reference(json_path, schema_db, out_db)))
        return 0
    for name, value, unit, target in run():
        print(f"{name}\t{value}\t{unit}\t{target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

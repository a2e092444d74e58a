"""Team mode under load: 20 scripted writers edit one plan on PostgreSQL at once.

The demo plan is copied to a throw-away server (``$PLANNER_TEST_PG`` when set, else
``scripts/pg-test-server``, as in ``bench_team.py``). Then 20 processes (the spawn
context: each its own interpreter, its own ``Database`` on the server's address and
its own user name in the change journal) edit it for 60 s
(``PLANNER_BENCH_LOAD_SECONDS``), each edit one recorded transaction through the
services, as the window makes it:

- a budget edit: read a line and its version, then add 1.00 to its planned amount
  with ``seen=`` that version; a ``ConflictError`` (someone saved the line in
  between) is counted, and the writer reads again and retries;
- an attendance mark: set one cell to the next status; each writer has its own
  cells, so the last value it was told was saved is the one that must be there;
- an activity edit: a new venue text, with ``seen=`` too (retried the same way).

Every acknowledged edit is logged by its writer. At the end the final state is
checked against them: each line's planned amount must be its initial amount plus
1.00 per acknowledged increment, each activity's version its initial version plus
its acknowledged edits (and its venue one of theirs), each writer's cells the last
status it set. Any difference is a lost update. An error other than a conflict
(a serialization failure or deadlock that escaped, or anything else) is an error a
user would have seen.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_core import log  # noqa: E402
from bench_team import server_database  # noqa: E402

Row = tuple[str, float | str, str, str]
WRITERS = int(os.environ.get("PLANNER_BENCH_LOAD_WRITERS", "20"))
SECONDS = float(os.environ.get("PLANNER_BENCH_LOAD_SECONDS", "60"))
#: a writer's pause between two edits, drawn uniformly from 0 to this (seconds): a
#: person's pace, one edit a second on average
PAUSE = float(os.environ.get("PLANNER_BENCH_LOAD_PAUSE", "2.0"))
STATUSES = ("present", "late", "excused", "absent")
#: a conflict is retried this many times before the writer gives up (counted as shown)
RETRIES = 20


def _writer(
    url: str,
    index: int,
    lines: list[int],
    activities: list[int],
    cells: list[tuple[int, int]],
    seconds: float,
    pause: float,
    go: Any,
    out: Any,
) -> None:
    """One scripted user; puts its log (a dict) on ``out``."""
    sys.path.insert(0, str(ROOT))
    from sqlmodel import select

    from planner.errors import ConflictError
    from planner.models.activity import Activity, BudgetLine
    from planner.services import activities as A
    from planner.services import people
    from planner.services.journal import recorded
    from planner.store import open_database, unit_of_work

    user = f"writer{index:02d}"
    rng = random.Random(index)
    db = open_database(url)
    with unit_of_work(db) as s:  # connected, the modules an edit needs loaded
        A.lines_of(s, activities[0])
    out.put(("ready", index))
    go.wait()
    stop_at = time.time() + seconds
    increments: dict[int, int] = {}
    venues: dict[int, list[str]] = {}
    marks: dict[tuple[int, int], str] = {}
    latencies: list[float] = []
    conflicts = 0
    errors: list[str] = []
    kinds = {"budget": 0, "mark": 0, "activity": 0}
    count = 0

    def budget(line_id: int) -> None:
        nonlocal conflicts
        for _ in range(RETRIES):
            with unit_of_work(db) as s:
                line = s.exec(select(BudgetLine).where(BudgetLine.id == line_id)).one()
                seen, planned = int(line.version), Decimal(line.planned_minor) / 100
            t0 = time.perf_counter()
            try:
                with recorded(db, "Load: budget +1.00", user=user) as s:
                    A.update_budget_line(s, line_id, seen=seen, planned=planned + 1)
            except ConflictError:
                conflicts += 1
                continue
            latencies.append(time.perf_counter() - t0)
            increments[line_id] = increments.get(line_id, 0) + 1
            return
        errors.append(f"budget line {line_id}: {RETRIES} conflicts in a row")

    def activity(activity_id: int, text: str) -> None:
        nonlocal conflicts
        for _ in range(RETRIES):
            with unit_of_work(db) as s:
                seen = int(s.exec(select(Activity).where(Activity.id == activity_id)).one().version)
            t0 = time.perf_counter()
            try:
                with recorded(db, "Load: venue", user=user) as s:
                    A.update_activity(s, activity_id, seen=seen, venue=text)
            except ConflictError:
                conflicts += 1
                continue
            latencies.append(time.perf_counter() - t0)
            venues.setdefault(activity_id, []).append(text)
            return
        errors.append(f"activity {activity_id}: {RETRIES} conflicts in a row")

    def mark(cell: tuple[int, int]) -> None:
        status = STATUSES[(STATUSES.index(marks[cell]) + 1) % 4 if cell in marks else 0]
        t0 = time.perf_counter()
        with recorded(db, "Load: mark", user=user) as s:
            people.set_mark(s, cell[0], cell[1], status, by=user)
        latencies.append(time.perf_counter() - t0)
        marks[cell] = status

    try:
        while time.time() < stop_at:
            roll = rng.random()
            kind = "mark" if roll < 0.5 and cells else "budget" if roll < 0.8 else "activity"
            try:
                if kind == "budget":
                    budget(rng.choice(lines))
                elif kind == "activity":
                    activity(rng.choice(activities), f"Hall {index}-{count}-{os.getpid()}")
                else:
                    mark(rng.choice(cells))
                kinds[kind] += 1
            except Exception as e:  # an error a user would have seen
                errors.append(f"{kind}: {type(e).__name__}: {e}"[:300])
            count += 1
            if pause:
                time.sleep(rng.uniform(0, pause))
    finally:
        db.close()
        out.put(
            {
                "user": user,
                "increments": increments,
                "venues": venues,
                "marks": marks,
                "latencies": latencies,
                "conflicts": conflicts,
                "errors": errors,
                "kinds": kinds,
            }
        )


def _state(url: str) -> tuple[dict[int, int], dict[int, tuple[int, str | None]], dict[Any, str]]:
    """Planned amounts (minor units), activity (version, venue), marks."""
    from planner.store import open_database, raw_connection, unit_of_work

    db = open_database(url, readonly=True)
    try:
        with unit_of_work(db) as s:
            con = raw_connection(s)
            lines = {
                int(i): int(p) for i, p in con.execute("SELECT id, planned_minor FROM budget_line")
            }
            acts = {
                int(i): (int(v), None if w is None else str(w))
                for i, v, w in con.execute("SELECT id, version, venue FROM activity")
            }
            marks = {
                (int(e), int(x)): str(st)
                for e, x, st in con.execute("SELECT enrolment_id, session_id, status FROM mark")
            }
    finally:
        db.close()
    return lines, acts, marks


def _targets(url: str) -> tuple[list[int], list[int], list[tuple[int, int]]]:
    """The lines in CNY (whole minor units of 2 decimals), the activities, the cells."""
    from planner.store import open_database, raw_connection, unit_of_work

    db = open_database(url, readonly=True)
    try:
        with unit_of_work(db) as s:
            con = raw_connection(s)
            lines = [int(i) for (i,) in con.execute("SELECT id FROM budget_line ORDER BY id")]
            currencies = {
                int(i): str(c) for i, c in con.execute("SELECT id, currency FROM budget_line")
            }
            acts = [int(i) for (i,) in con.execute("SELECT id FROM activity ORDER BY id")]
            cells = [
                (int(e), int(x))
                for e, x in con.execute(
                    "SELECT e.id, x.id FROM enrolment e JOIN session x "
                    "ON x.activity_id = e.activity_id ORDER BY e.id, x.id"
                )
            ]
    finally:
        db.close()
    two_decimals = [i for i in lines if currencies[i] not in {"JPY", "KRW", "VND", "IDR"}]
    return two_decimals, acts, cells


def _check(
    before: tuple[dict[int, int], dict[int, tuple[int, str | None]], dict[Any, str]],
    after: tuple[dict[int, int], dict[int, tuple[int, str | None]], dict[Any, str]],
    logs: list[dict[str, Any]],
) -> int:
    """How many acknowledged edits the final state does not show."""
    lost = 0
    increments: dict[int, int] = {}
    venues: dict[int, list[str]] = {}
    for w in logs:
        for k, n in w["increments"].items():
            increments[k] = increments.get(k, 0) + n
        for k, vs in w["venues"].items():
            venues.setdefault(k, []).extend(vs)
    for line_id, n in increments.items():
        missing = before[0][line_id] + 100 * n - after[0][line_id]
        if missing:
            log(f"team load: line {line_id} is {missing / 100:+.2f} off")
        lost += abs(missing) // 100
    for act_id, vs in venues.items():
        missing = before[1][act_id][0] + len(vs) - after[1][act_id][0]
        if missing or after[1][act_id][1] not in vs:
            log(f"team load: activity {act_id}: {missing} edits missing")
        lost += abs(missing) + (0 if after[1][act_id][1] in vs else 1)
    for w in logs:
        for cell, status in w["marks"].items():
            if after[2].get(cell) != status:
                log(f"team load: mark {cell} is {after[2].get(cell)}, {w['user']} set {status}")
                lost += 1
    return lost


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def load(url: str, seconds: float, pause: float, writers: int = WRITERS) -> dict[str, Any]:
    """Run the writers against the plan at ``url`` (``pause``: the most a writer
    waits between two edits); the figures and the check."""
    lines, acts, cells = _targets(url)
    before = _state(url)
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    go = ctx.Event()
    procs = [
        ctx.Process(
            target=_writer,
            args=(url, i, lines, acts, cells[i::writers], seconds, pause, go, out),
        )
        for i in range(writers)
    ]
    for p in procs:
        p.start()
    for _ in procs:  # every writer imported and connected before any edits
        out.get(timeout=120)
    go.set()
    logs = [out.get(timeout=seconds + 120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    after = _state(url)
    latencies = [x for w in logs for x in w["latencies"]]
    errors = [e for w in logs for e in w["errors"]]
    for e in errors[:10]:
        log(f"team load: shown to a user: {e}")
    return {
        "edits": len(latencies),
        "rate": len(latencies) / seconds,
        "p50": _percentile(latencies, 0.5),
        "p95": _percentile(latencies, 0.95),
        "lost": _check(before, after, logs),
        "errors": len(errors),
        "conflicts": sum(int(w["conflicts"]) for w in logs),
        "kinds": {k: sum(w["kinds"][k] for w in logs) for k in ("budget", "mark", "activity")},
    }


def run() -> list[Row]:
    from planner.services.demo import create_demo
    from planner.store.copy import copy_database

    with tempfile.TemporaryDirectory(prefix="planner-bench-load-") as name:
        tmp = Path(name)
        try:
            with server_database(tmp, f"planner_bench_load_{os.getpid()}") as url:
                file = tmp / "demo.sqlite"
                create_demo(file)
                copy_database(file, url)
                log(f"team load: {WRITERS} writers at a person's pace for {SECONDS:g} s ...")
                r = load(url, SECONDS, PAUSE)
                log(f"team load: {WRITERS} writers flat out for {SECONDS / 3:g} s ...")
                full = load(url, SECONDS / 3, 0.0)
        except RuntimeError as e:
            if "no PostgreSQL server" not in str(e):
                raise
            return [("team load: edits per second", str(e)[:40], "/s", "")]
    for what, x in (("paced", r), ("flat out", full)):
        k = x["kinds"]
        edits = f"{k['budget']} budget, {k['mark']} mark, {k['activity']} activity edits"
        log(f"team load, {what}: {edits}")
    n = WRITERS
    return [
        (f"team load: edits per second ({n} writers, paced)", round(r["rate"], 1), "/s", ""),
        ("team load: edit latency p50 (paced)", round(r["p50"] * 1000, 1), "ms", ""),
        ("team load: edit latency p95 (paced)", round(r["p95"] * 1000, 1), "ms", "< 100"),
        ("team load: conflicts retried (paced)", r["conflicts"], "", ""),
        (f"team load: edits per second ({n} writers, flat out)", round(full["rate"], 1), "/s", ""),
        ("team load: edit latency p50 (flat out)", round(full["p50"] * 1000, 1), "ms", ""),
        ("team load: edit latency p95 (flat out)", round(full["p95"] * 1000, 1), "ms", ""),
        ("team load: conflicts retried (flat out)", full["conflicts"], "", ""),
        ("team load: lost updates", r["lost"] + full["lost"], "", "== 0"),
        ("team load: errors shown to a user", r["errors"] + full["errors"], "", "== 0"),
    ]


if __name__ == "__main__":
    for row in run():
        print(*row, sep="\t")

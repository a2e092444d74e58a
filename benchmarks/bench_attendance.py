"""The attendance grid on the large plan: an activity of 200 participants and 20
sessions (the large plan's activities have 25 people and 20-25 sessions, so the
benchmark enrols more people into one, through the services, in its own copy).

In one offscreen process (a child of this one, as the user's window would be):

- opening the grid: choosing the activity -> two queries, both models filled,
  the three views laid out and the page painted (``grab``);
- a key press marking a cell: ``QTest.keyClick`` on the grid -> one undoable
  command committed to the database -> the row announced and repainted;
- for context: the check-in desk (a code typed, checked, committed) and marking a
  whole session present.

Run through ``benchmarks/run.py``; ``python benchmarks/bench_attendance.py`` prints
the rows alone, ``... child DB`` is the measuring process.
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
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import bench_core  # noqa: E402

Row = bench_core.Row
PEOPLE, SESSIONS = 200, 20
OPEN_RUNS = 7
KEY_PRESSES = 40


def log(message: str) -> None:
    print(f"  bench_attendance: {message}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------ the child
def prepare(db_path: Path) -> tuple[int, int]:
    """Make one delivered activity hold exactly PEOPLE enrolled participants and
    SESSIONS sessions, with marks, through the services; (plan id, activity id)."""
    import random

    from planner.services import activities as A
    from planner.services import attendance as AT
    from planner.services import people as P
    from planner.store import open_database, raw_connection, unit_of_work

    rng = random.Random(7)
    with open_database(db_path) as db, unit_of_work(db) as s:
        con = raw_connection(s)
        plan_id, aid = con.execute(
            "SELECT a.plan_id, a.id FROM activity a WHERE a.status = 'delivered' "
            "ORDER BY (SELECT count(*) FROM session s WHERE s.activity_id = a.id), a.id LIMIT 1"
        ).fetchone()
        stamps = [x.starts for x in A.sessions_of(s, aid)]
        assert len(stamps) >= SESSIONS, stamps
        A.set_sessions(s, aid, stamps[:SESSIONS], drop_marks=True)
        enrolled = {
            pid
            for (pid,) in con.execute(
                "SELECT participant_id FROM enrolment WHERE activity_id = ? "
                "AND status != 'withdrawn'",
                (aid,),
            )
        }
        taken = {
            pid for (pid,) in con.execute(
                "SELECT participant_id FROM enrolment WHERE activity_id = ?", (aid,)
            )
        }  # fmt: skip
        pool = [
            pid
            for (pid,) in con.execute("SELECT id FROM participant WHERE plan_id = ?", (plan_id,))
            if pid not in taken
        ]
        new = rng.sample(pool, PEOPLE - len(enrolled))
        ids = [P.enrol(s, aid, pid, "confirmed").id for pid in new]
        sessions = [x.id for x in A.sessions_of(s, aid)]
        statuses = ["present"] * 85 + ["late"] * 6 + ["excused"] * 4 + ["absent"] * 5
        AT.apply_marks(
            s,
            [(e, sid, rng.choice(statuses)) for e in ids for sid in sessions if e is not None],
            by="bench",
        )
        n = con.execute(
            "SELECT count(*) FROM enrolment WHERE activity_id = ? AND status != 'withdrawn'",
            (aid,),
        ).fetchone()[0]
        assert n == PEOPLE and len(sessions) == SESSIONS, (n, len(sessions))
    return plan_id, aid


def child(db_path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    plan_id, aid = prepare(db_path)
    prepared = time.perf_counter() - started

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from planner.store import open_database
    from planner.ui.app import make_app
    from planner.ui.context import AppContext
    from planner.ui.pages.attendance import AttendancePage

    app = make_app()
    db = open_database(db_path)
    ctx = AppContext(db, plan_id)
    page = AttendancePage(ctx)
    page.resize(1400, 860)
    started = time.perf_counter()
    page.show()
    app.processEvents()
    page.grab()
    first_page = time.perf_counter() - started
    other = next(
        page.activity.itemData(i)
        for i in range(page.activity.count())
        if page.activity.itemData(i) != aid
    )

    opens = []
    for _ in range(OPEN_RUNS):
        page.show_activity(other)
        app.processEvents()
        started = time.perf_counter()
        page.show_activity(aid)
        app.processEvents()
        page.grab()
        opens.append(time.perf_counter() - started)
    m = page.grid_model
    assert m.rowCount() == PEOPLE and len(m.sessions) == SESSIONS

    view = page.grid
    view.setFocus()
    keys = [Qt.Key.Key_P, Qt.Key.Key_L, Qt.Key.Key_E, Qt.Key.Key_A, Qt.Key.Key_Space]
    presses = []
    before = ctx.undo_stack.count()
    for i in range(KEY_PRESSES):
        row, col = (i * 37) % PEOPLE, m.FIXED + (i * 7) % SESSIONS
        view.setCurrentIndex(m.index(row, col))
        view.scrollTo(m.index(row, col))
        app.processEvents()
        started = time.perf_counter()
        QTest.keyClick(view, keys[i % len(keys)])
        for v in page.frozen.views():  # the row, repainted now in all three panes
            rect = v.visualRect(m.index(row, col if v is view else 0))
            v.viewport().repaint(0, rect.top(), v.viewport().width(), rect.height())
        presses.append(time.perf_counter() - started)
    assert ctx.undo_stack.count() > before + KEY_PRESSES // 2  # the presses were written

    page.tabs.setCurrentWidget(page.desk)
    app.processEvents()
    sid = page.desk.current_session()
    assert sid is not None
    page.write_marks("clear", [(m.person_at(r).enrolment_id, sid, None) for r in range(PEOPLE)])
    refs = [m.person_at(r).ref for r in range(0, PEOPLE, 10)]
    desk = []
    for ref in refs:
        started = time.perf_counter()
        QTest.keyClicks(page.desk.code, ref.lower())
        QTest.keyClick(page.desk.code, Qt.Key.Key_Return)
        app.processEvents()
        desk.append(time.perf_counter() - started)
        assert page.desk.tone == "ok", page.desk.outcome.text()

    page.tabs.setCurrentIndex(0)
    view.setCurrentIndex(m.index(0, m.FIXED + 3))
    started = time.perf_counter()
    page.mark_session_present(only_empty=False)
    app.processEvents()
    whole = time.perf_counter() - started
    ctx.undo_stack.undo()

    print(
        json.dumps(
            {
                "prepare_s": prepared,
                "first_page_s": first_page,
                "open_best_s": min(opens),
                "open_median_s": statistics.median(opens),
                "key_median_s": statistics.median(presses),
                "key_p90_s": statistics.quantiles(presses, n=10)[-1],
                "key_worst_s": max(presses),
                "desk_median_s": statistics.median(desk),
                "whole_session_s": whole,
            }
        )
    )
    db.close()


# ------------------------------------------------------------------ the parent
def run() -> list[Row]:
    work = Path(tempfile.mkdtemp(prefix="planner-bench-attendance-"))
    try:
        db = work / "large.sqlite"
        log("importing the large plan ...")
        bench_core.run_child(
            bench_core.planner("import", bench_core.large_plan_json(), "--db", db), "import"
        )
        log(f"enrolling up to {PEOPLE} x {SESSIONS} and timing the grid ...")
        done = subprocess.run(
            [bench_core.PYTHON, str(Path(__file__).resolve()), "child", str(db)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        if done.returncode != 0:
            raise RuntimeError(f"the attendance child failed:\n{done.stderr[-3000:]}")
        f: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ms = 1000.0
    size = f"{PEOPLE} x {SESSIONS}"
    return [
        (f"attendance: open the grid, {size} (best of {OPEN_RUNS})",
         round(f["open_best_s"] * ms, 1), "ms", "< 300"),
        (f"attendance: open the grid, {size} (median)", round(f["open_median_s"] * ms, 1),
         "ms", ""),
        ("attendance: first paint of the page (new page)", round(f["first_page_s"] * ms, 1),
         "ms", ""),
        (f"attendance: key press marks a cell (median of {KEY_PRESSES})",
         round(f["key_median_s"] * ms, 1), "ms", "< 50"),
        ("attendance: key press marks a cell (90th percentile)", round(f["key_p90_s"] * ms, 1),
         "ms", ""),
        ("attendance: key press marks a cell (worst)", round(f["key_worst_s"] * ms, 1), "ms", ""),
        ("attendance: check-in desk, code + Enter (median)", round(f["desk_median_s"] * ms, 1),
         "ms", ""),
        (f"attendance: whole session present, {PEOPLE} cells", round(f["whole_session_s"] * ms, 1),
         "ms", ""),
        ("attendance: enrol and mark the extra people (setup)", round(f["prepare_s"], 2), "s", ""),
    ]  # fmt: skip


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "child":
        child(Path(sys.argv[2]))
    else:
        for row in run():
            print("\t".join(map(str, row)))

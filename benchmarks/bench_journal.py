"""The change journal on the large plan: undo of big deletes, the cost of
recording an edit, the history of a busy activity, the import, the file's growth.

References in the same run: the same edit in a plain transaction (no recording),
and the import of the version before the journal (git commit BEFORE, checked
out into a temporary worktree) on the same file.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_core import large_plan_json  # noqa: E402

#: the last commit before the journal (schema 0002)
BEFORE = "99ded88"
Row = tuple[str, float | str, str, str]


def log(message: str) -> None:
    print(f"  bench_journal: {message}", file=sys.stderr, flush=True)


def timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def import_seconds(source: Path, folder: Path, cwd: Path, runs: int = 2) -> float:
    best = float("inf")
    for i in range(runs):
        db = folder / f"import-{cwd.name}-{i}.sqlite"
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "planner", "import", str(source), "--db", str(db)],
            cwd=cwd,
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(done.stderr)
        best = min(best, elapsed)
    return best


def run() -> list[Row]:
    from planner.services import activities, history, journal
    from planner.store import open_database, raw_connection, unit_of_work

    rows: list[Row] = []
    source = large_plan_json()
    with tempfile.TemporaryDirectory(prefix="planner-bench-journal-") as tmp:
        folder = Path(tmp)
        log("importing the large plan (this version and the one before the journal)")
        now = import_seconds(source, folder, ROOT)
        old_tree = folder / "before"
        made = subprocess.run(
            ["git", "worktree", "add", "--detach", str(old_tree), BEFORE],
            cwd=ROOT,
            capture_output=True,
        )
        if made.returncode == 0:
            try:
                before = import_seconds(source, folder, old_tree)
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(old_tree)], cwd=ROOT)
            rows.append(
                ("import, version before the journal (reference)", round(before, 2), "s", "")
            )
            rows.append(("import, this version", round(now, 2), "s", ""))
            rows.append(
                (
                    "import against the version before the journal",
                    round(now / before, 3),
                    "x",
                    "<= 1.05",
                )
            )
        else:
            rows.append(("import, this version", round(now, 2), "s", ""))
        path = folder / "large.sqlite"
        shutil.copy(folder / f"import-{ROOT.name}-0.sqlite", path)

        db = open_database(path)
        try:
            with unit_of_work(db) as s:
                con = raw_connection(s)
                ids = [
                    int(r[0])
                    for r in con.execute(
                        "SELECT a.id FROM activity a JOIN enrolment e ON e.activity_id = a.id "
                        "JOIN mark m ON m.enrolment_id = e.id "
                        "GROUP BY a.id ORDER BY count(*) DESC LIMIT 10"
                    )
                ]
                marks = con.execute(
                    "SELECT count(*) FROM mark m JOIN enrolment e ON e.id = m.enrolment_id "
                    f"WHERE e.activity_id IN ({','.join(map(str, ids))})"
                ).fetchone()[0]

            def delete() -> None:
                with journal.recorded(db, "Deleted 10 activities", user="bench") as s:
                    for aid in ids:
                        activities.delete_activity(s, aid)

            rows.append(
                (
                    f"delete 10 activities ({marks} marks)",
                    round(timed(delete) * 1000),
                    "ms",
                    "< 300",
                )
            )
            # undo and redo in turns, best of 3 each (one run alone swung 250-350 ms
            # on this 2-core machine: a commit's fsync and the page cache)
            undos, redos = [], []
            for _ in range(3):
                undos.append(timed(lambda: journal.undo(db)))
                redos.append(timed(lambda: journal.redo(db)))
            rows.append(("undo that delete (best of 3)", round(min(undos) * 1000), "ms", "< 300"))
            rows.append(("redo it (best of 3)", round(min(redos) * 1000), "ms", "< 300"))
            rows.append(("undo that delete (worst of 3)", round(max(undos) * 1000), "ms", ""))
            journal.undo(db)

            # a typical edit, recorded and not
            with unit_of_work(db) as s:
                line = activities.lines_of(s, ids[0])[0]
            assert line.id is not None
            line_id = line.id
            plain_t, rec_t = [], []
            for i in range(30):

                def plain(i: int = i) -> None:
                    with unit_of_work(db) as s:
                        activities.update_budget_line(s, line_id, description=f"plain {i}")

                def recorded(i: int = i) -> None:
                    with journal.recorded(db, "Edited a line", user="bench") as s:
                        activities.update_budget_line(s, line_id, description=f"rec {i}")

                plain_t.append(timed(plain))
                rec_t.append(timed(recorded))
            plain_ms, rec_ms = sorted(plain_t)[15] * 1000, sorted(rec_t)[15] * 1000
            rows.append(
                ("a budget-line edit, plain transaction (reference)", round(plain_ms, 2), "ms", "")
            )
            rows.append(("the same edit, recorded in the journal", round(rec_ms, 2), "ms", ""))
            rows.append(("recorded edit against plain", round(rec_ms / plain_ms, 2), "x", "< 1.2"))

            # the history of an activity with 1,000 changes
            for i in range(1000 - 30):
                with journal.recorded(db, "Edited a line", user="bench") as s:
                    activities.update_budget_line(s, line_id, description=f"edit {i}")

            def open_history() -> None:
                with unit_of_work(db) as s:
                    where = history.Filter(activity_id=ids[0])
                    history.entries(s, where)
                    history.field_changes(s, where, limit=1000)

            best = min(timed(open_history) for _ in range(5))
            rows.append(
                ("history of an activity with 1,000 changes", round(best * 1000, 1), "ms", "< 200")
            )
        finally:
            db.close()

        rows += journal_growth(folder)
    return rows


def journal_growth(folder: Path) -> list[Row]:
    """The demo file before and after 10,000 typical edits (amounts, titles, marks)."""
    from planner.services import activities, attendance, journal
    from planner.services.demo import create_demo
    from planner.store import open_database, raw_connection, unit_of_work

    path = folder / "demo.sqlite"
    create_demo(path)
    size_before = path.stat().st_size
    rng = random.Random(1)
    db = open_database(path)
    try:
        with unit_of_work(db) as s:
            con = raw_connection(s)
            lines = [int(r[0]) for r in con.execute("SELECT id FROM budget_line")]
            acts = [int(r[0]) for r in con.execute("SELECT id FROM activity")]
            cells = con.execute(
                "SELECT e.id, s.id FROM enrolment e JOIN session s ON s.activity_id = e.activity_id"
            ).fetchall()
        log("10,000 edits on the demo plan")
        start = time.perf_counter()
        for i in range(10_000):
            kind = i % 3
            with journal.recorded(db, "edit", user="bench", plan_id=1) as s:
                if kind == 0:
                    activities.update_budget_line(
                        s, rng.choice(lines), planned=str(rng.randint(1000, 90000))
                    )
                elif kind == 1:
                    activities.update_activity(s, rng.choice(acts), venue=f"Venue {i}")
                else:
                    e, sid = rng.choice(cells)
                    status = rng.choice(["present", "late", "absent", "excused"])
                    attendance.apply_marks(s, [(int(e), int(sid), status)], by="bench")
        seconds = time.perf_counter() - start
        from planner.services.history import compact

        with db.engine.connect() as conn:  # outside a transaction: no autobegin
            con = conn.connection.driver_connection
            assert con is not None
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size_uncompacted = path.stat().st_size
        compact(db)
    finally:
        db.close()
    size_after = path.stat().st_size
    return [
        ("demo file, new", round(size_before / 1e6, 2), "MB", ""),
        ("demo file after 10,000 recorded edits", round(size_uncompacted / 1e6, 2), "MB", "< 20"),
        ("the same, compacted (VACUUM)", round(size_after / 1e6, 2), "MB", ""),
        ("journal per edit", round((size_uncompacted - size_before) / 10_000), "bytes", ""),
        ("10,000 recorded edits", round(seconds, 1), "s", ""),
    ]


if __name__ == "__main__":
    for row in run():
        print(*row)

"""The figures (and the results framework's reach and the attendance report's rows)
read each enrolment's marks that count (attended or excused) from their partial index
alone (``ix_mark_counted``, revision 0014), and count exactly what the completion rule
of docs/methodology.md says, whatever the mix of statuses.

The speed itself is measured by benchmarks/bench_core.py (figures against a GROUP
BY); here, that SQLite's plan for the figures' query keeps reading the marks from
the index (a condition reworded, or the index dropped, sends it back to the table)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from planner.enums import COUNTED_MARKS_INDEX
from planner.services import participation
from planner.services.metrics import activity_tallies
from planner.services.participation import completed
from planner.store import Database, open_database, unit_of_work
from planner.store.readonly import raw_connection

STATUSES = ("present", "late", "excused", "absent", None)  # None: no mark
THRESHOLD = Decimal("0.75")
#: sessions, enrolled, participants, participant-days, completers
Counts = tuple[int, int, int, int, int]


def _fill(con: Any, rng: random.Random, max_excused: str | None) -> dict[int, Counts]:
    """A plan of 12 activities (0 to 6 sessions) with 2 to 9 enrolments each and a
    random mark (or none) per session; returns, per activity, what the rule says:
    (sessions, enrolled, participants, participant-days, completers)."""
    ex = con.execute
    ex(
        "INSERT INTO plan (id, name, owner, start_year, years, base_currency, "
        "completion_threshold, max_excused_share) VALUES (1, 'Plan', 'GACC', 2027, 3, 'CNY', "
        "?, ?)",
        (str(THRESHOLD), max_excused),
    )
    ex("INSERT INTO theme (id, plan_id, code, name) VALUES (1, 1, 'SW', 'Single window')")
    ex("INSERT INTO administration (id, plan_id, code, name) VALUES (1, 1, 'VN', 'Viet Nam')")
    ex("INSERT INTO administration (id, plan_id, code, name) VALUES (2, 1, 'TH', 'Thailand')")
    for p in range(1, 31):
        ex(
            "INSERT INTO participant (id, plan_id, ref, name, gender, administration_id) "
            "VALUES (?, 1, ?, ?, ?, ?)",
            (p, f"P{p}", f"Person {p}", rng.choice(("F", "M", None)), 1 + p % 2),
        )
    cap = None if max_excused is None else Decimal(max_excused)
    expected: dict[int, Counts] = {}
    enrolment = mark = session = 0
    for a in range(1, 13):
        ex(
            "INSERT INTO activity (id, plan_id, code, kind, title, theme_id, status, "
            "start_date, end_date, mode, hours_per_session) VALUES (?, 1, ?, 'course', "
            "'Course', 1, 'delivered', '2027-03-01', '2027-03-09', 'in_person', '3')",
            (a, f"A{a}"),
        )
        sessions = []
        for day in range(rng.randint(0, 6)):
            session += 1
            sessions.append(session)
            ex(
                "INSERT INTO session (id, activity_id, starts) VALUES (?, ?, ?)",
                (session, a, f"2027-03-0{day + 1}"),
            )
        enrolled = participants = days = completers = 0
        for p in rng.sample(range(1, 31), rng.randint(2, 9)):
            enrolment += 1
            withdrawn = rng.random() < 0.15
            ex(
                "INSERT INTO enrolment (id, activity_id, participant_id, status) "
                "VALUES (?, ?, ?, ?)",
                (enrolment, a, p, "withdrawn" if withdrawn else "confirmed"),
            )
            statuses = [rng.choice(STATUSES) for _ in sessions]
            for s, status in zip(sessions, statuses, strict=True):
                if status is not None:
                    mark += 1
                    ex(
                        "INSERT INTO mark (id, enrolment_id, session_id, status) "
                        "VALUES (?, ?, ?, ?)",
                        (mark, enrolment, s, status),
                    )
            if withdrawn:
                continue
            attended = sum(s in ("present", "late") for s in statuses)
            excused = statuses.count("excused")
            enrolled += 1
            participants += attended > 0
            days += attended
            completers += completed(len(sessions), attended, excused, THRESHOLD, cap)
        expected[a] = (len(sessions), enrolled, participants, days, completers)
    return expected


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "plan.sqlite", create=True) as database:
        yield database


@pytest.mark.parametrize("max_excused", [None, "0.2"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_figures_count_what_the_completion_rule_says(
    db: Database, seed: int, max_excused: str | None
) -> None:
    with unit_of_work(db) as s:
        expected = _fill(raw_connection(s), random.Random(seed), max_excused)
    with unit_of_work(db) as s:
        tallies = activity_tallies(s, 1, expected)
    got = {
        aid: (t.sessions, t.enrolled, t.participants, t.participant_days, t.completers)
        for aid, a in tallies.items()
        for t in [a.tally]
    }
    assert got == expected
    assert sum(e[4] for e in expected.values()) > 0  # some complete, some do not
    assert sum(e[2] - e[4] for e in expected.values()) > 0


@pytest.mark.parametrize("capped", [False, True])
def test_the_figures_read_the_marks_from_their_index_alone(db: Database, capped: bool) -> None:
    sql = participation._sql("a.plan_id = ?", capped)
    args = [1, 4, 3, 2000] if capped else [1, 4, 3]
    with unit_of_work(db) as s:
        plan = [str(r[3]) for r in raw_connection(s).execute(f"EXPLAIN QUERY PLAN {sql}", args)]
    marks = [step for step in plan if step.startswith("SEARCH m ")]
    assert marks == [f"SEARCH m USING COVERING INDEX {COUNTED_MARKS_INDEX} (enrolment_id=?)"]


def test_every_bulk_count_of_marks_reads_them_from_their_index(db: Database) -> None:
    """The figures, the results framework's reach (results PDF, Results page,
    Dashboard) and the attendance report's rows count marks per enrolment over a whole
    plan: each statement they run that reads ``mark`` reads it from the index alone."""
    from planner.services import metrics, results_figures, rows

    with unit_of_work(db) as s:
        _fill(raw_connection(s), random.Random(1), None)
    run: list[str] = []
    with unit_of_work(db) as s:
        con = raw_connection(s)
        con.set_trace_callback(run.append)
        try:
            metrics.compute(s, 1)
            results_figures.count_reach(con, 1)
            rows.attendance_rows(s, 1)
        finally:
            con.set_trace_callback(None)
        reading = [sql for sql in run if "FROM mark" in sql]
        assert len(reading) == 3
        for sql in reading:
            steps = [str(r[3]) for r in con.execute(f"EXPLAIN QUERY PLAN {sql}")]
            # the mark table (named m or mark), not a materialized CTE m (AUTOMATIC index)
            marks = [
                st
                for st in steps
                if st.startswith(("SCAN m", "SEARCH m ", "SEARCH mark")) and "AUTOMATIC" not in st
            ]
            assert marks, steps
            assert all(f"USING COVERING INDEX {COUNTED_MARKS_INDEX}" in st for st in marks), sql

"""The Results page's figures after an edit: counted anew only for the activities
the edit touched (planner/services/results_live.py), they must equal the whole
plan counted anew, for every figure an indicator may name, every theme and span."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from planner.services import journal
from planner.services import results_framework as F
from planner.services.figures import ratio
from planner.services.indicators import PlanData
from planner.services.results_live import LiveFigures, touched_activities
from planner.services.results_rules import FIGURES
from planner.store import Database, raw_connection, unit_of_work
from tests.results_plan import add_follow_ups, results_doc

Doc = dict[str, Any]


@pytest.fixture
def plan(db: Database, load: Callable[[Doc], int]) -> int:
    plan_id = load(results_doc())
    with unit_of_work(db) as s:
        add_follow_ups(raw_connection(s))
    return plan_id


def _all_values(data: PlanData) -> dict[tuple[Any, ...], Any]:
    years = data.plan_years
    spans = [(y,) for y in years] + [tuple(years[: i + 1]) for i in range(len(years))]
    out: dict[tuple[Any, ...], Any] = {}
    for theme in (None, *data.themes.values()):
        for span in spans:
            for figure in FIGURES:
                out[(figure, theme, span)] = data.value(figure, theme, span)
            out[("delivered", theme, span)] = data.delivered_in(theme, span[-1])
    return out


def _edit(db: Database, sql: str, *args: Any) -> None:
    with journal.recorded(db, "test edit") as s:
        raw_connection(s).execute(sql, args)


def _id(db: Database, sql: str, *args: Any) -> int:
    with unit_of_work(db) as s:
        return int(raw_connection(s).execute(sql, args).fetchone()[0])


def _check(db: Database, plan: int, live: LiveFigures, how: str) -> PlanData:
    live.stale()
    with unit_of_work(db) as s:
        data = live.read(s)
        fresh = PlanData(s, plan)
    assert live.last == how
    assert _all_values(data) == _all_values(fresh)
    return data


E = (
    "SELECT e.id FROM enrolment e JOIN activity a ON a.id = e.activity_id "
    "JOIN participant p ON p.id = e.participant_id WHERE a.code = ? AND p.ref = ?"
)


def test_each_edit_of_an_activity_is_counted_for_it_alone(db: Database, plan: int) -> None:
    live = LiveFigures(plan)
    with unit_of_work(db) as s:
        live.read(s)
    assert live.last == "whole"
    a1 = _id(db, "SELECT id FROM activity WHERE code = 'A1'")
    a2 = _id(db, "SELECT id FROM activity WHERE code = 'A2'")

    # A1 P1's post score 70 -> 80
    _edit(db, "UPDATE enrolment SET post_score = '80' WHERE id = ?", _id(db, E, "A1", "P1"))
    data = _check(db, plan, live, "patched")
    span = (2027, 2028, 2029)
    # gains 40 (P1 A1) + 40 (P2) + 20 (P1 A2) over 3 respondents
    assert data.value("learning_gain", None, span) == ratio(100, 3)
    # normalised (A1 only has a maximum, 100): 40/60 and 40/50, mean over 2
    ngain = data.value("normalised_gain", None, span)
    assert ngain is not None and round(ngain, 10) == Decimal("0.7333333333")  # (0.6667+0.8)/2
    # actual 13,500 over 100 points
    assert data.value("cost_per_gain_point", None, span) == 135

    # P3 attends a third session of A1 (3 of 5: still not a completer)
    p3 = _id(db, E, "A1", "P3")
    _edit(
        db,
        "UPDATE mark SET status = 'present' WHERE enrolment_id = ? AND session_id = "
        "(SELECT id FROM session WHERE activity_id = ? ORDER BY starts LIMIT 1 OFFSET 2)",
        p3,
        a1,
    )
    _check(db, plan, live, "patched")

    # A2's actual cost, a follow-up gone, A2 moved to theme SW
    _edit(
        db,
        "UPDATE payment SET amount_minor = amount_minor + 12345 WHERE budget_line_id IN "
        "(SELECT id FROM budget_line WHERE activity_id = ?)",
        a2,
    )
    _check(db, plan, live, "patched")
    _edit(db, "DELETE FROM follow_up WHERE enrolment_id = ?", _id(db, E, "A2", "P1"))
    _check(db, plan, live, "patched")
    _edit(
        db,
        "UPDATE activity SET theme_id = (SELECT id FROM theme WHERE code = 'SW') WHERE id = ?",
        a2,
    )
    data = _check(db, plan, live, "patched")
    assert not data.delivered_in(data.themes["AEO"], 2028)

    # a person's sex: the activities they are enrolled in
    _edit(db, "UPDATE participant SET gender = 'M' WHERE ref = 'P1'")
    _check(db, plan, live, "patched")

    # A2 deleted with its enrolments, marks and follow-ups; then undone
    _edit(db, "DELETE FROM activity WHERE id = ?", a2)
    data = _check(db, plan, live, "patched")
    assert data.value("activities", None, span) == 1  # A1 (A3 is cancelled)
    journal.undo(db)
    data = _check(db, plan, live, "patched")
    assert data.value("activities", None, span) == 2


def test_plan_wide_edits_and_unrecorded_ones_count_the_whole_plan(db: Database, plan: int) -> None:
    live = LiveFigures(plan)
    with unit_of_work(db) as s:
        live.read(s)
    _edit(db, "UPDATE plan SET host_country = 'KH' WHERE id = ?", plan)
    data = _check(db, plan, live, "whole")
    # P1 (KH) twice and P4 never came: 2 host participations of 5
    assert data.value("host_participations", None, (2027, 2028, 2029)) == 2
    # an edit the journal did not record (another program): counted whole
    with unit_of_work(db) as s:
        raw_connection(s).execute("UPDATE enrolment SET post_score = '99'")
    _check(db, plan, live, "whole")


def test_an_edit_of_the_framework_alone_keeps_the_figures(db: Database, plan: int) -> None:
    live = LiveFigures(plan)
    with unit_of_work(db) as s:
        first = live.read(s)
    with journal.recorded(db, "a result") as s:
        F.save_result(s, plan, {"code": "OB", "level": "objective", "title": "Objective"})
    with unit_of_work(db) as s:
        assert live.read(s) is first and live.last == "kept"  # not told: nothing to do
        assert touched_activities(s, live.seen) == set()  # the framework's rows touch none
    _check(db, plan, live, "patched")


def test_too_many_activities_or_an_import_count_the_whole_plan(db: Database, plan: int) -> None:
    live = LiveFigures(plan)
    with unit_of_work(db) as s:
        live.read(s)
        since = live.seen
    with unit_of_work(db) as s:
        journal.record_import(s, "import", user="t", plan_id=plan)
        assert touched_activities(s, since) is None

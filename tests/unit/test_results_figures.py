"""Reach, learning, follow-up and delivery-mode figures, and indicators' progress
and status, against arithmetic done by hand on tests/results_plan.py."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from planner.services import metrics
from planner.services import results_framework as F
from planner.services.indicators import (
    AT_RISK,
    OFF_TRACK,
    ON_TRACK,
    evaluate,
    progress_of,
    status_of,
    verdict,
)
from planner.services.results_figures import extras
from planner.store import Database, raw_connection, unit_of_work
from tests.results_plan import D5, add_follow_ups, results_doc

#: Figures end to end, on both engines (tests/conftest.py).
pytestmark = pytest.mark.both_engines

Doc = dict[str, Any]


@pytest.fixture
def plan(db: Database, load: Callable[[Doc], int]) -> int:
    plan_id = load(results_doc())
    with unit_of_work(db) as s:
        add_follow_ups(raw_connection(s))
    return plan_id


def test_reach_learning_and_follow_up_of_the_whole_plan(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        figures = metrics.compute(s, plan)
        ex = extras(s, figures, None, None)
    g = ex.by_row[("plan", "Results plan")]
    # participations: A1 P1, P2, P3 (P4 never came) + A2 P1, P5 = 5; people: P1, P2, P3, P5
    assert g.figures.participants == 5 and g.people_reached == 4
    # host CN: P2 (A1) and P5 (A2); partners: P1 twice and P3 (LA has no country: not CN)
    assert (g.host_participations, g.partner_participations) == (2, 3)
    # completers A1 P1, P2 and A2 P1, P5; gains 30 + 40 + 20 = 90 over 3 respondents
    assert g.figures.completers == 4 and g.figures.learning_gain == 30
    assert g.figures.gain_count == 3 and g.figures.satisfaction_count == 2
    # normalised: A1 only has a maximum: 30/60 = 0.5 and 40/50 = 0.8 -> 0.65 over 2
    assert g.normalised_gain == Decimal("0.65") and g.normalised_gain_respondents == 2
    # actual 10,000 + 3,000 + 500 (the cancelled activity's lost money) over 90 points
    assert g.cost_per_gain_point == 150
    # answers yes, partly, no (P5's follow-up has no answer): (1 + 0.5) / 3
    assert g.application_rate == Decimal("0.5") and g.application_respondents == 3
    assert g.follow_up_coverage == 1  # 4 completers, 4 followed up
    sex = g.reach.by_sex
    assert (sex["F"].participants, sex["F"].completers, sex["F"].learning_gain) == (3, 3, 25)
    assert (sex["M"].participants, sex["M"].completers, sex["M"].learning_gain) == (1, 1, 40)
    assert (sex["X"].participants, sex["X"].completion_rate) == (0, None)
    assert (sex[""].participants, sex[""].completers, sex[""].learning_gain) == (1, 0, None)


def test_rows_by_administration_theme_and_mode(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        figures = metrics.compute(s, plan)
        ex = extras(s, figures, None, None)
    kh = ex.by_row[("administration", "KH")]
    assert kh.people_reached == 1 and kh.partner_participations == 2  # P1 in A1 and A2
    sw = ex.by_row[("theme", "SW")]
    assert sw.people_reached == 3 and sw.follow_up_coverage == 1
    modes = dict(ex.modes)
    assert [m for m, _ in ex.modes] == ["in_person", "online", "hybrid"]
    assert modes["in_person"].figures.actual_cost == 10000
    assert modes["in_person"].figures.participants == 3
    assert modes["in_person"].figures.cost_per_completer == 5000
    assert modes["online"].figures.cost_per_participant_day == 750  # 3,000 / 4 days
    hybrid = modes["hybrid"].figures
    assert (hybrid.actual_cost, hybrid.planned_cost, hybrid.participants) == (500, 0, 0)
    assert modes["hybrid"].cost_per_gain_point is None


def test_without_a_host_country_partner_and_host_are_undefined(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        F.set_host_country(s, plan, None)
    with unit_of_work(db) as s:
        ex = extras(s, metrics.compute(s, plan), None, None)
    g = ex.by_row[("plan", "Results plan")]
    assert g.partner_participations is None and g.host_participations is None


def test_progress_and_status_follow_the_definition() -> None:
    assert progress_of(Decimal(4), Decimal(0), Decimal(5)) == Decimal("0.8")
    assert status_of(Decimal("0.8")) == AT_RISK and status_of(Decimal("0.7999")) == OFF_TRACK
    assert status_of(Decimal(1)) == ON_TRACK and status_of(None) is None
    # lower is better: 4,000 -> 3,000 targeted, 3,200 reached: 800 / 1,000
    assert progress_of(Decimal(3200), Decimal(4000), Decimal(3000)) == Decimal("0.8")
    assert progress_of(Decimal(3), Decimal(2), Decimal(2)) is None  # target = baseline
    assert progress_of(None, Decimal(0), Decimal(1)) is None


def _indicator(code: str, **kw: Any) -> Doc:
    return {
        "code": code,
        "name": code,
        "baseline": "0",
        "baseline_year": 2026,
        "direction": "higher",
        **kw,
    }


def test_indicators_computed_and_entered(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        F.save_indicator(
            s,
            plan,
            _indicator(
                "I1",
                figure="completers",
                cumulative=True,
                targets=[{"year": 2027, "value": "2"}, {"year": 2028, "value": "5"}],
            ),
        )
        F.save_indicator(
            s,
            plan,
            _indicator(
                "I2",
                figure="cost_per_participant",
                theme="SW",
                direction="lower",
                baseline="4000",
                targets=[{"year": 2027, "value": "3000"}],
            ),
        )
        iid = F.save_indicator(
            s,
            plan,
            _indicator("I3", baseline="1", targets=[{"year": 2028, "value": "4"}]),
        )
        for year, value in ((2027, "2"), (2028, "4")):
            F.set_actual(
                s, iid, {"year": year, "value": value, "date": f"{year}-12-01", "source": "S"}
            )
        F.save_indicator(
            s,
            plan,
            _indicator("I4", figure="execution_rate", targets=[{"year": 2028, "value": "1"}]),
        )
        F.save_indicator(s, plan, _indicator("I5", figure="people_reached", cumulative=True))
    with unit_of_work(db) as s:
        ev = {e.indicator.code: e for e in evaluate(s, plan)}
    i1 = ev["I1"].years
    assert [(y.actual, y.progress, y.status) for y in i1] == [
        (2, 1, ON_TRACK),  # A1's 2 completers of a target of 2
        (4, Decimal("0.8"), AT_RISK),  # 2 + 2 by 2028, of 5
        (None, None, None),  # nothing delivered in 2029 yet
    ]
    i2 = ev["I2"].years[0]  # SW 2027: 10,000 / 3 participants; (3333.33 - 4000) / -1000
    assert i2.actual is not None and round(i2.actual, 2) == Decimal("3333.33")
    assert i2.progress is not None and round(i2.progress, 4) == Decimal("0.6667")
    assert i2.status == OFF_TRACK
    assert ev["I2"].years[1].actual is None  # SW 2028: only the cancelled A3
    i3 = ev["I3"].years
    assert (i3[0].actual, i3[0].status) == (2, None)  # no target for 2027
    assert (i3[1].actual, i3[1].progress, i3[1].status) == (4, 1, ON_TRACK)
    # 2028: 3,500 spent (A2 and the cancelled A3) of a 10,000 envelope
    assert ev["I4"].years[1].actual == Decimal("0.35") and ev["I4"].years[1].status == OFF_TRACK
    assert [y.actual for y in ev["I5"].years] == [3, 4, None]
    v = verdict(ev.values())
    # latest statuses: I1 at risk, I2 off track, I3 on track, I4 off track; I5 none
    assert (v.on_track, v.at_risk, v.off_track, v.without) == (1, 1, 2, 1)
    assert v.status == OFF_TRACK


def test_the_cost_effectiveness_csv_ends_with_the_results_columns_and_mode_rows(
    db: Database, plan: int
) -> None:
    from planner.reports import registry

    with unit_of_work(db) as s:
        text = registry.renderer("cost-effectiveness", "csv")(s, plan).decode()
    lines = text.splitlines()
    assert lines[0].endswith(
        ",women_share,people_reached,learning_gain_respondents,satisfaction_respondents,"
        "normalised_gain,cost_per_gain_point,application_rate"
    )
    plan_row = next(line for line in lines if line.startswith("plan,"))
    assert plan_row.endswith(",4,3,2,0.6500,150.00,0.5000")
    # A1: 3 people, 2 gains (P3 did not complete), 2 ratings, (0.5 + 0.8) / 2,
    # 10,000 / 70 points, (yes + partly / 2) / 2
    assert next(x for x in lines if x.startswith("activity,A1,")).endswith(
        ",3,2,2,0.6500,142.86,0.7500"
    )
    assert [x.split(",")[:2] for x in lines[-3:]] == [
        ["mode", "in_person"],
        ["mode", "online"],
        ["mode", "hybrid"],
    ]
    # online: A2, 3,000 for P1 and P5, 20 points, 1 answer "no"
    assert lines[-2].startswith("mode,online,3000.00,3000.00,2,2,4,24.00,1500.00,1500.00,750.00,")
    assert lines[-2].endswith(",2,1,0,,150.00,0.0000")


def test_the_plans_maximum_excused_share_counts_in_the_results_figures(
    db: Database, load: Callable[[Doc], int]
) -> None:
    doc = results_doc()
    doc["plan"]["max_excused_share"] = "0.2"
    a1 = doc["activities"][0]
    # P1 attends 3 of A1's 5 sessions, excused from 2: rate 3/3, but 2 excused > 0.2 x 5
    for mark in a1["attendance"]:
        if mark["participant"] == "P1" and mark["session"] in D5[3:]:
            mark["status"] = "excused"
    plan_id = load(doc)
    with unit_of_work(db) as s:
        add_follow_ups(raw_connection(s))
        figures = metrics.compute(s, plan_id)
        g = extras(s, figures, None, None).by_row[("plan", "Results plan")]
    # completers: A1 P2, A2 P1 and P5, the same in both counts
    assert g.figures.completers == 3 and g.reach.completers == 3
    # normalised gain: P2 alone in A1 (the one activity with a maximum): 40/50
    assert g.normalised_gain == Decimal("0.8") and g.normalised_gain_respondents == 1
    assert g.follow_up_coverage == 1  # 3 followed up of 3 (P1's A1 follow-up no longer counts)
    assert g.reach.by_sex["F"].completers == 2


def test_the_dashboards_learning_figures_by_row(db: Database, plan: int) -> None:
    from planner.services.dashboard_view import ADMIN, THEME, Request, gather

    def learned(request: Request) -> tuple[Any, int, Any]:
        with unit_of_work(db) as s:
            got = gather(s, plan, request).learning
        return got.normalised_gain, got.normalised_respondents, got.cost_per_gain_point

    # A1 (max 100): P1 30/60, P2 40/50; A2 has no maximum. Gain points 30 + 40 + 20
    # = 90 for an actual 13,500 (A3's lost 500 included)
    assert learned(Request()) == (Decimal("0.65"), 2, 150)
    # 2027: A1 alone, 10,000 over 70 points
    ngain, n, cost = learned(Request(year=2027))
    assert (ngain, n) == (Decimal("0.65"), 2)
    assert cost is not None and round(cost, 6) == Decimal("142.857143")
    # theme AEO: A2 has no maximum score; 3,000 over 20 points
    assert learned(Request(scope=THEME, key="AEO")) == (None, 0, 150)
    # KH: P1 alone, 30/60 in A1; its share of costs by participant-days: A1 5 of 11
    # days of 10,000, A2 2 of 4 days of 3,000 = 6,045.45...; over 30 + 20 points
    ngain, n, cost = learned(Request(scope=ADMIN, key="KH"))
    assert (ngain, n) == (Decimal("0.5"), 1)
    assert cost is not None and round(cost, 6) == round(
        (Decimal(50000) / 11 + 1500) / 50, 6
    )  # 120.909091

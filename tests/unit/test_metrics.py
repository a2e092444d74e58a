"""The cost-effectiveness figures of docs/methodology.md, checked against hand arithmetic.

Each plan is an exchange document (docs/exchange-format.md) built from the small
sample plan; every expected figure is worked out by hand in the comments.
Base currency CNY, completion threshold 0.80 unless a test says otherwise.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from planner.errors import PlannerError
from planner.reports import csv_reports
from planner.services import metrics
from planner.services.metrics import Figures, PlanFigures
from planner.store import Database, unit_of_work

#: Figures end to end, on both engines (tests/conftest.py).
pytestmark = pytest.mark.both_engines

Load = Callable[[dict[str, Any]], int]
MARKS = {"P": "present", "L": "late", "E": "excused", "A": "absent"}


# ---------------------------------------------------------------- building documents
def people(spec: str) -> list[dict[str, Any]]:
    """``"P1 KH F, P2 VN -"``: ref, administration and gender (- for none) of each."""
    out = []
    for ref, admin, gender in (item.split() for item in spec.split(",")):
        out.append(
            {"ref": ref, "name": f"Person {ref}", "native_name": None, "position": None}
            | {"gender": None if gender == "-" else gender, "administration": admin, "email": None}
        )
    return out


def line(cur: str, planned: str, actual: str | None, category: str = "travel") -> dict[str, Any]:
    kept = {"category": category, "description": "", "currency": cur, "planned": planned}
    return kept | {"actual": actual, "funding_source": "GACC"}


def enrol(
    ref: str,
    status: str = "confirmed",
    pre: str | None = None,
    post: str | None = None,
    sat: str | None = None,
) -> dict[str, Any]:
    scores = {"pre_score": pre, "post_score": post, "satisfaction": sat}
    return {"participant": ref, "status": status} | scores


def activity(
    code: str,
    start: str,
    *,
    sessions: int,
    marks: str = "",
    enrolments: list[dict[str, Any]] | None = None,
    lines: list[dict[str, Any]] | None = None,
    quotas: dict[str, int] | None = None,
    hours: str = "2",
    kind: str = "course",
    theme: str = "SW",
    status: str = "delivered",
) -> dict[str, Any]:
    """One session a day from ``start``; ``marks`` (``"P1 PPLA, P2 EA--"``) gives each
    participant one letter per session (P present, L late, E excused, A absent, -
    no mark); whoever has marks is enrolled unless ``enrolments`` says otherwise."""
    first = date.fromisoformat(start)
    days = [(first + timedelta(days=i)).isoformat() for i in range(sessions)]
    by_ref = dict(item.split() for item in marks.split(",") if item.strip())
    assert all(len(row) == sessions for row in by_ref.values())
    return {
        **{"code": code, "kind": kind, "title": f"Workshop {code}", "theme": theme},
        **{"status": status, "start": days[0], "end": days[-1], "venue": "Nanning"},
        **{"country": "CN", "mode": "in_person", "hours_per_session": hours, "sessions": days},
        "quotas": [{"administration": a, "seats": n} for a, n in (quotas or {}).items()],
        "budget_lines": lines or [],
        "enrolments": enrolments or [enrol(ref) for ref in by_ref],
        "attendance": [
            {"participant": ref, "session": days[i], "status": MARKS[c]}
            for ref, row in by_ref.items()
            for i, c in enumerate(row)
            if c != "-"
        ],
    }


def plan_doc(
    doc: dict[str, Any],
    activities: list[dict[str, Any]],
    participants: list[dict[str, Any]],
    *,
    rates: list[tuple[int, str, str]] = [(2027, "USD", "7.1")],  # noqa: B006 (never mutated)
    envelopes: list[tuple[int, str, str]] = [(2027, "GACC", "3000000.00")],  # noqa: B006
    threshold: str = "0.80",
) -> dict[str, Any]:
    """small_doc turned into a plan with two administrations, two themes, two
    funding sources and the given rates, envelopes, people and activities."""
    doc["plan"]["completion_threshold"] = threshold
    doc["administrations"] = [
        {"code": "KH", "name": "Cambodia customs", "country": "KH"},
        {"code": "VN", "name": "Viet Nam customs", "country": "VN"},
    ]
    doc["themes"] = [{"code": "SW", "name": "Single Window"}, {"code": "RM", "name": "Risk"}]
    doc["funding_sources"] = [{"code": "GACC", "name": "GACC"}, {"code": "ADB", "name": "ADB"}]
    doc["exchange_rates"] = [{"year": y, "currency": c, "to_base": r} for y, c, r in rates]
    doc["envelopes"] = [{"year": y, "funding_source": f, "amount": a} for y, f, a in envelopes]
    doc["participants"] = participants
    doc["activities"] = activities
    return doc


def compute(db: Database, plan_id: int, **kw: Any) -> PlanFigures:
    with unit_of_work(db) as s:
        return metrics.compute(s, plan_id, **kw)


def row(pf: PlanFigures, scope: str, key: str) -> Figures:
    (found,) = [r.figures for r in pf.rows if r.scope == scope and r.key == key]
    return found


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


# ---------------------------------------------------------------- plan A: one activity
# A1: 5 sessions of 3.5 hours, quotas KH 4 + VN 4 = 8 seats. Rates 2027: USD 7.1,
# VND 0.000285. Each line converted and rounded half away from zero:
#   USD 0.05 planned, 0.05 actual   0.05 x 7.1 = 0.355 -> 0.36 (both)
#   USD 0.05 planned, no actual     0.36 planned, actual counts 0
#   CNY 1500.00 planned, 1839.76 actual
#   VND 185000 planned: 185000 x 0.000285 = 52.725 -> 52.73 (half-even would give 52.72)
#       175000 actual:  175000 x 0.000285 = 49.875 -> 49.88
# planned = 0.36 + 0.36 + 1500.00 + 52.73 = 1553.45
#   (summing unrounded: 0.355 + 0.355 + 1500 + 52.725 = 1553.435 -> 1553.44: differs)
# actual = 0.36 + 0 + 1839.76 + 49.88 = 1890.00; variance = 1890.00 - 1553.45 = 336.55
#
# marks (5 sessions)   attended  excused  rate       completer (>= 0.80)
#   P1 KH F  PPPPL      5         0        5/5 = 1    yes   pre 50 post 80 (+30), sat 4.5
#   P2 KH M  PPPEA      3         1        3/4 = .75  no    pre 40 post 90, sat 3.0
#   P3 VN F  PPPPA      4         0        4/5 = .8   yes (exactly at the threshold)
#                                                           pre 60 post 75 (+15)
#   P4 VN F  -----      0         0        0/5        no    nominated, sat 1.5
#   P5 KH F  PP---  withdrawn: left out entirely (pre 0 post 100, sat 1.0)
#   P6 VN -  LAAAA      1         0        1/5        no
#   P7 KH F  EEEEE      0         5        n/a        no
#   P8 VN M  PPPPP      5         0        1          yes   pre 70, no post
# enrolled 7 (all but P5); participants (attended >= 1) P1 P2 P3 P6 P8 = 5;
# completers P1 P3 P8 = 3; participant-days 5+3+4+0+1+0+5 = 18; hours 18 x 3.5 = 63
A_PEOPLE = people("P1 KH F, P2 KH M, P3 VN F, P4 VN F, P5 KH F, P6 VN -, P7 KH F, P8 VN M")


def a1() -> dict[str, Any]:
    return activity(
        "A1",
        "2027-03-01",
        sessions=5,
        hours="3.5",
        quotas={"KH": 4, "VN": 4},
        lines=[
            line("USD", "0.05", "0.05", "travel"),
            line("USD", "0.05", None, "materials"),
            line("CNY", "1500.00", "1839.76", "venue"),
            line("VND", "185000", "175000", "per_diem"),
        ],
        marks="P1 PPPPL, P2 PPPEA, P3 PPPPA, P4 -----, P5 PP---, P6 LAAAA, P7 EEEEE, P8 PPPPP",
        enrolments=[
            enrol("P1", pre="50", post="80", sat="4.5"),
            enrol("P2", pre="40", post="90", sat="3.0"),
            enrol("P3", pre="60", post="75"),
            enrol("P4", status="nominated", sat="1.5"),
            enrol("P5", status="withdrawn", pre="0", post="100", sat="1.0"),
            enrol("P6"),
            enrol("P7"),
            enrol("P8", pre="70"),
        ],
    )


A_RATES = [(2027, "USD", "7.1"), (2027, "VND", "0.000285")]


@pytest.fixture
def plan_a(small_doc: dict[str, Any], load: Load) -> int:
    return load(plan_doc(small_doc, [a1()], A_PEOPLE, rates=A_RATES))


def test_activity_cost_converts_and_rounds_each_line(db: Database, plan_a: int) -> None:
    f = row(compute(db, plan_a), "activity", "A1")
    assert f.planned_cost == D("1553.45")
    assert f.planned_cost != D("1553.44")  # not the rounded sum of unrounded amounts
    assert f.actual_cost == D("1890.00")
    assert f.variance == D("336.55")
    assert f.lines_without_actuals == 1


def test_activity_counts_exclude_withdrawn_and_use_present_or_late(
    db: Database, plan_a: int
) -> None:
    f = row(compute(db, plan_a), "activity", "A1")
    assert (f.sessions, f.enrolled, f.participants) == (5, 7, 5)
    # P3 at exactly 4/5 = 0.80 completes; P2 at 3/4 does not.
    assert f.completers == 3
    assert f.participant_days == 18
    assert f.participant_hours == D("63")  # 18 x 3.5


def test_activity_seat_fill_and_completion_rate(db: Database, plan_a: int) -> None:
    f = row(compute(db, plan_a), "activity", "A1")
    assert f.seats == 8
    assert f.seat_fill == D("0.625")  # 5 / 8
    assert f.completion_rate == D("0.6")  # 3 / 5


def test_activity_costs_per_unit(db: Database, plan_a: int) -> None:
    f = row(compute(db, plan_a), "activity", "A1")
    assert f.cost_per_participant == D("378")  # 1890 / 5
    assert f.cost_per_completer == D("630")  # 1890 / 3
    assert f.cost_per_participant_day == D("105")  # 1890 / 18
    assert f.cost_per_participant_hour == D("30")  # 1890 / 63


def test_activity_learning_gain_satisfaction_and_women_share(db: Database, plan_a: int) -> None:
    f = row(compute(db, plan_a), "activity", "A1")
    # completers with both scores: P1 +30, P3 +15 (P8 has no post, P2 did not complete)
    assert f.learning_gain == D("22.5")
    # enrolled with a rating: P1 4.5, P2 3.0, P4 1.5 (P5 withdrawn) -> 9 / 3
    assert f.satisfaction == D("3")
    # participants P1 F, P2 M, P3 F, P6 none, P8 M -> 2 / 5 (not 4 of 7 enrolled)
    assert f.women_share == D("0.4")


def test_completion_threshold_is_the_plans_and_excused_sessions_leave_the_denominator(
    db: Database, small_doc: dict[str, Any], load: Load
) -> None:
    # At 0.75, P2 (3 attended of 5 - 1 excused = 3/4) completes too: P1 P2 P3 P8 = 4.
    # Were the excused session counted, P2 would have 3/5 = 0.6 and not complete.
    plan_id = load(plan_doc(small_doc, [a1()], A_PEOPLE, rates=A_RATES, threshold="0.75"))
    assert row(compute(db, plan_id), "activity", "A1").completers == 4


def test_a_ratio_with_a_zero_denominator_is_none(
    db: Database, small_doc: dict[str, Any], load: Load
) -> None:
    # Z1 has a cost but no seats, no enrolments, no marks.
    z1 = activity("Z1", "2027-05-03", sessions=2, lines=[line("CNY", "10.00", "10.00")])
    f = row(compute(db, load(plan_doc(small_doc, [z1], []))), "activity", "Z1")
    assert f.actual_cost == D("10.00")
    ratios = "seat_fill completion_rate cost_per_participant cost_per_completer "
    ratios += "cost_per_participant_day cost_per_participant_hour learning_gain "
    ratios += "satisfaction women_share"
    for name in ratios.split():
        assert getattr(f, name) is None, name


def test_an_activity_not_delivered_counts_its_own_people_but_in_no_administration(
    db: Database, small_doc: dict[str, Any], load: Load
) -> None:
    # A2 is A1 scheduled: the same people and marks. Its own row counts them all, as
    # A1's does; the administrations' rows count A1's people only (A2 is not delivered).
    # KH: P1 F (5 days, completes, +30, sat 4.5), P2 M (3 days, sat 3.0), P7 F (excused)
    # VN: P3 F (4 days, completes, +15), P4 F (nominated, sat 1.5), P6 - (1 day),
    #     P8 M (5 days, completes, no post score)
    a2 = a1() | {"code": "A2", "title": "Workshop A2", "status": "scheduled"}
    plan_id = load(plan_doc(small_doc, [a1(), a2], A_PEOPLE, rates=A_RATES))
    pf = compute(db, plan_id)
    own = "enrolled participants women completers participant_days participant_hours "
    own += "gain_count gain_sum satisfaction_count satisfaction_sum"
    for code in ("A1", "A2"):
        t = row(pf, "activity", code).tally
        counts = tuple(getattr(t, name) for name in own.split())
        assert counts == (7, 5, 2, 3, 18, D("63"), 2, D("45"), 3, D("9")), code
    extra = {r.key: r.extra["administrations"] for r in pf.rows if r.scope == "activity"}
    assert extra == {"A1": frozenset({"KH", "VN"}), "A2": frozenset()}
    kh, vn = row(pf, "administration", "KH").tally, row(pf, "administration", "VN").tally
    assert (kh.activities, kh.enrolled, kh.participants, kh.women, kh.completers) == (1, 3, 2, 1, 1)
    assert (kh.participant_days, kh.participant_hours) == (8, D("28"))
    assert (kh.gain_count, kh.gain_sum, kh.satisfaction_count, kh.satisfaction_sum) == (
        (1, D("30"), 2, D("7.5"))
    )
    assert (vn.activities, vn.enrolled, vn.participants, vn.women, vn.completers) == (1, 4, 3, 1, 2)
    assert (vn.participant_days, vn.participant_hours) == (10, D("35"))
    assert (vn.gain_count, vn.gain_sum, vn.satisfaction_count, vn.satisfaction_sum) == (
        (1, D("15"), 1, D("1.5"))
    )
    # the figures kept up to date after an edit count A2 as compute does
    with unit_of_work(db) as s:
        ids = [aid for aid, a in metrics.count_plan(s, plan_id).acts.items() if a.code == "A2"]
        (fresh,) = metrics.activity_tallies(s, plan_id, ids).values()
    assert fresh.tally == row(pf, "activity", "A2").tally


def test_activity_without_sessions_still_counts_its_enrolments(
    db: Database, small_doc: dict[str, Any], load: Load
) -> None:
    # S0 is planned, its sessions not set yet; Q1 and Q2 are nominated, Q1 rated it 4.
    # enrolled = 2 (none withdrawn); participants 0; satisfaction 4 / 1 = 4
    nominated = [enrol("Q1", "nominated", sat="4"), enrol("Q2", "nominated")]
    s0 = activity("S0", "2027-05-03", sessions=1, status="planned", enrolments=nominated)
    s0["sessions"] = []
    f = row(
        compute(db, load(plan_doc(small_doc, [s0], people("Q1 KH F, Q2 VN M")))), "activity", "S0"
    )
    assert (f.sessions, f.enrolled, f.participants) == (0, 2, 0)
    assert f.satisfaction == D("4")


# ---------------------------------------------------------------- plan B: groups
# Plan years 2026-2030. Rates: USD 7.1 in 2027, 8 in 2028. People K1 (KH, F),
# K2 (KH, M), V1 (VN, M), V2 (VN, F). All lines CNY unless said.
#
# code kind  theme status     year  planned  actual  marks
# B1   course SW  delivered  2027   800.00  1600.00 K1 PAAA (sat 4), V1 PPPP (40->85,
#                                                   sat 5), V2 PPPA (3/4 < .8, sat 3)
#      participants 3, completers 1 (V1), days 1+4+3 = 8, hours 8 x 2 = 16
# B2   symp   RM  delivered  2027   400.00   500.00 K1 PP (50->60, sat 2), K2 PP (30->80)
#      participants 2, completers 2, days 4, hours 4 x 4 = 16
# B3   course SW  cancelled  2028   300.00   120.00 K1 P
# B4   course RM  scheduled  2028  USD 10 x 8 = 80.00, no actual; V1 PP (hours 3)
# B5   symp   SW  delivered  2028  USD 75 x 8 = 600.00, USD 55 x 8 = 440.00;
#                                   V2 P (20->50, sat 4), hours 6
# B6   course RM  delivered  2029    50.00    50.00 K2 enrolled, no marks
GROUP_PEOPLE = people("K1 KH F, K2 KH M, V1 VN M, V2 VN F")


def group_activities() -> list[dict[str, Any]]:
    return [
        activity(
            "B1",
            "2027-03-01",
            sessions=4,
            quotas={"KH": 2, "VN": 2},
            lines=[line("CNY", "800.00", "1600.00")],
            marks="K1 PAAA, V1 PPPP, V2 PPPA",
            enrolments=[
                enrol("K1", sat="4"),
                enrol("V1", pre="40", post="85", sat="5"),
                enrol("V2", sat="3"),
            ],
        ),
        activity(
            "B2",
            "2027-06-01",
            sessions=2,
            hours="4",
            kind="symposium",
            theme="RM",
            lines=[line("CNY", "400.00", "500.00")],
            marks="K1 PP, K2 PP",
            enrolments=[
                enrol("K1", pre="50", post="60", sat="2"),
                enrol("K2", pre="30", post="80"),
            ],
        ),
        activity(
            "B3",
            "2028-02-01",
            sessions=1,
            status="cancelled",
            lines=[line("CNY", "300.00", "120.00")],
            marks="K1 P",
        ),
        activity(
            "B4",
            "2028-04-03",
            sessions=2,
            hours="3",
            theme="RM",
            status="scheduled",
            lines=[line("USD", "10.00", None)],
            marks="V1 PP",
        ),
        activity(
            "B5",
            "2028-05-02",
            sessions=1,
            hours="6",
            kind="symposium",
            lines=[line("USD", "75.00", "55.00")],
            marks="V2 P",
            enrolments=[enrol("V2", pre="20", post="50", sat="4")],
        ),
        activity(
            "B6",
            "2029-01-10",
            sessions=1,
            hours="1",
            theme="RM",
            lines=[line("CNY", "50.00", "50.00")],
            enrolments=[enrol("K2")],
        ),
    ]


@pytest.fixture
def plan_b(small_doc: dict[str, Any], load: Load) -> int:
    envelopes = [(2026, "GACC", "1000.00"), (2027, "GACC", "3000.00")]
    envelopes += [(2027, "ADB", "1200.00"), (2028, "GACC", "1400.00")]
    rates = [(2027, "USD", "7.1"), (2028, "USD", "8")]
    doc = plan_doc(small_doc, group_activities(), GROUP_PEOPLE, rates=rates, envelopes=envelopes)
    doc["plan"]["start_year"] = 2026
    return load(doc)


def test_group_figures_are_sums_not_averages_of_ratios(db: Database, plan_b: int) -> None:
    y = row(compute(db, plan_b), "year", "2027")  # B1 + B2
    assert (y.planned_cost, y.actual_cost) == (D("1200.00"), D("2100.00"))
    assert (y.participants, y.completers, y.participant_days) == (5, 3, 12)
    assert y.participant_hours == D("32")  # 16 + 16
    # 2100 / 3 = 700; averaging B1's 1600/1 and B2's 500/2 would give 925
    assert y.cost_per_completer == D("700")
    assert y.cost_per_participant == D("420")  # 2100 / 5
    assert y.cost_per_participant_day == D("175")  # 2100 / 12
    assert y.cost_per_participant_hour == D("65.625")  # 2100 / 32
    # 3 / 5 = 0.6; averaging 1/3 and 2/2 would give 2/3
    assert y.completion_rate == D("0.6")
    # gains 45, 10, 50 -> 105 / 3 = 35; averaging B1's 45 and B2's 30 would give 37.5
    assert y.learning_gain == D("35")
    # ratings 4, 5, 3, 2 -> 14 / 4 = 3.5; averaging B1's 4 and B2's 2 would give 3
    assert y.satisfaction == D("3.5")
    # women among participations: K1 (B1), V2 (B1), K1 (B2) -> 3 / 5; K1 counts twice
    assert y.women_share == D("0.6")


def test_cancelled_activity_counts_its_actual_but_not_its_planned(
    db: Database, plan_b: int
) -> None:
    y = row(compute(db, plan_b), "year", "2028")  # B3 cancelled, B4 scheduled, B5
    assert y.planned_cost == D("680.00")  # B4 80 + B5 600 (B3's 300 left out)
    assert y.actual_cost == D("560.00")  # B3 120 + B4 0 + B5 440


def test_participation_comes_from_delivered_activities_only(db: Database, plan_b: int) -> None:
    y = row(compute(db, plan_b), "year", "2028")
    # only V2 in B5; K1's mark in cancelled B3 and V1's in scheduled B4 are not counted
    assert (y.participants, y.completers, y.participant_days) == (1, 1, 1)
    assert y.participant_hours == D("6")
    assert (y.learning_gain, y.satisfaction, y.women_share) == (D("30"), D("4"), D("1"))
    assert y.cost_per_completer == D("560")  # 560 / 1


def test_activity_rows_show_their_own_figures_whatever_the_status(
    db: Database, plan_b: int
) -> None:
    pf = compute(db, plan_b)
    b3, b4 = row(pf, "activity", "B3"), row(pf, "activity", "B4")
    assert (b3.planned_cost, b3.actual_cost) == (D("300.00"), D("120.00"))
    assert (b3.participants, b3.completers, b3.participant_days) == (1, 1, 1)
    assert (b4.planned_cost, b4.actual_cost) == (D("80.00"), D("0.00"))
    assert (b4.participants, b4.completers, b4.participant_days) == (1, 1, 2)
    assert b4.participant_hours == D("6")  # 2 x 3


def test_lines_use_the_rate_of_the_activitys_start_year(db: Database, plan_b: int) -> None:
    b5 = row(compute(db, plan_b), "activity", "B5")
    assert (b5.planned_cost, b5.actual_cost) == (D("600.00"), D("440.00"))  # x 8, not x 7.1


def test_theme_and_kind_groups(db: Database, plan_b: int) -> None:
    pf = compute(db, plan_b)
    sw = row(pf, "theme", "SW")  # B1, B3 (cancelled), B5
    assert (sw.planned_cost, sw.actual_cost) == (D("1400.00"), D("2160.00"))  # 800+600; +120
    assert (sw.participants, sw.completers, sw.participant_days) == (4, 2, 9)
    assert sw.cost_per_completer == D("1080")  # 2160 / 2
    rm = row(pf, "theme", "RM")  # B2, B4 (scheduled), B6
    assert (rm.planned_cost, rm.actual_cost) == (D("530.00"), D("550.00"))  # 400+80+50; 500+50
    assert (rm.participants, rm.completers, rm.participant_days) == (2, 2, 4)
    course = row(pf, "kind", "course")  # B1, B3, B4, B6
    assert (course.planned_cost, course.actual_cost) == (D("930.00"), D("1770.00"))
    assert (course.participants, course.completers, course.participant_days) == (3, 1, 8)
    symposium = row(pf, "kind", "symposium")  # B2, B5
    assert (symposium.planned_cost, symposium.actual_cost) == (D("1000.00"), D("940.00"))
    assert (symposium.participants, symposium.completers, symposium.participant_days) == (3, 3, 5)
    assert symposium.cost_per_participant_day == D("188")  # 940 / 5


def test_plan_row_sums_every_activity(db: Database, plan_b: int) -> None:
    pf = compute(db, plan_b)
    p = pf.total.figures
    assert p.planned_cost == D("1930.00")  # 1200 + 680 + 50
    assert p.actual_cost == D("2710.00")  # 2100 + 560 + 50
    assert (p.participants, p.completers, p.participant_days) == (6, 4, 13)
    assert p.participant_hours == D("38")  # 32 + 6
    assert p.cost_per_completer == D("677.5")  # 2710 / 4
    assert p.learning_gain == D("33.75")  # (105 + 30) / 4
    assert p.satisfaction == D("3.6")  # (14 + 4) / 5
    assert any("B6" in w for w in pf.warnings)  # delivered without attendance


def test_administration_cost_is_shared_by_participant_days(db: Database, plan_b: int) -> None:
    pf = compute(db, plan_b)
    # B1: KH made 1 of 8 participant-days -> 800/8 = 100 planned, 1600/8 = 200 actual;
    #     VN 7 of 8 -> 700 and 1400. B2: all 4 days KH -> 400 and 500.
    # B5: all VN -> 600 and 440. B3, B4 are not delivered; B6 has no days.
    kh, vn = row(pf, "administration", "KH"), row(pf, "administration", "VN")
    assert (kh.planned_cost, kh.actual_cost) == (D("500.00"), D("700.00"))
    assert (vn.planned_cost, vn.actual_cost) == (D("1300.00"), D("1840.00"))
    # KH: K1 (B1), K1 and K2 (B2); VN: V1, V2 (B1), V2 (B5)
    assert (kh.participants, kh.completers, kh.participant_days) == (3, 2, 5)
    assert (vn.participants, vn.completers, vn.participant_days) == (3, 2, 8)
    assert (kh.cost_per_completer, vn.cost_per_completer) == (D("350"), D("920"))
    assert (kh.learning_gain, kh.satisfaction) == (D("30"), D("3"))  # (10+50)/2; (4+2)/2


def test_activity_without_participant_days_shares_nothing(db: Database, plan_b: int) -> None:
    pf = compute(db, plan_b)
    kh, vn = row(pf, "administration", "KH"), row(pf, "administration", "VN")
    # B6 (50.00, no marks) goes to nobody, nor does cancelled B3's 120.00:
    # 700 + 1840 = 2540 = 2710 - 120 - 50, so the rows need not add up to the plan.
    assert kh.actual_cost + vn.actual_cost == D("2540.00")
    assert pf.total.figures.actual_cost - D("170.00") == D("2540.00")


def test_plan_inputs_execution_rate_and_trend(db: Database, plan_b: int) -> None:
    got = [
        (i.year, i.input, i.actual_cost, i.execution_rate, i.cost_per_completer, i.trend)
        for i in compute(db, plan_b).inputs
    ]
    assert got == [
        # 2026: no activities; 0 / 1000 = 0; no completers, so no trend
        (2026, D("1000.00"), D("0.00"), D("0"), None, None),
        # 2027: envelopes 3000 + 1200; 2100 / 4200; first year with completers: trend 0
        (2027, D("4200.00"), D("2100.00"), D("0.5"), D("700"), D("0")),
        # 2028: 560 / 1400 = 0.4; (560 - 700) / 700 = -20 %
        (2028, D("1400.00"), D("560.00"), D("0.4"), D("560"), D("-20")),
        # 2029: no envelope (execution n/a), no completers (B6 had no marks)
        (2029, D("0.00"), D("50.00"), None, None, None),
        (2030, D("0.00"), D("0.00"), None, None, None),
    ]


def test_year_filter_keeps_only_that_years_activities(db: Database, plan_b: int) -> None:
    pf = compute(db, plan_b, year=2028)
    assert [r.key for r in pf.scope("activity")] == ["B3", "B4", "B5"]
    assert [r.key for r in pf.scope("year")] == ["2028"]
    t = pf.total.figures  # the 2028 figures
    assert (t.planned_cost, t.actual_cost, t.completers) == (D("680.00"), D("560.00"), 1)
    assert [(i.year, i.input, i.execution_rate) for i in pf.inputs] == [
        (2028, D("1400.00"), D("0.4"))
    ]


def test_year_filter_keeps_the_trend_against_the_plans_first_year(
    db: Database, plan_b: int
) -> None:
    # 2028's cost per completer 560 against 2027's 700 (the first year with
    # completers) is -20 %, whether or not the report is limited to 2028.
    (only,) = compute(db, plan_b, year=2028).inputs
    assert only.trend == D("-20")


def test_activity_filter_keeps_only_that_activity(db: Database, plan_b: int) -> None:
    pf = compute(db, plan_b, activity="B2")
    assert [r.key for r in pf.scope("activity")] == ["B2"]
    t = pf.total.figures
    assert (t.planned_cost, t.actual_cost) == (D("400.00"), D("500.00"))
    assert (t.participants, t.completers) == (2, 2)
    kh = row(pf, "administration", "KH")  # B2's days are all KH
    assert (kh.planned_cost, kh.actual_cost) == (D("400.00"), D("500.00"))
    with pytest.raises(PlannerError):
        compute(db, plan_b, activity="NOPE")


# ---------------------------------------------------------------- missing exchange rate
def test_missing_rate_leaves_the_line_out_and_warns(
    db: Database, small_doc: dict[str, Any], load: Load
) -> None:
    # Only USD 2027 has a rate. M1 (2027): USD 100 -> 710.00, VND 1000000 has no rate.
    # M2 (2028): USD 10 has no 2028 rate, CNY 5.00 / 4.00.
    m1 = activity(
        "M1",
        "2027-03-01",
        sessions=1,
        lines=[line("USD", "100.00", "100.00"), line("VND", "1000000", "1000000")],
    )
    m2 = activity(
        "M2",
        "2028-03-01",
        sessions=1,
        lines=[line("USD", "10.00", "10.00"), line("CNY", "5.00", "4.00")],
    )
    plan_id = load(plan_doc(small_doc, [m1, m2], []))
    pf = compute(db, plan_id)
    assert (row(pf, "activity", "M1").planned_cost, pf.total.figures.planned_cost) == (
        D("710.00"),
        D("715.00"),  # at a rate of 1 it would be 1000725.00 (or 725.00 from M2 alone)
    )
    assert pf.total.figures.actual_cost == D("714.00")
    assert row(pf, "activity", "M2").actual_cost == D("4.00")  # not 14.00
    rate_warnings = [w for w in pf.warnings if "rate" in w]
    assert len(rate_warnings) == 2
    assert any("VND" in w and "2027" in w for w in rate_warnings)
    assert any("USD" in w and "2028" in w for w in rate_warnings)
    with unit_of_work(db) as s:
        rows = csv_rows(csv_reports.budget(s, plan_id))
    # the line is not shown as converted at 0 or 1 either (its own amounts are, with no rate)
    assert rows[-2] == [
        *("2028", "M2", "course", "delivered", "travel", "GACC", "USD", "10.00", "10.00"),
        *("", "", "", ""),
    ]


# ---------------------------------------------------------------- CSV reports
CE_HEADER = (
    "scope,key,planned_cost,actual_cost,participants,completers,participant_days,"
    "participant_hours,cost_per_participant,cost_per_completer,cost_per_participant_day,"
    "cost_per_participant_hour,completion_rate,learning_gain,satisfaction,women_share"
)


def test_cost_effectiveness_csv_header_and_activity_row(db: Database, plan_a: int) -> None:
    text = csv_reports.cost_effectiveness(compute(db, plan_a))
    lines = text.splitlines()
    assert lines[0] == CE_HEADER
    # planned 1553.45, actual 1890.00, 5, 3, 18, 63 hours, 1890/5, /3, /18, /63,
    # 3/5, gain 22.5, satisfaction 3, women 2/5
    expected = "1553.45,1890.00,5,3,18,63.00,378.00,630.00,105.00,30.00,0.6000,22.50,3.00,0.4000"
    assert f"activity,A1,{expected}" in lines
    assert f"year,2027,{expected}" in lines
    # one row per group: every plan year, theme, administration and kind
    keys = {(r[0], r[1]) for r in csv_rows(text)[1:]}
    assert keys == {("year", str(y)) for y in range(2027, 2032)} | {
        ("activity", "A1"),
        *[("theme", "SW"), ("theme", "RM"), ("administration", "KH"), ("administration", "VN")],
        *[("kind", "course"), ("kind", "symposium"), ("plan", compute(db, plan_a).plan_name)],
    }


def test_cost_effectiveness_csv_rounds_half_away_from_zero_at_display(
    db: Database, small_doc: dict[str, Any], load: Load
) -> None:
    # D1: 2 sessions of 1.5 h, actual 100.01. Q1 (F) PP 50.00->50.01 sat 4.25,
    # Q2 (M) PP 50->50 sat 4.00, Q3 (M) PA (1/2, not a completer).
    # participants 3, completers 2, days 5, hours 7.5
    d1 = activity(
        "D1",
        "2027-04-05",
        sessions=2,
        hours="1.5",
        lines=[line("CNY", "100.01", "100.01")],
        marks="Q1 PP, Q2 PP, Q3 PA",
        enrolments=[
            enrol("Q1", pre="50.00", post="50.01", sat="4.25"),
            enrol("Q2", pre="50", post="50", sat="4.00"),
            enrol("Q3"),
        ],
    )
    doc = plan_doc(small_doc, [d1], people("Q1 KH F, Q2 KH M, Q3 VN M"))
    text = csv_reports.cost_effectiveness(compute(db, load(doc)))
    # cost per participant 100.01/3 = 33.336.. -> 33.34; per completer 100.01/2 = 50.005
    # -> 50.01 (half-even: 50.00); per day 100.01/5 = 20.002 -> 20.00; per hour
    # 100.01/7.5 = 13.3346.. -> 13.33; completion 2/3 -> 0.6667; gain (0.01+0)/2 = 0.005
    # -> 0.01 (half-even: 0.00); satisfaction 8.25/2 = 4.125 -> 4.13 (half-even 4.12);
    # women 1/3 -> 0.3333
    assert (
        "activity,D1,100.01,100.01,3,2,5,7.50,33.34,50.01,20.00,13.33,0.6667,0.01,4.13,0.3333"
        in text.splitlines()
    )


def test_cost_effectiveness_csv_undefined_figure_is_an_empty_field(
    db: Database, plan_a: int
) -> None:
    lines = csv_reports.cost_effectiveness(compute(db, plan_a)).splitlines()
    # 2028 has no activities: zero counts, money 0.00, every ratio undefined
    assert "year,2028,0.00,0.00,0,0,0,0.00,,,,,,,," in lines


def test_budget_csv_one_row_per_line_in_base_currency(db: Database, plan_a: int) -> None:
    with unit_of_work(db) as s:
        full = csv_rows(csv_reports.budget(s, plan_a))
    assert full[0] == (
        "year,activity,kind,status,category,funding_source,currency,planned_original,"
        "actual_original,rate,planned,actual,variance"
    ).split(",")
    # the base-currency columns (the line's own amounts and rate: tests/unit/test_finance.py)
    rows = [[*r[:7], *r[10:]] for r in full]
    head = ["2027", "A1", "course", "delivered"]
    assert rows[1:] == [
        [*head, "travel", "GACC", "USD", "0.36", "0.36", "0.00"],
        [*head, "materials", "GACC", "USD", "0.36", "", ""],  # no actual: empty
        [*head, "venue", "GACC", "CNY", "1500.00", "1839.76", "339.76"],
        [*head, "per_diem", "GACC", "VND", "52.73", "49.88", "-2.85"],
    ]
    # the report's total equals the sum of its lines
    assert sum(D(r[7]) for r in rows[1:]) == compute(db, plan_a).total.figures.planned_cost


def test_attendance_csv_one_row_per_enrolment_not_withdrawn(db: Database, plan_a: int) -> None:
    with unit_of_work(db) as s:
        lines = csv_reports.attendance(s, plan_a).splitlines()
    assert lines[0] == (
        "activity,participant,administration,sessions,attended,excused,attendance_rate,completed"
    )
    assert sorted(lines[1:]) == [  # P5 is withdrawn
        "A1,P1,KH,5,5,0,1.0000,yes",
        "A1,P2,KH,5,3,1,0.7500,no",  # 3 / (5 - 1)
        "A1,P3,VN,5,4,0,0.8000,yes",  # exactly the threshold
        "A1,P4,VN,5,0,0,0.0000,no",
        "A1,P6,VN,5,1,0,0.2000,no",
        "A1,P7,KH,5,0,5,,no",  # nothing expected: undefined
        "A1,P8,VN,5,5,0,1.0000,yes",
    ]


def test_plan_csv_one_row_per_activity(db: Database, plan_a: int) -> None:
    with unit_of_work(db) as s:
        lines = csv_reports.plan(s, plan_a).splitlines()
    assert lines == [
        "code,kind,title,theme,status,start,end,venue,country,mode,sessions,seats,planned_cost",
        "A1,course,Workshop A1,SW,delivered,2027-03-01,2027-03-05,Nanning,CN,in_person,5,8,1553.45",
    ]


def test_money_only_figures_equal_the_full_ones(tmp_path: Path) -> None:
    from planner.services.demo import create_demo
    from planner.store import open_database

    path = tmp_path / "demo.sqlite"
    create_demo(path)
    with open_database(path, readonly=True) as db, unit_of_work(db) as s:
        full = metrics.compute(s, 1)
        money = metrics.compute(s, 1, participation=False)
    for a, b in zip(full.rows, money.rows, strict=True):
        assert (a.scope, a.key) == (b.scope, b.key)
        if a.scope == "administration":  # shared out by participant-days: needs them
            continue
        assert (a.figures.planned_cost, a.figures.actual_cost) == (
            b.figures.planned_cost,
            b.figures.actual_cost,
        )
        assert b.figures.participants == 0 and b.figures.cost_per_completer is None
    assert [(i.input, i.actual_cost, i.execution_rate) for i in full.inputs] == [
        (i.input, i.actual_cost, i.execution_rate) for i in money.inputs
    ]


def test_plan_input_and_execution_rate_over_all_years(tmp_path: Path) -> None:
    from planner.services.demo import create_demo
    from planner.store import open_database

    path = tmp_path / "demo.sqlite"
    create_demo(path)
    with open_database(path, readonly=True) as db, unit_of_work(db) as s:
        f = metrics.compute(s, 1)
        envelopes = raw_sum(s)
    assert f.total_input == envelopes
    assert f.execution_rate == metrics.ratio(f.total.figures.actual_cost, envelopes)


def raw_sum(session: Any) -> D:
    from planner.store import raw_connection

    (minor,) = raw_connection(session).execute("SELECT sum(amount_minor) FROM envelope").fetchone()
    return D(minor) / 100

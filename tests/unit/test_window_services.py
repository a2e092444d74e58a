"""The services the window reads through (dashboard_view, participant_list,
attendance_view, plan_choices): rows that carry their ids, and the figures taken
from metrics, not from queries of their own. And the window's files that use them
hold no database code."""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from planner.errors import NotFoundError, ValidationError
from planner.services import dashboard_view as DV
from planner.services import metrics
from planner.services import participant_list as PL
from planner.services import people as P
from planner.services import plan_choices as PC
from planner.services.attendance_view import set_score
from planner.services.common import participant_refs
from planner.services.nominations import nominees
from planner.store import Database, raw_connection, unit_of_work

Doc = dict[str, Any]
ROOT = Path(__file__).resolve().parents[2]


def plan_with_two_administrations(doc: Doc) -> Doc:
    """The small plan, plus LA with two people: one enrolled in the delivered course
    who never came, one withdrawn; and a scheduled course that both are in."""
    doc = copy.deepcopy(doc)
    doc["administrations"].append({"code": "LA", "name": "Lao Customs", "country": "LA"})
    doc["participants"] += [
        {"ref": "P0002", "name": "Khamla Vongsa", "administration": "LA", "gender": "M"},
        {"ref": "P0003", "name": "Noy Phan", "administration": "LA", "gender": "F"},
    ]
    course = doc["activities"][0]
    course["enrolments"] += [
        {"participant": "P0002", "status": "confirmed"},
        {"participant": "P0003", "status": "withdrawn"},
    ]
    course["attendance"].append(
        {"participant": "P0002", "session": "2027-03-01", "status": "absent"}
    )
    later = copy.deepcopy(course)
    later.update(code="TC-2028-01", status="scheduled", start="2028-03-01", end="2028-03-05")
    later["sessions"] = ["2028-03-01", "2028-03-02"]
    later["attendance"] = []
    later["enrolments"] = [{"participant": p, "status": "confirmed"} for p in ("P0001", "P0002")]
    doc["activities"].append(later)
    return doc


@pytest.fixture
def plan(load: Callable[[Doc], int], small_doc: Doc) -> int:
    return load(plan_with_two_administrations(small_doc))


# ------------------------------------------------------------------ dashboard_view
def test_an_administrations_activities_are_those_its_row_counts(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        whole = metrics.compute(s, plan)
    la = next(r for r in whole.scope("administration") if r.key == "LA")
    # LA's only enrolment that counts never attended: the course is LA's all the same,
    # as metrics counts it (enrolled, not withdrawn, delivered); the scheduled one is not
    assert DV.administration_activities(whole, "LA") == {"TC-2027-01"}
    assert la.figures.activities == 1 and la.figures.participants == 0
    assert DV.administration_activities(whole, "KH") == {"TC-2027-01"}
    assert DV.administration_activities(whole, "XX") == frozenset()


def test_an_administrations_activities_match_the_enrolments_on_the_demo(
    tmp_path: Path,
) -> None:
    from planner.services.demo import create_demo
    from planner.store import open_database

    path = tmp_path / "demo.sqlite"
    create_demo(path)
    with open_database(path, readonly=True) as db, unit_of_work(db) as s:
        con = raw_connection(s)
        plan_id = con.execute("SELECT min(id) FROM plan").fetchone()[0]
        whole = metrics.compute(s, plan_id)
        year = metrics.compute(s, plan_id, year=2028)
        in_2028 = {r.key for r in year.scope("activity")}
        for row in whole.scope("administration"):
            enrolled = {
                code
                for (code,) in con.execute(
                    "SELECT DISTINCT a.code FROM activity a "
                    "JOIN enrolment e ON e.activity_id = a.id "
                    "JOIN participant p ON p.id = e.participant_id "
                    "JOIN administration ad ON ad.id = p.administration_id "
                    "WHERE a.plan_id = ? AND a.status = 'delivered' "
                    "AND e.status != 'withdrawn' AND ad.code = ?",
                    (plan_id, row.key),
                )
            }
            assert DV.administration_activities(whole, row.key) == enrolled
            assert row.figures.activities == len(enrolled)
            assert DV.administration_activities(year, row.key) == enrolled & in_2028


def test_gather_picks_a_groups_rows_and_drops_what_is_gone(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        refs = DV.activity_refs(s, plan)
        snap = DV.gather(s, plan, DV.Request(None, DV.ADMIN, "LA"))
        theme = DV.gather(s, plan, DV.Request(2028, DV.THEME, "SW"))
        gone = DV.gather(s, plan, DV.Request(1999, DV.THEME, "NOPE"))
        years = DV.gather_years(s, plan, theme, lambda: None)
    assert {(r.code, r.theme) for r in refs} == {("TC-2027-01", "SW"), ("TC-2028-01", "SW")}
    assert snap.ids == {r.code: r.id for r in refs}
    assert [r.key for r in snap.activity_rows()] == ["TC-2027-01"]
    # one count gives every year: a group's per-year rows come with it
    assert snap.group is not None and snap.group.key == "LA" and snap.years_ready
    assert snap.by_year is not None and sorted(snap.by_year) == list(range(2027, 2032))
    assert theme.request == DV.Request(2028, DV.THEME, "SW")
    assert [r.key for r in theme.activity_rows()] == ["TC-2028-01"]
    assert gone.request == DV.Request() and gone.group is None and gone.years_ready
    assert years.by_year is not None and sorted(years.by_year) == list(range(2027, 2032))
    assert years.by_year == theme.by_year


def test_gather_hands_the_whole_plan_first_then_the_years(db: Database, plan: int) -> None:
    first: list[DV.Snapshot] = []
    with unit_of_work(db) as s:
        snap = DV.gather(s, plan, DV.Request(), first.append)
        DV.gather(s, plan, DV.Request(2028), first.append)  # a filter: no early snapshot
    (early,) = first
    assert early.request == DV.Request() and early.per_year == {}
    assert early.current == snap.current == snap.whole and early.figures == snap.figures
    assert sorted(snap.per_year) == list(range(2027, 2032))


def test_regather_answers_a_filter_as_gather_does(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        first = DV.gather(s, plan, DV.Request())
        asked = [
            DV.Request(2028),
            DV.Request(None, DV.THEME, "SW"),
            DV.Request(2027, DV.ADMIN, "LA"),
            DV.Request(2027, DV.KIND, "course"),
            DV.Request(1999, DV.THEME, "NOPE"),
        ]
        fresh = [DV.gather(s, plan, r) for r in asked]
    for request, gathered in zip(asked, fresh, strict=True):
        again = DV.regather(first, request)
        assert again.request == gathered.request
        assert again.current == gathered.current and again.group == gathered.group
        assert again.members == gathered.members and again.by_year == gathered.by_year
        assert [r.key for r in again.activity_rows()] == [r.key for r in gathered.activity_rows()]


# ------------------------------------------------------------------ participant_list
def test_people_and_administrations_carry_their_ids(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        admins = PL.administrations(s, plan)
        ids = participant_refs(s, plan)
        cards = PL.people(s, [ids["P0003"], ids["P0001"]])
        fields = PL.person_fields(s, ids["P0002"])
        with pytest.raises(NotFoundError):
            PL.people(s, [max(ids.values()) + 1])
    assert [(a.code, a.name) for a in admins] == [
        ("KH", "General Department of Customs and Excise"),
        ("LA", "Lao Customs"),
    ]
    assert admins[0].id < admins[1].id
    assert [(c.id, c.ref, c.name) for c in cards] == [
        (ids["P0003"], "P0003", "Noy Phan"),
        (ids["P0001"], "P0001", "Sok Dara"),
    ]
    assert cards[1].native_name == "សុខ តារា" and cards[1].email == "dara@example.org"
    assert fields["administration"] == "LA" and fields["name"] == "Khamla Vongsa"


def test_a_new_person_and_its_undo(db: Database, plan: int) -> None:
    values = {"ref": None, "name": "Vong Sak", "administration": "LA", "gender": "M"}
    with unit_of_work(db) as s:
        made = PL.create_person(s, plan, values)
    with unit_of_work(db) as s:
        assert PL.person_fields(s, made.id)["ref"] == made.ref == "P0004"
        PL.delete_person_by_ref(s, plan, made.ref)
        PL.delete_person_by_ref(s, plan, made.ref)  # gone already: nothing to do
    with unit_of_work(db) as s:
        assert made.ref not in participant_refs(s, plan)


def test_enrolments_removed_and_put_back_as_they_were(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        course = DV.activity_refs(s, plan)[0].id
        ids = participant_refs(s, plan)
        # P0001 and P0002 are enrolled already; P0003 (withdrawn) too: nobody is new
        assert PL.enrol_new(s, course, ids.values(), "nominated") == []
        later = next(r.id for r in DV.activity_refs(s, plan) if r.code == "TC-2028-01")
        made = PL.enrol_new(s, later, [ids["P0003"], ids["P0001"]], "nominated")
        assert len(made) == 1
        before = [n for n in nominees(s, course) if n.ref != "P0002"]
        kept = [n.enrolment_id for n in before]
        records = PL.enrolment_records(s, kept)
        assert [(r.id, r.participant_id, r.status) for r in records] == [
            (n.enrolment_id, n.participant_id, n.status) for n in before
        ]
        assert records[0].pre_score == "55" and records[0].satisfaction == "4.5"
        for eid in kept:
            P.delete_enrolment(s, eid, drop_marks=True)
        again = PL.enrol_again(s, course, records)
        back = PL.enrolment_records(s, again)
    assert [
        (r.participant_id, r.status, r.pre_score, r.post_score, r.satisfaction) for r in back
    ] == [(r.participant_id, r.status, r.pre_score, r.post_score, r.satisfaction) for r in records]


# ------------------------------------------------------------------ attendance_view
def test_a_score_is_set_checked_and_returned_as_stored(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        course = DV.activity_refs(s, plan)[0].id
        eid = next(n.enrolment_id for n in nominees(s, course) if n.ref == "P0002")
        saved = set_score(s, eid, "post_score", Decimal("71.5"))
        assert saved.enrolment_id == eid and saved.value("post_score") == saved.post_score
        assert Decimal(str(saved.post_score)) == Decimal("71.5") and saved.pre_score is None
        assert set_score(s, eid, "post_score", None).post_score is None
        with pytest.raises(ValidationError):
            set_score(s, eid, "satisfaction", Decimal(9))
        with pytest.raises(KeyError):
            set_score(s, eid, "status", "withdrawn")


# ------------------------------------------------------------------ plan_choices
def test_plans_and_report_activities_carry_their_ids(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        new = PC.create_plan(
            s,
            name="Pilot",
            owner="",
            start_year=2028,
            years=3,
            base_currency="CNY",
            completion_threshold="0.75",
        )
        choices = PC.plan_choices(s)
        acts = PC.report_activities(s, plan)
        refs = {r.code: r.id for r in DV.activity_refs(s, plan)}
        assert PC.report_activities(s, new) == []
    assert [c.name for c in choices][-1] == "Pilot" and choices[-1].id == new
    assert [c.id for c in choices] == sorted(c.id for c in choices)
    assert [(a.code, a.status) for a in acts] == [
        ("TC-2027-01", "delivered"),
        ("TC-2028-01", "scheduled"),
    ]
    assert all(a.id == refs[a.code] for a in acts)


# ------------------------------------------------------------------ the window's files
#: The window's files that read through these services (the others follow).
WINDOW_FILES = [
    "planner/ui/app.py",
    "planner/ui/charts.py",
    "planner/ui/chart_bars.py",
    "planner/ui/chart_base.py",
    "planner/ui/chart_scale.py",
    "planner/ui/chart_scatter.py",
    "planner/ui/context.py",
    "planner/ui/dialogs.py",
    "planner/ui/main_window.py",
    "planner/ui/nomination_preview.py",
    "planner/ui/nomination_widgets.py",
    "planner/ui/nominations_dialog.py",
    "planner/ui/screenshots.py",
    "planner/ui/texts.py",
    "planner/ui/widgets.py",
    "planner/ui/window_actions.py",
    "planner/ui/worker.py",
    "planner/ui/models/__init__.py",
    "planner/ui/models/attendance_grid.py",
    "planner/ui/models/grid_base.py",
    "planner/ui/models/scores.py",
    "planner/ui/pages/__init__.py",
    "planner/ui/pages/attendance.py",
    "planner/ui/pages/attendance_desk.py",
    "planner/ui/pages/attendance_views.py",
    "planner/ui/pages/dashboard.py",
    "planner/ui/pages/dashboard_figures.py",
    "planner/ui/pages/dashboard_widgets.py",
    "planner/ui/pages/participants.py",
    "planner/ui/pages/participants_dialogs.py",
    "planner/ui/pages/participants_tables.py",
    "planner/ui/pages/participants_tabs.py",
    "planner/ui/pages/registry.py",
]
DATABASE_MODULES = ("sqlalchemy", "sqlmodel", "planner.store")
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b.*\b(FROM|INTO|SET|WHERE)\b", re.DOTALL)


@pytest.mark.parametrize("name", WINDOW_FILES)
def test_the_window_holds_no_database_code(name: str) -> None:
    tree = ast.parse((ROOT / name).read_text("utf-8"), name)
    for node in ast.walk(tree):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module]
        for module in modules:
            assert not module.startswith(DATABASE_MODULES), f"{name} imports {module}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not SQL.search(node.value), f"{name} holds SQL: {node.value[:60]!r}"

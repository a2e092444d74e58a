"""The use cases behind the window: every write checks the rules first."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest
from sqlmodel import select

from planner.errors import PlannerError, ValidationError
from planner.models import Activity, Administration, BudgetLine, Mark, Theme
from planner.services import activities as A
from planner.services import people as P
from planner.services import plans, sessions
from planner.store import Database, unit_of_work


@pytest.fixture
def plan_id(db: Database) -> int:
    with unit_of_work(db) as s:
        plan = plans.create_plan(
            s,
            name="Plan",
            owner="GACC",
            start_year=2027,
            years=5,
            base_currency="CNY",
            completion_threshold="0.80",
        )
        plans.add_reference(s, Administration, plan.id, code="KH", name="GDCE", country="KH")
        plans.add_reference(s, Theme, plan.id, code="SW", name="Single Window")
        assert plan.id is not None
        return plan.id


def new_course(db: Database, plan_id: int, **over: object) -> int:
    fields = dict(
        code="TC-1",
        kind="course",
        title="Workshop",
        theme="SW",
        status="planned",
        start=date(2027, 3, 1),
        end=date(2027, 3, 12),
        venue="Nanning",
        country="CN",
        mode="in_person",
        hours_per_session=Decimal("6"),
    )
    fields.update(over)
    with unit_of_work(db) as s:
        activity = A.create_activity(s, plan_id, **fields)
        assert activity.id is not None
        return activity.id


def test_every_problem_of_a_form_is_named_by_field(db: Database, plan_id: int) -> None:
    with pytest.raises(ValidationError) as err, unit_of_work(db) as s:
        A.create_activity(
            s,
            plan_id,
            code="",
            kind="lecture",
            title=" ",
            theme="XX",
            status="planned",
            start=date(2027, 3, 5),
            end=date(2027, 3, 1),
            venue=None,
            country="ZZ",
            mode="in_person",
            hours_per_session=Decimal("-1"),
        )
    fields = {p.path for p in err.value.problems}
    assert fields == {"code", "kind", "title", "theme", "end", "country", "hours_per_session"}
    assert err.value.for_field("end") == ["2027-03-01 is before the start 2027-03-05"]
    with unit_of_work(db) as s:
        assert s.exec(select(Activity)).all() == []


def test_a_code_must_be_unique_in_the_plan(db: Database, plan_id: int) -> None:
    new_course(db, plan_id)
    with pytest.raises(ValidationError, match="already used"):
        new_course(db, plan_id)


def test_weekday_sessions_and_weekly_recurrences() -> None:
    assert sessions.weekdays(date(2027, 3, 4), date(2027, 3, 9)) == [
        "2027-03-04",
        "2027-03-05",
        "2027-03-08",
        "2027-03-09",
    ]
    # every Tuesday and Thursday for six weeks, at 09:30
    stamps = sessions.weekly(date(2027, 3, 1), [1, 3], weeks=6, at=time(9, 30))
    assert len(stamps) == 12
    assert stamps[:3] == ["2027-03-02T09:30", "2027-03-04T09:30", "2027-03-09T09:30"]
    assert stamps[-1] == "2027-04-08T09:30"
    assert sessions.from_rule(
        "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=3", date(2027, 3, 1), date(2027, 12, 31)
    ) == ["2027-03-01", "2027-03-03", "2027-03-08"]
    # the activity's end date caps an open-ended rule
    assert sessions.from_rule("FREQ=DAILY", date(2027, 3, 1), date(2027, 3, 3)) == [
        "2027-03-01",
        "2027-03-02",
        "2027-03-03",
    ]
    with pytest.raises(PlannerError, match="not valid"):
        sessions.from_rule("FREQ=SOMETIMES", date(2027, 3, 1), date(2027, 3, 3))


def test_sessions_are_generated_then_edited_one_by_one(db: Database, plan_id: int) -> None:
    aid = new_course(db, plan_id)
    with unit_of_work(db) as s:
        rows = A.set_sessions(s, aid, sessions.weekdays(date(2027, 3, 1), date(2027, 3, 12)))
        assert len(rows) == 10
        moved = A.move_session(s, rows[0].id, "2027-03-06T10:00")
        assert moved.starts == "2027-03-06T10:00"
        A.remove_session(s, rows[1].id)
        A.add_session(s, aid, date(2027, 3, 7))
    with unit_of_work(db) as s:
        stamps = [x.starts for x in A.sessions_of(s, aid)]
    assert len(stamps) == 10
    assert stamps[:3] == ["2027-03-03", "2027-03-04", "2027-03-05"]
    assert "2027-03-06T10:00" in stamps and "2027-03-07" in stamps
    with (
        pytest.raises(ValidationError, match="outside the activity's dates"),
        unit_of_work(db) as s,
    ):
        A.add_session(s, aid, date(2027, 4, 1))


def test_new_dates_never_drop_marks_silently(db: Database, plan_id: int) -> None:
    aid = new_course(db, plan_id, status="delivered")
    with unit_of_work(db) as s:
        slots = A.set_sessions(s, aid, ["2027-03-01", "2027-03-12"])
        person = P.create_participant(s, plan_id, name="Sok Dara", administration="KH")
        enrolment = P.enrol(s, aid, person.id, "confirmed")
        P.set_mark(s, enrolment.id, slots[1].id, "present", by="trainer")
    with pytest.raises(A.SessionsOutside) as err, unit_of_work(db) as s:
        A.update_activity(s, aid, end=date(2027, 3, 5))
    assert (err.value.sessions, err.value.marks) == (1, 1)
    with unit_of_work(db) as s:
        assert len(s.exec(select(Mark)).all()) == 1
        A.update_activity(s, aid, end=date(2027, 3, 5), drop_sessions_outside=True)
    with unit_of_work(db) as s:
        assert s.exec(select(Mark)).all() == []
        assert [x.starts for x in A.sessions_of(s, aid)] == ["2027-03-01"]


def test_marks_record_when_and_by_whom(db: Database, plan_id: int) -> None:
    aid = new_course(db, plan_id)
    with unit_of_work(db) as s:
        (slot,) = A.set_sessions(s, aid, ["2027-03-02"])
        person = P.create_participant(s, plan_id, name="Sok Dara", administration="KH")
        assert person.ref == "P0001"
        enrolment = P.enrol(s, aid, person.id)
        mark = P.set_mark(s, enrolment.id, slot.id, "late", by="trainer-1")
        assert mark is not None and mark.marked_by == "trainer-1" and mark.marked_at
        with pytest.raises(ValidationError, match="not one of"):
            P.set_mark(s, enrolment.id, slot.id, "sleeping")
        assert P.marks_of(s, aid) == {(enrolment.id, slot.id): "late"}
        assert P.set_mark(s, enrolment.id, slot.id, None) is None
        assert P.marks_of(s, aid) == {}
        second = P.create_participant(s, plan_id, name="Chan Sophea", administration="KH")
        assert second.ref == "P0002"


def test_scores_and_ratings_are_checked(db: Database, plan_id: int) -> None:
    aid = new_course(db, plan_id)
    with unit_of_work(db) as s:
        person = P.create_participant(s, plan_id, name="Sok Dara", administration="KH")
        enrolment = P.enrol(s, aid, person.id, "confirmed")
        P.update_enrolment(
            s, enrolment.id, pre_score="55.5", post_score=Decimal("80"), satisfaction="4.5"
        )
        assert (enrolment.pre_score, enrolment.post_score) == ("55.5", "80")
        with pytest.raises(ValidationError) as err:
            P.update_enrolment(s, enrolment.id, post_score="101", satisfaction="0")
        assert {p.path for p in err.value.problems} == {"post_score", "satisfaction"}


def test_budget_lines_are_exact_and_over_precise_amounts_refused(
    db: Database, plan_id: int
) -> None:
    aid = new_course(db, plan_id)
    with unit_of_work(db) as s:
        line = A.add_budget_line(
            s,
            aid,
            category="travel",
            description="Air",
            currency="USD",
            planned=Decimal("12000.10"),
            actual=None,
        )
        assert line.planned_minor == 1200010
        with pytest.raises(ValidationError) as err:
            A.update_budget_line(s, line.id, actual="99.999")
        assert err.value.for_field("actual") == [
            "99.999 has more decimals than USD allows (at most 2 decimal places)"
        ]
        with pytest.raises(ValidationError, match="must be >= 0"):
            A.update_budget_line(s, line.id, planned="-1")
        vnd = A.add_budget_line(s, aid, category="venue", currency="VND", planned="185000000")
        assert vnd.planned_minor == 185000000
    with unit_of_work(db) as s:
        assert [b.planned_minor for b in s.exec(select(BudgetLine))] == [1200010, 185000000]


def test_quotas_set_change_and_remove(db: Database, plan_id: int) -> None:
    aid = new_course(db, plan_id)
    with unit_of_work(db) as s:
        A.set_quota(s, aid, "KH", 3)
        A.set_quota(s, aid, "KH", 4)
        assert A.quotas_of(s, aid) == {"KH": 4}
        with pytest.raises(ValidationError, match="not a known administration"):
            A.set_quota(s, aid, "XX", 1)
        A.set_quota(s, aid, "KH", None)
        assert A.quotas_of(s, aid) == {}


def test_reference_data_in_use_is_kept(db: Database, plan_id: int) -> None:
    new_course(db, plan_id)
    with unit_of_work(db) as s:
        theme = s.exec(select(Theme)).one()
        with pytest.raises(PlannerError, match="still used by 1 activities"):
            plans.delete_reference(s, Theme, theme.id)


def test_plan_horizon_and_rates(db: Database, plan_id: int) -> None:
    new_course(db, plan_id, start=date(2031, 3, 1), end=date(2031, 3, 2))
    with pytest.raises(ValidationError, match="outside 2027-2029"), unit_of_work(db) as s:
        plans.update_plan(s, plan_id, years=3)
    with unit_of_work(db) as s:
        rate = plans.set_rate(s, plan_id, year=2027, currency="USD", to_base="7.1")
        plans.set_rate(s, plan_id, year=2027, currency="USD", to_base=Decimal("7.2"))
        assert rate.to_base == "7.2"
        with pytest.raises(ValidationError, match="base currency"):
            plans.set_rate(s, plan_id, year=2027, currency="CNY", to_base="1")
        with pytest.raises(ValidationError, match="outside the plan's years"):
            plans.set_rate(s, plan_id, year=2040, currency="USD", to_base="7")


def test_a_deleted_activity_comes_back_whole(db: Database, plan_id: int) -> None:
    aid = new_course(db, plan_id, status="delivered")
    with unit_of_work(db) as s:
        (slot,) = A.set_sessions(s, aid, ["2027-03-02"])
        person = P.create_participant(s, plan_id, name="王小明", administration="KH")
        enrolment = P.enrol(s, aid, person.id, "confirmed", satisfaction="5")
        P.set_mark(s, enrolment.id, slot.id, "present")
        A.add_budget_line(
            s, aid, category="venue", currency="CNY", planned="100.00", actual="90.50"
        )
        A.set_quota(s, aid, "KH", 2)
        before = A.snapshot(s, aid)
        A.delete_activity(s, aid)
    with unit_of_work(db) as s:
        assert s.exec(select(Activity)).all() == []
        restored = A.restore(s, plan_id, before)
        assert A.snapshot(s, restored.id) == before

"""What the activity editor reads (services.editor_data): rows with their ids,
amounts converted by services.metrics, and the lookups its undo steps use."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlmodel import Session, select

from planner.errors import NotFoundError
from planner.models import Activity, Administration, BudgetLine, Enrolment, Participant
from planner.models import TrainingSession as SessionModel
from planner.services import editor_data as D
from planner.store import Database, unit_of_work


@pytest.fixture
def plan_id(load: Callable[[dict[str, Any]], int], small_doc: dict[str, Any]) -> int:
    doc = copy.deepcopy(small_doc)
    doc["administrations"].append({"code": "LA", "name": "Lao Customs", "country": "LA"})
    doc["participants"].append(
        {"ref": "P0002", "name": "Vong Sai", "gender": "M", "administration": "LA"}
    )
    doc["activities"][0]["budget_lines"].append(
        {"category": "venue", "description": "Hall", "currency": "THB",
         "planned": "1000.00", "actual": None, "funding_source": None}
    )  # fmt: skip
    return load(doc)


def read(db: Database, work: Callable[[Session], Any]) -> Any:
    with unit_of_work(db) as s:
        return work(s)


def activity(db: Database) -> int:
    return int(read(db, lambda s: s.exec(select(Activity.id)).one()))


def test_plan_info_has_the_choices_with_their_ids(db: Database, plan_id: int) -> None:
    info = read(db, lambda s: D.plan_info(s, plan_id))
    assert (info.start_year, info.years, info.base_currency) == (2027, 5, "CNY")
    assert [t.code for t in info.themes] == ["SW"]
    assert [(a.code, a.name) for a in info.administrations] == [
        ("KH", "General Department of Customs and Excise"),
        ("LA", "Lao Customs"),
    ]
    admins = read(db, lambda s: {a.code: a.id for a in s.exec(select(Administration))})
    assert {a.code: a.id for a in info.administrations} == admins
    assert [f.code for f in info.funding_sources] == ["GACC"]


def test_activity_fields_or_none_when_gone(db: Database, plan_id: int) -> None:
    aid = activity(db)
    fields = read(db, lambda s: D.activity_fields(s, aid))
    assert fields is not None
    assert (fields["code"], fields["theme"], fields["start"]) == (
        "TC-2027-01",
        "SW",
        date(2027, 3, 1),
    )
    assert read(db, lambda s: D.activity_fields(s, aid + 1)) is None
    assert read(db, lambda s: D.activity_fields(s, None)) is None


def test_sessions_carry_their_ids_and_marks(db: Database, plan_id: int) -> None:
    aid = activity(db)
    rows = read(db, lambda s: D.session_rows(s, aid))
    assert [r.starts for r in rows] == [f"2027-03-0{d}" for d in range(1, 6)]
    assert [r.marks for r in rows] == [1, 0, 0, 0, 0]
    assert rows[0].day == date(2027, 3, 1) and rows[0].time == ""
    stored = read(db, lambda s: {x.id: x.starts for x in s.exec(select(SessionModel))})
    assert {r.id: r.starts for r in rows} == stored
    assert read(db, lambda s: D.session_id(s, aid, "2027-03-03")) == rows[2].id
    with pytest.raises(NotFoundError, match="no session on 2027-03-09"):
        read(db, lambda s: D.session_id(s, aid, "2027-03-09"))


def test_seats_of_every_administration(db: Database, plan_id: int) -> None:
    aid = activity(db)
    found = read(db, lambda s: D.seats(s, plan_id, aid, "TC-2027-01"))
    assert [(r.id, r.code, r.seats) for r in found.rows] == [("KH", "KH", 3), ("LA", "LA", None)]
    admins = read(db, lambda s: {a.code: a.id for a in s.exec(select(Administration))})
    assert [r.administration_id for r in found.rows] == [admins["KH"], admins["LA"]]
    assert found.total == 3


def test_budget_lines_in_their_currency_and_in_base(db: Database, plan_id: int) -> None:
    aid = activity(db)
    found = read(db, lambda s: D.budget(s, plan_id, aid))
    tickets, hall = found.lines
    assert read(db, lambda s: [x.id for x in s.exec(select(BudgetLine))]) == [tickets.id, hall.id]
    assert read(db, lambda s: D.line_ids(s, aid)) == [tickets.id, hall.id]
    assert (tickets.planned, tickets.actual, tickets.planned_base) == (
        Decimal("12000.00"),
        Decimal("11350.50"),
        Decimal("85200.00"),
    )
    assert tickets.has_rate and not hall.has_rate and hall.actual_base is None
    assert (found.year, found.base_currency) == (2027, "CNY")
    assert found.by_currency == [
        ("THB", Decimal("1000.00"), Decimal(0)),
        ("USD", Decimal("12000.00"), Decimal("11350.50")),
    ]
    assert found.planned_base == Decimal("85200.00")  # THB has no rate: left out
    assert (found.lines_without_rate, found.lines_without_actuals) == (1, 1)


def test_enrolments_candidates_and_the_enrolment_lookup(db: Database, plan_id: int) -> None:
    aid = activity(db)
    people = read(db, lambda s: {p.ref: p.id for p in s.exec(select(Participant))})
    (enrolled,) = read(db, lambda s: D.enrolments(s, aid))
    assert (enrolled.id, enrolled.ref, enrolled.native_name, enrolled.administration) == (
        people["P0001"],
        "P0001",
        "សុខ តារា",
        "KH",
    )
    assert (enrolled.status, enrolled.pre_score, enrolled.satisfaction) == (
        "confirmed",
        "55",
        "4.5",
    )
    (candidate,) = read(db, lambda s: D.candidates(s, plan_id, aid))
    assert (candidate.id, candidate.ref, candidate.native_name, candidate.administration) == (
        people["P0002"],
        "P0002",
        "",
        "LA",
    )
    enrolment = read(db, lambda s: s.exec(select(Enrolment.id)).one())
    assert read(db, lambda s: D.enrolment_id(s, aid, people["P0001"])) == enrolment
    with pytest.raises(NotFoundError, match="no longer exists"):
        read(db, lambda s: D.enrolment_id(s, aid, people["P0002"]))

"""The reads behind the window's pages: rows carry their database ids, in the
order the pages show them, with the figures of services.metrics."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlmodel import Session, select

from planner.errors import NotFoundError
from planner.models import (
    Activity,
    Administration,
    BudgetLine,
    Envelope,
    ExchangeRate,
    Theme,
)
from planner.services import activity_list, budget_view, metrics, overview_view, reference_data
from planner.store import Database, unit_of_work

Load = Callable[[dict[str, Any]], int]


def two_activities(doc: dict[str, Any]) -> dict[str, Any]:
    """The small plan and a second activity that starts earlier but comes later in
    the document (so its rows have the higher ids), with a line in a currency
    without an exchange rate."""
    doc = copy.deepcopy(doc)
    doc["themes"].append({"code": "AEO", "name": "Authorised Economic Operators"})
    doc["administrations"].append({"code": "LA", "name": "Lao Customs", "country": "LA"})
    early = copy.deepcopy(doc["activities"][0])
    early.update(
        code="TC-2027-00",
        theme="AEO",
        status="planned",
        start="2027-01-10",
        end="2027-01-11",
        venue=None,
        sessions=["2027-01-10", "2027-01-11"],
        quotas=[{"administration": "KH", "seats": 2}, {"administration": "LA", "seats": 4}],
        enrolments=[],
        attendance=[],
        budget_lines=[
            {"category": "venue", "description": "Hall", "currency": "THB",
             "planned": "1000.00", "actual": None, "funding_source": None},
            {"category": "materials", "description": "Books", "currency": "CNY",
             "planned": "250.50", "actual": "200.00", "funding_source": "GACC"},
        ],
    )  # fmt: skip
    doc["activities"].append(early)
    return doc


@pytest.fixture
def plan_id(load: Load, small_doc: dict[str, Any]) -> int:
    return load(two_activities(small_doc))


def read(db: Database, work: Callable[[Session], Any]) -> Any:
    with unit_of_work(db) as s:
        return work(s)


def ids(db: Database, model: type[Any]) -> dict[str, int]:
    return read(db, lambda s: {r.code: r.id for r in s.exec(select(model))})


# ------------------------------------------------------------------ reference data
def test_reference_rows_carry_their_ids_in_the_order_they_were_added(
    db: Database, plan_id: int
) -> None:
    admins = read(db, lambda s: reference_data.reference_rows(s, Administration, plan_id))
    assert [(r.code, r.country) for r in admins] == [("KH", "KH"), ("LA", "LA")]
    assert {r.code: r.id for r in admins} == ids(db, Administration)
    themes = read(db, lambda s: reference_data.reference_rows(s, Theme, plan_id))
    assert [(r.code, r.name, r.country) for r in themes] == [
        ("SW", "Single Window", None),
        ("AEO", "Authorised Economic Operators", None),
    ]
    assert (
        read(db, lambda s: reference_data.reference_id(s, Theme, plan_id, "AEO", "theme"))
        == (ids(db, Theme)["AEO"])
    )
    with pytest.raises(NotFoundError, match="the theme XX no longer exists"):
        read(db, lambda s: reference_data.reference_id(s, Theme, plan_id, "XX", "theme"))


def test_plan_settings_rates_and_envelopes(db: Database, plan_id: int) -> None:
    plan = read(db, lambda s: reference_data.plan_settings(s, plan_id))
    assert (plan.id, plan.start_year, plan.years, plan.base_currency) == (plan_id, 2027, 5, "CNY")
    assert plan.completion_threshold == "0.80"

    rates = read(db, lambda s: reference_data.rates(s, plan_id))
    (usd,) = rates.rates
    assert (rates.base_currency, rates.start_year, rates.years) == ("CNY", 2027, 5)
    assert (usd.year, usd.currency, usd.to_base) == (2027, "USD", "7.1000")
    assert read(db, lambda s: reference_data.rate_id(s, plan_id, 2027, "USD")) == usd.id
    assert read(db, lambda s: s.get(ExchangeRate, usd.id).currency) == "USD"
    with pytest.raises(NotFoundError, match="no USD rate for 2028"):
        read(db, lambda s: reference_data.rate_id(s, plan_id, 2028, "USD"))

    found = read(db, lambda s: reference_data.envelopes(s, plan_id))
    assert [(r.code, r.name) for r in found.sources] == [("GACC", "GACC capacity building fund")]
    (envelope,) = found.envelopes
    assert (envelope.year, envelope.funding_source, envelope.amount_minor) == (
        2027,
        "GACC",
        300000000,
    )
    assert read(db, lambda s: s.get(Envelope, envelope.id).amount_minor) == 300000000
    assert found.figures.inputs[0].input == Decimal("3000000.00")
    assert read(db, lambda s: reference_data.envelope_id(s, plan_id, 2027, "GACC")) == envelope.id
    with pytest.raises(NotFoundError, match="no 2028 envelope from GACC"):
        read(db, lambda s: reference_data.envelope_id(s, plan_id, 2028, "GACC"))
    with pytest.raises(NotFoundError, match="the funding source EU no longer exists"):
        read(db, lambda s: reference_data.envelope_id(s, plan_id, 2027, "EU"))


def test_stored_id_refuses_a_row_never_saved() -> None:
    assert reference_data.stored_id(7) == 7
    with pytest.raises(AssertionError):
        reference_data.stored_id(None)


# ------------------------------------------------------------------ overview
def test_overview_data_has_the_themes_and_the_activities_by_start(
    db: Database, plan_id: int
) -> None:
    data = read(db, lambda s: overview_view.overview_data(s, plan_id))
    themes = ids(db, Theme)
    activities = ids(db, Activity)
    assert [(t.id, t.code) for t in data.themes] == [(themes["SW"], "SW"), (themes["AEO"], "AEO")]
    early, course = data.activities
    assert (early.id, early.code) == (activities["TC-2027-00"], "TC-2027-00")
    assert early.theme_id == themes["AEO"]
    assert (early.start, early.end, early.venue) == (date(2027, 1, 10), date(2027, 1, 11), "")
    assert (course.code, course.status, course.venue) == ("TC-2027-01", "delivered", "Nanning")
    assert data.figures.base_currency == "CNY"
    assert [r.key for r in data.figures.scope("activity")] == ["TC-2027-00", "TC-2027-01"]


# ------------------------------------------------------------------ activities
def test_activity_rows_carry_ids_seats_administrations_and_costs(
    db: Database, plan_id: int
) -> None:
    found = read(db, lambda s: activity_list.activity_list(s, plan_id))
    costs = read(db, lambda s: metrics.activity_costs(s, plan_id))
    activities = ids(db, Activity)
    early, course = found.rows
    assert (early.id, early.code, early.theme, early.start) == (
        activities["TC-2027-00"],
        "TC-2027-00",
        "AEO",
        "2027-01-10",
    )
    assert (early.seats, early.admins, early.venue) == (6, frozenset({"KH", "LA"}), "")
    assert early.planned == costs[early.id].planned_cost == Decimal("250.50")  # THB left out
    assert early.missing_rate and early.has_actuals
    assert (course.seats, course.admins) == (3, frozenset({"KH"}))
    assert course.planned == costs[course.id].planned_cost == Decimal("85200.00")
    assert course.actual == costs[course.id].actual_cost and not course.missing_rate
    assert [t.code for t in found.themes] == ["SW", "AEO"]
    assert [a.code for a in found.administrations] == ["KH", "LA"]
    assert {a.code: a.id for a in found.administrations} == ids(db, Administration)
    assert (found.start_year, found.years) == (2027, 5)


# ------------------------------------------------------------------ budget lines
def test_each_budget_line_row_carries_the_id_of_its_own_line(db: Database, plan_id: int) -> None:
    rows = read(db, lambda s: budget_view.line_rows(s, plan_id))
    # by start date: the later-added, earlier activity first
    assert [(r.activity, r.description) for r in rows] == [
        ("TC-2027-00", "Hall"),
        ("TC-2027-00", "Books"),
        ("TC-2027-01", "Air tickets"),
    ]
    stored = read(
        db,
        lambda s: {
            line.id: (line.description, line.currency, line.planned_minor)
            for line in s.exec(select(BudgetLine))
        },
    )
    for r in rows:
        minor = int(r.planned.scaleb(2))
        assert stored[r.id] == (r.description, r.currency, minor)
    hall, books, tickets = rows
    assert hall.planned_base is None and hall.variance_base is None and hall.funding_source is None
    assert (books.planned_base, books.actual_base, books.variance_base) == (
        Decimal("250.50"),
        Decimal("200.00"),
        Decimal("-50.50"),
    )
    assert tickets.planned_base == Decimal("85200.00")  # 12,000 USD at 7.1
    assert (tickets.year, tickets.category, tickets.funding_source) == (2027, "travel", "GACC")


def test_line_fields_of_one_line(db: Database, plan_id: int) -> None:
    rows = read(db, lambda s: budget_view.line_rows(s, plan_id))
    fields = read(db, lambda s: budget_view.line_fields(s, rows[2].id))
    assert fields == {
        "category": "travel",
        "description": "Air tickets",
        "currency": "USD",
        "planned": Decimal("12000.00"),
        "actual": Decimal("11350.50"),
        "funding_source": "GACC",
    }
    with pytest.raises(NotFoundError, match="budget line"):
        read(db, lambda s: budget_view.line_fields(s, max(r.id for r in rows) + 1))


def test_a_plan_without_lines_or_rates(db: Database, load: Load, small_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(small_doc)
    doc["activities"][0]["budget_lines"] = []
    doc["exchange_rates"] = []
    plan_id = load(doc)
    assert read(db, lambda s: budget_view.line_rows(s, plan_id)) == []
    assert read(db, lambda s: reference_data.rates(s, plan_id)).rates == []
    assert [r.code for r in read(db, lambda s: activity_list.activity_rows(s, plan_id))] == [
        "TC-2027-01"
    ]

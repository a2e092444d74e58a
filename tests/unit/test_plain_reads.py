"""The budget report's reads that were ORM queries, now plain SQL run by both routes
(a session, or the light handle of planner.store.readonly): the same answers on
SQLite and PostgreSQL, and through either route."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from planner.errors import NotFoundError, PlannerError
from planner.services import plans as P
from planner.services.finance_paper import Paper, RateSource, Signer, paper_of, rate_sources
from planner.services.which_plan import PlanRef, choose_plan
from planner.store import Database, unit_of_work
from planner.store.readonly import open_readonly

PAPER = {
    "report_reference": "GACC-ASEAN-CB/FIN/2028",
    "report_version": "1.2",
    "prepared_name": "Liu Yang",
    "prepared_title": "Finance Officer",
    "reviewed_name": "Chen Jing",
    "approved_title": "Director",
}


@pytest.fixture
def papered(small_doc: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(small_doc)
    doc["version"] = 4
    doc["plan"].update(PAPER)
    doc["exchange_rates"] = [
        {"year": 2027, "currency": "USD", "to_base": "7.1", "source": "PBOC", "rate_date": None},
        {"year": 2028, "currency": "USD", "to_base": "7.2", "rate_date": "2027-11-30"},
        {"year": 2029, "currency": "USD", "to_base": "7.3"},  # neither: not listed
    ]
    return doc


EXPECTED_PAPER = Paper(
    "GACC-ASEAN-CB/FIN/2028",
    "1.2",
    (
        Signer("prepared", "Liu Yang", "Finance Officer"),
        Signer("reviewed", "Chen Jing", ""),
        Signer("approved", "", "Director"),
    ),
)
EXPECTED_SOURCES = {
    (2027, "USD"): RateSource("PBOC", None),
    (2028, "USD"): RateSource("", date(2027, 11, 30)),
}


@pytest.mark.both_engines
def test_the_paper_and_the_rate_sources(
    db: Database, load: Callable[[dict[str, Any]], int], papered: dict[str, Any]
) -> None:
    plan = load(papered)
    with unit_of_work(db) as s:
        assert paper_of(s, plan) == EXPECTED_PAPER
        assert rate_sources(s, plan) == EXPECTED_SOURCES
        with pytest.raises(NotFoundError, match=r"the plan no longer exists \(number 999\)"):
            paper_of(s, 999)
    if not db.is_server:
        handle = open_readonly(db.path)
        assert handle is not None
        with handle:
            assert paper_of(handle, plan) == EXPECTED_PAPER
            assert rate_sources(handle, plan) == EXPECTED_SOURCES


@pytest.mark.both_engines
def test_a_plan_without_paper_has_blank_paper(
    db: Database, load: Callable[[dict[str, Any]], int], small_doc: dict[str, Any]
) -> None:
    plan = load(small_doc)
    with unit_of_work(db) as s:
        paper = paper_of(s, plan)
        assert rate_sources(s, plan) == {}
    assert (paper.reference, paper.version) == ("", "")
    assert [(x.role, x.name, x.title) for x in paper.signers] == [
        ("prepared", "", ""),
        ("reviewed", "", ""),
        ("approved", "", ""),
    ]


@pytest.mark.both_engines
def test_choosing_the_plan(
    db: Database, load: Callable[[dict[str, Any]], int], small_doc: dict[str, Any]
) -> None:
    with unit_of_work(db) as s, pytest.raises(PlannerError, match="holds no plan yet"):
        choose_plan(s, None)
    first = load(small_doc)
    with unit_of_work(db) as s:
        only = PlanRef(first, small_doc["plan"]["name"], 2027, 5)
        assert choose_plan(s, None) == only and only.last_year == 2031
        assert P.resolve_plan(s, None).id == first
    other = copy.deepcopy(small_doc)
    other["plan"]["name"] = "Second plan"
    second = load(other)
    with unit_of_work(db) as s:
        with pytest.raises(PlannerError) as e:
            choose_plan(s, None)
        assert e.value.message == (
            f"the database holds 2 plans; choose one with --plan "
            f"({first}: {small_doc['plan']['name']}; {second}: Second plan)"
        )
        assert choose_plan(s, "Second plan") == PlanRef(second, "Second plan", 2027, 5)
        assert choose_plan(s, str(first)).id == first
        assert P.resolve_plan(s, "Second plan").id == second
        with pytest.raises(NotFoundError, match="there is no plan named or numbered '7x'"):
            choose_plan(s, "7x")

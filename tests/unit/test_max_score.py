"""An activity's maximum test score: set, cleared and refused (planner/services/
max_score.py), scores held to it where they are typed and imported, undoable."""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from planner.errors import ValidationError
from planner.services import journal, people
from planner.services import max_score as M
from planner.services.exchange_import import import_document
from planner.store import Database, raw_connection, unit_of_work
from tests.results_plan import results_doc

Doc = dict[str, Any]


@pytest.fixture
def plan(load: Callable[[Doc], int]) -> int:
    return load(results_doc())


def _id(db: Database, sql: str, *args: Any) -> int:
    with unit_of_work(db) as s:
        return int(raw_connection(s).execute(sql, args).fetchone()[0])


def _a1(db: Database) -> int:
    return _id(db, "SELECT id FROM activity WHERE code = 'A1'")


def test_set_cleared_and_undone(db: Database, plan: int) -> None:
    a1 = _a1(db)
    with journal.recorded(db, "max") as s:
        assert M.set_max_score(s, a1, Decimal("90.50")) == "90.50"
    with unit_of_work(db) as s:
        assert M.max_score_of(s, a1) == "90.50"
    journal.undo(db)
    with unit_of_work(db) as s:
        assert M.max_score_of(s, a1) == "100"
    with unit_of_work(db) as s:
        assert M.set_max_score(s, a1, None) is None
        assert M.max_score_of(s, a1) is None


@pytest.mark.parametrize("bad", ["0", "-5", "100.01", "99.999", "many"])
def test_out_of_range_is_refused_and_changes_nothing(db: Database, plan: int, bad: str) -> None:
    a1 = _a1(db)
    with pytest.raises(ValidationError) as e, unit_of_work(db) as s:
        M.set_max_score(s, a1, bad)
    assert e.value.for_field("max_score")
    with unit_of_work(db) as s:
        assert M.max_score_of(s, a1) == "100"


def test_below_a_recorded_score_is_refused_naming_it(db: Database, plan: int) -> None:
    a1 = _a1(db)
    # A1's scores: P1 40 -> 70, P2 50 -> 90, P3 30 -> 60; 80 is below P2's 90
    with pytest.raises(ValidationError) as e, unit_of_work(db) as s:
        M.set_max_score(s, a1, "80")
    assert e.value.for_field("max_score") == [
        "must be at least every recorded score: P2 has a post-test score of 90"
    ]
    with pytest.raises(ValidationError) as e, unit_of_work(db) as s:
        M.set_max_score(s, a1, "45")  # P1's 70, P2's 50 and 90, P3's 60 are above
    assert "P2 has a post-test score of 90 (and 3 more scores)" in str(e.value)
    with unit_of_work(db) as s:
        assert M.set_max_score(s, a1, "90") == "90"  # equal to the highest: taken


def test_a_score_above_the_maximum_is_refused_where_it_is_typed(db: Database, plan: int) -> None:
    eid = _id(
        db,
        "SELECT e.id FROM enrolment e JOIN participant p ON p.id = e.participant_id "
        "JOIN activity a ON a.id = e.activity_id WHERE a.code = 'A1' AND p.ref = 'P1'",
    )
    with unit_of_work(db) as s:
        M.set_max_score(s, _a1(db), "95")
    with pytest.raises(ValidationError) as e, unit_of_work(db) as s:
        people.update_enrolment(s, eid, pre_score=Decimal("96"), satisfaction=Decimal(5))
    assert e.value.for_field("pre_score") == ["must be at most the activity's maximum score, 95"]
    with unit_of_work(db) as s:
        assert people.update_enrolment(s, eid, post_score=Decimal("95")).post_score == "95"
        # a score kept from before is not checked again when another field changes
        raw_connection(s).execute("UPDATE activity SET max_score = '80' WHERE code = 'A1'")
        assert people.update_enrolment(s, eid, satisfaction=Decimal(5)).post_score == "95"


def test_an_imported_score_above_the_maximum_is_refused(db: Database) -> None:
    doc = copy.deepcopy(results_doc())
    doc["activities"][0]["max_score"] = "80"  # P2's post-test score is 90
    with pytest.raises(ValidationError) as e, unit_of_work(db) as s:
        import_document(s, doc)
    assert (
        "activities[0].enrolments[1].post_score: must be at most the activity's max_score, 80"
        in (e.value.lines())
    )

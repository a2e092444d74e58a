"""The dashboard's counts after an edit: counted anew only for the activities the
edit touched (planner/services/dashboard_live.py), they must equal the plan counted
anew whole, for the whole plan, every year, every group, the ceilings and the
learning sums."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from decimal import Decimal
from typing import Any

import pytest

from planner.services import journal
from planner.services.dashboard_live import LiveDashboard
from planner.services.dashboard_view import ADMIN, KIND, THEME, Request, Snapshot, gather
from planner.store import Database, raw_connection, unit_of_work
from tests.results_plan import add_follow_ups, results_doc

Doc = dict[str, Any]
pytestmark = pytest.mark.both_engines


@pytest.fixture
def plan(db: Database, load: Callable[[Doc], int]) -> int:
    plan_id = load(results_doc())
    with unit_of_work(db) as s:
        add_follow_ups(raw_connection(s))
    return plan_id


def _edit(db: Database, sql: str, *args: Any) -> None:
    with journal.recorded(db, "test edit") as s:
        raw_connection(s).execute(sql, args)


def _id(db: Database, sql: str, *args: Any) -> int:
    with unit_of_work(db) as s:
        return int(raw_connection(s).execute(sql, args).fetchone()[0])


def _canonical(x: Any) -> Any:
    """``x`` as nested tuples of its values' reprs (a Decimal's exponent included),
    with each set's members and each dict's items in sorted order: two equal sets
    built in different orders can iterate, and so print, in different orders when
    their strings' hashes collide (the hashes change with each process), which once
    failed this test one run in about eight on PostgreSQL; and a dict iterates in the
    order its keys came, which is the server's GROUP BY order (equal dicts, other
    order: failed once more)."""
    if is_dataclass(x) and not isinstance(x, type):
        return (
            type(x).__name__,
            tuple((f.name, _canonical(getattr(x, f.name))) for f in fields(x)),
        )
    if isinstance(x, (set, frozenset)):
        return ("set", tuple(sorted(repr(_canonical(m)) for m in x)))
    if isinstance(x, dict):
        items = ((_canonical(k), _canonical(v)) for k, v in x.items())
        return ("dict", tuple(sorted(items, key=repr)))
    if isinstance(x, (list, tuple)):
        return (type(x).__name__, tuple(_canonical(m) for m in x))
    return repr(x)


def _shown(snap: Snapshot) -> str:
    """Everything a snapshot holds but its timing (the figures' own tallies are in
    the dataclasses' text, down to each sum), sets in a fixed order (_canonical)."""
    return repr(
        _canonical(
            (
                snap.request,
                snap.whole,
                snap.current,
                snap.group,
                snap.members,
                snap.ids,
                snap.by_year,
                snap.over_ceiling,
                snap.per_year,
                snap.refs,
                snap.learning,
                snap.scored,
                snap.admin_ids,
            )
        )
    )


REQUESTS = [
    Request(),
    Request(2027),
    Request(2028),
    Request(None, THEME, "SW"),
    Request(2028, THEME, "AEO"),
    Request(None, KIND, "course"),
    Request(None, ADMIN, "KH"),
    Request(2027, ADMIN, "CN1"),
]


def _check(db: Database, plan: int, live: LiveDashboard, how: str) -> Snapshot:
    live.stale()
    with unit_of_work(db) as s:
        for request in REQUESTS:
            kept = gather(s, plan, request, live=live)
            assert live.last == (how if request == REQUESTS[0] else "kept")
            assert _shown(kept) == _shown(gather(s, plan, request)), request
    with unit_of_work(db) as s:
        return gather(s, plan, Request(), live=live)


def test_each_edit_of_an_activity_is_counted_for_it_alone(db: Database, plan: int) -> None:
    live = LiveDashboard(plan)
    first = _check(db, plan, live, "whole")
    assert first.over_ceiling == ()
    a1 = _id(db, "SELECT id FROM activity WHERE code = 'A1'")
    a2 = _id(db, "SELECT id FROM activity WHERE code = 'A2'")
    e_a1_p1 = _id(
        db,
        "SELECT e.id FROM enrolment e JOIN participant p ON p.id = e.participant_id "
        "WHERE e.activity_id = ? AND p.ref = 'P1'",
        a1,
    )

    # a score: the learning gain moves
    _edit(db, "UPDATE enrolment SET post_score = '80' WHERE id = ?", e_a1_p1)
    snap = _check(db, plan, live, "patched")
    assert snap.figures.learning_gain != first.figures.learning_gain
    # a mark: P1 misses the first session of A1
    _edit(
        db,
        "UPDATE mark SET status = 'absent' WHERE enrolment_id = ? AND session_id = "
        "(SELECT id FROM session WHERE activity_id = ? ORDER BY starts LIMIT 1)",
        e_a1_p1,
        a1,
    )
    moved = _check(db, plan, live, "patched")
    assert moved.figures.participant_days == snap.figures.participant_days - 1
    # a payment, then the budget line given a funding source past its envelope
    _edit(
        db,
        "UPDATE payment SET amount_minor = amount_minor + 12345 WHERE budget_line_id IN "
        "(SELECT id FROM budget_line WHERE activity_id = ?)",
        a2,
    )
    paid = _check(db, plan, live, "patched")
    assert paid.figures.actual_cost == moved.figures.actual_cost + Decimal("123.45")
    _edit(
        db,
        "UPDATE budget_line SET funding_source_id = "
        "(SELECT id FROM funding_source WHERE code = 'F') WHERE activity_id = ?",
        a1,
    )
    assert _check(db, plan, live, "patched").over_ceiling == ()
    _edit(
        db,
        "UPDATE payment SET amount_minor = amount_minor + 1100000 WHERE budget_line_id IN "
        "(SELECT id FROM budget_line WHERE activity_id = ?)",
        a1,
    )
    assert _check(db, plan, live, "patched").over_ceiling == ("F 2027",)
    journal.undo(db)  # the payment back: under the ceiling again
    assert _check(db, plan, live, "patched").over_ceiling == ()
    journal.redo(db)
    assert _check(db, plan, live, "patched").over_ceiling == ("F 2027",)
    # a line in a currency without a rate: left out of every total, with a warning
    _edit(db, "UPDATE budget_line SET currency = 'USD' WHERE activity_id = ?", a1)
    snap = _check(db, plan, live, "patched")
    assert any("USD" in w for w in snap.whole.warnings) and snap.over_ceiling == ()
    journal.undo(db)
    snap = _check(db, plan, live, "patched")
    assert not any("USD" in w for w in snap.whole.warnings)
    # an activity moved to another theme, then to another year (and so another
    # place in the activities' order)
    _edit(
        db,
        "UPDATE activity SET theme_id = (SELECT id FROM theme WHERE code = 'SW') WHERE id = ?",
        a2,
    )
    _check(db, plan, live, "patched")
    _edit(db, "UPDATE activity SET start_date = '2027-01-15' WHERE id = ?", a2)
    snap = _check(db, plan, live, "patched")
    assert [r.key for r in snap.whole.scope("activity")][:2] == ["A2", "A1"]
    # a person's sex and administration: the activities they are enrolled in
    _edit(db, "UPDATE participant SET gender = 'M' WHERE ref = 'P1'")
    _check(db, plan, live, "patched")
    # an activity deleted with its rows, then undone
    _edit(db, "DELETE FROM activity WHERE id = ?", a2)
    gone = _check(db, plan, live, "patched")
    assert "A2" not in gone.ids
    journal.undo(db)
    assert "A2" in _check(db, plan, live, "patched").ids


def test_plan_wide_and_unrecorded_edits_count_the_whole_plan(db: Database, plan: int) -> None:
    live = LiveDashboard(plan)
    _check(db, plan, live, "whole")
    # an envelope is the plan's, not an activity's
    _edit(db, "UPDATE envelope SET amount_minor = 1 WHERE plan_id = ?", plan)
    assert _check(db, plan, live, "whole").whole.total_input == Decimal("0.02")
    # an edit the journal did not record (another program): counted whole when told
    with unit_of_work(db) as s:
        raw_connection(s).execute("UPDATE enrolment SET post_score = '99'")
    _check(db, plan, live, "whole")
    # nothing changed and nothing told: the counts in hand
    with unit_of_work(db) as s:
        gather(s, plan, Request(), live=live)
    assert live.last == "kept"

"""Amounts beyond 32 bits of minor units are edited on both engines.

PostgreSQL keeps amounts as BIGINT (revision 0010); the ORM must write them as
such, not cast them to a 32-bit INTEGER (the demo's LAK lines are 175 million).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from planner.models.activity import BudgetLine
from planner.services import activities as A
from planner.services import payments
from planner.services.journal import recorded, undo
from planner.store import Database, raw_connection, unit_of_work

pytestmark = pytest.mark.both_engines


def test_an_amount_beyond_32_bits_is_saved_paid_and_undone(
    db: Database, load: Any, small_doc: dict[str, Any]
) -> None:
    load(small_doc)
    with unit_of_work(db) as s:
        line = s.get(BudgetLine, 1)
        assert line is not None
        before, seen = line.planned_minor, line.version
    # 21,474,836.48 is the first amount a 32-bit column of cents cannot hold
    with recorded(db, "big line", user="me") as s:
        A.update_budget_line(s, 1, seen=seen, planned=Decimal("175000000.01"))
    with recorded(db, "big payment", user="me") as s:
        payments.add_payment(s, 1, amount=Decimal("30000000.50"), date=None)
    with unit_of_work(db) as s:
        con = raw_connection(s)
        assert con.execute("SELECT planned_minor FROM budget_line WHERE id = 1").fetchone() == (
            17_500_000_001,
        )
        paid = con.execute("SELECT amount_minor FROM payment WHERE budget_line_id = 1").fetchall()
        assert 3_000_000_050 in [p for (p,) in paid]
    undo(db, user="me")
    undo(db, user="me")
    with unit_of_work(db) as s:
        line = s.get(BudgetLine, 1)
        assert line is not None and line.planned_minor == before

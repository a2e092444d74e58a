"""Where scores are typed (the attendance page's scores table), the columns say
the most a score can be: the activity's maximum score, else 100."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from planner.services import attendance as AT
from planner.store import Database, raw_connection, unit_of_work
from planner.ui.models.scores import ScoresModel
from tests.results_plan import results_doc


def test_the_score_columns_name_the_maximum(
    qtbot: Any, db: Database, load: Callable[[dict[str, Any]], int]
) -> None:
    doc = results_doc()
    doc["activities"][0]["max_score"] = "90"
    load(doc)
    with unit_of_work(db) as s:
        ids = dict(raw_connection(s).execute("SELECT code, id FROM activity"))
        a1, a2 = AT.grid(s, ids["A1"]), AT.grid(s, ids["A2"])
    model = ScoresModel()

    def titles() -> list[str]:
        h = Qt.Orientation.Horizontal
        return [model.headerData(c, h) for c in (model.FIXED, model.FIXED + 1)]

    model.set_grid(a1)
    assert titles() == ["Pre-test (0-90)", "Post-test (0-90)"]
    model.set_grid(a2)  # no maximum score
    assert titles() == ["Pre-test (0-100)", "Post-test (0-100)"]

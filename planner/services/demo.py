"""The demo plan: the China-ASEAN customs plan 2027-2031, written into a new file."""

from __future__ import annotations

from pathlib import Path

from planner.i18n import _
from planner.services import exchange
from planner.services.demo_data import demo_plan_document
from planner.store import open_database, unit_of_work


def create_demo(path: Path) -> str:
    """Create ``path`` holding the demo plan; returns a one-line summary."""
    doc = demo_plan_document()
    db = open_database(path, create=True)
    try:
        with unit_of_work(db) as s:
            exchange.import_document(s, doc, source="the demo plan")
    except BaseException:
        db.discard()  # no empty database left behind
        raise
    db.close()
    acts = doc["activities"]
    marks = sum(len(a["attendance"]) for a in acts)
    return _("{activities} activities, {participants} participants, {marks} marks").format(
        activities=len(acts), participants=len(doc["participants"]), marks=marks
    )

"""Opening a database for the window in the background, with what its first page
shows: the file opened and checked, its plans, and the overview's data of the plan
the window will show, read in one go off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from planner.services.overview_view import OverviewData, overview_data
from planner.services.plan_choices import PlanChoice, plan_choices
from planner.services.workspace import Workspace, open_workspace, transaction


@dataclass(frozen=True)
class FirstPage:
    """An open database, its plans, the plan to show and its overview's data."""

    db: Workspace
    plans: list[PlanChoice]
    plan_id: int | None
    overview: OverviewData | None


def open_first(
    path: Path | str, *, create: bool = False, last_plan: int | None = None
) -> FirstPage:
    """Open ``path`` (as :func:`open_workspace`) and read its plans and the overview
    of ``last_plan`` (or of the first plan when that one is gone). Raises what
    opening raises; the database is closed again if reading fails."""
    db = open_workspace(path, create=create)
    try:
        with transaction(db) as s:
            plans = plan_choices(s)
            ids = [choice[0] for choice in plans]
            chosen = last_plan if last_plan in ids else (ids[0] if ids else None)
            overview = None if chosen is None else overview_data(s, chosen)
    except BaseException:
        db.close()
        raise
    return FirstPage(db, plans, chosen, overview)

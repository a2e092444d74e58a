"""What the plan overview reads: the themes, every activity with its theme and
dates, and the money figures of :mod:`planner.services.metrics`, in one
transaction. The window lays the activities out as cards and formats the figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from planner.i18n import shown
from planner.services import metrics
from planner.store import raw_connection


@dataclass(frozen=True)
class ThemeRow:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class ActivityCard:
    id: int
    code: str
    kind: str
    title: str
    theme_id: int
    status: str
    start: date
    end: date
    venue: str  # "" when there is none


@dataclass(frozen=True)
class OverviewData:
    figures: metrics.PlanFigures  # money only (participation=False)
    themes: list[ThemeRow]  # in the order they were added
    activities: list[ActivityCard]  # by start date, then code


def overview_data(session: Session, plan_id: int) -> OverviewData:
    figures = metrics.compute(session, plan_id, participation=False)  # money only
    con = raw_connection(session)
    themes = [
        ThemeRow(tid, code, shown(name, zh))
        for tid, code, name, zh in con.execute(
            "SELECT id, code, name, name_zh FROM theme WHERE plan_id = ? ORDER BY id", (plan_id,)
        )
    ]
    activities = [
        ActivityCard(
            aid,
            code,
            kind,
            shown(title, title_zh),
            theme_id,
            status,
            date.fromisoformat(start),
            date.fromisoformat(end),
            shown(venue, venue_zh),
        )
        for aid, code, kind, title, theme_id, status, start, end, venue, title_zh, venue_zh in (
            con.execute(
                "SELECT id, code, kind, title, theme_id, status, start_date, end_date, "
                "coalesce(venue, ''), title_zh, venue_zh FROM activity WHERE plan_id = ? "
                "ORDER BY start_date, code",
                (plan_id,),
            )
        )
    ]
    return OverviewData(figures, themes, activities)

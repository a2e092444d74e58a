"""What the list of activities reads: one row per activity with its seats, the
administrations it has quotas for and its costs in base currency (from
:func:`planner.services.metrics.activity_costs`), and the choices of its filters.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session

from planner.i18n import shown
from planner.services import metrics
from planner.services.reference_data import ReferenceRow
from planner.store import raw_connection


@dataclass(frozen=True)
class ActivityRow:
    id: int
    code: str
    kind: str
    title: str
    theme: str  # its code
    status: str
    start: str  # ISO date
    end: str
    venue: str  # "" when there is none
    seats: int  # the sum of its quotas
    admins: frozenset[str]  # codes of the administrations with a quota
    planned: Decimal  # in base currency, from metrics
    actual: Decimal
    has_actuals: bool  # some budget line has an actual amount
    missing_rate: bool  # some budget line has no exchange rate for its year


@dataclass(frozen=True)
class ActivityList:
    rows: list[ActivityRow]  # by start date, then code
    themes: list[ReferenceRow]  # the filters' choices, in the order they were added
    administrations: list[ReferenceRow]
    start_year: int
    years: int


def activity_rows(session: Session, plan_id: int) -> list[ActivityRow]:
    con = raw_connection(session)
    costs = metrics.activity_costs(session, plan_id)
    admins: dict[int, set[str]] = {}
    for aid, code in con.execute(
        "SELECT q.activity_id, ad.code FROM quota q JOIN administration ad "
        "ON ad.id = q.administration_id JOIN activity a ON a.id = q.activity_id "
        "WHERE a.plan_id = ?",
        (plan_id,),
    ):
        admins.setdefault(aid, set()).add(code)
    rows = []
    for aid, code, kind, title, theme, status, start, end, venue, seats, tzh, vzh in con.execute(
        "SELECT a.id, a.code, a.kind, a.title, t.code, a.status, a.start_date, a.end_date, "
        "coalesce(a.venue, ''), (SELECT coalesce(sum(seats), 0) FROM quota q "
        "WHERE q.activity_id = a.id), a.title_zh, a.venue_zh "
        "FROM activity a JOIN theme t ON t.id = a.theme_id "
        "WHERE a.plan_id = ? ORDER BY a.start_date, a.code",
        (plan_id,),
    ):
        f = costs[aid]
        rows.append(
            ActivityRow(
                aid,
                code,
                kind,
                shown(title, tzh),
                theme,
                status,
                start,
                end,
                shown(venue, vzh),
                seats,
                frozenset(admins.get(aid, ())),
                f.planned_cost,
                f.actual_cost,
                f.lines > f.lines_without_actuals,
                bool(f.lines_without_rate),
            )
        )
    return rows


def activity_list(session: Session, plan_id: int) -> ActivityList:
    rows = activity_rows(session, plan_id)
    con = raw_connection(session)

    def named(query: str) -> list[ReferenceRow]:
        return [
            ReferenceRow(i, code, shown(name, zh))
            for i, code, name, zh in con.execute(query, (plan_id,))
        ]

    themes = named("SELECT id, code, name, name_zh FROM theme WHERE plan_id = ? ORDER BY id")
    administrations = named(
        "SELECT id, code, name, name_zh FROM administration WHERE plan_id = ? ORDER BY id"
    )
    start_year, years = con.execute(
        "SELECT start_year, years FROM plan WHERE id = ?", (plan_id,)
    ).fetchone()
    return ActivityList(rows, themes, administrations, start_year, years)

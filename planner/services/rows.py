"""A plan's listings row by row: budget lines, attendance, activities.

The rows behind the CSVs, the PDFs, the budget groupings and the certificates,
as frozen dataclasses. Every converted amount follows
:mod:`planner.services.base_money` and every completion
:mod:`planner.services.participation`; nothing here computes a figure of its own.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from planner.enums import COUNTED_MARKS, EnrolmentStatus, Status
from planner.errors import PlannerError
from planner.i18n import _
from planner.money import exponent_of, from_minor
from planner.services.base_money import actual_sql, in_base, rate_table
from planner.services.metrics import activity_costs
from planner.services.participation import attendance_rate, completed
from planner.services.scope import activity_filter
from planner.store import raw_connection

if TYPE_CHECKING:
    from planner.store.readonly import Reads


@dataclass(frozen=True)
class BudgetLineRow:
    year: int
    activity: str
    kind: str
    status: str
    category: str
    description: str
    funding_source: str | None
    currency: str
    planned: Decimal  # in the line's currency
    actual: Decimal | None
    planned_base: Decimal | None  # None: no exchange rate for the year
    actual_base: Decimal | None
    #: the line's own id (0 for a row not read from a database)
    id: int = 0
    #: the plan rate used: base units per unit of the line's currency (1 for the
    #: base currency); None without a rate for the year
    rate: Decimal | None = None

    @property
    def base_amounts(self) -> tuple[Decimal, Decimal | None] | None:
        """(planned, actual) in base currency, None without an exchange rate: what
        :meth:`planner.services.base_money.LineSums.book` takes."""
        return None if self.planned_base is None else (self.planned_base, self.actual_base)

    @property
    def variance_base(self) -> Decimal | None:
        if self.actual_base is None or self.planned_base is None:
            return None
        return self.actual_base - self.planned_base


@dataclass(frozen=True)
class AttendanceRow:
    activity: str
    participant: str
    name: str
    native_name: str | None
    administration: str
    sessions: int
    attended: int
    excused: int
    attendance_rate: Decimal | None
    completed: bool
    #: the activity is not delivered (yet): its people are pending, not failing
    pending: bool = False


@dataclass(frozen=True)
class PlanActivityRow:
    code: str
    kind: str
    title: str
    theme: str
    status: str
    start: date
    end: date
    venue: str | None
    country: str | None
    mode: str
    sessions: int
    seats: int
    planned_cost: Decimal
    #: the Chinese title and venue, if given (a report picks with planner.i18n.shown)
    title_zh: str | None = None
    venue_zh: str | None = None


def _con(session: Reads) -> Any:
    return raw_connection(session)


def _base(con: Any, plan_id: int) -> str:
    return str(con.execute("SELECT base_currency FROM plan WHERE id = ?", (plan_id,)).fetchone()[0])


def budget_lines(
    session: Reads,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    as_of: date | None = None,
    ids: Collection[int] | None = None,
) -> list[BudgetLineRow]:
    """Every budget line of the plan (or year, or activity, or of the activities
    whose id is in ``ids``); ``as_of`` counts only the payments dated on or before it."""
    con = _con(session)
    base = _base(con, plan_id)
    exp = exponent_of(base)
    rates = rate_table(con, plan_id)
    where, args = activity_filter(plan_id, year, activity, ids=ids)
    actual_expr, actual_args = actual_sql(as_of)
    out = []
    for start, code, kind, status, cat, desc, src, cur, planned, actual, line_id in con.execute(
        "SELECT a.start_date, a.code, a.kind, a.status, b.category, b.description, f.code, "
        f"b.currency, b.planned_minor, {actual_expr}, b.id FROM budget_line b "
        "JOIN activity a ON a.id = b.activity_id "
        "LEFT JOIN funding_source f ON f.id = b.funding_source_id "
        f"WHERE {where} ORDER BY a.start_date, a.code, b.id",
        [*actual_args, *args],
    ):
        y = int(start[:4])
        conv = in_base(rates, base, y, cur, planned, actual)
        out.append(
            BudgetLineRow(
                y,
                code,
                kind,
                status,
                cat,
                desc,
                src,
                cur,
                from_minor(planned, cur),
                None if actual is None else from_minor(actual, cur),
                None if conv is None else Decimal(conv[0]).scaleb(-exp),
                None if conv is None or conv[1] is None else Decimal(conv[1]).scaleb(-exp),
                line_id,
                Decimal(1) if cur == base else rates.get((y, cur)),
            )
        )
    return out


def attendance_rows(
    session: Reads, plan_id: int, *, year: int | None = None, activity: str | None = None
) -> list[AttendanceRow]:
    con = _con(session)
    threshold = Decimal(
        con.execute("SELECT completion_threshold FROM plan WHERE id = ?", (plan_id,)).fetchone()[0]
    )
    where, args = activity_filter(plan_id, year, activity)
    out = []
    for code, ref, name, native, admin, n, attended, excused, status, cap in con.execute(
        "SELECT a.code, p.ref, p.name, p.native_name, ad.code, "
        "(SELECT count(*) FROM session s WHERE s.activity_id = a.id), "
        "coalesce(m.attended, 0), coalesce(m.excused, 0), a.status, pl.max_excused_share "
        "FROM enrolment e JOIN activity a ON a.id = e.activity_id "
        "JOIN plan pl ON pl.id = a.plan_id "
        "JOIN participant p ON p.id = e.participant_id "
        "JOIN administration ad ON ad.id = p.administration_id "
        "LEFT JOIN (SELECT enrolment_id, "
        "sum(CASE WHEN status IN ('present', 'late') THEN 1 ELSE 0 END) AS attended, "
        "sum(CASE WHEN status = 'excused' THEN 1 ELSE 0 END) AS excused "
        # the counted marks alone, from their index (an absent mark adds to neither sum)
        f"FROM mark WHERE {COUNTED_MARKS} GROUP BY enrolment_id) m "
        "ON m.enrolment_id = e.id "
        f"WHERE {where} AND e.status != ? ORDER BY a.start_date, a.code, ad.code, p.ref",
        [*args, EnrolmentStatus.WITHDRAWN.value],
    ):
        out.append(
            AttendanceRow(
                code,
                ref,
                name,
                native,
                admin,
                n,
                attended,
                excused,
                attendance_rate(n, attended, excused),
                completed(n, attended, excused, threshold, None if cap is None else Decimal(cap)),
                status != Status.DELIVERED,
            )
        )
    return out


def plan_activities(
    session: Reads, plan_id: int, *, year: int | None = None, activity: str | None = None
) -> list[PlanActivityRow]:
    """The activities with their own planned cost (money only: metrics.activity_costs,
    not the participation counts the plan's list never shows)."""
    con = _con(session)
    costs = activity_costs(session, plan_id)
    where, args = activity_filter(plan_id, year, activity)
    rows = [
        PlanActivityRow(
            code,
            kind,
            title,
            theme,
            status,
            date.fromisoformat(start),
            date.fromisoformat(end),
            venue,
            country,
            mode,
            n,
            seats,
            costs[aid].planned_cost,
            title_zh,
            venue_zh,
        )
        for (
            aid,
            code,
            kind,
            title,
            theme,
            status,
            start,
            end,
            venue,
            country,
            mode,
            n,
            seats,
            title_zh,
            venue_zh,
        ) in con.execute(
            "SELECT a.id, a.code, a.kind, a.title, t.code, a.status, a.start_date, a.end_date, "
            "a.venue, a.country, a.mode, "
            "(SELECT count(*) FROM session s WHERE s.activity_id = a.id), "
            "(SELECT coalesce(sum(seats), 0) FROM quota q WHERE q.activity_id = a.id), "
            "a.title_zh, a.venue_zh "
            f"FROM activity a JOIN theme t ON t.id = a.theme_id WHERE {where} "
            "ORDER BY a.start_date, a.code",
            args,
        )
    ]
    if activity is not None and not rows:
        raise PlannerError(
            _("there is no activity {activity!r} in this plan").format(activity=activity)
        )
    return rows

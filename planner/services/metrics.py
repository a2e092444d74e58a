"""Every cost-effectiveness figure of docs/methodology.md, computed once, here.

The window, the PDFs and the CSVs only lay these figures out. All arithmetic is
exact: money is summed in integer minor units of the base currency with the rule
of :mod:`planner.services.base_money` (each budget line converted with its
activity's start-year rate and rounded half away from zero, as a booked amount
is), ratios are exact Decimals (:mod:`planner.services.figures`), rounded only
when shown. Participation is counted with one SQL ``GROUP BY`` over the marks
(:mod:`planner.services.participation`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from planner.enums import Status
from planner.errors import PlannerError
from planner.i18n import _, shown
from planner.money import exponent_of
from planner.services.base_money import (
    LineSums,
    actual_sql,
    base_factor,
    convert_with,
    in_base,
    rate_table,
)
from planner.services.figures import Figures, PlanFigures, Row, Tally, YearInput, ratio
from planner.services.metrics_groups import assemble
from planner.services.participation import (
    ActivityTally,
    attendance_rate,
    completed,
    count_participation,
)
from planner.services.scope import activity_filter
from planner.store import raw_connection

if TYPE_CHECKING:
    from planner.store.readonly import Reads

__all__ = [
    "Counted",
    "Figures",
    "PlanFigures",
    "Row",
    "Tally",
    "YearInput",
    "activity_costs",
    "activity_tallies",
    "attendance_rate",
    "completed",
    "compute",
    "compute_years",
    "count_plan",
    "in_base",
    "rate_table",
    "ratio",
]

_DELIVERED = Status.DELIVERED.value


def _money(
    con: Any,
    where: str,
    args: list[Any],
    years: dict[int, int],
    rates: dict[tuple[int, str], Decimal],
    base: str,
    as_of: date | None = None,
) -> tuple[dict[int, LineSums[int]], set[tuple[int, str]]]:
    """The budget lines of the chosen activities (``years``: activity id -> its start
    year) summed per activity in base-currency minor units, each line converted and
    rounded on its own (:func:`in_base`'s rule); and the (year, currency) of the
    lines left out for want of an exchange rate. The rule of
    :meth:`LineSums.book` without a status (an activity's own sums), spelled out over
    plain integers: a method call and a conversion call per line cost half of it."""
    actual_expr, actual_args = actual_sql(as_of)
    # per activity: planned, actual, lines, lines without actual, lines without rate
    sums = {aid: [0, 0, 0, 0, 0] for aid in years}
    factors: dict[tuple[int, str], tuple[int, int] | None] = {}
    missing: set[tuple[int, str]] = set()
    for aid, currency, planned, actual in con.execute(
        f"SELECT b.activity_id, b.currency, b.planned_minor, {actual_expr} FROM budget_line b "
        f"JOIN activity a ON a.id = b.activity_id WHERE {where}",
        [*actual_args, *args],
    ):
        line = sums[aid]
        line[2] += 1
        if actual is None:
            line[3] += 1
        if currency == base:
            line[0] += planned
            if actual is not None:
                line[1] += actual
            continue
        key = (years[aid], currency)
        if key in factors:
            factor = factors[key]
        else:
            rate = rates.get(key)
            factor = factors[key] = None if rate is None else base_factor(rate, currency, base)
        if factor is None:
            line[4] += 1
            missing.add(key)
            continue
        num, den = factor
        line[0] += convert_with(planned, num, den)
        if actual is not None:
            line[1] += convert_with(actual, num, den)
    return {
        aid: LineSums(planned, actual, 0, lines, no_actual, no_rate)
        for aid, (planned, actual, lines, no_actual, no_rate) in sums.items()
    }, missing


def activity_costs(
    session: Reads, plan_id: int, *, as_of: date | None = None
) -> dict[int, Figures]:
    """Only the money of each activity (activity id -> figures), without counting
    participation: what lists of activities show."""
    con = raw_connection(session)
    base = con.execute("SELECT base_currency FROM plan WHERE id = ?", (plan_id,)).fetchone()
    if base is None:
        raise PlannerError(_("there is no plan number {plan_id}").format(plan_id=plan_id))
    years = {
        aid: int(start[:4])
        for aid, start in con.execute(
            "SELECT id, start_date FROM activity WHERE plan_id = ?", (plan_id,)
        )
    }
    where, args = activity_filter(plan_id)
    money, _missing = _money(con, where, args, years, rate_table(con, plan_id), base[0], as_of)
    exp = exponent_of(base[0])
    return {aid: Figures(Tally(money=m), exp) for aid, m in money.items()}


@dataclass
class _Counted:
    """One reading of the database: the plan, and each chosen activity's tally (money
    and participation) with the (year, currency) pairs that lack a rate. The figures
    of the whole plan or of any one year are assembled from it without reading again."""

    con: Any
    plan_id: int
    names: tuple[str, str]
    owner: str
    base: str
    exp: int
    threshold: Decimal
    start_year: int
    years: int
    acts: dict[int, ActivityTally]
    missing: set[tuple[int, str]]

    def figures(self, only_year: int | None = None) -> PlanFigures:
        acts, missing = self.acts, self.missing
        if only_year is not None:
            acts = {aid: a for aid, a in acts.items() if a.year == only_year}
            missing = {m for m in missing if m[0] == only_year}
        return assemble(
            self.con, self.plan_id, self.names, self.owner, self.base, self.exp,
            self.threshold, self.start_year, self.years, acts, missing, only_year,
        )  # fmt: skip


def _count(
    con: Any,
    plan_id: int,
    year: int | None = None,
    activity: str | None = None,
    participation: bool = True,
    as_of: date | None = None,
) -> _Counted:
    found = con.execute(
        "SELECT name, owner, base_currency, completion_threshold, start_year, years, "
        "name_zh, owner_zh, max_excused_share FROM plan WHERE id = ?",
        (plan_id,),
    ).fetchone()
    if found is None:
        raise PlannerError(_("there is no plan number {plan_id}").format(plan_id=plan_id))
    name, owner, base, threshold_text, start_year, years, name_zh, owner_zh, max_exc = found
    threshold = Decimal(threshold_text)
    exp = exponent_of(base)

    where, args = activity_filter(plan_id, year, activity)
    acts, missing = _tallies(
        con, plan_id, where, args, base, threshold, max_exc,
        participation=participation, as_of=as_of,
    )  # fmt: skip
    if activity is not None and not acts:
        raise PlannerError(
            _("there is no activity {activity!r} in this plan").format(activity=activity)
        )
    return _Counted(
        con, plan_id, (name, shown(name, name_zh)), shown(owner, owner_zh), base, exp,
        threshold, start_year, years, acts, missing,
    )  # fmt: skip


def activity_tallies(
    session: Reads, plan_id: int, ids: Collection[int]
) -> dict[int, ActivityTally]:
    """The own tallies (money and participation) of the plan's activities whose id
    is in ``ids``, counted exactly as :func:`compute` counts them; an id that is
    not an activity of the plan is left out. For figures kept up to date after an
    edit that touched only these activities."""
    con = raw_connection(session)
    found = con.execute(
        "SELECT base_currency, completion_threshold, max_excused_share FROM plan WHERE id = ?",
        (plan_id,),
    ).fetchone()
    if found is None:
        raise PlannerError(_("there is no plan number {plan_id}").format(plan_id=plan_id))
    where, args = activity_filter(plan_id, ids=ids)
    acts, _missing = _tallies(
        con, plan_id, where, args, found[0], Decimal(found[1]), found[2], participation=True
    )
    return acts


def _tallies(
    con: Any,
    plan_id: int,
    where: str,
    args: list[Any],
    base: str,
    threshold: Decimal,
    max_excused: str | None,
    *,
    participation: bool,
    as_of: date | None = None,
) -> tuple[dict[int, ActivityTally], set[tuple[int, str]]]:
    """Each activity that ``where`` keeps with its own tally (money, and
    participation unless ``participation`` is false); and the (year, currency) of
    the budget lines left out for want of an exchange rate."""
    acts: dict[int, ActivityTally] = {}
    for (
        aid,
        code,
        title,
        kind,
        status,
        start,
        theme_id,
        hours,
        n_sessions,
        seats,
        zh,
    ) in con.execute(
        "SELECT a.id, a.code, a.title, a.kind, a.status, a.start_date, a.theme_id, "
        "a.hours_per_session, "
        "(SELECT count(*) FROM session s WHERE s.activity_id = a.id), "
        "(SELECT coalesce(sum(seats), 0) FROM quota q WHERE q.activity_id = a.id), a.title_zh "
        f"FROM activity a WHERE {where} ORDER BY a.start_date, a.code",
        args,
    ):
        title = shown(title, zh)
        a = ActivityTally(aid, code, title, kind, status, int(start[:4]), theme_id, Decimal(hours))
        a.tally.activities = 1
        a.tally.sessions = n_sessions
        a.tally.seats = seats
        acts[aid] = a

    act_years = {aid: a.year for aid, a in acts.items()}
    money, missing = _money(con, where, args, act_years, rate_table(con, plan_id), base, as_of)
    for aid, m in money.items():
        acts[aid].tally.money = m

    if participation:
        count_participation(con, where, args, acts, threshold, max_excused)
    return acts, missing


def compute(
    session: Reads,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    participation: bool = True,
    as_of: date | None = None,
) -> PlanFigures:
    """All figures of a plan (optionally of one year or one activity).

    ``participation=False`` computes the money alone (planned, actual, inputs,
    execution rates) for screens that show nothing else: the participation sums
    stay 0, every figure built on them (cost per completer, trend, ...) is None, and
    administrations carry no cost (it is shared out by participant-days).
    ``as_of`` counts only the payments dated on or before it (undated ones always).
    """
    if year is not None and activity is None and participation:
        # A year's trend is against the plan's first year with completers, which the
        # year's own activities cannot tell: count the whole plan once and assemble
        # the year from it (compute_years), one count instead of two.
        return compute_years(session, plan_id, [year], as_of=as_of)[year]
    con = raw_connection(session)
    return _count(con, plan_id, year, activity, participation, as_of).figures(year)


def compute_years(
    session: Reads,
    plan_id: int,
    years: Iterable[int] | None = None,
    *,
    as_of: date | None = None,
    whole_first: Callable[[PlanFigures], None] | None = None,
) -> dict[int | None, PlanFigures]:
    """The whole plan's figures (key None) and each of ``years``' (default: every
    year of the plan), from one count: equal to :func:`compute` without and with
    ``year``, for the cost of one. ``whole_first`` is handed the whole plan's
    figures before the years are assembled (a screen can show them meanwhile)."""
    counted = _count(raw_connection(session), plan_id, as_of=as_of)
    whole = counted.figures()
    if whole_first is not None:
        whole_first(whole)
    out: dict[int | None, PlanFigures] = {None: whole}
    if years is None:
        years = range(counted.start_year, counted.start_year + counted.years)
    for y in years:
        figures = counted.figures(y)
        figures.inputs[:] = [i for i in whole.inputs if i.year == y]
        out[y] = figures
    return out


# ------------------------------------------------------------ kept up to date
#: One reading of a plan, assembled into figures by ``Counted.figures(year)``:
#: what planner.services.dashboard_live keeps and patches between edits.
Counted = _Counted


def count_plan(session: Reads, plan_id: int) -> Counted:
    """The reading :func:`compute_years` assembles its figures from: the plan and
    each activity's own tally (participation included)."""
    return _count(raw_connection(session), plan_id)

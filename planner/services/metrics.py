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

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from math import lcm
from typing import Any

from sqlmodel import Session

from planner.errors import PlannerError
from planner.i18n import _, ngettext, shown
from planner.models import Kind, Status
from planner.money import exponent_of
from planner.services.base_money import actual_sql, in_base, rate_table
from planner.services.figures import Figures, PlanFigures, Row, Tally, YearInput, ratio
from planner.services.participation import (
    DAYS,
    ActivityTally,
    AdminCounts,
    add_admin_counts,
    attendance_rate,
    completed,
    count_participation,
)
from planner.services.scope import activity_filter
from planner.store import raw_connection

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


def _lines(
    con: Any,
    where: str,
    args: list[Any],
    years: dict[int, int],
    rates: dict[tuple[int, str], Decimal],
    base: str,
    as_of: date | None = None,
) -> Iterable[tuple[int, str, bool, tuple[int, int | None] | None]]:
    """Each budget line of the chosen activities: (activity id, currency, whether it
    has an actual amount, its amounts in base currency or None without a rate)."""
    actual_expr, actual_args = actual_sql(as_of)
    for aid, currency, planned, actual in con.execute(
        f"SELECT b.activity_id, b.currency, b.planned_minor, {actual_expr} FROM budget_line b "
        f"JOIN activity a ON a.id = b.activity_id WHERE {where} ORDER BY b.id",
        [*actual_args, *args],
    ):
        yield (
            aid,
            currency,
            actual is not None,
            in_base(rates, base, years[aid], currency, planned, actual),
        )


def activity_costs(
    session: Session, plan_id: int, *, as_of: date | None = None
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
    tallies = {aid: Tally() for aid in years}
    rates = rate_table(con, plan_id)
    where, args = activity_filter(plan_id)
    for aid, _cur, has_actual, converted in _lines(con, where, args, years, rates, base[0], as_of):
        tallies[aid].money.book(converted, has_actual)
    exp = exponent_of(base[0])
    return {aid: Figures(t, exp) for aid, t in tallies.items()}


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
        return _assemble(
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
        "name_zh, owner_zh FROM plan WHERE id = ?",
        (plan_id,),
    ).fetchone()
    if found is None:
        raise PlannerError(_("there is no plan number {plan_id}").format(plan_id=plan_id))
    name, owner, base, threshold_text, start_year, years, name_zh, owner_zh = found
    threshold = Decimal(threshold_text)
    exp = exponent_of(base)

    where, args = activity_filter(plan_id, year, activity)
    acts, missing = _tallies(
        con, plan_id, where, args, base, threshold, participation=participation, as_of=as_of
    )
    if activity is not None and not acts:
        raise PlannerError(
            _("there is no activity {activity!r} in this plan").format(activity=activity)
        )
    return _Counted(
        con, plan_id, (name, shown(name, name_zh)), shown(owner, owner_zh), base, exp,
        threshold, start_year, years, acts, missing,
    )  # fmt: skip


def activity_tallies(
    session: Session, plan_id: int, ids: Collection[int]
) -> dict[int, ActivityTally]:
    """The own tallies (money and participation) of the plan's activities whose id
    is in ``ids``, counted exactly as :func:`compute` counts them; an id that is
    not an activity of the plan is left out. For figures kept up to date after an
    edit that touched only these activities."""
    con = raw_connection(session)
    found = con.execute(
        "SELECT base_currency, completion_threshold FROM plan WHERE id = ?", (plan_id,)
    ).fetchone()
    if found is None:
        raise PlannerError(_("there is no plan number {plan_id}").format(plan_id=plan_id))
    where, args = activity_filter(plan_id, ids=ids)
    acts, _missing = _tallies(
        con, plan_id, where, args, found[0], Decimal(found[1]), participation=True
    )
    return acts


def _tallies(
    con: Any,
    plan_id: int,
    where: str,
    args: list[Any],
    base: str,
    threshold: Decimal,
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

    rates = rate_table(con, plan_id)
    missing: set[tuple[int, str]] = set()
    act_years = {aid: a.year for aid, a in acts.items()}
    for aid, currency, has_actual, converted in _lines(
        con, where, args, act_years, rates, base, as_of
    ):
        acts[aid].tally.money.book(converted, has_actual)
        if converted is None:
            missing.add((acts[aid].year, currency))

    if participation:
        count_participation(con, where, args, acts, threshold)
    return acts, missing


def compute(
    session: Session,
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
    session: Session,
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


def _shares(parts: dict[int, int]) -> Fraction:
    """The sum of ``minor * part / whole`` over an administration's activities, exactly:
    ``parts`` maps each ``whole`` to the sum of its ``minor * part``. An administration's
    share of an activity's cost stays unrounded until it is shown
    (docs/methodology.md); adding the numerators of a common denominator first makes
    one exact addition per denominator instead of one per activity."""
    if not parts:
        return Fraction(0)
    common = lcm(*parts)
    return Fraction(sum(n * (common // d) for d, n in parts.items()), common)


def _assemble(
    con: Any,
    plan_id: int,
    names: tuple[str, str],
    owner: str,
    base: str,
    exp: int,
    threshold: Decimal,
    start_year: int,
    years: int,
    acts: dict[int, ActivityTally],
    missing: set[tuple[int, str]],
    only_year: int | None,
) -> PlanFigures:
    plan_years = [y for y in range(start_year, start_year + years) if only_year in (None, y)]
    themes = con.execute(
        "SELECT id, code, name, name_zh FROM theme WHERE plan_id = ? ORDER BY id", (plan_id,)
    ).fetchall()
    admins = con.execute(
        "SELECT id, code, name, name_zh FROM administration WHERE plan_id = ? ORDER BY id",
        (plan_id,),
    ).fetchall()
    themes = [(i, code, shown(n, zh)) for i, code, n, zh in themes]
    admins = [(i, code, shown(n, zh)) for i, code, n, zh in admins]
    name, label = names
    by_year: dict[Any, Tally] = {y: Tally() for y in plan_years}
    by_theme: dict[Any, Tally] = {tid: Tally() for tid, _, _ in themes}
    by_kind: dict[Any, Tally] = {k.value: Tally() for k in Kind}
    by_admin: dict[Any, Tally] = {aid: Tally() for aid, _, _ in admins}
    # each administration's share numerators by denominator (_shares), planned and actual
    planned_parts: dict[Any, dict[int, int]] = {aid: defaultdict(int) for aid in by_admin}
    actual_parts: dict[Any, dict[int, int]] = {aid: defaultdict(int) for aid in by_admin}
    # each administration's counts summed (AdminCounts), and its participant-days by
    # hours per session (participant-hours multiplied out once per hours value)
    admin_rows: dict[Any, list[AdminCounts]] = {aid: [] for aid in by_admin}
    admin_hours: dict[Any, dict[Decimal, int]] = {aid: defaultdict(int) for aid in by_admin}
    total = Tally()
    for a in acts.values():
        for group in (
            by_year.setdefault(a.year, Tally()),
            by_theme[a.theme_id],
            by_kind[a.kind],
            total,
        ):
            group.money.add_activity(a.tally.money, a.status)
            if a.status == _DELIVERED:
                group.add_participation(a.tally)
        if a.status != _DELIVERED:
            continue
        whole = sum(counts[DAYS] for counts in a.admin.values())
        planned, actual = a.tally.money.planned, a.tally.money.actual
        for admin_id, counts in a.admin.items():
            admin_rows[admin_id].append(counts)
            part = counts[DAYS]
            admin_hours[admin_id][a.hours] += part
            by_admin[admin_id].activities += 1
            if whole:
                planned_parts[admin_id][whole] += planned * part
                actual_parts[admin_id][whole] += actual * part
    for admin_id, g in by_admin.items():
        counted = admin_rows[admin_id]
        summed = [sum(col) for col in zip(*counted, strict=True)] if counted else [0] * 9
        add_admin_counts(g, summed, admin_hours[admin_id])
        g.share_planned = _shares(planned_parts[admin_id])
        g.share_actual = _shares(actual_parts[admin_id])

    def fig(t: Tally) -> Figures:
        return Figures(t, exp)

    admin_code = {aid: code for aid, code, _ in admins}
    rows = [
        Row(
            "activity",
            a.code,
            a.title,
            fig(a.tally),
            {
                "status": a.status,
                "year": a.year,
                "kind": a.kind,
                # the administrations whose row counts this activity: a delivered
                # activity in which their people are enrolled (not withdrawn)
                "administrations": frozenset(admin_code[i] for i in a.admin)
                if a.status == _DELIVERED
                else frozenset(),
            },
        )
        for a in acts.values()
    ]
    rows += [Row("year", str(y), str(y), fig(t)) for y, t in sorted(by_year.items())]
    rows += [Row("theme", code, tname, fig(by_theme[tid])) for tid, code, tname in themes]
    rows += [Row("administration", code, aname, fig(by_admin[aid])) for aid, code, aname in admins]
    rows += [Row("kind", k, k, fig(t)) for k, t in by_kind.items()]
    rows.append(Row("plan", name, label, fig(total)))

    inputs = _inputs(con, plan_id, base, exp, plan_years, by_year)
    warnings = [
        _(
            "no exchange rate for {currency} in {year}: {currency} lines of {year} are left "
            "out of every total"
        ).format(currency=cur, year=y)
        for y, cur in sorted(missing)
    ]
    no_actual = sum(a.tally.money.lines_without_actuals for a in acts.values())
    if no_actual:
        warnings.append(
            ngettext(
                "{n} budget line has no actual amount yet (counted as 0)",
                "{n} budget lines have no actual amount yet (counted as 0)",
                no_actual,
            ).format(n=no_actual)
        )
    money_warnings = len(warnings)
    for a in acts.values():
        if a.status == _DELIVERED and a.tally.participant_days == 0:
            warnings.append(
                _("{code} is delivered but has no attendance recorded").format(code=a.code)
            )
    return PlanFigures(
        plan_id,
        label,
        owner,
        base,
        threshold,
        start_year,
        years,
        rows,
        inputs,
        warnings,
        money_warnings,
    )


def _inputs(
    con: Any,
    plan_id: int,
    base: str,
    exp: int,
    plan_years: Iterable[int],
    by_year: dict[Any, Tally],
) -> list[YearInput]:
    envelopes: dict[int, int] = dict(
        con.execute(
            "SELECT year, sum(amount_minor) FROM envelope WHERE plan_id = ? GROUP BY year",
            (plan_id,),
        ).fetchall()
    )
    out: list[YearInput] = []
    first: Decimal | None = None
    for y in plan_years:
        f = Figures(by_year[y], exp)
        amount = Decimal(envelopes.get(y, 0)).scaleb(-exp)
        cpc = f.cost_per_completer
        trend = None
        if cpc is not None:
            if first is None:
                first = cpc
            trend = ratio((cpc - first) * 100, first)
        out.append(YearInput(y, amount, f.actual_cost, ratio(f.actual_cost, amount), cpc, trend))
    return out


# ------------------------------------------------------------ kept up to date
#: One reading of a plan, assembled into figures by ``Counted.figures(year)``:
#: what planner.services.dashboard_live keeps and patches between edits.
Counted = _Counted


def count_plan(session: Session, plan_id: int) -> Counted:
    """The reading :func:`compute_years` assembles its figures from: the plan and
    each activity's own tally (participation included)."""
    return _count(raw_connection(session), plan_id)

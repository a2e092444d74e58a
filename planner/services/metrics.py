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
from planner.services.base_money import (
    LineSums,
    actual_sql,
    base_factor,
    convert_with,
    counts_as_planned,
    in_base,
    rate_table,
)
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
    session: Session, plan_id: int, ids: Collection[int]
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


#: An activity's own money as a group adds it (:meth:`LineSums.add_activity`): planned
#: (0 if cancelled), planned of cancelled activities, actual, lines, lines without an
#: actual amount, lines without a rate.
_MoneyRow = tuple[int, int, int, int, int, int]
#: A delivered activity's participation as a group adds it (:meth:`Tally.add_participation`),
#: in the order of :data:`_PART_FIELDS`.
_PartRow = tuple[Any, ...]
_PART_FIELDS = (
    "activities", "sessions", "seats", "enrolled", "participants", "completers",
    "participant_days", "participant_hours", "gain_sum", "gain_count",
    "satisfaction_sum", "satisfaction_count", "women",
)  # fmt: skip
#: The fields of _PART_FIELDS that are Decimals (the others are int).
_DECIMAL_FIELDS = frozenset({"participant_hours", "gain_sum", "satisfaction_sum"})


#: An administration's (activity, administration) counts, its participant-days by hours
#: per session, its planned and actual share numerators by denominator (_shares).
_AdminParts = tuple[list[AdminCounts], dict[Decimal, int], dict[int, int], dict[int, int]]


def _money_row(a: ActivityTally) -> _MoneyRow:
    m = a.tally.money
    if counts_as_planned(a.status):
        return (m.planned, m.planned_cancelled, m.actual, m.lines,
                m.lines_without_actuals, m.lines_without_rate)  # fmt: skip
    return (0, m.planned_cancelled + m.planned, m.actual, m.lines,
            m.lines_without_actuals, m.lines_without_rate)  # fmt: skip


def _part_row(a: ActivityTally) -> _PartRow:
    t = a.tally
    return (
        t.activities, t.sessions, t.seats, t.enrolled, t.participants, t.completers,
        t.participant_days, t.participant_hours, t.gain_sum, t.gain_count,
        t.satisfaction_sum, t.satisfaction_count, t.women,
    )  # fmt: skip


def _add_rows(t: Tally, money_rows: list[_MoneyRow], part_rows: list[_PartRow]) -> None:
    """Add a group's members' own sums to its tally ``t``: the same additions, in the
    same order, as :meth:`LineSums.add_activity` and :meth:`Tally.add_participation`
    (delivered members only) one member at a time (a Decimal column is summed from
    the group's own starting value, member after member, so even its exponent is the
    same), but one ``sum`` per column instead of two calls and 19 attribute updates
    per member and group, which cost a tenth of :func:`compute`."""
    if money_rows:
        planned, cancelled, actual, lines, no_actual, no_rate = zip(*money_rows, strict=True)
        m = t.money
        m.planned += sum(planned)
        m.planned_cancelled += sum(cancelled)
        m.actual += sum(actual)
        m.lines += sum(lines)
        m.lines_without_actuals += sum(no_actual)
        m.lines_without_rate += sum(no_rate)
    if part_rows:
        for name, column in zip(_PART_FIELDS, zip(*part_rows, strict=True), strict=True):
            start = getattr(t, name)
            setattr(t, name, sum(column, start) if name in _DECIMAL_FIELDS else start + sum(column))


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
    total = Tally()
    # each group's members' own sums (_MoneyRow, _PartRow), added column by column once
    # per group (_add_rows) instead of one activity at a time
    members: dict[int, tuple[Tally, list[_MoneyRow], list[_PartRow]]] = {}
    for a in acts.values():
        year_tally = by_year.get(a.year)
        if year_tally is None:
            year_tally = by_year[a.year] = Tally()
        money_row = _money_row(a)
        part_row = _part_row(a) if a.status == _DELIVERED else None
        for group in (year_tally, by_theme[a.theme_id], by_kind[a.kind], total):
            found = members.get(id(group))
            if found is None:
                found = members[id(group)] = (group, [], [])
            found[1].append(money_row)
            if part_row is not None:
                found[2].append(part_row)
    for group, money_rows, part_rows in members.values():
        _add_rows(group, money_rows, part_rows)
    # per administration: its (activity, administration) counts, its participant-days
    # by hours per session, its planned and actual share numerators by denominator
    per_admin: dict[
        Any, tuple[list[AdminCounts], dict[Decimal, int], dict[int, int], dict[int, int]]
    ]
    per_admin = {
        aid: ([], defaultdict(int), defaultdict(int), defaultdict(int)) for aid in by_admin
    }
    for a in acts.values():
        if a.status != _DELIVERED or not a.admin:
            continue
        # the activity's participant-days: its administrations' summed (count_participation)
        whole = a.tally.participant_days
        planned, actual = a.tally.money.planned, a.tally.money.actual
        hours = a.hours
        for admin_id, counts in a.admin.items():
            rows_of, hours_of, planned_of, actual_of = per_admin[admin_id]
            rows_of.append(counts)
            part = counts[DAYS]
            hours_of[hours] += part
            if whole:
                planned_of[whole] += planned * part
                actual_of[whole] += actual * part
    for admin_id, g in by_admin.items():
        counted, hours_of, planned_of, actual_of = per_admin[admin_id]
        g.activities += len(counted)
        summed = [sum(col) for col in zip(*counted, strict=True)] if counted else [0] * 9
        add_admin_counts(g, summed, hours_of)
        g.share_planned = _shares(planned_of)
        g.share_actual = _shares(actual_of)

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
                "administrations": frozenset(map(admin_code.__getitem__, a.admin))
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

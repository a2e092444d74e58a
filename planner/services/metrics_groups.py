"""Assembling a plan's figures from its activities' own tallies: the year, theme,
kind and administration groups, the plan's total, the inputs per year and the
warnings (:func:`assemble`). :mod:`planner.services.metrics` counts; this adds up,
exactly (integers, Decimals and Fractions), in the order the figures require."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from math import lcm
from typing import Any

from planner.enums import Kind, Status
from planner.i18n import _, ngettext, shown
from planner.services.base_money import counts_as_planned
from planner.services.figures import Figures, PlanFigures, Row, Tally, YearInput, ratio
from planner.services.participation import (
    ActivityTally,
    AdminCounts,
    add_admin_counts,
    days_of,
    unpack,
)

_DELIVERED = Status.DELIVERED.value


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


def assemble(
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
            part = days_of(counts)
            hours_of[hours] += part
            if whole:
                planned_of[whole] += planned * part
                actual_of[whole] += actual * part
    for admin_id, g in by_admin.items():
        counted, hours_of, planned_of, actual_of = per_admin[admin_id]
        g.activities += len(counted)
        summed = unpack([sum(col) for col in zip(*counted, strict=True)] if counted else [0] * 6)
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

"""Every cost-effectiveness figure of spec/metrics.md, computed once, here.

The window, the PDFs and the CSVs only lay these figures out. All arithmetic is
exact: money is summed in integer minor units of the base currency (each budget
line converted with its activity's start-year rate and rounded half away from
zero, as a booked amount is), ratios are exact Decimals, rounded only when shown.
Participation is counted with one SQL ``GROUP BY`` over the marks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from typing import Any

from sqlmodel import Session

from planner.errors import PlannerError
from planner.models import EnrolmentStatus, Kind, Status
from planner.money import convert_to_base, exponent_of
from planner.store import raw_connection

_WITHDRAWN = EnrolmentStatus.WITHDRAWN.value
_DELIVERED = Status.DELIVERED.value
_CANCELLED = Status.CANCELLED.value


def ratio(numerator: Decimal | int, denominator: Decimal | int) -> Decimal | None:
    """numerator / denominator, or None ("n/a") when the denominator is zero."""
    if not denominator:
        return None
    with localcontext() as ctx:
        ctx.prec = 34
        return Decimal(numerator) / Decimal(denominator)


@dataclass
class Tally:
    """Sums from which a row's figures are derived (money in base minor units)."""

    planned_minor: int = 0
    actual_minor: int = 0
    lines: int = 0
    lines_without_actuals: int = 0
    lines_without_rate: int = 0
    activities: int = 0
    sessions: int = 0
    seats: int = 0
    enrolled: int = 0
    participants: int = 0
    completers: int = 0
    participant_days: int = 0
    participant_hours: Decimal = Decimal(0)
    gain_sum: Decimal = Decimal(0)
    gain_count: int = 0
    satisfaction_sum: Decimal = Decimal(0)
    satisfaction_count: int = 0
    women: int = 0

    def add_money(self, other: Tally, *, planned: bool) -> None:
        if planned:
            self.planned_minor += other.planned_minor
        self.actual_minor += other.actual_minor
        self.lines += other.lines
        self.lines_without_actuals += other.lines_without_actuals
        self.lines_without_rate += other.lines_without_rate

    def add_participation(self, o: Tally) -> None:
        # Spelled out: this runs once per activity and administration, and a loop
        # over field names through getattr/setattr cost half of compute().
        self.activities += o.activities
        self.sessions += o.sessions
        self.seats += o.seats
        self.enrolled += o.enrolled
        self.participants += o.participants
        self.completers += o.completers
        self.participant_days += o.participant_days
        self.participant_hours += o.participant_hours
        self.gain_sum += o.gain_sum
        self.gain_count += o.gain_count
        self.satisfaction_sum += o.satisfaction_sum
        self.satisfaction_count += o.satisfaction_count
        self.women += o.women


@dataclass(frozen=True)
class Figures:
    """The figures of one row (an activity or a group), exact and unrounded."""

    tally: Tally
    base_exponent: int

    def _money(self, minor: int) -> Decimal:
        return Decimal(minor).scaleb(-self.base_exponent)

    @property
    def planned_cost(self) -> Decimal:
        return self._money(self.tally.planned_minor)

    @property
    def actual_cost(self) -> Decimal:
        return self._money(self.tally.actual_minor)

    @property
    def variance(self) -> Decimal:
        return self.actual_cost - self.planned_cost

    def __getattr__(self, name: str) -> Any:
        # Counts read straight through from the tally.
        if name in Tally.__dataclass_fields__:
            return getattr(self.tally, name)
        raise AttributeError(name)

    @property
    def seat_fill(self) -> Decimal | None:
        return ratio(self.tally.participants, self.tally.seats)

    @property
    def completion_rate(self) -> Decimal | None:
        return ratio(self.tally.completers, self.tally.participants)

    @property
    def cost_per_participant(self) -> Decimal | None:
        return ratio(self.actual_cost, self.tally.participants)

    @property
    def cost_per_completer(self) -> Decimal | None:
        return ratio(self.actual_cost, self.tally.completers)

    @property
    def cost_per_participant_day(self) -> Decimal | None:
        return ratio(self.actual_cost, self.tally.participant_days)

    @property
    def cost_per_participant_hour(self) -> Decimal | None:
        return ratio(self.actual_cost, self.tally.participant_hours)

    @property
    def learning_gain(self) -> Decimal | None:
        return ratio(self.tally.gain_sum, self.tally.gain_count)

    @property
    def satisfaction(self) -> Decimal | None:
        return ratio(self.tally.satisfaction_sum, self.tally.satisfaction_count)

    @property
    def women_share(self) -> Decimal | None:
        return ratio(self.tally.women, self.tally.participants)


@dataclass(frozen=True)
class Row:
    """One row of the report: ``scope`` is activity, year, theme, administration,
    kind or plan; ``key`` the activity code, year, theme code, ... or plan name."""

    scope: str
    key: str
    label: str
    figures: Figures
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class YearInput:
    """Plan-level figures of one year."""

    year: int
    input: Decimal
    actual_cost: Decimal
    execution_rate: Decimal | None
    cost_per_completer: Decimal | None
    trend: Decimal | None  # percentage change against the first year with completers


@dataclass(frozen=True)
class PlanFigures:
    plan_id: int
    plan_name: str
    owner: str
    base_currency: str
    threshold: Decimal
    start_year: int
    years: int
    rows: list[Row]
    inputs: list[YearInput]
    warnings: list[str]

    def scope(self, scope: str) -> list[Row]:
        return [r for r in self.rows if r.scope == scope]

    @property
    def total_input(self) -> Decimal:
        """The input of every year shown: the sum of their envelopes."""
        return sum((i.input for i in self.inputs), Decimal(0))

    @property
    def execution_rate(self) -> Decimal | None:
        """Actual cost of the years shown / their input (n/a without input)."""
        return ratio(sum((i.actual_cost for i in self.inputs), Decimal(0)), self.total_input)

    @property
    def total(self) -> Row:
        return self.scope("plan")[0]


@dataclass
class _Activity:
    id: int
    code: str
    title: str
    kind: str
    status: str
    year: int
    theme_id: int
    hours: Decimal
    tally: Tally = field(default_factory=Tally)
    admin_days: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    admin: dict[int, Tally] = field(default_factory=dict)


def rate_table(con: Any, plan_id: int) -> dict[tuple[int, str], Decimal]:
    """(year, currency) -> units of base currency for one unit of currency."""
    return {
        (y, c): Decimal(r)
        for y, c, r in con.execute(
            "SELECT year, currency, to_base FROM exchange_rate WHERE plan_id = ?", (plan_id,)
        )
    }


def in_base(
    rates: dict[tuple[int, str], Decimal],
    base: str,
    year: int,
    currency: str,
    planned_minor: int,
    actual_minor: int | None,
) -> tuple[int, int | None] | None:
    """A budget line's planned and actual amounts in base-currency minor units, each
    rounded as a booked amount is; None when the year has no rate for the currency."""
    rate = Decimal(1) if currency == base else rates.get((year, currency))
    if rate is None:
        return None
    planned = convert_to_base(planned_minor, currency, rate, base)
    actual = None if actual_minor is None else convert_to_base(actual_minor, currency, rate, base)
    return planned, actual


def _lines(
    con: Any,
    where: str,
    args: list[Any],
    years: dict[int, int],
    rates: dict[tuple[int, str], Decimal],
    base: str,
) -> Iterable[tuple[int, str, int, int | None, tuple[int, int | None] | None]]:
    """Each budget line of the chosen activities with its amounts in base currency."""
    for aid, currency, planned, actual in con.execute(
        "SELECT b.activity_id, b.currency, b.planned_minor, b.actual_minor FROM budget_line b "
        f"JOIN activity a ON a.id = b.activity_id WHERE {where} ORDER BY b.id",
        args,
    ):
        yield (
            aid,
            currency,
            planned,
            actual,
            in_base(rates, base, years[aid], currency, planned, actual),
        )


def _book(t: Tally, no_actual: bool, converted: tuple[int, int | None] | None) -> None:
    t.lines += 1
    if no_actual:
        t.lines_without_actuals += 1
    if converted is None:
        t.lines_without_rate += 1
        return
    t.planned_minor += converted[0]
    t.actual_minor += converted[1] or 0


def activity_costs(session: Session, plan_id: int) -> dict[int, Figures]:
    """Only the money of each activity (activity id -> figures), without counting
    participation: what lists of activities show."""
    con = raw_connection(session)
    base = con.execute("SELECT base_currency FROM plan WHERE id = ?", (plan_id,)).fetchone()
    if base is None:
        raise PlannerError(f"there is no plan number {plan_id}")
    years = {
        aid: int(start[:4])
        for aid, start in con.execute(
            "SELECT id, start_date FROM activity WHERE plan_id = ?", (plan_id,)
        )
    }
    tallies = {aid: Tally() for aid in years}
    rates = rate_table(con, plan_id)
    for aid, _cur, _p, actual, converted in _lines(
        con, "a.plan_id = ?", [plan_id], years, rates, base[0]
    ):
        _book(tallies[aid], actual is None, converted)
    exp = exponent_of(base[0])
    return {aid: Figures(t, exp) for aid, t in tallies.items()}


def compute(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    participation: bool = True,
) -> PlanFigures:
    """All figures of a plan (optionally of one year or one activity).

    ``participation=False`` computes the money alone (planned, actual, inputs,
    execution rates) for screens that show nothing else: the participation sums
    stay 0, every figure built on them (cost per completer, trend, ...) is None, and
    administrations carry no cost (it is shared out by participant-days).
    """
    con = raw_connection(session)
    found = con.execute(
        "SELECT name, owner, base_currency, completion_threshold, start_year, years "
        "FROM plan WHERE id = ?",
        (plan_id,),
    ).fetchone()
    if found is None:
        raise PlannerError(f"there is no plan number {plan_id}")
    name, owner, base, threshold_text, start_year, years = found
    threshold = Decimal(threshold_text)
    exp = exponent_of(base)

    where, args = "a.plan_id = ?", list[Any]([plan_id])
    if year is not None:
        where += " AND CAST(substr(a.start_date, 1, 4) AS INTEGER) = ?"
        args.append(year)
    if activity is not None:
        where += " AND a.code = ?"
        args.append(activity)

    acts: dict[int, _Activity] = {}
    for aid, code, title, kind, status, start, theme_id, hours, n_sessions, seats in con.execute(
        "SELECT a.id, a.code, a.title, a.kind, a.status, a.start_date, a.theme_id, "
        "a.hours_per_session, "
        "(SELECT count(*) FROM session s WHERE s.activity_id = a.id), "
        "(SELECT coalesce(sum(seats), 0) FROM quota q WHERE q.activity_id = a.id) "
        f"FROM activity a WHERE {where} ORDER BY a.start_date, a.code",
        args,
    ):
        a = _Activity(aid, code, title, kind, status, int(start[:4]), theme_id, Decimal(hours))
        a.tally.activities = 1
        a.tally.sessions = n_sessions
        a.tally.seats = seats
        acts[aid] = a
    if activity is not None and not acts:
        raise PlannerError(f"there is no activity {activity!r} in this plan")

    rates = rate_table(con, plan_id)
    missing: set[tuple[int, str]] = set()
    act_years = {aid: a.year for aid, a in acts.items()}
    for aid, currency, _planned, actual, converted in _lines(
        con, where, args, act_years, rates, base
    ):
        t = acts[aid].tally
        _book(t, actual is None, converted)
        if converted is None:
            missing.add((acts[aid].year, currency))

    if participation:
        narrow = year is not None or activity is not None
        _count_participation(con, where, args, acts, threshold, narrow)
    figures = _assemble(
        con, plan_id, name, owner, base, exp, threshold, start_year, years, acts, missing, year
    )
    if year is not None and activity is None and participation:
        # A year's trend is against the plan's first year with completers, which the
        # filtered figures cannot see: take the plan-level row of the whole plan.
        whole = compute(session, plan_id)
        figures.inputs[:] = [i for i in whole.inputs if i.year == year]
    return figures


#: Participation of one activity's enrolments, summed per administration in SQL.
#: Completion is the rule of :func:`completed` in integers: with the threshold as
#: ``num / den``, ``attended / expected >= num / den`` <=> ``attended * den >= num *
#: expected``. Scores and ratings have at most 2 decimals, so summing them as
#: integer hundredths (``round(x * 100)``) is exact.
_PARTICIPATION_SQL = """
WITH n AS MATERIALIZED (
    SELECT s.activity_id, count(*) AS sessions
    FROM session s JOIN activity a ON a.id = s.activity_id
    WHERE {where} GROUP BY s.activity_id
),
m AS MATERIALIZED (
    SELECT enrolment_id, sum(status IN ('present', 'late')) AS att,
           sum(status = 'excused') AS exc
    FROM mark {narrow} GROUP BY enrolment_id
),
c AS (
    SELECT e.activity_id, p.administration_id AS admin, p.gender,
           e.pre_score, e.post_score, e.satisfaction,
           coalesce(m.att, 0) AS att,
           (coalesce(n.sessions, 0) - coalesce(m.exc, 0) > 0
            AND coalesce(m.att, 0) * ?
                >= ? * (coalesce(n.sessions, 0) - coalesce(m.exc, 0))) AS done
    FROM enrolment e
    JOIN activity a ON a.id = e.activity_id
    LEFT JOIN n ON n.activity_id = e.activity_id
    JOIN participant p ON p.id = e.participant_id
    LEFT JOIN m ON m.enrolment_id = e.id
    WHERE {where} AND e.status != 'withdrawn'
)
SELECT activity_id, admin, count(*), coalesce(sum(att >= 1), 0),
       coalesce(sum(att >= 1 AND coalesce(gender, '') = 'F'), 0), coalesce(sum(att), 0),
       coalesce(sum(done), 0),
       coalesce(sum(done AND pre_score IS NOT NULL AND post_score IS NOT NULL), 0),
       sum(CASE WHEN done AND pre_score IS NOT NULL AND post_score IS NOT NULL
           THEN CAST(round(post_score * 100) AS INTEGER)
                - CAST(round(pre_score * 100) AS INTEGER) END),
       count(satisfaction), sum(CAST(round(satisfaction * 100) AS INTEGER))
FROM c GROUP BY activity_id, admin
"""


def _sql(where: str, narrow: bool) -> str:
    # For one year or one activity, read only their marks (through the mark index by
    # enrolment) instead of grouping every mark of the file.
    only = (
        "WHERE enrolment_id IN (SELECT e.id FROM enrolment e "
        f"JOIN activity a ON a.id = e.activity_id WHERE {where})"
    )
    return _PARTICIPATION_SQL.format(where=where, narrow=only if narrow else "")


def _count_participation(
    con: Any,
    where: str,
    args: list[Any],
    acts: dict[int, _Activity],
    threshold: Decimal,
    narrow: bool = False,
) -> None:
    num, den = threshold.as_integer_ratio()
    hundredth = Decimal("0.01")
    for (
        aid,
        admin_id,
        enrolled,
        participants,
        women,
        days,
        completers,
        gain_n,
        gain_sum,
        sat_n,
        sat_sum,
    ) in con.execute(_sql(where, narrow), [*args, *(args if narrow else []), den, num, *args]):
        a = acts[aid]
        t = a.admin[admin_id] = Tally(
            enrolled=enrolled,
            participants=participants,
            women=women,
            participant_days=days,
            participant_hours=days * a.hours,
            completers=completers,
            gain_count=gain_n,
            gain_sum=(gain_sum or 0) * hundredth,
            satisfaction_count=sat_n,
            satisfaction_sum=(sat_sum or 0) * hundredth,
        )
        a.admin_days[admin_id] += days
        a.tally.add_participation(t)


def attendance_rate(sessions: int, attended: int, excused: int) -> Decimal | None:
    """attended / (sessions - excused sessions); None when nothing was expected."""
    return ratio(attended, sessions - excused)


def completed(sessions: int, attended: int, excused: int, threshold: Decimal) -> bool:
    """Whether the attendance rate reaches the plan's completion threshold."""
    expected = sessions - excused
    # rate >= threshold, without dividing: attended / expected >= threshold
    return expected > 0 and attended >= threshold * expected


def _share(minor: int, part: int, whole: int) -> int:
    """``minor * part / whole`` rounded half away from zero to a whole minor unit,
    in integers (amounts are never negative)."""
    return (2 * minor * part + whole) // (2 * whole)


def _assemble(
    con: Any,
    plan_id: int,
    name: str,
    owner: str,
    base: str,
    exp: int,
    threshold: Decimal,
    start_year: int,
    years: int,
    acts: dict[int, _Activity],
    missing: set[tuple[int, str]],
    only_year: int | None,
) -> PlanFigures:
    plan_years = [y for y in range(start_year, start_year + years) if only_year in (None, y)]
    themes = con.execute(
        "SELECT id, code, name FROM theme WHERE plan_id = ? ORDER BY id", (plan_id,)
    ).fetchall()
    admins = con.execute(
        "SELECT id, code, name FROM administration WHERE plan_id = ? ORDER BY id", (plan_id,)
    ).fetchall()
    by_year: dict[Any, Tally] = {y: Tally() for y in plan_years}
    by_theme: dict[Any, Tally] = {tid: Tally() for tid, _, _ in themes}
    by_kind: dict[Any, Tally] = {k.value: Tally() for k in Kind}
    by_admin: dict[Any, Tally] = {aid: Tally() for aid, _, _ in admins}
    total = Tally()
    for a in acts.values():
        for group in (
            by_year.setdefault(a.year, Tally()),
            by_theme[a.theme_id],
            by_kind[a.kind],
            total,
        ):
            group.add_money(a.tally, planned=a.status != _CANCELLED)
            if a.status == _DELIVERED:
                group.add_participation(a.tally)
        if a.status != _DELIVERED:
            continue
        whole = sum(a.admin_days.values())
        for admin_id, at in a.admin.items():
            g = by_admin[admin_id]
            g.add_participation(at)
            g.activities += 1
            if whole:
                part = a.admin_days[admin_id]
                g.planned_minor += _share(a.tally.planned_minor, part, whole)
                g.actual_minor += _share(a.tally.actual_minor, part, whole)

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
    rows.append(Row("plan", name, name, fig(total)))

    inputs = _inputs(con, plan_id, base, exp, plan_years, by_year)
    warnings = [
        f"no exchange rate for {cur} in {y}: {cur} lines of {y} are left out of every total"
        for y, cur in sorted(missing)
    ]
    no_actual = sum(a.tally.lines_without_actuals for a in acts.values())
    if no_actual:
        warnings.append(f"{no_actual} budget lines have no actual amount yet (counted as 0)")
    for a in acts.values():
        if a.status == _DELIVERED and a.tally.participant_days == 0:
            warnings.append(f"{a.code} is delivered but has no attendance recorded")
    return PlanFigures(
        plan_id, name, owner, base, threshold, start_year, years, rows, inputs, warnings
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

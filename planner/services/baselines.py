"""Baselines: a year's approved budget frozen under a name (who froze it, and when),
and the current budget set against it per activity, category and funding source.

A baseline copies the planned amount of every budget line of the year's activities
that are not cancelled, in the line's own currency, naming the line by its
activity's code, category, funding source, currency and description (a copy, so
it outlives later changes). Compared, baseline amounts are converted with the
year's current rate, line by line and rounded as every booked amount is; the
current side is the year's planned cost as every other figure counts it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from planner.errors import PlannerError, Problem, ValidationError
from planner.i18n import _
from planner.money import from_minor
from planner.services.base_money import counts_as_planned, in_base, rate_table
from planner.services.rows import budget_lines
from planner.store import raw_connection

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.models import Baseline
    from planner.store.readonly import Reads

# Freezing and deleting go through the ORM (imported where they do); comparing reads
# with plain SQL alone, so that the budget report's light route
# (planner.store.readonly) does without it.

#: the groupings of a comparison, in the order reports show them
GROUPS = ("activity", "category", "funding_source")


def _check_name(session: Session, plan_id: int, name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError([Problem("name", _("a baseline needs a name"))])
    if len(name) > 100:
        raise ValidationError([Problem("name", _("is longer than 100 characters"))])
    from sqlmodel import select

    from planner.models import Baseline

    taken = session.exec(
        select(Baseline.id).where(Baseline.plan_id == plan_id, Baseline.name == name)
    ).first()
    if taken is not None:
        raise ValidationError(
            [Problem("name", _("the plan already has a baseline named {name!r}").format(name=name))]
        )
    return name


def freeze(
    session: Session, plan_id: int, year: int, name: str, user: str, now: datetime | None = None
) -> Baseline:
    """Freeze the planned budget of ``year`` as baseline ``name`` (made by ``user``)."""
    from planner.models import Baseline, BaselineLine, Plan
    from planner.services.common import get

    plan = get(session, Plan, plan_id, "plan")
    if not plan.start_year <= year < plan.start_year + plan.years:
        last = plan.start_year + plan.years - 1
        raise ValidationError(
            [
                Problem(
                    "year",
                    _("{year} is outside the plan's years {start_year}-{last}").format(
                        year=year, start_year=plan.start_year, last=last
                    ),
                )
            ]
        )
    name = _check_name(session, plan_id, name)
    con = raw_connection(session)
    lines = con.execute(
        "SELECT a.code, b.category, f.code, b.currency, b.description, b.planned_minor "
        "FROM budget_line b JOIN activity a ON a.id = b.activity_id "
        "LEFT JOIN funding_source f ON f.id = b.funding_source_id "
        "WHERE a.plan_id = ? AND a.status != 'cancelled' "
        "AND a.start_date >= ? AND a.start_date < ? ORDER BY a.start_date, a.code, b.id",
        (plan_id, f"{year:04d}-01-01", f"{year + 1:04d}-01-01"),
    ).fetchall()
    if not lines:
        raise PlannerError(_("{year} has no budget lines to freeze").format(year=year))
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    row = Baseline(plan_id=plan_id, name=name, year=year, made_by=user, made_at=stamp)
    session.add(row)
    session.flush()
    for code, category, source, currency, description, planned in lines:
        session.add(
            BaselineLine(
                baseline_id=row.id or 0,
                activity=code,
                category=category,
                funding_source=source,
                currency=currency,
                description=description,
                planned_minor=planned,
            )
        )
    session.flush()
    return row


def delete(session: Session, plan_id: int, name: str) -> None:
    from sqlmodel import select

    from planner.models import Baseline

    found = session.exec(
        select(Baseline).where(Baseline.plan_id == plan_id, Baseline.name == name)
    ).first()
    if found is None:
        raise PlannerError(_("the plan has no baseline named {name!r}").format(name=name))
    session.delete(found)
    session.flush()


@dataclass(frozen=True)
class BaselineInfo:
    name: str
    year: int
    made_by: str
    made_at: str
    lines: int


def listed(session: Reads, plan_id: int) -> list[BaselineInfo]:
    """The plan's baselines, oldest first."""
    con = raw_connection(session)
    return [
        BaselineInfo(*row)
        for row in con.execute(
            "SELECT b.name, b.year, b.made_by, b.made_at, "
            "(SELECT count(*) FROM baseline_line l WHERE l.baseline_id = b.id) "
            "FROM baseline b WHERE b.plan_id = ? ORDER BY b.made_at, b.id",
            (plan_id,),
        )
    ]


@dataclass(frozen=True)
class Versus:
    """Baseline planned against current planned, in base currency, for one group."""

    key: str
    baseline: Decimal
    current: Decimal

    @property
    def difference(self) -> Decimal:
        return self.current - self.baseline


@dataclass(frozen=True)
class Comparison:
    info: BaselineInfo
    base_currency: str
    #: GROUPS -> rows by key (activity code, category, funding source code or "")
    groups: dict[str, tuple[Versus, ...]] = field(default_factory=dict)
    total: Versus = field(default_factory=lambda: Versus("", Decimal(0), Decimal(0)))
    #: lines of either side left out for want of an exchange rate
    lines_without_rate: int = 0

    def rows(self, group: str) -> tuple[Versus, ...]:
        return self.groups.get(group, ())

    @property
    def changed(self) -> tuple[Versus, ...]:
        """The activities whose planned cost moved since the baseline."""
        return tuple(v for v in self.rows("activity") if v.difference)


def _sums(items: Iterable[tuple[dict[str, str], Decimal]]) -> dict[str, dict[str, Decimal]]:
    out: dict[str, dict[str, Decimal]] = {g: {} for g in GROUPS}
    for keys, amount in items:
        for g in GROUPS:
            out[g][keys[g]] = out[g].get(keys[g], Decimal(0)) + amount
    return out


def compare(session: Reads, plan_id: int, name: str | None = None) -> Comparison | None:
    """Baseline ``name`` (None: the newest) against the current planned budget of its
    year; None when the plan has no baseline. Unknown ``name``: PlannerError."""
    found = listed(session, plan_id)
    if not found:
        if name is not None:
            raise PlannerError(_("the plan has no baseline named {name!r}").format(name=name))
        return None
    if name is None:
        info = found[-1]
    else:
        chosen = [b for b in found if b.name == name]
        if not chosen:
            known = ", ".join(b.name for b in found)
            raise PlannerError(
                _("the plan has no baseline named {name!r} (it has: {known})").format(
                    name=name, known=known
                )
            )
        info = chosen[0]
    con = raw_connection(session)
    base = con.execute("SELECT base_currency FROM plan WHERE id = ?", (plan_id,)).fetchone()[0]
    rates = rate_table(con, plan_id)
    missing = 0
    then: list[tuple[dict[str, str], Decimal]] = []
    for code, category, source, currency, planned in con.execute(
        "SELECT l.activity, l.category, l.funding_source, l.currency, l.planned_minor "
        "FROM baseline_line l JOIN baseline b ON b.id = l.baseline_id "
        "WHERE b.plan_id = ? AND b.name = ? ORDER BY l.id",
        (plan_id, info.name),
    ):
        converted = in_base(rates, base, info.year, currency, planned, None)
        if converted is None:
            missing += 1
            continue
        keys = {"activity": code, "category": category, "funding_source": source or ""}
        then.append((keys, from_minor(converted[0], base)))
    now: list[tuple[dict[str, str], Decimal]] = []
    for line in budget_lines(session, plan_id, year=info.year):
        if not counts_as_planned(line.status):
            continue
        if line.planned_base is None:
            missing += 1
            continue
        keys = {
            "activity": line.activity,
            "category": line.category,
            "funding_source": line.funding_source or "",
        }
        now.append((keys, line.planned_base))
    a, b = _sums(then), _sums(now)
    groups: dict[str, tuple[Versus, ...]] = {}
    for g in GROUPS:
        order = sorted(set(a[g]) | set(b[g]), key=lambda k: (k == "", k))
        groups[g] = tuple(
            Versus(k, a[g].get(k, Decimal(0)), b[g].get(k, Decimal(0))) for k in order
        )
    total = Versus(
        "",
        sum((x for _k, x in then), Decimal(0)),
        sum((x for _k, x in now), Decimal(0)),
    )
    return Comparison(info, base, groups, total, missing)


def export_baselines(con: Any, plan_id: int) -> list[dict[str, Any]]:
    """The plan's baselines as the exchange file writes them (version 4)."""
    out = []
    for bid, name, year, who, when, uid in con.execute(
        "SELECT id, name, year, made_by, made_at, uid FROM baseline WHERE plan_id = ? ORDER BY id",
        (plan_id,),
    ).fetchall():
        lines = [
            {
                "activity": code,
                "category": category,
                "funding_source": source,
                "currency": currency,
                "description": description,
                "planned": f"{from_minor(planned, currency):f}",
            }
            for code, category, source, currency, description, planned in con.execute(
                "SELECT activity, category, funding_source, currency, description, "
                "planned_minor FROM baseline_line WHERE baseline_id = ? ORDER BY id",
                (bid,),
            )
        ]
        out.append(
            {
                "name": name,
                "year": year,
                "made_by": who,
                "made_at": when,
                "uid": uid,
                "lines": lines,
            }
        )
    return out

"""What makes the budget report paper that can be signed: the plan's report
reference and version, who prepares, reviews and approves it, and where each
exchange rate comes from (Reference data ▸ plan settings and exchange rates)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from planner.errors import NotFoundError
from planner.i18n import _
from planner.money import from_minor
from planner.services.base_money import in_base, rate_table
from planner.store import raw_connection

if TYPE_CHECKING:
    from planner.store.readonly import Reads


@dataclass(frozen=True)
class Signer:
    role: str  # "prepared", "reviewed" or "approved"
    name: str
    title: str


@dataclass(frozen=True)
class Paper:
    reference: str = ""
    version: str = ""
    signers: tuple[Signer, ...] = ()  # all three roles, in order, blank where not set


@dataclass(frozen=True)
class RateSource:
    source: str
    on: date | None


ROLES = ("prepared", "reviewed", "approved")


def paper_of(session: Reads, plan_id: int) -> Paper:
    con = raw_connection(session)
    found = con.execute(
        "SELECT report_reference, report_version, "
        + ", ".join(f"{role}_name, {role}_title" for role in ROLES)
        + " FROM plan WHERE id = ?",
        (plan_id,),
    ).fetchone()
    if found is None:
        raise NotFoundError(
            _("the {what} no longer exists (number {row_id})").format(what="plan", row_id=plan_id)
        )
    reference, version, *names = found
    return Paper(
        reference or "",
        version or "",
        tuple(
            Signer(role, names[2 * i] or "", names[2 * i + 1] or "") for i, role in enumerate(ROLES)
        ),
    )


def rate_sources(session: Reads, plan_id: int) -> dict[tuple[int, str], RateSource]:
    """The source and date of each rate of the plan that has either, by (year, currency)."""
    found = raw_connection(session).execute(
        "SELECT year, currency, source, rate_date FROM exchange_rate WHERE plan_id = ?",
        (plan_id,),
    )
    return {
        (int(year), str(currency)): RateSource(
            source or "", None if on is None else date.fromisoformat(str(on))
        )
        for year, currency, source, on in found
        if source or on
    }


@dataclass(frozen=True)
class Refunds:
    """Negative payments (refunds) counted in a report, in base currency at the plan
    rate of each activity's year, each converted and rounded on its own."""

    count: int = 0
    amount: Decimal = Decimal(0)  # negative
    without_rate: int = 0


def refunds(
    session: Reads,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    as_of: date | None = None,
) -> Refunds:
    con = raw_connection(session)
    base = con.execute("SELECT base_currency FROM plan WHERE id = ?", (plan_id,)).fetchone()[0]
    rates = rate_table(con, plan_id)
    sql = (
        "SELECT a.start_date, b.currency, p.amount_minor "
        "FROM payment p JOIN budget_line b ON b.id = p.budget_line_id "
        "JOIN activity a ON a.id = b.activity_id WHERE a.plan_id = ? AND p.amount_minor < 0"
    )
    args: list[object] = [plan_id]
    if year is not None:
        # ISO dates compared as text: the same on both engines (docs/architecture.md)
        sql += " AND a.start_date >= ? AND a.start_date < ?"
        args += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    if activity is not None:
        sql += " AND a.code = ?"
        args.append(activity)
    if as_of is not None:
        sql += " AND (p.paid_on IS NULL OR p.paid_on <= ?)"
        args.append(as_of.isoformat())
    count = missing = total = 0
    for start, currency, minor in con.execute(sql, args):
        count += 1
        converted = in_base(rates, base, int(str(start)[:4]), currency, minor, None)
        if converted is None:
            missing += 1
        else:
            total += converted[0]
    return Refunds(count, from_minor(total, base), missing)

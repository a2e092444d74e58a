"""The plan's money grouped the ways finance reads it: by year, category, funding
source and kind of activity, against the yearly envelopes.

Every amount is a sum of the budget lines' converted, rounded amounts
(:func:`planner.services.rows.budget_lines`), summed under the one rule of
:mod:`planner.services.base_money` that the cost-effectiveness figures follow too.
So every total here equals the cost-effectiveness figures and the budget CSV to
the cent.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from planner.enums import Category
from planner.i18n import shown
from planner.money import exponent_of
from planner.services.base_money import LineSums
from planner.services.figures import ratio
from planner.services.rows import BudgetLineRow, budget_lines
from planner.store import raw_connection

if TYPE_CHECKING:
    from planner.store.readonly import Reads


@dataclass
class Cell(LineSums[Decimal]):
    """Sums of a group of budget lines, in base currency (:class:`LineSums`)."""

    planned: Decimal = Decimal(0)
    actual: Decimal = Decimal(0)
    planned_cancelled: Decimal = Decimal(0)

    def add(self, line: BudgetLineRow) -> None:
        """Add one line under the group rule."""
        self.book(line.base_amounts, line.actual is not None, line.status)


@dataclass
class BudgetSummary:
    base_currency: str
    years: list[int]
    categories: list[str] = field(default_factory=lambda: [c.value for c in Category])
    sources: dict[str | None, str] = field(default_factory=dict)  # code -> name
    by_year_category: dict[tuple[int, str], Cell] = field(default_factory=dict)
    by_year_source: dict[tuple[int, str | None], Cell] = field(default_factory=dict)
    by_year: dict[int, Cell] = field(default_factory=dict)
    by_category: dict[str, Cell] = field(default_factory=dict)
    by_source: dict[str | None, Cell] = field(default_factory=dict)
    by_kind: dict[str, Cell] = field(default_factory=dict)
    total: Cell = field(default_factory=Cell)
    envelopes: dict[tuple[int, str], Decimal] = field(default_factory=dict)
    missing_rates: list[tuple[int, str]] = field(default_factory=list)

    def input(self, year: int) -> Decimal:
        """The year's financial input: its envelopes summed."""
        return sum((a for (y, _), a in self.envelopes.items() if y == year), Decimal(0))

    def source_input(self, year: int, source: str | None) -> Decimal:
        return self.envelopes.get((year, source), Decimal(0)) if source else Decimal(0)

    def execution_rate(self, year: int) -> Decimal | None:
        """Actual cost of the year's activities / the year's input (n/a without input)."""
        return ratio(self.by_year.get(year, Cell()).actual, self.input(year))

    def source_execution_rate(self, year: int, source: str | None) -> Decimal | None:
        cell = self.by_year_source.get((year, source), Cell())
        return ratio(cell.actual, self.source_input(year, source))


def _cell(groups: dict[Hashable, Cell], key: Hashable) -> Cell:
    cell = groups.get(key)
    if cell is None:
        cell = groups[key] = Cell()
    return cell


def summary(
    session: Reads,
    plan_id: int,
    *,
    year: int | None = None,
    lines: Iterable[BudgetLineRow] | None = None,
    as_of: date | None = None,
) -> BudgetSummary:
    """The plan's (or one year's) budget, grouped; ``lines`` may be passed in when
    the caller already holds them."""
    con = raw_connection(session)
    base, start, years = con.execute(
        "SELECT base_currency, start_year, years FROM plan WHERE id = ?", (plan_id,)
    ).fetchone()
    plan_years = [y for y in range(start, start + years) if year in (None, y)]
    out = BudgetSummary(base, plan_years)
    out.sources = {
        code: shown(name, name_zh)
        for code, name, name_zh in con.execute(
            "SELECT code, name, name_zh FROM funding_source WHERE plan_id = ? ORDER BY id",
            (plan_id,),
        )
    }
    exp = exponent_of(base)
    for y, source, amount in con.execute(
        "SELECT e.year, f.code, e.amount_minor FROM envelope e "
        "JOIN funding_source f ON f.id = e.funding_source_id WHERE e.plan_id = ?",
        (plan_id,),
    ):
        if year in (None, y):
            out.envelopes[(y, source)] = Decimal(amount).scaleb(-exp)
    missing: set[tuple[int, str]] = set()
    groups: defaultdict[str, dict[Hashable, Cell]] = defaultdict(dict)
    rows = lines if lines is not None else budget_lines(session, plan_id, year=year, as_of=as_of)
    for line in rows:
        for name, key in (
            ("yc", (line.year, line.category)),
            ("ys", (line.year, line.funding_source)),
            ("y", line.year),
            ("c", line.category),
            ("s", line.funding_source),
            ("k", line.kind),
        ):
            _cell(groups[name], key).add(line)
        out.total.add(line)
        if line.planned_base is None:
            missing.add((line.year, line.currency))
    out.by_year_category = groups["yc"]  # type: ignore[assignment]
    out.by_year_source = groups["ys"]  # type: ignore[assignment]
    out.by_year = groups["y"]  # type: ignore[assignment]
    out.by_category = groups["c"]  # type: ignore[assignment]
    out.by_source = groups["s"]  # type: ignore[assignment]
    out.by_kind = groups["k"]  # type: ignore[assignment]
    out.missing_rates = sorted(missing)
    return out

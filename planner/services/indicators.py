"""Indicators' actuals, progress and status per year (docs/methodology.md,
"Indicators and targets").

A computed actual is one figure (:data:`planner.services.results_rules.FIGURES`)
of the plan or of a theme, for the year alone or cumulative (the plan's years up
to it), taken from one :func:`planner.services.metrics.compute` of the whole plan
and grouped here; an entered actual is read as it was entered.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from planner.models import Status
from planner.money import exponent_of
from planner.services import metrics
from planner.services.figures import Figures, Tally, ratio
from planner.services.results_figures import Group, Reach, count_reach, group_tally
from planner.services.results_framework import IndicatorRow, indicators_of, results_of
from planner.services.results_rules import CE_FIGURES, FIGURES
from planner.store import raw_connection

ON_TRACK, AT_RISK, OFF_TRACK = "on_track", "at_risk", "off_track"
_DELIVERED = Status.DELIVERED.value


def status_of(progress: Decimal | None) -> str | None:
    """on track at progress >= 1, at risk at >= 0.8, else off track; None without."""
    if progress is None:
        return None
    if progress >= 1:
        return ON_TRACK
    return AT_RISK if progress >= Decimal("0.8") else OFF_TRACK


def progress_of(
    actual: Decimal | None, baseline: Decimal, target: Decimal | None
) -> Decimal | None:
    """(actual - baseline) / (target - baseline); None where target = baseline or
    either is missing. The same for both directions: a lower-is-better target lies
    below the baseline, so both differences are negative."""
    if actual is None or target is None:
        return None
    return ratio(actual - baseline, target - baseline)


@dataclass(frozen=True)
class YearValue:
    year: int
    target: Decimal | None
    actual: Decimal | None
    progress: Decimal | None
    status: str | None


@dataclass(frozen=True)
class Evaluated:
    indicator: IndicatorRow
    years: list[YearValue]

    @property
    def latest(self) -> YearValue | None:
        """The last year with a status."""
        found = [y for y in self.years if y.status is not None]
        return found[-1] if found else None


@dataclass(frozen=True)
class Verdict:
    """How the plan stands: its indicators' latest statuses, counted."""

    on_track: int
    at_risk: int
    off_track: int
    without: int

    @property
    def status(self) -> str | None:
        """on track when at least 80 % of the indicators with a status are on track;
        at risk when at least 80 % are on track or at risk; else off track."""
        n = self.on_track + self.at_risk + self.off_track
        if not n:
            return None
        if self.on_track * 5 >= n * 4:
            return ON_TRACK
        return AT_RISK if (self.on_track + self.at_risk) * 5 >= n * 4 else OFF_TRACK


def verdict(evaluated: Iterable[Evaluated]) -> Verdict:
    counts = {ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, None: 0}
    for e in evaluated:
        latest = e.latest
        counts[None if latest is None else latest.status] += 1
    return Verdict(counts[ON_TRACK], counts[AT_RISK], counts[OFF_TRACK], counts[None])


@dataclass
class _Block:
    """The sums of one theme's activities starting in one year."""

    tally: Tally
    reach: Reach
    delivered: bool


class PlanData:
    """The whole plan's figures, once, for any group of its activities.

    ``whole`` and ``counted`` are the computation it was built from (reports lay
    them out beside the indicators); :meth:`patch` brings the activities' sums up
    to date after an edit but leaves those two as they were."""

    def __init__(
        self, session: Session, plan_id: int, whole: metrics.PlanFigures | None = None
    ) -> None:
        """``whole``: the plan's figures, unfiltered, if already computed."""
        con = raw_connection(session)
        self.plan_id = plan_id
        self.whole = whole or metrics.compute(session, plan_id)
        self.plan_years = list(
            range(self.whole.start_year, self.whole.start_year + self.whole.years)
        )
        self.exp = exponent_of(self.whole.base_currency)
        self.counted = reach, host = count_reach(con, plan_id)
        self.host_known = host is not None
        self.reach: dict[int, Reach] = {}
        for (aid, _admin), r in reach.items():
            self.reach.setdefault(aid, Reach()).add(r)
        rows = {r.key: r for r in self.whole.scope("activity")}
        #: activity id -> (theme id, year, status, its own sums)
        self.acts: dict[int, tuple[int, int, str, Tally]] = {
            aid: (theme, int(start[:4]), status, rows[code].figures.tally)
            for aid, code, theme, start, status in con.execute(
                "SELECT id, code, theme_id, start_date, status FROM activity WHERE plan_id = ?",
                (plan_id,),
            )
        }
        self.inputs = {i.year: i.input for i in self.whole.inputs}
        self.themes = dict(con.execute("SELECT code, id FROM theme WHERE plan_id = ?", (plan_id,)))
        self._cache: dict[tuple[int | None, tuple[int, ...]], Group] = {}
        # The sums of each theme's activities of each year, from which every group
        # is summed (a group is a theme or the plan over some years); None: not
        # made yet. _redo: the blocks to sum anew after a patch.
        self._blocks: dict[tuple[int, int], _Block] | None = None
        self._redo: set[tuple[int, int]] = set()

    def patch(self, session: Session, ids: Collection[int]) -> None:
        """Count the activities whose id is in ``ids`` anew (an id no longer in the
        plan is dropped), after an edit that changed nothing but their own rows."""
        con = raw_connection(session)
        tallies = metrics.activity_tallies(session, self.plan_id, ids)
        reach, _host = count_reach(con, self.plan_id, ids=ids)
        for aid in ids:
            old = self.acts.pop(aid, None)
            if old is not None:
                self._redo.add((old[0], old[1]))
            self.reach.pop(aid, None)
        for aid, a in tallies.items():
            self.acts[aid] = (a.theme_id, a.year, a.status, a.tally)
            self._redo.add((a.theme_id, a.year))
        for (aid, _admin), r in reach.items():
            self.reach.setdefault(aid, Reach()).add(r)
        self._cache.clear()

    def _blocks_now(self) -> dict[tuple[int, int], _Block]:
        if self._blocks is None:
            self._blocks, self._redo = {}, set()
            wanted = None
        elif self._redo:
            wanted = self._redo
            for key in wanted:
                self._blocks.pop(key, None)
            self._redo = set()
        else:
            return self._blocks
        blocks = self._blocks
        members: dict[tuple[int, int], list[int]] = {}
        for aid, a in self.acts.items():
            key = (a[0], a[1])
            if wanted is None or key in wanted:
                members.setdefault(key, []).append(aid)
        for key, ids in members.items():
            reach = Reach()
            for aid in ids:
                if aid in self.reach:
                    reach.add(self.reach[aid])
            tally = group_tally((self.acts[aid][3], self.acts[aid][2]) for aid in ids)
            delivered = any(self.acts[aid][2] == _DELIVERED for aid in ids)
            blocks[key] = _Block(tally, reach, delivered)
        return blocks

    def group(self, theme_id: int | None, years: tuple[int, ...]) -> Group:
        key = (theme_id, years)
        if key not in self._cache:
            chosen = [
                b
                for (theme, year), b in self._blocks_now().items()
                if year in years and (theme_id is None or theme == theme_id)
            ]
            reach = Reach()
            for b in chosen:
                reach.add(b.reach)
            # a block's sums are a group's: added as a delivered activity's are
            tally = group_tally((b.tally, _DELIVERED) for b in chosen)
            self._cache[key] = Group(Figures(tally, self.exp), reach, self.host_known)
        return self._cache[key]

    def delivered_in(self, theme_id: int | None, year: int) -> bool:
        return any(
            b.delivered and y == year and (theme_id is None or theme == theme_id)
            for (theme, y), b in self._blocks_now().items()
        )

    def value(self, figure: str, theme_id: int | None, years: tuple[int, ...]) -> Decimal | None:
        g = self.group(theme_id, years)
        if figure == "input":
            return sum((self.inputs.get(y, Decimal(0)) for y in years), Decimal(0))
        if figure == "execution_rate":
            plan = self.group(None, years)
            return ratio(plan.figures.actual_cost, self.value("input", None, years) or 0)
        value = _FIGURES[figure](g)
        return None if value is None else Decimal(value)


_FIGURES: dict[str, Callable[[Group], Any]] = {
    "activities": lambda g: g.figures.tally.activities,
    "people_reached": lambda g: g.people_reached,
    "partner_participations": lambda g: g.partner_participations,
    "host_participations": lambda g: g.host_participations,
    "normalised_gain": lambda g: g.normalised_gain,
    "cost_per_gain_point": lambda g: g.cost_per_gain_point,
    "application_rate": lambda g: g.application_rate,
    "follow_up_coverage": lambda g: g.follow_up_coverage,
}
for _name in CE_FIGURES:
    _FIGURES[_name] = operator.attrgetter(f"figures.{_name}")
# every figure an indicator may name is computed ("input" and "execution_rate" above)
assert set(_FIGURES) | {"input", "execution_rate"} == set(FIGURES)


def evaluate(session: Session, plan_id: int, data: PlanData | None = None) -> list[Evaluated]:
    """Every indicator of the plan with its target, actual, progress and status
    for each year of the plan."""
    data = data or PlanData(session, plan_id)
    out = []
    for ind in indicators_of(session, plan_id):
        baseline = Decimal(ind.baseline)
        theme_id = None if ind.theme is None else data.themes[ind.theme]
        years = []
        for y in data.plan_years:
            target = Decimal(ind.targets[y]) if y in ind.targets else None
            actual: Decimal | None
            if ind.figure is None:
                entered = ind.actuals.get(y)
                actual = None if entered is None else Decimal(entered.value)
            elif data.delivered_in(theme_id, y):
                span = (
                    tuple(data.plan_years[: data.plan_years.index(y) + 1])
                    if ind.cumulative
                    else (y,)
                )
                actual = data.value(ind.figure, theme_id, span)
            else:
                actual = None  # nothing delivered that year (yet): no actual
            progress = progress_of(actual, baseline, target)
            years.append(YearValue(y, target, actual, progress, status_of(progress)))
        out.append(Evaluated(ind, years))
    return out


__all__ = ["Evaluated", "PlanData", "Verdict", "YearValue", "evaluate", "results_of", "verdict"]

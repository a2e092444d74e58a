"""What the results reports show, gathered once into frozen rows: the logframe
(results in order, each with its indicators' targets, actuals, progress and
status per year), the plan's verdict, reach and learning by sex and by mode.
Every figure comes from :mod:`planner.services.indicators` and
:mod:`planner.services.results_figures`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session

from planner.i18n import _
from planner.services.indicators import (
    AT_RISK,
    OFF_TRACK,
    ON_TRACK,
    Evaluated,
    PlanData,
    Verdict,
    evaluate,
    verdict,
)
from planner.services.results_figures import Group, extras
from planner.services.results_framework import ResultRow, results_of

#: Figures shown as a percentage (fractions: 0.85 is 85 %).
RATE_FIGURES = frozenset(
    {
        "completion_rate",
        "women_share",
        "seat_fill",
        "execution_rate",
        "normalised_gain",
        "application_rate",
        "follow_up_coverage",
    }
)
MONEY_FIGURES = frozenset(
    {
        "planned_cost",
        "actual_cost",
        "input",
        "cost_per_participant",
        "cost_per_completer",
        "cost_per_participant_day",
        "cost_per_participant_hour",
        "cost_per_gain_point",
    }
)


def status_names() -> dict[str | None, str]:
    return {
        ON_TRACK: _("on track"),
        AT_RISK: _("at risk"),
        OFF_TRACK: _("off track"),
        None: _("no status yet"),
    }


def level_names() -> dict[str, str]:
    return {"objective": _("Objective"), "outcome": _("Outcome"), "output": _("Output")}


def sex_names() -> dict[str, str]:
    return {"F": _("Women"), "M": _("Men"), "X": _("Other"), "": _("Not recorded")}


def mode_names() -> dict[str, str]:
    return {"in_person": _("in person"), "online": _("online"), "hybrid": _("hybrid")}


@dataclass(frozen=True)
class Block:
    """A result (None: the indicators that belong to no result) and its indicators."""

    result: ResultRow | None
    depth: int
    indicators: list[Evaluated]


@dataclass(frozen=True)
class ResultsReport:
    plan_name: str
    owner: str
    base_currency: str
    years: list[int]
    host_country: str | None
    verdict: Verdict
    blocks: list[Block]
    indicators: list[Evaluated]
    plan: Group
    modes: list[tuple[str, Group]]
    #: follow-up by (scope, key, label, group): each year, each theme, each
    #: delivered activity with completers
    follow_up: list[tuple[str, str, str, Group]]


def gather(session: Session, plan_id: int, data: PlanData | None = None) -> ResultsReport:
    data = data or PlanData(session, plan_id)
    evaluated = evaluate(session, plan_id, data)
    results = results_of(session, plan_id)
    by_result: dict[str | None, list[Evaluated]] = {}
    for e in evaluated:
        by_result.setdefault(e.indicator.result, []).append(e)
    children: dict[str | None, list[ResultRow]] = {}
    for r in results:
        children.setdefault(r.parent, []).append(r)
    blocks: list[Block] = []

    def walk(parent: str | None, depth: int) -> None:
        for r in children.get(parent, []):
            blocks.append(Block(r, depth, by_result.get(r.code, [])))
            walk(r.code, depth + 1)

    walk(None, 0)
    if by_result.get(None):
        blocks.append(Block(None, 0, by_result[None]))
    ex = extras(session, data.whole, None, None, data.counted)
    from planner.services.results_framework import host_country

    return ResultsReport(
        data.whole.plan_name,
        data.whole.owner,
        data.whole.base_currency,
        data.plan_years,
        host_country(session, plan_id),
        verdict(evaluated),
        blocks,
        evaluated,
        ex.by_row[("plan", data.whole.scope("plan")[0].key)],
        ex.modes,
        [
            (row.scope, row.key, row.label, ex.by_row[(row.scope, row.key)])
            for scope in ("year", "theme", "activity")
            for row in data.whole.scope(scope)
            if row.figures.completers
        ],
    )


def kind_of(e: Evaluated) -> str:
    """How an indicator's values read: ``rate``, ``money`` or ``number``."""
    figure = e.indicator.figure
    if figure in RATE_FIGURES:
        return "rate"
    return "money" if figure in MONEY_FIGURES else "number"


def as_float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)

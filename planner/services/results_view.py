"""What the window's Results page shows, read in one transaction: the framework,
every indicator evaluated per year, the plan's verdict and the choices its forms
offer (themes, years, figures)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from planner.services.indicators import Evaluated, PlanData, Verdict, evaluate, verdict
from planner.services.results_framework import (
    ResultRow,
    clear_actual,
    delete_indicator,
    delete_result,
    host_country,
    results_of,
    save_indicator,
    save_result,
    set_actual,
    set_host_country,
)
from planner.services.results_live import LiveFigures
from planner.services.results_rules import FIGURES


@dataclass(frozen=True)
class ResultsView:
    results: list[ResultRow]
    indicators: list[Evaluated]
    verdict: Verdict
    host_country: str | None
    years: list[int]
    themes: list[str]


def plan_data(session: Session, plan_id: int) -> PlanData:
    """The plan's figures, which :func:`results_view` evaluates the indicators on;
    an edit of the framework alone leaves them as they are, so the page keeps them."""
    return PlanData(session, plan_id)


def results_view(session: Session, plan_id: int, data: PlanData | None = None) -> ResultsView:
    data = data or PlanData(session, plan_id)
    evaluated = evaluate(session, plan_id, data)
    return ResultsView(
        results_of(session, plan_id),
        evaluated,
        verdict(evaluated),
        host_country(session, plan_id),
        data.plan_years,
        sorted(data.themes),
    )


__all__ = [
    "FIGURES",
    "LiveFigures",
    "PlanData",
    "ResultsView",
    "clear_actual",
    "delete_indicator",
    "delete_result",
    "plan_data",
    "results_view",
    "save_indicator",
    "save_result",
    "set_actual",
    "set_host_country",
]

"""The results report as a workbook (sheets Summary, Indicators, By sex and mode),
made by :func:`planner.reports.results_csv.xlsx`."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from planner.reports.results_csv import xlsx
from planner.reports.results_data import gather


def render(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    generated: date | None = None,
) -> bytes:
    return xlsx(gather(session, plan_id), generated or date.today())

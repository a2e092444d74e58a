"""The rows behind the reports, now in :mod:`planner.services.rows`.

Kept for the window's budget page (``planner/ui/pages/budget.py``), which still
imports :func:`budget_lines` from here; new code imports the service module.
"""

from __future__ import annotations

from planner.services.rows import (
    AttendanceRow,
    BudgetLineRow,
    PlanActivityRow,
    attendance_rows,
    budget_lines,
    plan_activities,
)

__all__ = [
    "AttendanceRow",
    "BudgetLineRow",
    "PlanActivityRow",
    "attendance_rows",
    "budget_lines",
    "plan_activities",
]

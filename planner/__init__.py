"""Capacity-building planner: plan, budget and evaluate a multi-year action plan."""

__version__ = "0.1.0"
APP_NAME = "Capacity-building planner"
APP_ID = "capacity-planner"

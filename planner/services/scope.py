"""Which activities a figure, a list or a report covers: the one filter they share."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any


def activity_filter(
    plan_id: int,
    year: int | None = None,
    activity: str | None = None,
    *,
    ids: Collection[int] | None = None,
) -> tuple[str, list[Any]]:
    """The SQL condition on ``activity a`` (and its arguments) that keeps a plan's
    activities, only those starting in ``year`` (an activity's year is the year it
    starts), only the one whose code is ``activity``, or only those whose id is in
    ``ids``."""
    where, args = "a.plan_id = ?", list[Any]([plan_id])
    if year is not None:
        # ISO dates compare as text on SQLite and as dates on PostgreSQL alike
        where += " AND a.start_date >= ? AND a.start_date < ?"
        args += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    if activity is not None:
        where += " AND a.code = ?"
        args.append(activity)
    if ids is not None:
        where += f" AND a.id IN ({', '.join('?' * len(ids)) or 'NULL'})"
        args += sorted(ids)
    return where, args

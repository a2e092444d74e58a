"""What the dashboard shows, gathered without Qt: metrics' figures for a year or the
whole plan, and the rows of at most one group (a theme, a kind or an administration).

Every figure comes from :func:`planner.services.metrics.compute`; this module only
picks rows. metrics has no cross rows (theme x administration, ...), so one group is
chosen at a time (with or without a year). The window calls :func:`gather` in a
worker thread: one count of the plan gives every year's figures, so a group's
per-year series come with it, and a filter changed while the data is not is answered
by :func:`regather` from the figures in hand, without the database.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import NamedTuple

from sqlmodel import Session

from planner.services import metrics
from planner.services.dashboard_live import Counts, LiveDashboard
from planner.services.results_figures import Group, Reach
from planner.store import raw_connection

THEME, KIND, ADMIN = "theme", "kind", "administration"
Row = metrics.Row


class ActivityRef(NamedTuple):
    """An activity of the plan: its id, its code and the code of its theme."""

    id: int
    code: str
    theme: str


def activity_refs(session: Session, plan_id: int) -> list[ActivityRef]:
    """Every activity of the plan with its theme's code."""
    found = raw_connection(session).execute(
        "SELECT a.id, a.code, t.code FROM activity a JOIN theme t ON t.id = a.theme_id "
        "WHERE a.plan_id = ?",
        (plan_id,),
    )
    return [ActivityRef(int(aid), code, theme) for aid, code, theme in found]


@dataclass(frozen=True)
class Request:
    """What the dashboard shows: a year or all, and at most one group."""

    year: int | None = None
    scope: str | None = None  # THEME, KIND or ADMIN
    key: str | None = None  # theme code, kind or administration code


@dataclass(frozen=True)
class Learning:
    """The learning figures of docs/methodology.md that metrics does not count, for
    the row shown: normalised gain with its respondents, cost per learning-gain
    point (both as :class:`planner.services.results_figures.Group` defines them)."""

    normalised_gain: Decimal | None = None
    normalised_respondents: int = 0
    cost_per_gain_point: Decimal | None = None


@dataclass(frozen=True)
class Snapshot:
    """metrics' figures for one request, gathered in a worker thread."""

    request: Request
    whole: metrics.PlanFigures
    current: metrics.PlanFigures  # compute(year=Y), or the whole plan
    group: Row | None  # the filtered group's row (None: no group filter)
    members: frozenset[str] | None  # activity codes of the group
    ids: dict[str, int]  # activity code -> id
    by_year: dict[int, Row] | None = None  # the group's row in each year, once gathered
    seconds: float = 0.0
    #: funding sources over their ceiling, "CODE YEAR" (finance.ceilings)
    over_ceiling: tuple[str, ...] = ()
    #: every year's figures, counted with the whole plan's, and the plan's activities:
    #: what another filter needs (regather)
    per_year: dict[int, metrics.PlanFigures] = field(default_factory=dict)
    refs: list[ActivityRef] = field(default_factory=list)
    learning: Learning = Learning()
    #: the results sums of the delivered activities with a maximum score, per
    #: (activity id, administration id), and administration code -> id: what the
    #: learning figures of another filter need (regather)
    scored: dict[tuple[int, int], Reach] = field(default_factory=dict)
    admin_ids: dict[str, int] = field(default_factory=dict)
    #: whether ``per_year`` holds every year (the whole plan is shown before them)
    years_counted: bool = True

    @property
    def figures(self) -> metrics.Figures:
        return (self.group or self.current.total).figures

    @property
    def years_ready(self) -> bool:
        return self.group is None or self.by_year is not None

    def activity_rows(self) -> list[Row]:
        rows = self.current.scope("activity")
        return rows if self.members is None else [r for r in rows if r.key in self.members]


def find(figures: metrics.PlanFigures, scope: str, key: str | None) -> Row | None:
    """The row of ``scope`` whose key is ``key`` (None when there is none)."""
    return next((r for r in figures.scope(scope) if r.key == key), None)


def administration_activities(figures: metrics.PlanFigures, code: str | None) -> frozenset[str]:
    """The codes of the activities that the administration's row of ``figures`` counts:
    the delivered activities in which its people are enrolled (not withdrawn), whether
    or not they attended a session, as metrics marks them on each activity row."""
    return frozenset(r.key for r in figures.scope("activity") if code in r.extra["administrations"])


def gather(
    session: Session,
    plan_id: int,
    request: Request,
    whole_first: Callable[[Snapshot], None] | None = None,
    live: LiveDashboard | None = None,
    *,
    years: bool = True,
) -> Snapshot:
    """The figures of ``request``, with every year's figures (and so a group's
    per-year rows) from one count of the whole plan (metrics.compute_years). A year
    or group that no longer exists is dropped from the answered request. When
    ``request`` is the whole plan and the plan is counted whole, ``whole_first`` is
    handed its snapshot before the years are assembled. ``live``: the counts kept
    since the last gather, brought up to date by counting anew only what the edits
    since touched (planner.services.dashboard_live); without it the plan is counted
    whole. ``years=False``: the whole plan's figures alone when that is what
    ``request`` asks (``years_counted`` false; a later gather adds the years)."""
    started = time.perf_counter()
    refs = activity_refs(session, plan_id)
    admin_ids = {
        code: int(aid)
        for aid, code in raw_connection(session).execute(
            "SELECT id, code FROM administration WHERE plan_id = ?", (plan_id,)
        )
    }

    def held(counts: Counts) -> Snapshot:
        return Snapshot(
            Request(),
            counts.whole,
            counts.whole,
            None,
            None,
            {},
            over_ceiling=counts.over_ceiling,
            per_year=counts.per_year,
            refs=refs,
            scored=counts.scored,
            admin_ids=admin_ids,
            years_counted=counts.years_ready,
        )

    def first(counts: Counts) -> None:
        if whole_first is not None and request == Request():
            whole_first(regather(held(counts), request, started))

    live = live if live is not None and live.plan_id == plan_id else LiveDashboard(plan_id)
    counts = live.read(session, first, years=years or request != Request())
    return regather(held(counts), request, started)


def regather(snap: Snapshot, request: Request, started: float | None = None) -> Snapshot:
    """``request`` answered from the figures ``snap`` already holds (a filter that
    changed, the data unchanged): no database work, a few milliseconds."""
    started = time.perf_counter() if started is None else started
    whole, per_year, found = snap.whole, snap.per_year, snap.refs
    year = request.year
    if year not in per_year:
        year = None
    current = whole if year is None else per_year[year]
    scope, key = request.scope, request.key
    group = None if scope is None else find(current, scope, key)
    members = None
    by_year = None
    if group is None or scope is None:
        scope = key = None
    else:
        if scope == THEME:
            members = frozenset(a.code for a in found if a.theme == key)
        elif scope == KIND:
            members = frozenset(r.key for r in current.scope("activity") if r.extra["kind"] == key)
        else:  # the administration's row counts its people's delivered activities
            members = administration_activities(current, key)
        by_year = {}
        for y, figures in sorted(per_year.items()):
            row = find(figures, scope, key)
            if row is not None:
                by_year[y] = row
    ids = {a.code: a.id for a in found}
    return Snapshot(
        Request(year, scope, key),
        whole,
        current,
        group,
        members,
        ids,
        by_year=by_year,
        seconds=time.perf_counter() - started,
        over_ceiling=snap.over_ceiling,
        per_year=per_year,
        refs=found,
        learning=learning(snap, current, group or current.total, members, ids),
        scored=snap.scored,
        admin_ids=snap.admin_ids,
        years_counted=snap.years_counted,
    )


def learning(
    snap: Snapshot,
    current: metrics.PlanFigures,
    row: Row,
    members: frozenset[str] | None,
    ids: dict[str, int],
) -> Learning:
    """The learning figures of ``row`` (the plan's or a group's row of ``current``,
    the figures of a year or the whole plan; ``members``: the codes of the activities
    a group counts), from the scored activities' sums the snapshot holds."""
    codes = members
    if current is not snap.whole:  # a year: its activities only
        in_year = frozenset(r.key for r in current.scope("activity"))
        codes = in_year if codes is None else codes & in_year
    own = None if codes is None else {ids[c] for c in codes if c in ids}
    admin = snap.admin_ids.get(str(row.key)) if row.scope == ADMIN else None
    reach = Reach()
    for (aid, admin_id), r in snap.scored.items():
        if (own is None or aid in own) and (admin is None or admin_id == admin):
            reach.add(r)
    g = Group(row.figures, reach, host_known=False)
    return Learning(g.normalised_gain, g.normalised_gain_respondents, g.cost_per_gain_point)


def gather_years(
    session: Session, plan_id: int, snap: Snapshot, checkpoint: Callable[[], None]
) -> Snapshot:
    """The filtered group's row in each year of the plan (one compute per year);
    ``checkpoint`` raises to abandon the work between years."""
    started = time.perf_counter()
    req, whole = snap.request, snap.whole
    by_year: dict[int, Row] = {}
    if req.scope is not None:
        for y in range(whole.start_year, whole.start_year + whole.years):
            checkpoint()
            figures = snap.per_year.get(y) or metrics.compute(session, plan_id, year=y)
            row = find(figures, req.scope, req.key)
            if row is not None:
                by_year[y] = row
    return replace(snap, by_year=by_year, seconds=snap.seconds + time.perf_counter() - started)

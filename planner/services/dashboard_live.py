"""The dashboard's figures kept up to date between edits: the whole plan counted
once, then only the activities an edit touched counted anew.

The dashboard shows the whole plan's figures and every year's
(:func:`planner.services.metrics.compute_years`), the funding sources over their
ceiling (:func:`planner.services.finance.ceilings`) and the learning sums of the
scored activities (:func:`planner.services.results_figures.count_reach`). All
three are sums over the plan's activities of each activity's own rows, so after an
edit that touched only some activities' own rows (which the change journal names:
:func:`planner.services.results_live.touched_activities`, as the Results page
uses it) only those activities are read again (their tally, their budget lines,
their results sums) and the figures are assembled anew from the rest, kept, and
them. Whatever the journal cannot vouch for (a plan-wide row such as a rate, a
theme, an administration, an envelope or a funding source; a change that recorded
no rows, such as an import; many activities at once) is counted anew whole.

Never stale: what is kept is tied to the newest journal entry it has seen
(``seen``); a read first asks the database for its newest entry and patches (or
recounts) everything after it. A read after :meth:`LiveDashboard.stale` with no
newer journal entry (a change the journal did not record) counts the whole plan.
The assembly of the figures from the tallies is metrics' own (``Counted.figures``),
so a patched result is the result of ``compute_years`` on the same data; the
dashboard tests compare the two after edits of every kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlmodel import Session

from planner.services import finance, metrics
from planner.services.participation import ActivityTally
from planner.services.results_figures import Reach, count_reach
from planner.services.results_live import change_counter, touched_activities
from planner.services.rows import BudgetLineRow, budget_lines
from planner.store import raw_connection


@dataclass(frozen=True)
class Counts:
    """What the dashboard gathers from the database, for every filter."""

    whole: metrics.PlanFigures
    per_year: dict[int, metrics.PlanFigures]
    #: funding sources over their ceiling, "CODE YEAR"
    over_ceiling: tuple[str, ...]
    #: (activity id, administration id) -> results sums of the scored activities
    scored: dict[tuple[int, int], Reach]
    #: whether ``per_year`` holds every year (a read may leave them for later)
    years_ready: bool = True


class LiveDashboard:
    """One plan's dashboard counts, patched after edits (see the module's text).

    Only one read at a time (the dashboard runs one computation at a time); the
    GUI thread only calls :meth:`stale`."""

    def __init__(self, plan_id: int) -> None:
        self.plan_id = plan_id
        self.seen = 0  # the newest journal entry the kept counts include
        self._counted: metrics.Counted | None = None
        self._lines: dict[int, list[BudgetLineRow]] = {}  # activity id -> its lines
        # activity id -> the (year, currency) of its lines without a rate (if any)
        self._no_rate: dict[int, set[tuple[int, str]]] = {}
        self._scored: dict[tuple[int, int], Reach] = {}
        # the funding sources' figures per (year, source) of every line in _lines
        # (None: to sum from the lines)
        self._ceilings: finance.Ceilings | None = None
        # stale() calls made and the number the kept counts answer (an int the GUI
        # thread bumps, not a flag a running read could clear)
        self._asked = 0
        self._answered = 0
        self._last: Counts | None = None  # what the last read returned
        #: how the last read came by its counts: "whole", "patched" or "kept"
        self.last = ""

    def stale(self) -> None:
        """The plan's data changed."""
        self._asked += 1

    def read(
        self,
        session: Session,
        whole_first: Callable[[Counts], None] | None = None,
        *,
        years: bool = True,
    ) -> Counts:
        """The counts as the database holds them now. ``years``: with every year's
        figures (without them, ``years_ready`` is false: the whole plan's cards and
        charts need none, a filter does; a later read with them assembles them from
        the counts in hand). When the plan is counted whole with its years,
        ``whole_first`` is handed the counts without the years before the years are
        assembled."""
        asked = self._asked
        now = change_counter(session)
        ids: set[int] | None = None
        last = self._last
        if self._counted is not None and now > self.seen:
            ids = touched_activities(session, self.seen)
        elif self._counted is not None and asked == self._answered and last is not None:
            # no journal entry and no change told since the last read
            if last.years_ready or not years:
                self.last = "kept"
                return last
            self._counted = replace(self._counted, con=raw_connection(session))
            self.last = "years"
            self._last = replace(last, per_year=self._years(last.whole), years_ready=True)
            return self._last
        try:
            if ids is None:
                self._count_whole(session)
                self.last = "whole"
            else:
                self._patch(session, ids)
                self.last = "patched"
            first = whole_first if self.last == "whole" else None
            counts = self._assemble(session, first, years)
        except BaseException:
            self._counted = self._last = None  # half patched: count whole next time
            raise
        self.seen, self._answered, self._last = now, asked, counts
        return counts

    # ------------------------------------------------------------ reading
    def _count_whole(self, session: Session) -> None:
        self._counted = metrics.count_plan(session, self.plan_id)
        self._lines = self._read_lines(session, None)
        self._no_rate = _no_rate(self._lines)
        self._ceilings = None
        self._scored, _host = count_reach(raw_connection(session), self.plan_id, scored=True)

    def _patch(self, session: Session, ids: set[int]) -> None:
        counted = self._counted
        assert counted is not None
        con = raw_connection(session)
        fresh = metrics.activity_tallies(session, self.plan_id, ids)
        acts: dict[int, ActivityTally] = {
            aid: a for aid, a in counted.acts.items() if aid not in ids
        }
        acts.update(fresh)
        # compute's order: by start date, then code (an edit may move an activity)
        order = [
            int(aid)
            for (aid,) in con.execute(
                "SELECT id FROM activity WHERE plan_id = ? ORDER BY start_date, code",
                (self.plan_id,),
            )
        ]
        acts = {aid: acts[aid] for aid in order if aid in acts}
        old = [line for aid in ids for line in self._lines.pop(aid, [])]
        came = self._read_lines(session, ids, fresh)
        self._lines.update(came)
        new = [line for lines in came.values() for line in lines]
        if self._ceilings is not None and old != new:
            self._ceilings = _moved(session, self.plan_id, self._ceilings, old, new)
        self._scored = {k: r for k, r in self._scored.items() if k[0] not in ids}
        found, _host = count_reach(con, self.plan_id, ids=ids, scored=True)
        self._scored.update(found)
        # the (year, currency) of the lines left out for want of a rate, as
        # metrics' reading gathers them (a line without a rate has no base amount)
        for aid in ids:
            self._no_rate.pop(aid, None)
        self._no_rate.update(_no_rate(came))
        missing = {pair for pairs in self._no_rate.values() for pair in pairs}
        self._counted = replace(counted, con=con, acts=acts, missing=missing)

    def _read_lines(
        self,
        session: Session,
        ids: set[int] | None,
        acts: dict[int, ActivityTally] | None = None,
    ) -> dict[int, list[BudgetLineRow]]:
        """The budget lines of the activities ``ids`` (None: all), by activity id."""
        if acts is None:
            assert self._counted is not None
            acts = self._counted.acts
        by_code = {a.code: aid for aid, a in acts.items()}
        out: dict[int, list[BudgetLineRow]] = {}
        for line in budget_lines(session, self.plan_id, ids=ids):
            out.setdefault(by_code[line.activity], []).append(line)
        return out

    # ------------------------------------------------------------ figures
    def _assemble(
        self, session: Session, whole_first: Callable[[Counts], None] | None, years: bool
    ) -> Counts:
        counted = self._counted
        assert counted is not None
        if self._ceilings is None:
            every = [line for lines in self._lines.values() for line in lines]
            self._ceilings = finance.ceilings(session, self.plan_id, lines=every)
        over = tuple(f"{c.source} {c.year}" for c in self._ceilings.over())
        whole = counted.figures()
        scored = dict(self._scored)
        if not years:
            return Counts(whole, {}, over, scored, years_ready=False)
        if whole_first is not None:
            whole_first(Counts(whole, {}, over, scored, years_ready=False))
        return Counts(whole, self._years(whole), over, scored)

    def _years(self, whole: metrics.PlanFigures) -> dict[int, metrics.PlanFigures]:
        """Every year's figures, as metrics.compute_years assembles them."""
        counted = self._counted
        assert counted is not None
        per_year: dict[int, metrics.PlanFigures] = {}
        for y in range(counted.start_year, counted.start_year + counted.years):
            figures = counted.figures(y)
            figures.inputs[:] = [i for i in whole.inputs if i.year == y]
            per_year[y] = figures
        return per_year


def _no_rate(lines: dict[int, list[BudgetLineRow]]) -> dict[int, set[tuple[int, str]]]:
    """Activity id -> the (year, currency) of its lines without an exchange rate, for
    the activities that have such lines."""
    out: dict[int, set[tuple[int, str]]] = {}
    for aid, own in lines.items():
        for line in own:
            if line.planned_base is None:
                out.setdefault(aid, set()).add((line.year, line.currency))
    return out


def _moved(
    session: Session,
    plan_id: int,
    kept: finance.Ceilings,
    old: list[BudgetLineRow],
    new: list[BudgetLineRow],
) -> finance.Ceilings:
    """``kept`` (the sources' figures per year and source) with the lines ``old``
    taken out and ``new`` put in: each part summed by finance.ceilings itself, the
    sums exact (Decimal), so the result is what summing every line again gives.
    Only the rows (what ``over()`` reads) are kept up to date."""
    rows = {key: replace(cell) for key, cell in kept.rows.items()}
    for lines, sign in ((old, -1), (new, 1)):
        for key, part in finance.ceilings(session, plan_id, lines=lines).rows.items():
            cell = rows.get(key)
            if cell is None:
                cell = rows[key] = finance.Ceiling(key[0], key[1], has_ceiling=key[1] is not None)
            # the part's envelope is the plan's, already in the cell: not added
            cell.planned += sign * part.planned
            cell.actual += sign * part.actual
            cell.committed += sign * part.committed
            cell.lines += sign * part.lines
    return finance.Ceilings(kept.base_currency, kept.years, kept.sources, rows)


__all__ = ["Counts", "LiveDashboard"]

"""Which plan a command is about: by its name or number, or the only one.

Plain SQL alone (on a session or on the light read handle of
:mod:`planner.store.readonly`); :func:`planner.services.plans.resolve_plan` gives
the chosen plan's row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from planner.errors import NotFoundError, PlannerError
from planner.i18n import _
from planner.store import raw_connection

if TYPE_CHECKING:
    from planner.store.readonly import Reads


class PlanRef(NamedTuple):
    id: int
    name: str
    start_year: int
    years: int

    @property
    def last_year(self) -> int:
        return self.start_year + self.years - 1


def plan_refs(session: Reads) -> list[PlanRef]:
    """Every plan of the database, in the order they were made."""
    rows = raw_connection(session).execute(
        "SELECT id, name, start_year, years FROM plan ORDER BY id"
    )
    return [PlanRef(int(i), str(name), int(start), int(years)) for i, name, start, years in rows]


def choose_plan(session: Reads, which: str | None) -> PlanRef:
    """A plan by its name or number; may be left out when there is only one."""
    plans = plan_refs(session)
    if which is None:
        if len(plans) == 1:
            return plans[0]
        if not plans:
            raise PlannerError(
                _("the database holds no plan yet (import one, or run 'planner demo')")
            )
        names = "; ".join(f"{p.id}: {p.name}" for p in plans)
        raise PlannerError(
            _("the database holds {n} plans; choose one with --plan ({names})").format(
                n=len(plans), names=names
            )
        )
    for p in plans:
        if p.name == which or (which.isascii() and which.isdigit() and p.id == int(which)):
            return p
    raise NotFoundError(_("there is no plan named or numbered {which!r}").format(which=which))

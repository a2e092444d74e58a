"""The seats an activity gives each administration, and the people who fill them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from planner.i18n import shown
from planner.models import Activity, EnrolmentStatus
from planner.services.common import get
from planner.store import raw_connection


@dataclass(frozen=True)
class Seats:
    """One administration's seats in one activity."""

    code: str
    name: str
    quota: int | None  # None: the activity gives it no seats
    nominated: int
    confirmed: int
    withdrawn: int

    @property
    def filled(self) -> int:
        """Seats taken: nominated and confirmed people (the withdrawn free theirs)."""
        return self.nominated + self.confirmed

    @property
    def over(self) -> int:
        return max(0, self.filled - (self.quota or 0))


def seats(session: Session, activity_id: int) -> list[Seats]:
    """Per administration: its quota and its nominated, confirmed and withdrawn
    people; administrations with a quota first (in quota order), then any other
    that has people enrolled."""
    get(session, Activity, activity_id, "activity")
    con = raw_connection(session)
    counts: dict[int, dict[str, int]] = {}
    for aid, status, n in con.execute(
        "SELECT p.administration_id, e.status, count(*) FROM enrolment e "
        "JOIN participant p ON p.id = e.participant_id WHERE e.activity_id = ? "
        "GROUP BY p.administration_id, e.status",
        (activity_id,),
    ):
        counts.setdefault(aid, {})[status] = n
    out = []
    seen = set()
    for aid, code, name, name_zh, quota in con.execute(
        "SELECT a.id, a.code, a.name, a.name_zh, q.seats FROM quota q JOIN administration a "
        "ON a.id = q.administration_id WHERE q.activity_id = ? ORDER BY q.id",
        (activity_id,),
    ):
        seen.add(aid)
        out.append(_seats(code, shown(name, name_zh), quota, counts.get(aid, {})))
    others = [aid for aid in counts if aid not in seen]
    if others:
        marks = ", ".join("?" * len(others))
        for aid, code, name, name_zh in con.execute(
            f"SELECT id, code, name, name_zh FROM administration WHERE id IN ({marks}) "
            "ORDER BY code",
            others,
        ):
            out.append(_seats(code, shown(name, name_zh), None, counts[aid]))
    return out


def _seats(code: str, name: str, quota: int | None, n: dict[str, int]) -> Seats:
    return Seats(
        code,
        name,
        quota,
        n.get(EnrolmentStatus.NOMINATED.value, 0),
        n.get(EnrolmentStatus.CONFIRMED.value, 0),
        n.get(EnrolmentStatus.WITHDRAWN.value, 0),
    )


@dataclass(frozen=True)
class Nominee:
    enrolment_id: int
    participant_id: int
    ref: str
    name: str
    native_name: str | None
    administration: str
    status: str


def nominees(session: Session, activity_id: int) -> list[Nominee]:
    """The people enrolled in an activity, by administration and name."""
    return [
        Nominee(*row)
        for row in raw_connection(session).execute(
            "SELECT e.id, p.id, p.ref, p.name, p.native_name, a.code, e.status FROM enrolment e "
            "JOIN participant p ON p.id = e.participant_id "
            "JOIN administration a ON a.id = p.administration_id "
            "WHERE e.activity_id = ? ORDER BY a.code, p.name",
            (activity_id,),
        )
    ]


def activity_choices(session: Session, plan_id: int) -> list[tuple[int, str, str]]:
    """(id, code, title) of the plan's activities, by start date."""
    return [
        (aid, code, shown(title, title_zh))
        for aid, code, title, title_zh in raw_connection(session).execute(
            "SELECT id, code, title, title_zh FROM activity WHERE plan_id = ? "
            "ORDER BY start_date, code",
            (plan_id,),
        )
    ]

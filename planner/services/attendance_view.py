"""What the Attendance page shows and writes besides marks: whether an activity's
people are still pending, and one score or rating of an enrolment, returned as
stored (the page shows it without reading the ORM)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session

from planner.models import Status
from planner.services import people

#: The fields of an enrolment that the scores table edits.
SCORE_FIELDS = ("pre_score", "post_score", "satisfaction")


def pending(activity_status: str) -> bool:
    """People of an activity that is not delivered (yet) are pending, not failing:
    no attendance rate or completion is shown for them, only what is marked."""
    return activity_status != Status.DELIVERED.value


@dataclass(frozen=True)
class EnrolmentScores:
    """An enrolment's scores and rating as stored (decimal text, or None)."""

    enrolment_id: int
    pre_score: str | None
    post_score: str | None
    satisfaction: str | None

    def value(self, field: str) -> str | None:
        if field not in SCORE_FIELDS:
            raise KeyError(field)
        found: str | None = getattr(self, field)
        return found


def set_score(
    session: Session, enrolment_id: int, field: str, value: Decimal | str | None
) -> EnrolmentScores:
    """Set one score or rating of an enrolment (None: no score), checked as
    :func:`planner.services.people.update_enrolment` checks it; returns what is stored."""
    if field not in SCORE_FIELDS:
        raise KeyError(field)
    row = people.update_enrolment(session, enrolment_id, **{field: value})
    return EnrolmentScores(enrolment_id, row.pre_score, row.post_score, row.satisfaction)

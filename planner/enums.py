"""The fixed vocabularies of docs/exchange-format.md.

A leaf: it imports nothing of the planner nor of the ORM, so that code which only
reads (the budget report's light route, planner.store.readonly) uses the same
vocabularies without loading SQLModel. :mod:`planner.models` exports them too."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    COURSE = "course"
    SYMPOSIUM = "symposium"


class Status(StrEnum):
    PLANNED = "planned"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class Mode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"


class Category(StrEnum):
    TRAVEL = "travel"
    ACCOMMODATION = "accommodation"
    PER_DIEM = "per_diem"
    VENUE = "venue"
    INTERPRETATION = "interpretation"
    MATERIALS = "materials"
    EXPERTS = "experts"
    OTHER = "other"


class Gender(StrEnum):
    F = "F"
    M = "M"
    X = "X"


class EnrolmentStatus(StrEnum):
    NOMINATED = "nominated"
    CONFIRMED = "confirmed"
    WITHDRAWN = "withdrawn"


class MarkStatus(StrEnum):
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"


#: The marks that count towards the figures (attended or excused: every status but
#: absent), as a condition on ``mark``, and the partial index holding them by enrolment
#: with their status (revision 0014). A query reads the marks from that index alone
#: (without the table) only if its own condition says this, word for word.
COUNTED_MARKS = "status != 'absent'"
COUNTED_MARKS_INDEX = "ix_mark_counted"


def sql_in(enum: type[StrEnum]) -> str:
    """``'a','b'`` for a CHECK constraint."""
    return ",".join(f"'{m.value}'" for m in enum)

"""What the Participants page reads and writes of people and enrolments, as plain rows.

The page holds no ORM object: each read returns rows that carry their ids, and the
writes that the page undoes return the ids (and codes) they made.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlmodel import Session, select

from planner.i18n import shown
from planner.models import Administration, Enrolment, Participant
from planner.services import people as P
from planner.services.common import get, participant_refs
from planner.services.nominations import nominees


class AdminChoice(NamedTuple):
    """An administration of the plan, as a filter or a form offers it."""

    id: int
    code: str
    name: str


def administrations(session: Session, plan_id: int) -> list[AdminChoice]:
    """The plan's administrations, in the order they were made."""
    found = session.exec(
        select(Administration.id, Administration.code, Administration.name, Administration.name_zh)
        .where(Administration.plan_id == plan_id)
        .order_by(Administration.id)  # type: ignore[arg-type]
    )
    return [
        AdminChoice(int(aid), code, shown(name, zh))
        for aid, code, name, zh in found
        if aid is not None
    ]


@dataclass(frozen=True)
class PersonCard:
    """What the merge dialog shows of a person."""

    id: int
    ref: str
    name: str
    native_name: str | None
    email: str | None


def people(session: Session, ids: Sequence[int]) -> list[PersonCard]:
    """These people, in the order asked (a missing one is refused)."""
    out = []
    for pid in ids:
        p = get(session, Participant, pid, "participant")
        out.append(PersonCard(pid, p.ref, p.name, p.native_name, p.email))
    return out


def person_fields(session: Session, person_id: int) -> dict[str, Any]:
    """A person's form values (the administration by code)."""
    return P.participant_fields(session, get(session, Participant, person_id, "participant"))


class PersonRef(NamedTuple):
    id: int
    ref: str


def create_person(session: Session, plan_id: int, values: dict[str, Any]) -> PersonRef:
    """A new person from the form's values; without a ``ref`` the next free one."""
    person = P.create_participant(session, plan_id, **values)
    assert person.id is not None
    return PersonRef(person.id, person.ref)


def delete_person_by_ref(session: Session, plan_id: int, ref: str) -> None:
    """Delete the person of the plan with this ref, if there is one (the undo of
    :func:`create_person`: a redo may have given the person another id)."""
    found = participant_refs(session, plan_id).get(ref)
    if found is not None:
        P.delete_participant(session, found)


@dataclass(frozen=True)
class EnrolmentRecord:
    """An enrolment as it is, to put it back after it was removed."""

    id: int
    participant_id: int
    status: str
    pre_score: str | None
    post_score: str | None
    satisfaction: str | None


def enrolment_records(session: Session, ids: Iterable[int]) -> list[EnrolmentRecord]:
    out = []
    for eid in ids:
        e = get(session, Enrolment, eid, "enrolment")
        out.append(
            EnrolmentRecord(
                eid, e.participant_id, e.status, e.pre_score, e.post_score, e.satisfaction
            )
        )
    return out


def enrol_new(
    session: Session, activity_id: int, participant_ids: Iterable[int], status: str
) -> list[int]:
    """Enrol those of these people who are not enrolled yet; the new enrolments' ids."""
    enrolled = {n.participant_id for n in nominees(session, activity_id)}
    made = []
    for pid in participant_ids:
        if pid not in enrolled:
            row = P.enrol(session, activity_id, pid, status)
            assert row.id is not None
            made.append(row.id)
    return made


def enrol_again(
    session: Session, activity_id: int, records: Iterable[EnrolmentRecord]
) -> list[int]:
    """Enrol these people again as they were (new ids, returned in order)."""
    made = []
    for r in records:
        row = P.enrol(
            session,
            activity_id,
            r.participant_id,
            r.status,
            pre_score=r.pre_score,
            post_score=r.post_score,
            satisfaction=r.satisfaction,
        )
        assert row.id is not None
        made.append(row.id)
    return made

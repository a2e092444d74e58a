"""Participants, their enrolments in activities, and attendance marks."""

from __future__ import annotations

import getpass
import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from planner.errors import PlannerError, Problem, ValidationError
from planner.i18n import _
from planner.models import (
    Activity,
    Administration,
    Certificate,
    Enrolment,
    Mark,
    MarkStatus,
    Participant,
    Plan,
    TrainingSession,
)
from planner.services import entities as E
from planner.services.common import (
    admin_codes,
    checked,
    code_of,
    ensure_unique,
    get,
    participant_refs,
)
from planner.services.max_score import check_scores

_REF = re.compile(r"P(\d+)", re.ASCII)


# ------------------------------------------------------------ participants
def next_ref(session: Session, plan_id: int) -> str:
    """The next free participant code, ``P0001``, ``P0002``, ..."""
    numbers = [
        int(m.group(1)) for r in participant_refs(session, plan_id) if (m := _REF.fullmatch(r))
    ]
    return f"P{max(numbers, default=0) + 1:04d}"


def participant_fields(session: Session, p: Participant) -> dict[str, Any]:
    return {
        "ref": p.ref,
        "name": p.name,
        "native_name": p.native_name,
        "gender": p.gender,
        "administration": code_of(session, Administration, p.administration_id),
        "position": p.position,
        "email": p.email,
    }


def create_participant(session: Session, plan_id: int, **fields: Any) -> Participant:
    """A new person; without a ``ref`` the program assigns the next free code."""
    get(session, Plan, plan_id, "plan")
    fields.setdefault("ref", None)
    if fields["ref"] is None:
        fields["ref"] = next_ref(session, plan_id)
    values = checked(E.participant_values, fields, admin_codes(session, plan_id))
    ensure_unique(session, Participant, plan_id, "ref", values["ref"])
    person = Participant(plan_id=plan_id, **values)
    session.add(person)
    session.flush()
    return person


def update_participant(session: Session, participant_id: int, **changes: Any) -> Participant:
    person = get(session, Participant, participant_id, "participant")
    values = checked(
        E.participant_values,
        {**participant_fields(session, person), **changes},
        admin_codes(session, person.plan_id),
    )
    ensure_unique(session, Participant, person.plan_id, "ref", values["ref"], participant_id)
    for key, value in values.items():
        setattr(person, key, value)
    session.flush()
    return person


def delete_participant(session: Session, participant_id: int) -> None:
    person = get(session, Participant, participant_id, "participant")
    n = session.exec(
        select(func.count())
        .select_from(Enrolment)
        .where(Enrolment.participant_id == participant_id)
    ).one()
    held = session.exec(
        select(func.count())
        .select_from(Certificate)
        .where(Certificate.participant_id == participant_id)
    ).one()
    if held:
        raise PlannerError(
            _(
                "{name} ({ref}) holds {held} issued certificate(s), kept in the "
                "register; a person with certificates cannot be deleted"
            ).format(name=person.name, ref=person.ref, held=held)
        )
    if n:
        raise PlannerError(
            _(
                "{name} ({ref}) still has enrolments (activities: {n}); withdraw or "
                "remove the enrolments first"
            ).format(name=person.name, ref=person.ref, n=n)
        )
    session.delete(person)
    session.flush()


# ------------------------------------------------------------ enrolments
ENROLMENT_FIELDS = ("status", "pre_score", "post_score", "satisfaction")


def enrol(
    session: Session,
    activity_id: int,
    participant_id: int,
    status: str = "nominated",
    **scores: Any,
) -> Enrolment:
    activity = get(session, Activity, activity_id, "activity")
    person = get(session, Participant, participant_id, "participant")
    if person.plan_id != activity.plan_id:
        raise PlannerError(_("{ref} belongs to another plan").format(ref=person.ref))
    exists = session.exec(
        select(Enrolment.id).where(
            Enrolment.activity_id == activity_id, Enrolment.participant_id == participant_id
        )
    ).first()
    if exists is not None:
        raise ValidationError(
            [
                Problem(
                    "participant",
                    _("{ref} is already enrolled in {code}").format(
                        ref=person.ref, code=activity.code
                    ),
                )
            ]
        )
    values = checked(
        E.enrolment_values,
        {"participant": person.ref, "status": status, **scores},
        {person.ref: participant_id},
    )
    check_scores(session, activity_id, values)
    row = Enrolment(activity_id=activity_id, **values)
    session.add(row)
    session.flush()
    return row


def update_enrolment(session: Session, enrolment_id: int, **changes: Any) -> Enrolment:
    row = get(session, Enrolment, enrolment_id, "enrolment")
    ref = code_of(session, Participant, row.participant_id)
    assert ref is not None
    current = {k: getattr(row, k) for k in ENROLMENT_FIELDS}
    values = checked(
        E.enrolment_values, {**current, **changes, "participant": ref}, {ref: row.participant_id}
    )
    # the scores typed now are held to the activity's maximum (not those already kept)
    check_scores(session, row.activity_id, {k: v for k, v in values.items() if k in changes})
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()
    return row


def delete_enrolment(session: Session, enrolment_id: int, *, drop_marks: bool = False) -> None:
    row = get(session, Enrolment, enrolment_id, "enrolment")
    n = session.exec(
        select(func.count()).select_from(Mark).where(Mark.enrolment_id == enrolment_id)
    ).one()
    if n and not drop_marks:
        raise PlannerError(
            _(
                "this enrolment holds {n} attendance marks; withdraw it instead, or "
                "confirm that the marks are to be deleted"
            ).format(n=n)
        )
    session.delete(row)
    session.flush()


# ------------------------------------------------------------ marks
def set_mark(
    session: Session,
    enrolment_id: int,
    session_id: int,
    status: str | None,
    *,
    by: str | None = None,
) -> Mark | None:
    """Mark one participant at one session (``None`` clears the mark); records
    when and by whom."""
    enrolment = get(session, Enrolment, enrolment_id, "enrolment")
    slot = get(session, TrainingSession, session_id, "session")
    if slot.activity_id != enrolment.activity_id:
        raise PlannerError(_("that session belongs to another activity"))
    if status is not None and status not in {m.value for m in MarkStatus}:
        raise ValidationError(
            [
                Problem(
                    "status",
                    _("{status!r} is not one of {statuses}").format(
                        status=status, statuses=", ".join(m.value for m in MarkStatus)
                    ),
                )
            ]
        )
    row = session.exec(
        select(Mark).where(Mark.enrolment_id == enrolment_id, Mark.session_id == session_id)
    ).first()
    if status is None:
        if row is not None:
            session.delete(row)
            session.flush()
        return None
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    who = by if by is not None else _user(session)
    if row is None:
        row = Mark(
            enrolment_id=enrolment_id,
            session_id=session_id,
            status=status,
            marked_at=stamp,
            marked_by=who,
        )
        session.add(row)
    else:
        row.status, row.marked_at, row.marked_by = status, stamp, who
    session.flush()
    return row


def _user(session: Session) -> str:
    """Who marks, when the caller does not say: the database login on a server (as
    its journal records), the system's user name on a file."""
    if session.get_bind().dialect.name == "postgresql":
        return str(session.connection().exec_driver_sql("SELECT session_user").scalar())
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover - no user name on this system
        return ""


def marks_of(session: Session, activity_id: int) -> dict[tuple[int, int], str]:
    """(enrolment id, session id) -> status, for one activity's grid."""
    return {
        (e, s): st
        for e, s, st in session.exec(
            select(Mark.enrolment_id, Mark.session_id, Mark.status)
            .join(Enrolment, Enrolment.id == Mark.enrolment_id)  # type: ignore[arg-type]
            .where(Enrolment.activity_id == activity_id)
        )
    }

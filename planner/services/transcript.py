"""A participant's transcript: every activity they were enrolled in, with their
attendance, completion (by the plan's one rule), scores and certificates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlmodel import Session

from planner.errors import NotFoundError
from planner.i18n import _
from planner.models import Status
from planner.services.certificate_register import IssuedCertificate, register
from planner.services.participation import attendance_rate, completed
from planner.store import raw_connection


@dataclass(frozen=True)
class TranscriptLine:
    activity: str
    title: str
    kind: str
    status: str
    start: date
    end: date
    enrolment: str
    sessions: int
    attended: int
    excused: int
    attendance_rate: Decimal | None
    completed: bool
    #: the activity is not delivered (yet): rate and completion are pending
    pending: bool
    #: attended sessions x the activity's hours per session
    hours: Decimal
    pre_score: str | None
    post_score: str | None
    satisfaction: str | None
    certificate: IssuedCertificate | None


@dataclass(frozen=True)
class Transcript:
    plan: str
    owner: str
    participant: str
    name: str
    native_name: str | None
    administration: str
    administration_name: str
    position: str | None
    lines: tuple[TranscriptLine, ...]


def transcript(session: Session, plan_id: int, participant: str) -> Transcript:
    """The transcript of the participant whose ref is ``participant`` (NotFoundError
    if the plan has none), activities in date order."""
    con = raw_connection(session)
    person = con.execute(
        "SELECT p.id, p.name, p.native_name, ad.code, ad.name, p.position, pl.name, pl.owner, "
        "pl.completion_threshold, pl.max_excused_share FROM participant p "
        "JOIN administration ad ON ad.id = p.administration_id "
        "JOIN plan pl ON pl.id = p.plan_id WHERE p.plan_id = ? AND p.ref = ?",
        (plan_id, participant),
    ).fetchone()
    if person is None:
        raise NotFoundError(
            _("the plan has no participant {participant!r}").format(participant=participant)
        )
    pid, name, native, admin, admin_name, position, plan, owner, threshold, cap = person
    threshold_d = Decimal(threshold)
    cap_d = None if cap is None else Decimal(cap)
    certs = {c.activity: c for c in register(session, plan_id, participant=participant)}
    lines = []
    for (
        code,
        title,
        kind,
        status,
        start,
        end,
        hours,
        enrolment,
        pre,
        post,
        sat,
        sessions,
        attended,
        excused,
    ) in con.execute(
        "SELECT a.code, a.title, a.kind, a.status, a.start_date, a.end_date, "
        "a.hours_per_session, e.status, e.pre_score, e.post_score, e.satisfaction, "
        "(SELECT count(*) FROM session s WHERE s.activity_id = a.id), "
        "(SELECT count(*) FROM mark m WHERE m.enrolment_id = e.id "
        " AND m.status IN ('present', 'late')), "
        "(SELECT count(*) FROM mark m WHERE m.enrolment_id = e.id AND m.status = 'excused') "
        "FROM enrolment e JOIN activity a ON a.id = e.activity_id "
        "WHERE e.participant_id = ? ORDER BY a.start_date, a.code",
        (pid,),
    ):
        lines.append(
            TranscriptLine(
                code,
                title,
                kind,
                status,
                date.fromisoformat(start),
                date.fromisoformat(end),
                enrolment,
                sessions,
                attended,
                excused,
                attendance_rate(sessions, attended, excused),
                completed(sessions, attended, excused, threshold_d, cap_d),
                status != Status.DELIVERED,
                Decimal(hours) * attended,
                pre,
                post,
                sat,
                certs.get(code),
            )
        )
    return Transcript(
        plan, owner, participant, name, native, admin, admin_name, position, tuple(lines)
    )

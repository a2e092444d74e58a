"""Certificates of completion: who completed what, and codes that prove it.

A certificate's verification code is derived from the plan, the activity and the
participant (a hash, so it needs no stored secret and survives export and import).
``planner verify CODE`` recomputes the codes of today's completers: a code is
valid only while the database still says that person completed that activity.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from planner.errors import PlannerError
from planner.models import Status
from planner.reports import data
from planner.services.plans import list_plans
from planner.store import raw_connection

_CODE = re.compile(r"[A-Z2-7]{5}-?[A-Z2-7]{5}")


@dataclass(frozen=True)
class Certificate:
    code: str
    plan: str
    activity: str
    title: str
    start: date
    end: date
    venue: str | None
    participant: str
    name: str
    native_name: str | None
    administration: str
    attended: int
    sessions: int


def verification_code(plan: str, activity: str, participant: str) -> str:
    digest = hashlib.sha256("\x1f".join((plan, activity, participant)).encode("utf-8")).digest()
    text = base64.b32encode(digest).decode("ascii")[:10]
    return f"{text[:5]}-{text[5:]}"


def certificates(session: Session, plan_id: int, activity: str) -> list[Certificate]:
    """One certificate per completer of a delivered activity."""
    con = raw_connection(session)
    found = con.execute(
        "SELECT p.name, a.title, a.start_date, a.end_date, a.venue, a.status FROM activity a "
        "JOIN plan p ON p.id = a.plan_id WHERE a.plan_id = ? AND a.code = ?",
        (plan_id, activity),
    ).fetchone()
    if found is None:
        raise PlannerError(f"there is no activity {activity!r} in this plan")
    plan_name, title, start, end, venue, status = found
    if status != Status.DELIVERED:
        raise PlannerError(
            f"{activity} is {status}, not delivered: certificates are for delivered activities"
        )
    return [
        Certificate(
            verification_code(plan_name, activity, row.participant),
            plan_name,
            activity,
            title,
            date.fromisoformat(start),
            date.fromisoformat(end),
            venue,
            row.participant,
            row.name,
            row.native_name,
            row.administration,
            row.attended,
            row.sessions,
        )
        for row in data.attendance_rows(session, plan_id, activity=activity)
        if row.completed
    ]


def verify(session: Session, code: str) -> str:
    """A one-line confirmation of a valid code; PlannerError if no completer has it."""
    wanted = code.strip().upper().replace(" ", "")
    if not _CODE.fullmatch(wanted):
        raise PlannerError(f"{code!r} is not a verification code (it looks like ABCDE-FGHIJ)")
    wanted = wanted if "-" in wanted else f"{wanted[:5]}-{wanted[5:]}"
    con = raw_connection(session)
    for plan in list_plans(session):
        assert plan.id is not None
        delivered = [
            code_
            for (code_,) in con.execute(
                "SELECT code FROM activity WHERE plan_id = ? AND status = ?",
                (plan.id, Status.DELIVERED.value),
            )
        ]
        for activity in delivered:
            for cert in certificates(session, plan.id, activity):
                if cert.code == wanted:
                    return (
                        f"valid: {cert.name} ({cert.participant}, {cert.administration}) "
                        f"completed {cert.activity} {cert.title!r}, {cert.start} to {cert.end}, "
                        f"attending {cert.attended} of {cert.sessions} sessions; "
                        f"plan {cert.plan!r}"
                    )
    raise PlannerError(
        f"no completer holds the code {wanted}: the certificate is not valid "
        "(or the attendance behind it has changed)"
    )

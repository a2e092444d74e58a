"""Certificates of completion: who completed what, and codes that prove it.

A certificate's verification code is an HMAC-SHA256 of the plan, the activity and
the participant, keyed with the database's own random secret (the
``certificate_key`` setting, made by migration 0002), shown as 12 base32
characters (60 bits): ``ABCD-EFGH-JKLM``. Without the key nobody can compute a
code, and the key never leaves the database (the exchange file does not carry
it: a plan imported into another database gets other codes). ``planner verify
CODE`` recomputes the codes of today's completers: a code is valid only while the
database still says that person completed that activity. Codes of the older,
unkeyed kind (``ABCDE-FGHIJ``) are refused, saying why.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from planner.errors import PlannerError
from planner.i18n import _
from planner.models import Status
from planner.models.settings import CERTIFICATE_KEY
from planner.services.plans import list_plans
from planner.services.rows import attendance_rows
from planner.store import raw_connection

_CODE = re.compile(r"[A-Z2-7]{12}")
#: The unkeyed codes of older versions: 10 base32 characters (ABCDE-FGHIJ).
_OLD_CODE = re.compile(r"[A-Z2-7]{10}")
KEY_BYTES = 32


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


def verification_code(key: bytes, plan: str, activity: str, participant: str) -> str:
    """The code of one certificate: HMAC-SHA256 under the database's ``key``,
    12 base32 characters (60 bits) in groups of four."""
    message = "\x1f".join((plan, activity, participant)).encode("utf-8")
    digest = hmac.new(key, message, hashlib.sha256).digest()
    text = base64.b32encode(digest).decode("ascii")[:12]
    return f"{text[:4]}-{text[4:8]}-{text[8:]}"


def certificate_key(session: Session) -> bytes:
    """The database's secret for certificate codes (PlannerError if it is missing)."""
    row = (
        raw_connection(session)
        .execute("SELECT value FROM app_setting WHERE name = ?", (CERTIFICATE_KEY,))
        .fetchone()
    )
    try:
        key = bytes.fromhex(row[0]) if row is not None else b""
    except (TypeError, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        raise PlannerError(
            _(
                "the database's key for certificate codes is missing or damaged, so "
                "no code can be made or checked; restore the database from a backup"
            )
        )
    return key


def certificates(session: Session, plan_id: int, activity: str) -> list[Certificate]:
    """One certificate per completer of a delivered activity."""
    con = raw_connection(session)
    found = con.execute(
        "SELECT p.name, a.title, a.start_date, a.end_date, a.venue, a.status FROM activity a "
        "JOIN plan p ON p.id = a.plan_id WHERE a.plan_id = ? AND a.code = ?",
        (plan_id, activity),
    ).fetchone()
    if found is None:
        raise PlannerError(
            _("there is no activity {activity!r} in this plan").format(activity=activity)
        )
    plan_name, title, start, end, venue, status = found
    if status == Status.CANCELLED:
        raise PlannerError(
            _("{activity} is cancelled: no certificate is issued for a cancelled activity").format(
                activity=activity
            )
        )
    if status != Status.DELIVERED:
        raise PlannerError(
            _(
                "{activity} is {status}, not delivered: certificates are for delivered activities"
            ).format(activity=activity, status=status)
        )
    key = certificate_key(session)
    return [
        Certificate(
            verification_code(key, plan_name, activity, row.participant),
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
        for row in attendance_rows(session, plan_id, activity=activity)
        if row.completed
    ]


def _normalise(code: str) -> str:
    """A typed code in capitals, without spaces or dashes."""
    return "".join(code.split()).upper().replace("-", "")


def verify(session: Session, code: str) -> str:
    """A one-line confirmation of a valid code; PlannerError if no completer has it."""
    typed = _normalise(code)
    if _OLD_CODE.fullmatch(typed):
        raise PlannerError(
            _(
                "{value}-{value2} was printed by an older version of the planner, "
                "whose codes were not keyed and can be forged, so it cannot prove "
                "anything; reprint the certificate with this version to get a code "
                "that can be verified"
            ).format(value=typed[:5], value2=typed[5:])
        )
    if not _CODE.fullmatch(typed):
        raise PlannerError(
            _("{code!r} is not a verification code (it looks like ABCD-EFGH-JKLM)").format(
                code=code
            )
        )
    wanted = f"{typed[:4]}-{typed[4:8]}-{typed[8:]}"
    from planner.services.certificate_register import verify_registered

    issued = verify_registered(session, wanted)
    if issued is not None:
        return issued
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
                if hmac.compare_digest(cert.code, wanted):
                    return (
                        f"valid: {cert.name} ({cert.participant}, {cert.administration}) "
                        f"completed {cert.activity} {cert.title!r}, {cert.start} to {cert.end}, "
                        f"attending {cert.attended} of {cert.sessions} sessions; "
                        f"plan {cert.plan!r}"
                    )
    raise PlannerError(
        _(
            "no completer holds the code {wanted}: the certificate is not valid "
            "(or the attendance behind it has changed)"
        ).format(wanted=wanted)
    )

"""The certificate register: issuing, reprinting, revoking and looking up.

Printing an activity's certificates issues them: each completer without one gets
a register row (number ``CODE/001`` in the activity's series, kind, verification
code, issue date). Printing again reprints the rows as recorded: same number,
date and code. The issue date is the activity's end date unless one is chosen
(never before the activity ends). A symposium's delegates get certificates of
*participation*, a course's completers certificates of *completion*; both follow
the plan's completion rule. A revoked certificate keeps its row, with the day
and the reason, is not printed again, and ``planner verify`` says it was revoked.

These functions write through the caller's session: run them inside the
journal's ``recorded(...)`` (the window's ``ctx.execute``) so they can be undone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from planner.errors import NotFoundError, PlannerError
from planner.i18n import _
from planner.models import Kind
from planner.services.certificates import _CODE, _normalise, certificates
from planner.store import raw_connection
from planner.text import describe, forbidden_character

COMPLETION = "completion"
PARTICIPATION = "participation"


@dataclass(frozen=True)
class IssuedCertificate:
    """A row of the register with everything a certificate prints."""

    number: str
    kind: str
    code: str
    issued_on: date
    revoked_on: date | None
    revoked_reason: str | None
    plan: str
    owner: str
    activity: str
    title: str
    start: date
    end: date
    venue: str | None
    #: the activity's hours (学时): sessions x hours per session
    hours: Decimal
    participant: str
    name: str
    native_name: str | None
    administration: str
    administration_name: str
    attended: int
    sessions: int
    signatory_name: str | None
    signatory_title: str | None

    @property
    def revoked(self) -> bool:
        return self.revoked_on is not None


_SELECT = """
SELECT c.number, c.kind, c.code, c.issued_on, c.revoked_on, c.revoked_reason,
       pl.name, pl.owner, a.code, a.title, a.start_date, a.end_date, a.venue,
       a.hours_per_session, (SELECT count(*) FROM session s WHERE s.activity_id = a.id),
       p.ref, p.name, p.native_name, ad.code, ad.name,
       (SELECT count(*) FROM mark m JOIN enrolment e ON e.id = m.enrolment_id
        WHERE e.activity_id = a.id AND e.participant_id = p.id
          AND m.status IN ('present', 'late')),
       CASE WHEN a.signatory_name IS NOT NULL THEN a.signatory_name ELSE pl.signatory_name END,
       CASE WHEN a.signatory_name IS NOT NULL THEN a.signatory_title ELSE pl.signatory_title END
FROM certificate c
JOIN activity a ON a.id = c.activity_id
JOIN plan pl ON pl.id = a.plan_id
JOIN participant p ON p.id = c.participant_id
JOIN administration ad ON ad.id = p.administration_id
"""


def _entry(row: tuple[Any, ...]) -> IssuedCertificate:
    (
        number,
        kind,
        code,
        issued,
        revoked,
        reason,
        plan,
        owner,
        activity,
        title,
        start,
        end,
        venue,
        hours,
        sessions,
        ref,
        name,
        native,
        admin,
        admin_name,
        attended,
        signatory,
        signatory_title,
    ) = row
    return IssuedCertificate(
        number,
        kind,
        code,
        date.fromisoformat(issued),
        None if revoked is None else date.fromisoformat(revoked),
        reason,
        plan,
        owner,
        activity,
        title,
        date.fromisoformat(start),
        date.fromisoformat(end),
        venue,
        Decimal(hours) * sessions,
        ref,
        name,
        native,
        admin,
        admin_name,
        attended,
        sessions,
        signatory,
        signatory_title,
    )


def register(
    session: Session,
    plan_id: int,
    *,
    activity: str | None = None,
    participant: str | None = None,
) -> list[IssuedCertificate]:
    """The plan's register (or one activity's, or one person's), in issue order."""
    where, args = ["a.plan_id = ?"], [plan_id]
    if activity is not None:
        where.append("a.code = ?")
        args.append(activity)  # type: ignore[arg-type]
    if participant is not None:
        where.append("p.ref = ?")
        args.append(participant)  # type: ignore[arg-type]
    con = raw_connection(session)
    rows = con.execute(f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY c.id", args)
    return [_entry(r) for r in rows]


def _year_after(day: date) -> date:
    """The same day a year later (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def issue_certificates(
    session: Session, plan_id: int, activity: str, *, issued_on: date | None = None
) -> list[IssuedCertificate]:
    """The certificates to print for ``activity``: one per completer, not revoked.

    Completers without a certificate are issued one now (dated ``issued_on``, by
    default the activity's end date); the others are reprinted as recorded.
    PlannerError if the activity is not delivered (or is cancelled), if the date
    is before the activity's end or more than a year after it, or if there is
    nothing to print.
    """
    due = certificates(session, plan_id, activity)
    con = raw_connection(session)
    aid, kind, end = con.execute(
        "SELECT id, kind, end_date FROM activity WHERE plan_id = ? AND code = ?",
        (plan_id, activity),
    ).fetchone()
    day = issued_on or date.fromisoformat(end)
    if day < date.fromisoformat(end):
        raise PlannerError(
            _(
                "{activity} ends on {end}: a certificate cannot be issued before "
                "that ({isoformat} was asked)"
            ).format(activity=activity, end=end, isoformat=day.isoformat())
        )
    held = {
        ref: revoked
        for ref, revoked in con.execute(
            "SELECT p.ref, c.revoked_on FROM certificate c "
            "JOIN participant p ON p.id = c.participant_id WHERE c.activity_id = ?",
            (aid,),
        )
    }
    last = max(
        (
            int(n.rsplit("/", 1)[1])
            for (n,) in con.execute("SELECT number FROM certificate WHERE activity_id = ?", (aid,))
            if n.rsplit("/", 1)[-1].isdigit()
        ),
        default=0,
    )
    latest = _year_after(date.fromisoformat(end))
    if day > latest and any(c.participant not in held for c in due):
        # 9999-12-31 typed for 2027-12-31 would be printed and recorded for good (a
        # reprint keeps each certificate's recorded date, whatever is asked)
        raise PlannerError(
            _(
                "{activity} ends on {end}: a certificate is issued within a year of that, "
                "by {latest} ({isoformat} was asked)"
            ).format(
                activity=activity, end=end, latest=latest.isoformat(), isoformat=day.isoformat()
            )
        )
    for cert in due:
        if cert.participant in held:
            continue
        last += 1
        con.execute(
            "INSERT INTO certificate (activity_id, participant_id, number, kind, code, issued_on) "
            "VALUES (?, (SELECT id FROM participant WHERE plan_id = ? AND ref = ?), ?, ?, ?, ?)",
            (
                aid,
                plan_id,
                cert.participant,
                f"{activity}/{last:03d}",
                PARTICIPATION if kind == Kind.SYMPOSIUM else COMPLETION,
                cert.code,
                day.isoformat(),
            ),
        )
    wanted = {c.participant for c in due}
    printed = [c for c in register(session, plan_id, activity=activity) if c.participant in wanted]
    live = [c for c in printed if not c.revoked]
    if not live:
        raise PlannerError(
            f"{activity}'s certificates have all been revoked: there is none to print"
            if printed
            else f"{activity} has no completers: there is no certificate to print"
        )
    return live


def find_certificate(session: Session, plan_id: int, number: str) -> IssuedCertificate:
    """A certificate by its number (NotFoundError if the plan has none of that number)."""
    con = raw_connection(session)
    row = con.execute(f"{_SELECT} WHERE a.plan_id = ? AND c.number = ?", (plan_id, number))
    found = row.fetchone()
    if found is None:
        raise NotFoundError(
            _("the plan has no certificate numbered {number!r}").format(number=number)
        )
    return _entry(found)


def revoke_certificate(
    session: Session, plan_id: int, number: str, reason: str, *, on: date | None = None
) -> IssuedCertificate:
    """Revoke a certificate, saying why; it stays in the register, and verifying its
    code says it was revoked. PlannerError if it already is, or the reason is empty."""
    text = " ".join(reason.split())
    if not text:
        raise PlannerError(_("give the reason for revoking the certificate"))
    if len(text) > 500:
        raise PlannerError(_("the reason is too long (at most 500 characters)"))
    bad = forbidden_character(text)
    if bad is not None:
        raise PlannerError(
            _("the reason holds {describe}, which text may not hold").format(describe=describe(bad))
        )
    cert = find_certificate(session, plan_id, number)
    # only a certificate not revoked yet: on a server, of two desks revoking it at
    # once the second waits for the first and then finds it revoked
    if (
        cert.revoked
        or not raw_connection(session)
        .execute(
            "UPDATE certificate SET revoked_on = ?, revoked_reason = ? "
            "WHERE code = ? AND revoked_on IS NULL",
            ((on or date.today()).isoformat(), text, cert.code),
        )
        .rowcount
    ):
        cert = find_certificate(session, plan_id, number)
        raise PlannerError(
            _("certificate {number} was already revoked on {revoked_on}: {revoked_reason}").format(
                number=number, revoked_on=cert.revoked_on, revoked_reason=cert.revoked_reason
            )
        )
    return find_certificate(session, plan_id, number)


def registered(session: Session, code: str) -> IssuedCertificate | None:
    """The register's certificate of a typed code (any plan), or None."""
    typed = _normalise(code)
    if not _CODE.fullmatch(typed):
        return None
    wanted = f"{typed[:4]}-{typed[4:8]}-{typed[8:]}"
    row = raw_connection(session).execute(f"{_SELECT} WHERE c.code = ?", (wanted,)).fetchone()
    return None if row is None else _entry(row)


def verify_registered(session: Session, code: str) -> str | None:
    """What ``planner verify`` says of a registered code: a line if it is valid,
    PlannerError (with the reason) if it was revoked, None if it is not registered."""
    cert = registered(session, code)
    if cert is None:
        return None
    if cert.revoked:
        raise PlannerError(
            _(
                "REVOKED: certificate {number} ({code}) of {name} ({participant}) "
                "for {activity} {title!r} was revoked on {revoked_on}: "
                "{revoked_reason}"
            ).format(
                number=cert.number,
                code=cert.code,
                name=cert.name,
                participant=cert.participant,
                activity=cert.activity,
                title=cert.title,
                revoked_on=cert.revoked_on,
                revoked_reason=cert.revoked_reason,
            )
        )
    what = "participated in" if cert.kind == PARTICIPATION else "completed"
    return (
        f"valid: certificate {cert.number}, issued {cert.issued_on}: {cert.name} "
        f"({cert.participant}, {cert.administration}) {what} {cert.activity} {cert.title!r}, "
        f"{cert.start} to {cert.end}; plan {cert.plan!r}"
    )

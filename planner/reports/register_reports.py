"""The certificate register as CSV (``planner certificates list``)."""

from __future__ import annotations

from sqlmodel import Session

from planner.reports.csv_reports import write_rows
from planner.services.certificate_register import register

REGISTER_COLUMNS = (
    "number,activity,participant,name,kind,issued_on,code,revoked_on,revoked_reason"
).split(",")


def register_csv(session: Session, plan_id: int, *, activity: str | None = None) -> bytes:
    """One row per certificate issued, in issue order."""
    return write_rows(
        REGISTER_COLUMNS,
        (
            [
                c.number,
                c.activity,
                c.participant,
                c.name,
                c.kind,
                c.issued_on.isoformat(),
                c.code,
                c.revoked_on.isoformat() if c.revoked_on else "",
                c.revoked_reason or "",
            ]
            for c in register(session, plan_id, activity=activity)
        ),
    ).encode("utf-8")


def verify_page(session: Session, plan_id: int) -> bytes:
    """The offline verification page (:mod:`planner.reports.verify_page`)."""
    from planner.reports.verify_page import render_page

    return render_page(session, plan_id)

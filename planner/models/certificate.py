"""The certificate register: every certificate issued, as printed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

from planner.models.plan import fk, new_uid, uid_column


class Certificate(SQLModel, table=True):
    """One certificate issued to a participant for an activity.

    Printed again, it keeps its number, issue date and code; revoked, it keeps its
    row with the day and the reason, so that verifying its code says so.
    """

    __tablename__ = "certificate"
    __table_args__ = (
        UniqueConstraint("activity_id", "participant_id"),
        UniqueConstraint("activity_id", "number"),
        UniqueConstraint("code"),
        CheckConstraint("kind IN ('completion', 'participation')", name="kind_enum"),
        CheckConstraint(
            "(revoked_on IS NULL) = (revoked_reason IS NULL)", name="revoked_with_reason"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, sa_column=uid_column())
    activity_id: int = Field(sa_column=fk("activity.id", index=False))
    participant_id: int = Field(sa_column=fk("participant.id", ondelete=None))
    #: ``TC-2027-01/003``: the activity's code and the certificate's place in its series
    number: str
    #: ``completion`` (courses) or ``participation`` (symposiums)
    kind: str
    code: str
    issued_on: date
    revoked_on: date | None = None
    revoked_reason: str | None = None

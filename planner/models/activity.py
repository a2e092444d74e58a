"""Activities and what hangs off them: sessions, quotas, budget lines,
enrolments and attendance marks."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from planner.enums import COUNTED_MARKS, COUNTED_MARKS_INDEX
from planner.models.enums import Category, EnrolmentStatus, Kind, MarkStatus, Mode, Status, sql_in
from planner.models.plan import MINOR, Versioned, fk, new_uid, uid_column, version_column


class Activity(Versioned, SQLModel, table=True):
    __tablename__ = "activity"
    __table_args__ = (
        UniqueConstraint("plan_id", "code"),
        CheckConstraint("length(code) BETWEEN 1 AND 40", name="code_length"),
        CheckConstraint(f"kind IN ({sql_in(Kind)})", name="kind_enum"),
        CheckConstraint(f"status IN ({sql_in(Status)})", name="status_enum"),
        CheckConstraint(f"mode IN ({sql_in(Mode)})", name="mode_enum"),
        CheckConstraint("start_date <= end_date", name="start_before_end"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, sa_column=uid_column())
    plan_id: int = Field(sa_column=fk("plan.id"))
    code: str
    kind: str
    title: str
    theme_id: int = Field(sa_column=fk("theme.id", ondelete=None))
    status: str
    start_date: date
    end_date: date
    venue: str | None = None
    country: str | None = None
    mode: str
    #: exact decimal text, > 0
    hours_per_session: str
    #: who signs this activity's certificates, instead of the plan's signatory
    signatory_name: str | None = None
    signatory_title: str | None = None
    #: exact decimal text: the highest test score (for the normalised gain); None: not set
    max_score: str | None = None
    #: the Chinese title and venue, if given (a Chinese report shows them)
    title_zh: str | None = None
    venue_zh: str | None = None
    #: counted up at every update (see ``Versioned``)
    version: int = Field(default=1, sa_column=version_column())


class TrainingSession(Versioned, SQLModel, table=True):
    __tablename__ = "session"
    __table_args__ = (
        UniqueConstraint("activity_id", "starts"),
        CheckConstraint("length(starts) IN (10, 16)", name="starts_iso"),
    )

    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(sa_column=fk("activity.id", index=False))
    #: ISO date ``2027-03-01`` or date and time ``2027-03-01T09:00``
    starts: str
    #: counted up at every update (see ``Versioned``)
    version: int = Field(default=1, sa_column=version_column())


class Quota(Versioned, SQLModel, table=True):
    __tablename__ = "quota"
    __table_args__ = (
        UniqueConstraint("activity_id", "administration_id"),
        CheckConstraint("seats >= 0", name="seats_not_negative"),
    )

    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(sa_column=fk("activity.id", index=False))
    administration_id: int = Field(sa_column=fk("administration.id", ondelete=None))
    seats: int
    #: counted up at every update (see ``Versioned``)
    version: int = Field(default=1, sa_column=version_column())


class BudgetLine(Versioned, SQLModel, table=True):
    __tablename__ = "budget_line"
    __table_args__ = (
        CheckConstraint(f"category IN ({sql_in(Category)})", name="category_enum"),
        CheckConstraint("planned_minor >= 0", name="planned_not_negative"),
        CheckConstraint("length(currency) = 3", name="currency_code"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, sa_column=uid_column())
    activity_id: int = Field(sa_column=fk("activity.id"))
    category: str
    description: str = ""
    currency: str
    #: amounts in integer minor units of ``currency``
    planned_minor: int = Field(sa_type=MINOR)
    funding_source_id: int | None = Field(
        default=None, sa_column=fk("funding_source.id", nullable=True, ondelete=None)
    )
    #: counted up at every update (see ``Versioned``)
    version: int = Field(default=1, sa_column=version_column())


class Payment(Versioned, SQLModel, table=True):
    """One payment booked against a budget line: the line's actual amount is the sum
    of its payments (a refund is negative); a line without payments has no actual."""

    __tablename__ = "payment"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, sa_column=uid_column())
    budget_line_id: int = Field(sa_column=fk("budget_line.id"))
    #: None: undated (an amount carried over from before payments were dated); it
    #: counts at every as-of date
    paid_on: date | None = None
    #: integer minor units of the line's currency; negative for a refund
    amount_minor: int = Field(sa_type=MINOR)
    #: voucher or invoice number
    reference: str = ""
    note: str = ""
    #: exact decimal text: base units per unit of the line's currency, as booked
    booked_rate: str | None = None
    #: counted up at every update (see ``Versioned``)
    version: int = Field(default=1, sa_column=version_column())


class Enrolment(Versioned, SQLModel, table=True):
    __tablename__ = "enrolment"
    __table_args__ = (
        UniqueConstraint("activity_id", "participant_id"),
        CheckConstraint(f"status IN ({sql_in(EnrolmentStatus)})", name="status_enum"),
    )

    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(sa_column=fk("activity.id", index=False))
    participant_id: int = Field(sa_column=fk("participant.id", ondelete=None))
    status: str
    #: exact decimal text or None
    pre_score: str | None = None
    post_score: str | None = None
    satisfaction: str | None = None
    #: counted up at every update (see ``Versioned``)
    version: int = Field(default=1, sa_column=version_column())


class Mark(Versioned, SQLModel, table=True):
    """One participant's attendance at one session."""

    __tablename__ = "mark"
    __table_args__ = (
        UniqueConstraint("enrolment_id", "session_id"),
        CheckConstraint(f"status IN ({sql_in(MarkStatus)})", name="status_enum"),
        # The marks that count (attended or excused) per enrolment, with their status:
        # the figures read them from this index alone (revision 0014).
        Index(
            COUNTED_MARKS_INDEX,
            "enrolment_id",
            "status",
            sqlite_where=text(COUNTED_MARKS),
            postgresql_where=text(COUNTED_MARKS),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    enrolment_id: int = Field(sa_column=fk("enrolment.id", index=False))
    session_id: int = Field(sa_column=fk("session.id"))
    status: str
    #: when and by whom the mark was set (ISO timestamp, user name); None if imported
    marked_at: str | None = None
    marked_by: str | None = None
    #: counted up at every update (see ``Versioned``)
    version: int = Field(default=1, sa_column=version_column())

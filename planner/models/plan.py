"""The plan and its reference data."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel


def fk(
    target: str, *, nullable: bool = False, ondelete: str | None = "CASCADE", index: bool = True
) -> Column:  # type: ignore[type-arg]
    """An integer foreign key column, indexed unless a unique constraint that starts
    with it already is its index."""
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


#: A new stable identity: 32 hex digits, the same form SQLite's default makes.
def new_uid() -> str:
    return uuid.uuid4().hex


#: What SQLite fills in when a bulk insert leaves ``uid`` out.
UID_DEFAULT = "(lower(hex(randomblob(16))))"


def uid_column() -> Column:  # type: ignore[type-arg]
    """A row's stable identity: it survives export, import and a copy to another
    database (ids are local to one file), so a change recorded on one machine can
    be applied on another."""
    return Column(String, nullable=False, unique=True, index=True, server_default=text(UID_DEFAULT))


#: An amount in integer minor units: 64 bits on every engine (SQLite's INTEGER is;
#: on PostgreSQL the columns are BIGINT since revision 0010, and the ORM must say so
#: too, or it casts what it writes to a 32-bit INTEGER and refuses 21,474,836.48)
MINOR = Integer().with_variant(BigInteger(), "postgresql")


def version_column() -> Column:  # type: ignore[type-arg]
    """A row's version: 1 when made, one more at every update. A save names the
    version it read; the UPDATE matches only that version, so of two people who
    read the same row the second to save is refused instead of overwriting."""
    return Column(Integer, nullable=False, server_default=text("1"))


class Versioned:
    """Rows that several people edit together: the ORM checks and counts ``version``
    (SQLAlchemy's ``version_id_col``) on every UPDATE and DELETE of the row."""

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Plan(Versioned, SQLModel, table=True):
    __tablename__ = "plan"
    __table_args__ = (
        CheckConstraint("start_year BETWEEN 2000 AND 2100", name="start_year_range"),
        CheckConstraint("years IN (3, 4, 5)", name="years_horizon"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint("length(base_currency) = 3", name="base_currency_code"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, sa_column=uid_column())
    name: str = Field(unique=True)
    owner: str = ""
    start_year: int
    years: int
    base_currency: str
    #: exact decimal text, 0 < t <= 1
    completion_threshold: str
    #: who signs the plan's certificates (an activity may name its own)
    signatory_name: str | None = None
    signatory_title: str | None = None
    #: exact decimal text, 0 <= m <= 1 with at most 4 decimals, or None: no maximum
    max_excused_share: str | None = None
    #: the country whose administration hosts the plan (ISO 3166-1), for the
    #: partner / host split of participations; None: not set
    host_country: str | None = None
    #: the Chinese name and owner, if given (a Chinese report shows them)
    name_zh: str | None = None
    owner_zh: str | None = None
    #: the finance report's reference ("GACC-ASEAN-CB/FIN/2028") and version ("1.2"),
    #: and who prepares, reviews and approves it: a name and a title each
    report_reference: str | None = None
    report_version: str | None = None
    prepared_name: str | None = None
    prepared_title: str | None = None
    reviewed_name: str | None = None
    reviewed_title: str | None = None
    approved_name: str | None = None
    approved_title: str | None = None
    #: counted up at every update (see ``Versioned``)
    version: int = Field(default=1, sa_column=version_column())


class Administration(SQLModel, table=True):
    __tablename__ = "administration"
    __table_args__ = (
        UniqueConstraint("plan_id", "code"),
        CheckConstraint("length(code) BETWEEN 1 AND 40", name="code_length"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, sa_column=uid_column())
    plan_id: int = Field(sa_column=fk("plan.id"))
    code: str
    name: str
    country: str | None = None
    name_zh: str | None = None


class Theme(SQLModel, table=True):
    __tablename__ = "theme"
    __table_args__ = (
        UniqueConstraint("plan_id", "code"),
        CheckConstraint("length(code) BETWEEN 1 AND 40", name="code_length"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, sa_column=uid_column())
    plan_id: int = Field(sa_column=fk("plan.id"))
    code: str
    name: str
    name_zh: str | None = None


class FundingSource(SQLModel, table=True):
    __tablename__ = "funding_source"
    __table_args__ = (
        UniqueConstraint("plan_id", "code"),
        CheckConstraint("length(code) BETWEEN 1 AND 40", name="code_length"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, sa_column=uid_column())
    plan_id: int = Field(sa_column=fk("plan.id"))
    code: str
    name: str
    name_zh: str | None = None


class ExchangeRate(SQLModel, table=True):
    __tablename__ = "exchange_rate"
    __table_args__ = (UniqueConstraint("plan_id", "year", "currency"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(sa_column=fk("plan.id"))
    year: int
    currency: str
    #: exact decimal text: 1 unit of currency = to_base units of the base currency
    to_base: str
    #: where the rate comes from ("PBOC central parity") and the day it was read
    source: str | None = None
    rate_date: date | None = None


class Baseline(SQLModel, table=True):
    """A year's approved budget, frozen under a name: who froze it and when."""

    __tablename__ = "baseline"
    __table_args__ = (
        UniqueConstraint("plan_id", "name"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, sa_column=uid_column())
    plan_id: int = Field(sa_column=fk("plan.id", index=False))
    name: str
    year: int
    #: the journal's user, and the UTC time (YYYY-MM-DDTHH:MM:SSZ)
    made_by: str
    made_at: str


class BaselineLine(SQLModel, table=True):
    """One budget line as it was planned when the baseline was frozen: named by its
    activity's code, category, funding source, currency and description (a copy,
    so it outlives a later change of the line)."""

    __tablename__ = "baseline_line"

    id: int | None = Field(default=None, primary_key=True)
    baseline_id: int = Field(sa_column=fk("baseline.id"))
    activity: str
    category: str
    funding_source: str | None = None
    currency: str
    description: str = ""
    #: integer minor units of ``currency``
    planned_minor: int = Field(sa_type=MINOR)


class Envelope(SQLModel, table=True):
    """A year's financial input from one source, in the plan's base currency."""

    __tablename__ = "envelope"
    __table_args__ = (
        UniqueConstraint("plan_id", "year", "funding_source_id"),
        CheckConstraint("amount_minor >= 0", name="amount_not_negative"),
    )

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(sa_column=fk("plan.id"))
    year: int
    funding_source_id: int = Field(sa_column=fk("funding_source.id", ondelete=None))
    amount_minor: int = Field(sa_type=MINOR)

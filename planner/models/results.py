"""The results framework of a plan (objectives, outcomes, outputs and their
indicators, with targets and entered actuals) and the follow-ups of completers."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

from planner.models.enums import sql_in
from planner.models.plan import fk, new_uid, uid_column


class Level(StrEnum):
    OBJECTIVE = "objective"
    OUTCOME = "outcome"
    OUTPUT = "output"


class Direction(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class Applies(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class Result(SQLModel, table=True):
    """An objective, outcome or output of the plan's logframe."""

    __tablename__ = "result"
    __table_args__ = (
        UniqueConstraint("plan_id", "code"),
        CheckConstraint("length(code) BETWEEN 1 AND 40", name="code_length"),
        CheckConstraint(f"level IN ({sql_in(Level)})", name="level_enum"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, sa_column=uid_column())
    plan_id: int = Field(sa_column=fk("plan.id"))
    code: str
    level: str
    title: str
    #: the title in Chinese (revision 0011), shown by ``shown()`` where there is one
    title_zh: str | None = None
    #: the objective of an outcome, the outcome of an output
    parent_id: int | None = Field(default=None, sa_column=fk("result.id", nullable=True))
    theme_id: int | None = Field(
        default=None, sa_column=fk("theme.id", nullable=True, ondelete=None)
    )


class Indicator(SQLModel, table=True):
    __tablename__ = "indicator"
    __table_args__ = (
        UniqueConstraint("plan_id", "code"),
        CheckConstraint("length(code) BETWEEN 1 AND 40", name="code_length"),
        CheckConstraint(f"direction IN ({sql_in(Direction)})", name="direction_enum"),
        CheckConstraint("cumulative IN (0, 1)", name="cumulative_bool"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, sa_column=uid_column())
    plan_id: int = Field(sa_column=fk("plan.id"))
    result_id: int | None = Field(default=None, sa_column=fk("result.id", nullable=True))
    code: str
    name: str
    unit: str = ""
    #: the name and unit in Chinese (revision 0011), shown by ``shown()``
    name_zh: str | None = None
    unit_zh: str | None = None
    #: exact decimal text
    baseline: str
    baseline_year: int
    direction: str
    source: str = ""
    #: a figure's name (computed actuals) or None (entered actuals)
    figure: str | None = None
    #: the theme a computed figure is taken for (None: the whole plan)
    theme_id: int | None = Field(
        default=None, sa_column=fk("theme.id", nullable=True, ondelete=None)
    )
    #: computed over the plan's years up to the year (1) or for that year alone (0)
    cumulative: int = 0


class IndicatorTarget(SQLModel, table=True):
    __tablename__ = "indicator_target"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    indicator_id: int = Field(sa_column=fk("indicator.id", index=False))
    year: int
    #: exact decimal text
    value: str


class IndicatorActual(SQLModel, table=True):
    """An actual value entered by hand, with where it comes from."""

    __tablename__ = "indicator_actual"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    indicator_id: int = Field(sa_column=fk("indicator.id", index=False))
    year: int
    value: str
    on_date: date
    source: str
    note: str = ""


class FollowUp(SQLModel, table=True):
    """A completer asked, some months after an activity, whether they apply it."""

    __tablename__ = "follow_up"
    __table_args__ = (
        UniqueConstraint("enrolment_id"),
        CheckConstraint(f"applies IS NULL OR applies IN ({sql_in(Applies)})", name="applies_enum"),
    )

    id: int | None = Field(default=None, primary_key=True)
    enrolment_id: int = Field(sa_column=fk("enrolment.id", index=False))
    on_date: date
    applies: str | None = None
    note: str = ""

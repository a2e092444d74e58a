"""Participants: the officials who take part in activities."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

from planner.models.enums import Gender, sql_in
from planner.models.plan import fk, new_uid, uid_column


class Participant(SQLModel, table=True):
    __tablename__ = "participant"
    __table_args__ = (
        UniqueConstraint("plan_id", "ref"),
        CheckConstraint("length(ref) BETWEEN 1 AND 40", name="ref_length"),
        CheckConstraint(f"gender IS NULL OR gender IN ({sql_in(Gender)})", name="gender_enum"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, sa_column=uid_column())
    plan_id: int = Field(sa_column=fk("plan.id"))
    #: the code printed on sign-in sheets and typed or scanned at the check-in desk
    ref: str
    name: str
    native_name: str | None = None
    gender: str | None = None
    administration_id: int = Field(sa_column=fk("administration.id", ondelete=None))
    position: str | None = None
    email: str | None = None

"""The change journal: every recorded edit, the rows it changed, and the undo stack.

One ``change`` per thing a user did ("Deleted activity TC-2027-03"), with who and
when; one ``change_row`` per row it inserted, updated or deleted, holding the
row's columns before and after as JSON. Undo and redo apply these rows exactly
(ids and audit fields included), and the same record is the audit trail.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

#: What a change is: an edit, the undo or redo of one, or an import (one entry).
CHANGE_KINDS = ("edit", "undo", "redo", "import", "erase")


class Change(SQLModel, table=True):
    __tablename__ = "change"
    __table_args__ = (
        CheckConstraint(
            "kind IN (" + ", ".join(f"'{k}'" for k in CHANGE_KINDS) + ")", name="kind_enum"
        ),
        Index("ix_change_plan_at", "plan_id", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    #: UTC, ISO 8601 to the microsecond (sorts as text)
    at: str
    #: who: the user's name from the settings, else the system's user name
    user: str
    #: what the user did, in words
    action: str
    kind: str
    #: the plan it concerns (no foreign key: history outlives a deleted plan)
    plan_id: int | None = None
    #: for an undo or redo: the change it reverses or repeats
    reverts: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("change.id"), nullable=True)
    )


class ChangeRow(SQLModel, table=True):
    __tablename__ = "change_row"
    __table_args__ = (
        CheckConstraint("op IN ('I', 'U', 'D')", name="op_enum"),
        Index("ix_change_row_row", "tbl", "row_id"),
        Index("ix_change_row_activity", "activity_id"),
        Index("ix_change_row_participant", "participant_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    change_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("change.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    tbl: str
    row_id: int
    #: I(nserted), U(pdated) or D(eleted)
    op: str
    #: the row's columns before (U, D) and after (I, U), as a JSON object
    old: str | None = None
    new: str | None = None
    #: the activity and the participant the row belongs to, for their histories
    activity_id: int | None = None
    participant_id: int | None = None


class UndoEntry(SQLModel, table=True):
    """The undo stack: changes that can be undone (done) or redone (not done)."""

    __tablename__ = "undo_entry"

    position: int | None = Field(default=None, primary_key=True)
    change_id: int = Field(
        sa_column=Column(Integer, ForeignKey("change.id", ondelete="CASCADE"), nullable=False)
    )
    done: bool = True

"""The fixed vocabularies, kept in the leaf :mod:`planner.enums` (importable without
the ORM); the models and their callers name them from here as before."""

from planner.enums import (
    Category,
    EnrolmentStatus,
    Gender,
    Kind,
    MarkStatus,
    Mode,
    Status,
    sql_in,
)

__all__ = [
    "Category",
    "EnrolmentStatus",
    "Gender",
    "Kind",
    "MarkStatus",
    "Mode",
    "Status",
    "sql_in",
]

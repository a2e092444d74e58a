"""SQLModel tables, one module per aggregate."""

from sqlmodel import SQLModel

from planner.models.activity import (
    Activity,
    BudgetLine,
    Enrolment,
    Mark,
    Payment,
    Quota,
    TrainingSession,
)
from planner.models.certificate import Certificate
from planner.models.enums import (
    Category,
    EnrolmentStatus,
    Gender,
    Kind,
    MarkStatus,
    Mode,
    Status,
)
from planner.models.journal import Change, ChangeRow, UndoEntry
from planner.models.people import Participant
from planner.models.plan import (
    Administration,
    Envelope,
    ExchangeRate,
    FundingSource,
    Plan,
    Theme,
)
from planner.models.settings import AppSetting

metadata = SQLModel.metadata

__all__ = [
    "Activity",
    "Administration",
    "AppSetting",
    "BudgetLine",
    "Category",
    "Certificate",
    "Change",
    "ChangeRow",
    "Enrolment",
    "EnrolmentStatus",
    "Envelope",
    "ExchangeRate",
    "FundingSource",
    "Gender",
    "Kind",
    "Mark",
    "MarkStatus",
    "Mode",
    "Participant",
    "Payment",
    "Plan",
    "Quota",
    "Status",
    "Theme",
    "TrainingSession",
    "UndoEntry",
    "metadata",
]

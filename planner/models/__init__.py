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
    Baseline,
    BaselineLine,
    Envelope,
    ExchangeRate,
    FundingSource,
    Plan,
    Theme,
)
from planner.models.results import (
    Applies,
    Direction,
    FollowUp,
    Indicator,
    IndicatorActual,
    IndicatorTarget,
    Level,
    Result,
)
from planner.models.settings import AppSetting

metadata = SQLModel.metadata

__all__ = [
    "Activity",
    "Administration",
    "AppSetting",
    "Applies",
    "Baseline",
    "BaselineLine",
    "BudgetLine",
    "Category",
    "Certificate",
    "Change",
    "ChangeRow",
    "Direction",
    "Enrolment",
    "EnrolmentStatus",
    "Envelope",
    "ExchangeRate",
    "FollowUp",
    "FundingSource",
    "Gender",
    "Indicator",
    "IndicatorActual",
    "IndicatorTarget",
    "Kind",
    "Level",
    "Mark",
    "MarkStatus",
    "Mode",
    "Participant",
    "Payment",
    "Plan",
    "Quota",
    "Result",
    "Status",
    "Theme",
    "TrainingSession",
    "UndoEntry",
    "metadata",
]

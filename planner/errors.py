"""Two kinds of error.

A :class:`PlannerError` is the user's or the environment's fault (a bad file, a
locked database, a full disk): it carries a clear message, and the data is left
untouched. Anything else is a bug and is reported with its traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class PlannerError(Exception):
    """A problem the user can understand and fix; the data was not changed."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def lines(self) -> list[str]:
        return [self.message]


@dataclass(frozen=True, order=True)
class Problem:
    """One broken rule: where (a JSON path or a field name) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(PlannerError):
    """Input that breaks one or more rules; nothing was written."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        from planner.i18n import _, ngettext

        first = str(self.problems[0]) if self.problems else _("invalid value")
        more = len(self.problems) - 1
        summary = (
            first
            if more <= 0
            else ngettext(
                "{first} (and {n} more problem)", "{first} (and {n} more problems)", more
            ).format(first=first, n=more)
        )
        super().__init__(summary)

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]

    def for_field(self, field: str) -> list[str]:
        """Messages that concern one field (``field`` or ``field.sub``)."""
        return [
            p.message
            for p in self.problems
            if p.path == field or p.path.startswith((field + ".", field + "["))
        ]


class NotFoundError(PlannerError):
    """The thing asked for does not exist (any more)."""


@dataclass(frozen=True)
class Edit:
    """One field someone else changed: who, when (ISO time, UTC), from what to what."""

    user: str
    at: str
    field: str
    old: str
    new: str


class ConflictError(PlannerError):
    """Someone else saved the row since it was read: nothing was written, the user
    reloads. ``edits`` says what they changed (empty when the journal does not know)."""

    def __init__(self, message: str, *, what: str = "", edits: Iterable[Edit] = ()) -> None:
        super().__init__(message)
        self.what = what
        self.edits = list(edits)


class ConnectionLost(PlannerError):
    """The database server cannot be reached (stopped, restarting, network down):
    nothing was changed; the window says so in a banner and reconnects."""


class NotConfirmed(ConnectionLost):
    """The connection to the server was lost while a change was being committed:
    the server may have saved it or not. ``change_id`` is the journal number the
    change would have (None when unknown), so that whoever can reach the server
    again finds out which (``services.journal.was_saved``)."""

    def __init__(self, message: str, *, change_id: int | None = None) -> None:
        super().__init__(message)
        self.change_id = change_id

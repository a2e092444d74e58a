"""Writing attendance marks: single cells, a whole session, and their undo.

Every mark is written through :func:`planner.services.people.set_mark` (which
checks it and records when and by whom it was set); a write returns each cell it
changed before and after, for the window's undo and view.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session

from planner.errors import PlannerError
from planner.i18n import _
from planner.models import EnrolmentStatus, Mark, MarkStatus
from planner.services.people import set_mark
from planner.store import raw_connection

PRESENT = MarkStatus.PRESENT.value
LATE = MarkStatus.LATE.value
EXCUSED = MarkStatus.EXCUSED.value
ABSENT = MarkStatus.ABSENT.value
#: Statuses that count as attending a session (docs/methodology.md, attended(p)).
ATTENDED = frozenset({PRESENT, LATE})
#: What Space does to a cell: empty -> present -> late -> excused -> absent -> empty.
CYCLE: tuple[str | None, ...] = (None, PRESENT, LATE, EXCUSED, ABSENT)
#: Withdrawn enrolments have no cells.
WITHDRAWN = EnrolmentStatus.WITHDRAWN.value


def next_in_cycle(status: str | None) -> str | None:
    return CYCLE[(CYCLE.index(status) + 1) % len(CYCLE)] if status in CYCLE else PRESENT


@dataclass(frozen=True)
class MarkState:
    """What one cell holds: a status (None: no mark) and when and by whom it was set."""

    enrolment_id: int
    session_id: int
    status: str | None
    marked_at: str | None = None
    marked_by: str | None = None


@dataclass(frozen=True)
class Changed:
    """What a write did: each changed cell before and after (for undo and the view)."""

    before: list[MarkState]
    after: list[MarkState]


def cell_state(session: Session, enrolment_id: int, session_id: int) -> MarkState:
    """What one cell holds now, as stored."""
    found = (
        raw_connection(session)
        .execute(
            "SELECT status, marked_at, marked_by FROM mark "
            "WHERE enrolment_id = ? AND session_id = ?",
            (enrolment_id, session_id),
        )
        .fetchone()
    )
    if found is None:
        return MarkState(enrolment_id, session_id, None)
    return MarkState(enrolment_id, session_id, *found)


def written_cell(row: Mark | None, enrolment_id: int, session_id: int) -> MarkState:
    """The cell ``set_mark`` left: its row, or no mark."""
    if row is None:
        return MarkState(enrolment_id, session_id, None)
    return MarkState(enrolment_id, session_id, row.status, row.marked_at, row.marked_by)


def apply_marks(
    session: Session,
    changes: Iterable[tuple[int, int, str | None]],
    *,
    by: str | None = None,
) -> Changed:
    """Set each (enrolment id, session id, status or None) through ``set_mark``.
    Cells that already hold that status are left alone (their stamp too)."""
    before: list[MarkState] = []
    after: list[MarkState] = []
    for enrolment_id, session_id, status in changes:
        old = cell_state(session, enrolment_id, session_id)
        if old.status == status:
            continue
        row = set_mark(session, enrolment_id, session_id, status, by=by)
        before.append(old)
        after.append(written_cell(row, enrolment_id, session_id))
    return Changed(before, after)


def restore_marks(session: Session, states: Iterable[MarkState]) -> Changed:
    """Put cells back exactly as they were (status, and when and by whom), for undo."""
    before: list[MarkState] = []
    after: list[MarkState] = []
    for st in states:
        before.append(cell_state(session, st.enrolment_id, st.session_id))
        row = set_mark(session, st.enrolment_id, st.session_id, st.status, by=st.marked_by)
        if row is not None:
            row.marked_at, row.marked_by = st.marked_at, st.marked_by
            session.flush()
        after.append(written_cell(row, st.enrolment_id, st.session_id))
    return Changed(before, after)


def check_session(session: Session, activity_id: int, session_id: int) -> None:
    """Refuse a session that is gone or belongs to another activity."""
    found = (
        raw_connection(session)
        .execute("SELECT activity_id FROM session WHERE id = ?", (session_id,))
        .fetchone()
    )
    if found is None:
        raise PlannerError(
            _("the session no longer exists (number {session_id})").format(session_id=session_id)
        )
    if found[0] != activity_id:
        raise PlannerError(_("that session belongs to another activity"))


def mark_session(
    session: Session,
    activity_id: int,
    session_id: int,
    status: str = PRESENT,
    *,
    only_empty: bool = True,
    by: str | None = None,
) -> Changed:
    """Mark every enrolled (not withdrawn) participant of one session ``status``:
    only the empty cells, or every cell. ``Changed.before`` holds the previous
    marks of the cells it changed, for undo with :func:`restore_marks`."""
    check_session(session, activity_id, session_id)
    rows = (
        raw_connection(session)
        .execute(
            "SELECT e.id, m.status FROM enrolment e LEFT JOIN mark m "
            "ON m.enrolment_id = e.id AND m.session_id = ? "
            "WHERE e.activity_id = ? AND e.status != ? ORDER BY e.id",
            (session_id, activity_id, WITHDRAWN),
        )
        .fetchall()
    )
    wanted = [
        (eid, session_id, status)
        for eid, current in rows
        if (current is None if only_empty else current != status)
    ]
    return apply_marks(session, wanted, by=by)

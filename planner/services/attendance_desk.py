"""The check-in desk: a participant's code, typed or scanned, marks them present
at one session, or says why not."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from enum import StrEnum

from sqlmodel import Session

from planner.services.attendance_marks import (
    ATTENDED,
    PRESENT,
    WITHDRAWN,
    MarkState,
    cell_state,
    check_session,
    written_cell,
)
from planner.services.people import set_mark
from planner.store import raw_connection


class Outcome(StrEnum):
    PRESENT_MARKED = "present_marked"
    ALREADY = "already"
    UNKNOWN = "unknown"
    NOT_ENROLLED = "not_enrolled"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class CheckIn:
    """What the desk says about one code. ``previous`` is the cell before a check-in
    (for undo); ``mark`` is the cell now (for ALREADY: when and by whom)."""

    outcome: Outcome
    code: str
    ref: str | None = None
    name: str | None = None
    native_name: str | None = None
    administration: str | None = None
    enrolment_id: int | None = None
    previous: MarkState | None = None
    mark: MarkState | None = None

    @property
    def marks(self) -> bool:
        return self.outcome is Outcome.PRESENT_MARKED


_INVISIBLE = re.compile(r"[\s\x00-\x1f\x7f\u200b-\u200d\u2060\ufeff]+")


def clean_code(text: str) -> str:
    """A code as typed or scanned, tidied: full-width characters made plain (NFKC),
    spaces and control characters (a scanner's Tab or CR) removed."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


def _key(text: str) -> str:
    return clean_code(text).casefold()


def find_participant(
    session: Session, plan_id: int, code: str
) -> tuple[int, str, str, str | None, str] | None:
    """(id, ref, name, native name, administration code) of the participant whose
    code is ``code``, ignoring case, spaces and full-width forms; None if none is."""
    con = raw_connection(session)
    sql = (
        "SELECT pa.id, pa.ref, pa.name, pa.native_name, ad.code FROM participant pa "
        "JOIN administration ad ON ad.id = pa.administration_id WHERE pa.plan_id = ?"
    )
    cleaned = clean_code(code)
    exact = con.execute(sql + " AND pa.ref = ?", (plan_id, cleaned)).fetchone()
    if exact is not None:
        return exact  # type: ignore[no-any-return]
    wanted = cleaned.casefold()
    found = [
        row
        for row in con.execute(
            "SELECT id, ref FROM participant WHERE plan_id = ?", (plan_id,)
        ).fetchall()
        if _key(row[1]) == wanted
    ]
    if len(found) != 1:  # none, or two codes that differ only in case or spaces
        return None
    return con.execute(sql + " AND pa.id = ?", (plan_id, found[0][0])).fetchone()  # type: ignore[no-any-return]


def check_in(
    session: Session,
    activity_id: int,
    session_id: int,
    code: str,
    *,
    by: str | None = None,
    mark: bool = True,
) -> CheckIn:
    """Mark the participant whose code is ``code`` present at one session, or say
    why not. A participant marked absent or excused who turns up is marked present;
    one already present or late is left alone (ALREADY). With ``mark=False``
    nothing is written: the outcome a check-in would have."""
    check_session(session, activity_id, session_id)
    con = raw_connection(session)
    plan_id = con.execute("SELECT plan_id FROM activity WHERE id = ?", (activity_id,)).fetchone()[0]
    cleaned = clean_code(code)
    person = find_participant(session, plan_id, cleaned)
    if person is None:
        return CheckIn(Outcome.UNKNOWN, cleaned)
    pid, ref, name, native, admin = person
    who = CheckIn(Outcome.NOT_ENROLLED, cleaned, ref, name, native, admin)
    enrolment = con.execute(
        "SELECT id, status FROM enrolment WHERE activity_id = ? AND participant_id = ?",
        (activity_id, pid),
    ).fetchone()
    if enrolment is None:
        return who
    eid, e_status = enrolment
    if e_status == WITHDRAWN:
        return replace(who, outcome=Outcome.WITHDRAWN, enrolment_id=eid)
    current = cell_state(session, eid, session_id)
    if current.status in ATTENDED:
        return replace(
            who, outcome=Outcome.ALREADY, enrolment_id=eid, previous=current, mark=current
        )
    now = current
    if mark:
        now = written_cell(set_mark(session, eid, session_id, PRESENT, by=by), eid, session_id)
    return replace(
        who, outcome=Outcome.PRESENT_MARKED, enrolment_id=eid, previous=current, mark=now
    )

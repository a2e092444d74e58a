"""Merging two records of one person, and the undo of a merge (or a delete).

:func:`merge` moves one record's enrolments and marks to another and deletes it;
:func:`plan_merge` tells what it would do; :func:`snapshot` and :func:`restore`
give the window its undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from planner.errors import PlannerError
from planner.i18n import _
from planner.models import EnrolmentStatus, Participant
from planner.services import people as P
from planner.services.common import get
from planner.services.tables import TABLE_COLUMNS
from planner.store import raw_connection

_STRENGTH = {
    EnrolmentStatus.WITHDRAWN.value: 0,
    EnrolmentStatus.NOMINATED.value: 1,
    EnrolmentStatus.CONFIRMED.value: 2,
}
_SCORES = ("pre_score", "post_score", "satisfaction")
_FILLED = ("native_name", "gender", "position", "email")


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


@dataclass
class MergeSummary:
    """What a merge moves; :func:`plan_merge` tells it before, :func:`merge` after."""

    kept: str  # "P0001 Sok Dara"
    dropped: str
    moved_enrolments: list[str] = field(default_factory=list)  # activity codes
    joined_enrolments: list[str] = field(default_factory=list)  # both were enrolled
    moved_marks: int = 0
    duplicate_marks: int = 0  # both marked at one session: the kept record's mark stays
    scores_taken: int = 0
    filled_fields: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{self.dropped} is merged into {self.kept} and then deleted."]
        if self.moved_enrolments:
            out.append(
                f"{_n(len(self.moved_enrolments), 'enrolment moves', 'enrolments move')} "
                f"over: {', '.join(self.moved_enrolments)}"
            )
        if self.joined_enrolments:
            out.append(
                f"Both are enrolled in {', '.join(self.joined_enrolments)}: the kept "
                "enrolment stays and takes the other's marks and scores where it has none"
            )
        out.append(f"{_n(self.moved_marks, 'attendance mark moves', 'attendance marks move')} over")
        if self.duplicate_marks:
            out.append(
                f"{_n(self.duplicate_marks, 'mark', 'marks')} of the same sessions "
                f"{'is' if self.duplicate_marks == 1 else 'are'} dropped "
                "(the kept record's marks stay)"
            )
        if self.scores_taken:
            out.append(
                f"{_n(self.scores_taken, 'missing score is', 'missing scores are')} "
                "taken from the other record"
            )
        if self.filled_fields:
            out.append("Empty fields filled in: " + ", ".join(self.filled_fields))
        return out


@dataclass
class _Plan:
    summary: MergeSummary
    move_enrolments: list[int] = field(default_factory=list)
    # kept enrolment id -> (dropped enrolment id, fields to copy)
    join: dict[int, tuple[int, dict[str, Any]]] = field(default_factory=dict)
    move_marks: list[tuple[int, int]] = field(default_factory=list)  # to enrolment, mark id
    fill: dict[str, Any] = field(default_factory=dict)


def _plan(session: Session, keep_id: int, drop_id: int) -> _Plan:
    keep = get(session, Participant, keep_id, "participant")
    drop = get(session, Participant, drop_id, "participant")
    if keep_id == drop_id:
        raise PlannerError(_("choose two different people to merge"))
    if keep.plan_id != drop.plan_id:
        raise PlannerError(
            _("{ref} belongs to another plan than {ref2}").format(ref=drop.ref, ref2=keep.ref)
        )
    con = raw_connection(session)
    held = con.execute(
        "SELECT count(*) FROM certificate WHERE participant_id = ?", (drop_id,)
    ).fetchone()[0]
    if held:
        raise PlannerError(
            _(
                "{ref} holds {held} issued certificate(s), recorded in the register "
                "under that record; keep {ref} and merge {ref2} into it instead"
            ).format(ref=drop.ref, held=held, ref2=keep.ref)
        )
    plan = _Plan(MergeSummary(f"{keep.ref} {keep.name}", f"{drop.ref} {drop.name}"))
    plan.fill = {
        f: getattr(drop, f)
        for f in _FILLED
        if getattr(keep, f) is None and getattr(drop, f) is not None
    }
    plan.summary.filled_fields = list(plan.fill)

    def enrolments(pid: int) -> dict[int, tuple[Any, ...]]:
        return {
            row[0]: row[1:]
            for row in con.execute(
                "SELECT e.activity_id, e.id, a.code, e.status, e.pre_score, e.post_score, "
                "e.satisfaction FROM enrolment e JOIN activity a ON a.id = e.activity_id "
                "WHERE e.participant_id = ? ORDER BY a.start_date, a.code",
                (pid,),
            )
        }

    def marks(enrolment_id: int) -> dict[int, int]:
        return dict(
            con.execute("SELECT session_id, id FROM mark WHERE enrolment_id = ?", (enrolment_id,))
        )

    kept = enrolments(keep_id)
    for activity_id, (eid, code, status, *scores) in enrolments(drop_id).items():
        if activity_id not in kept:
            plan.move_enrolments.append(eid)
            plan.summary.moved_enrolments.append(code)
            plan.summary.moved_marks += len(marks(eid))
            continue
        keid, _kept_pid, kstatus, *kscores = kept[activity_id]
        plan.summary.joined_enrolments.append(code)
        copy: dict[str, Any] = {}
        if _STRENGTH.get(status, 0) > _STRENGTH.get(kstatus, 0):
            copy["status"] = status
        for key, mine, theirs in zip(_SCORES, kscores, scores, strict=True):
            if mine is None and theirs is not None:
                copy[key] = theirs
                plan.summary.scores_taken += 1
        plan.join[keid] = (eid, copy)
        have = marks(keid)
        for session_id, mark_id in marks(eid).items():
            if session_id in have:
                plan.summary.duplicate_marks += 1
            else:
                plan.move_marks.append((keid, mark_id))
                plan.summary.moved_marks += 1
    return plan


def plan_merge(session: Session, keep_id: int, drop_id: int) -> MergeSummary:
    """What :func:`merge` would do, without writing."""
    return _plan(session, keep_id, drop_id).summary


def merge(session: Session, keep_id: int, drop_id: int) -> MergeSummary:
    """Merge ``drop_id`` into ``keep_id`` inside the caller's transaction.

    The dropped person's enrolments move to the kept one with their marks. Where
    both were enrolled in one activity, the kept enrolment stays: it takes the
    other's marks of sessions it has none for, its scores where it has none, and
    the stronger status (confirmed over nominated over withdrawn). The kept
    person's empty fields (native name, gender, position, e-mail) are filled in
    from the other record. Then the dropped record is deleted.
    """
    plan = _plan(session, keep_id, drop_id)
    session.flush()
    con = raw_connection(session)
    con.executemany(
        "UPDATE enrolment SET participant_id = ?, version = version + 1 WHERE id = ?",
        [(keep_id, eid) for eid in plan.move_enrolments],
    )
    con.executemany(
        "UPDATE mark SET enrolment_id = ?, version = version + 1 WHERE id = ?", plan.move_marks
    )
    for keid, (eid, copy) in plan.join.items():
        if copy:
            sets = ", ".join(f"{k} = ?" for k in copy)
            con.execute(
                f"UPDATE enrolment SET {sets}, version = version + 1 WHERE id = ?",
                (*copy.values(), keid),
            )
        con.execute("DELETE FROM mark WHERE enrolment_id = ?", (eid,))
        con.execute("DELETE FROM enrolment WHERE id = ?", (eid,))
    session.expire_all()
    P.delete_participant(session, drop_id)
    if plan.fill:
        # Through the service, so the filled-in record passes the participant rules.
        P.update_participant(session, keep_id, **plan.fill)
    return plan.summary


# ------------------------------------------------------------------ undo
@dataclass(frozen=True)
class Snapshot:
    """Rows of some participants with their enrolments and marks, as stored."""

    participants: list[tuple[Any, ...]]
    enrolments: list[tuple[Any, ...]]
    marks: list[tuple[Any, ...]]


def _select(table: str, where: str, ids: Sequence[int], con: Any) -> list[tuple[Any, ...]]:
    if not ids:
        return []
    cols = ", ".join(TABLE_COLUMNS[table])
    marks = ", ".join("?" * len(ids))
    return list(con.execute(f'SELECT {cols} FROM "{table}" WHERE {where} IN ({marks})', ids))


def snapshot(session: Session, participant_ids: Sequence[int]) -> Snapshot:
    """Everything :func:`merge` (or a delete) may touch of these people."""
    session.flush()
    con = raw_connection(session)
    ids = list(participant_ids)
    enrolments = _select("enrolment", "participant_id", ids, con)
    return Snapshot(
        _select("participant", "id", ids, con),
        enrolments,
        _select("mark", "enrolment_id", [e[0] for e in enrolments], con),
    )


def restore(session: Session, snap: Snapshot) -> None:
    """Put the rows of ``snap`` back as they were (the undo of a merge or a delete):
    rows still there are rewritten, rows gone are inserted under their old ids."""
    session.flush()
    con = raw_connection(session)
    for table, rows in (
        ("participant", snap.participants),
        ("enrolment", snap.enrolments),
        ("mark", snap.marks),
    ):
        cols = TABLE_COLUMNS[table]
        con.executemany(
            f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))}) '
            f"ON CONFLICT(id) DO UPDATE SET "
            + ", ".join(
                # versions only grow: a row put back is one version on
                f'{c} = "{table}".{c} + 1' if c == "version" else f"{c} = excluded.{c}"
                for c in cols
                if c != "id"
            ),
            rows,
        )
    session.expire_all()

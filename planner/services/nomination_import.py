"""Writing a checked nomination list, all or nothing, in bulk; and undoing it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from planner.errors import PlannerError, Problem, ValidationError
from planner.i18n import _
from planner.models import EnrolmentStatus, Plan
from planner.services import people as P
from planner.services.common import get
from planner.services.nomination_check import Preview
from planner.services.nomination_files import ProgressFn
from planner.services.rules import Checker
from planner.services.tables import sync_ids
from planner.store import raw_connection
from planner.store.database import translate


@dataclass
class ImportResult:
    created: list[int] = field(default_factory=list)  # new participant ids
    reused: list[int] = field(default_factory=list)  # existing participant ids
    enrolments: list[int] = field(default_factory=list)  # new enrolment ids
    already_enrolled: int = 0

    def summary(self) -> str:
        text = f"{len(self.created)} new people, {len(self.reused)} already in the directory"
        if self.enrolments or self.already_enrolled:
            text += f"; {len(self.enrolments)} enrolled"
            if self.already_enrolled:
                text += f", {self.already_enrolled} were enrolled already"
        return text


def import_rows(
    session: Session,
    plan_id: int,
    preview: Preview,
    activity_id: int | None = None,
    status: str = EnrolmentStatus.NOMINATED.value,
    progress: ProgressFn | None = None,
) -> ImportResult:
    """Write a checked preview inside the caller's transaction, all or nothing:
    new participants (refs assigned after the plan's highest), and, with an
    activity, an enrolment for each person not enrolled in it yet."""
    if preview.problems:
        raise ValidationError(
            [Problem(f"line {p.line}", f"{p.column}: {p.message}") for p in preview.problems]
        )
    if preview.plan_id != plan_id or preview.activity_id != activity_id:
        raise PlannerError(_("the file was checked for another plan or activity; check it again"))
    c = Checker(strict=False)
    c.choice({"status": status}, "status", "", EnrolmentStatus)
    c.raise_if_any()
    get(session, Plan, plan_id, "plan")
    session.flush()
    con = raw_connection(session)
    taken = {r for (r,) in con.execute("SELECT ref FROM participant WHERE plan_id = ?", (plan_id,))}
    taken |= {r.values["ref"] for r in preview.rows if r.existing_id is None and r.values["ref"]}
    number = int(P.next_ref(session, plan_id)[1:])
    next_id = con.execute("SELECT coalesce(max(id), 0) FROM participant").fetchone()[0]
    result = ImportResult()
    people = []
    person_of: list[int] = []
    total = len(preview.rows)
    for i, row in enumerate(preview.rows):
        if progress is not None and i % 500 == 0:
            progress(i, total, "")
        if row.existing_id is not None:
            result.reused.append(row.existing_id)
            person_of.append(row.existing_id)
            continue
        ref = row.values["ref"]
        if ref is None:
            while (ref := f"P{number:04d}") in taken:
                number += 1
            taken.add(ref)
        next_id += 1
        v = row.values
        people.append(
            (next_id, plan_id, ref, v["name"], v["native_name"], v["gender"],
             v["administration_id"], v["position"], v["email"])
        )  # fmt: skip
        result.created.append(next_id)
        person_of.append(next_id)
    try:
        _write(con, people, preview, person_of, activity_id, status, result)
    except sqlite3.Error as e:  # the caller's transaction rolls back: nothing is written
        raise translate(e) from e
    sync_ids(con)  # on a server, its numbering goes on after the ids given here
    session.expire_all()
    if progress is not None:
        progress(total, total, "")
    return result


def _write(
    con: sqlite3.Connection,
    people: list[tuple[Any, ...]],
    preview: Preview,
    person_of: list[int],
    activity_id: int | None,
    status: str,
    result: ImportResult,
) -> None:
    con.executemany(
        "INSERT INTO participant (id, plan_id, ref, name, native_name, gender, "
        "administration_id, position, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        people,
    )
    if activity_id is not None:
        eid = con.execute("SELECT coalesce(max(id), 0) FROM enrolment").fetchone()[0]
        enrols = []
        for row, pid in zip(preview.rows, person_of, strict=True):
            if row.enrolled:
                result.already_enrolled += 1
                continue
            eid += 1
            enrols.append((eid, activity_id, pid, status))
            result.enrolments.append(eid)
        con.executemany(
            "INSERT INTO enrolment (id, activity_id, participant_id, status) VALUES (?, ?, ?, ?)",
            enrols,
        )


def remove_imported(session: Session, result: ImportResult) -> None:
    """Undo :func:`import_rows`: its enrolments and new people go again (refused if
    attendance was marked on them since)."""
    session.flush()
    con = raw_connection(session)
    ids = result.enrolments
    marked = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marked += con.execute(
            f"SELECT count(*) FROM mark WHERE enrolment_id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ).fetchone()[0]
    if marked:
        raise PlannerError(
            _(
                "attendance was marked {marked} times on the imported enrolments; they are kept"
            ).format(marked=marked)
        )
    con.executemany("DELETE FROM enrolment WHERE id = ?", [(i,) for i in ids])
    con.executemany("DELETE FROM participant WHERE id = ?", [(i,) for i in result.created])
    session.expire_all()

"""Nomination lists from partner administrations, and the seats they fill.

Three steps, so nothing is written until the whole file is known to be good:

1. :func:`read_table` (in :mod:`planner.services.nomination_files`) reads a CSV or
   XLSX file into text cells with their line
   numbers, refusing (a :class:`PlannerError`, nothing read further) what is not a
   plain list: a file over :data:`MAX_FILE_BYTES` or :data:`MAX_ROWS` rows, text
   that is neither UTF-8 nor UTF-16 with a byte-order mark, a "workbook" that is
   not a zip, or one that would unpack to more than :data:`MAX_UNZIPPED_BYTES` or
   at a ratio above :data:`MAX_RATIO` (a zip bomb) - all checked from the zip's
   directory before anything is decompressed. Nothing is evaluated: a formula
   cell is read as its formula text (never as a cached or computed value), and
   :func:`check_rows` then refuses every formula-like value (starting with
   ``= + - @``) with its line, so nothing a spreadsheet would run gets in.
2. :func:`guess_mapping` proposes which column holds which field;
   :func:`check_rows` checks every row with the participant rules of
   :mod:`planner.services.entities`, reporting each problem by line, and finds the
   people who already exist (same e-mail, or same ref) or look alike.
3. :func:`import_rows` writes the checked rows, all or nothing, in bulk.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from planner.errors import PlannerError, Problem, ValidationError
from planner.models import Activity, EnrolmentStatus, Plan
from planner.services import entities as E
from planner.services import people as P
from planner.services.common import get
from planner.services.directory import Index, Person, fold, people_of
from planner.services.nomination_files import (
    FIELDS,
    LABELS,
    MAX_ROWS,
    REQUIRED,
    ColumnMap,
    ProgressFn,
    Table,
    guess_mapping,
    read_table,
)
from planner.services.rules import Checker, check_unique
from planner.store import raw_connection
from planner.store.database import translate

# Reading and mapping live in nomination_files; their names are part of this API.
__all__ = ["MAX_ROWS", "Table", "guess_mapping", "read_table"]


# ================================================================== checking
@dataclass(frozen=True, order=True)
class RowProblem:
    line: int
    column: str  # the file's header of the column, or "" for the whole row
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Similar:
    line: int
    ref: str  # an existing participant, or "line N" for an earlier row of the file
    reason: str


@dataclass(frozen=True)
class PreviewRow:
    line: int
    values: dict[str, Any]  # participant columns (administration_id as the database id)
    existing_id: int | None = None  # a person already in the plan, used as is
    existing_ref: str | None = None
    enrolled: bool = False  # already enrolled in the activity: left as it is


@dataclass
class Preview:
    plan_id: int
    activity_id: int | None
    rows: list[PreviewRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    similar: list[Similar] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # quotas the import would exceed

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def new_people(self) -> int:
        return sum(1 for r in self.rows if r.existing_id is None)


_GENDERS = {
    "f": "F", "female": "F", "woman": "F", "w": "F", "ms": "F", "mrs": "F", "miss": "F",
    "m": "M", "male": "M", "man": "M", "mr": "M",
    "x": "X", "other": "X", "non binary": "X",
}  # fmt: skip
_COUNTRY_NAMES = {
    "brunei": "BN", "brunei darussalam": "BN", "cambodia": "KH", "kingdom of cambodia": "KH",
    "indonesia": "ID", "laos": "LA", "lao pdr": "LA", "lao": "LA", "malaysia": "MY",
    "myanmar": "MM", "burma": "MM", "philippines": "PH", "the philippines": "PH",
    "singapore": "SG", "thailand": "TH", "viet nam": "VN", "vietnam": "VN", "china": "CN",
    "people s republic of china": "CN", "prc": "CN",
}  # fmt: skip
_FORMULA = re.compile(r"[=@]|[+\-]\S")


class _Admins:
    """An administration written as its code (any case), its name or its country."""

    def __init__(self, rows: list[tuple[int, str, str, str | None]]) -> None:
        self.ids = {code: aid for aid, code, _, _ in rows}
        self._by: dict[str, str] = {}
        countries: dict[str, list[str]] = {}
        for _, code, name, country in rows:
            self._by.setdefault(fold(name), code)
            if country:
                countries.setdefault(country, []).append(code)
        for _, code, _, _ in rows:
            self._by[fold(code)] = code
        for country, codes in countries.items():
            if len(codes) == 1:
                self._by.setdefault(fold(country), codes[0])
        for cname, country in _COUNTRY_NAMES.items():
            if len(countries.get(country, ())) == 1:
                self._by.setdefault(cname, countries[country][0])

    def code(self, text: str) -> str:
        if text in self.ids:
            return text
        return self._by.get(fold(text)) or text


def _plan_rows(session: Session, plan_id: int) -> tuple[_Admins, dict[str, Any], dict[str, Any]]:
    con = raw_connection(session)
    admins = _Admins(
        list(
            con.execute(
                "SELECT id, code, name, country FROM administration WHERE plan_id = ? ORDER BY id",
                (plan_id,),
            )
        )
    )
    by_ref: dict[str, Any] = {}
    by_email: dict[str, Any] = {}
    for row in con.execute(
        "SELECT p.id, p.ref, p.name, p.email, a.code FROM participant p "
        "JOIN administration a ON a.id = p.administration_id WHERE p.plan_id = ? ORDER BY p.id",
        (plan_id,),
    ):
        by_ref[row[1]] = row
        if row[3]:
            by_email.setdefault(row[3].casefold(), row)
    return admins, by_ref, by_email


def check_rows(
    session: Session,
    plan_id: int,
    table: Table,
    mapping: ColumnMap,
    activity_id: int | None = None,
    *,
    status: str = EnrolmentStatus.NOMINATED.value,
) -> Preview:
    """Check every row of ``table`` as a participant (the rules of
    :func:`planner.services.entities.participant_values`), listing every problem by
    line; find who already exists and who looks alike. Writes nothing."""
    get(session, Plan, plan_id, "plan")
    preview = Preview(plan_id, activity_id)
    if activity_id is not None:
        activity = get(session, Activity, activity_id, "activity")
        if activity.plan_id != plan_id:
            raise PlannerError(f"{activity.code} belongs to another plan")
    headers = {
        f: table.headers[c] if c < len(table.headers) else LABELS[f]
        for f, c in mapping.items()
        if c is not None
    }
    for f in REQUIRED:
        if mapping.get(f) is None:
            preview.problems.append(
                RowProblem(table.header_line, "", f"no column is chosen for {LABELS[f]}")
            )
    if preview.problems:
        return preview
    admins, by_ref, by_email = _plan_rows(session, plan_id)
    enrolled: set[int] = set()
    if activity_id is not None:
        enrolled = {
            pid
            for (pid,) in raw_connection(session).execute(
                "SELECT participant_id FROM enrolment WHERE activity_id = ?", (activity_id,)
            )
        }
    index = Index(people_of(session, plan_id))
    columns = [(f, c) for f, c in mapping.items() if c is not None and f in FIELDS]
    emails: list[tuple[str, Any]] = []
    refs: list[tuple[str, Any]] = []
    used: dict[int, int] = {}  # existing participant id -> line
    width = len(table.headers)
    problems = preview.problems

    for line, cells in zip(table.lines, table.rows, strict=True):
        obj: dict[str, Any] = {}
        reported: set[str] = set()  # fields refused here, not again by the rules
        for f, col in columns:
            value = cells[col] if col < len(cells) else ""
            if not value:
                continue
            if _FORMULA.match(value):
                problems.append(
                    RowProblem(line, headers[f], f"{_short(value)} is a formula; type the value")
                )
                reported.add(f)
            elif "\n" in value or "\r" in value:
                problems.append(
                    RowProblem(line, headers[f], "holds a line break (an unclosed quote?)")
                )
                reported.add(f)
            obj[f] = value
        bad = bool(reported)
        if table.kind == "CSV" and any(cells[width:]):
            problems.append(
                RowProblem(
                    line,
                    "",
                    f"has {len(cells)} cells but the header row has {width} "
                    "(a comma inside a name needs quotes around the name)",
                )
            )
            bad = True
        if "gender" in obj:
            obj["gender"] = _GENDERS.get(fold(obj["gender"]), obj["gender"])
        if "administration" in obj:
            obj["administration"] = admins.code(obj["administration"])
        given_ref = obj.get("ref")
        obj.setdefault("ref", "P?")
        c = Checker(strict=False)
        values = E.participant_values(c, obj, "", admins.ids)
        for p in c.problems:
            if p.path not in reported:
                problems.append(RowProblem(line, headers.get(p.path, p.path), p.message))
        if c.problems or bad:
            continue
        email = values["email"]
        if email:
            emails.append((f"line {line}", email.casefold()))
        existing = None
        if given_ref is not None:
            existing = by_ref.get(given_ref)
            if existing is None:  # a new ref: once in the file (an old one: see below)
                refs.append((f"line {line}", given_ref))
            if existing is not None and fold(existing[2]) != fold(values["name"]):
                problems.append(
                    RowProblem(
                        line,
                        headers["ref"],
                        f"{given_ref} is {existing[2]} in the plan, not {values['name']}",
                    )
                )
                continue
        if existing is None and email:
            existing = by_email.get(email.casefold())
            if existing is not None and given_ref is not None:
                problems.append(
                    RowProblem(
                        line,
                        headers["ref"],
                        f"the e-mail {email} is {existing[1]}'s ({existing[2]}); leave the "
                        "ref empty to use that record, or correct the e-mail",
                    )
                )
                continue
        code = obj["administration"]
        if existing is not None:
            pid, ref, ename, _, ecode = existing
            if pid in used:
                problems.append(RowProblem(line, "", f"is {ref} again (as on line {used[pid]})"))
                continue
            used[pid] = line
            if ecode != code:
                preview.similar.append(
                    Similar(
                        line,
                        ref,
                        f"the same person as {ref} {ename}, who belongs to {ecode}, not "
                        f"{code}; the existing record is used as it is",
                    )
                )
            preview.rows.append(PreviewRow(line, values, pid, ref, pid in enrolled))
            continue
        for ref, reason in index.similar(values["name"], code, email, values["native_name"]):
            preview.similar.append(Similar(line, ref, reason))
        index.add(Person(f"line {line}", values["name"], values["native_name"], code, None))
        preview.rows.append(PreviewRow(line, values if given_ref else {**values, "ref": None}))

    dup = Checker()
    check_unique(dup, emails, "e-mail")
    check_unique(dup, refs, "ref")
    for p in dup.problems:
        line = int(p.path.removeprefix("line "))
        column = headers["email"] if p.message.startswith("e-mail") else headers["ref"]
        problems.append(RowProblem(line, column, p.message))
    problems.sort()
    if activity_id is not None and status != EnrolmentStatus.WITHDRAWN.value:
        preview.warnings = _quota_warnings(session, activity_id, preview.rows, admins)
    return preview


def _short(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:37] + "…")


def _quota_warnings(
    session: Session, activity_id: int, rows: list[PreviewRow], admins: _Admins
) -> list[str]:
    code_of = {aid: code for code, aid in admins.ids.items()}
    extra: dict[str, int] = {}
    for r in rows:
        if not r.enrolled:
            code = code_of[r.values["administration_id"]]
            extra[code] = extra.get(code, 0) + 1
    now = seats(session, activity_id)
    if not any(s.quota is not None for s in now):
        return []  # an activity without quotas is open to every administration
    out = []
    for s in now:
        added = extra.pop(s.code, 0)
        after = s.filled + added
        if added and s.quota is not None and after > s.quota:
            out.append(
                f"{s.code}: {after} seats filled for a quota of {s.quota} "
                f"({after - s.quota} over quota)"
            )
        elif added and s.quota is None:
            extra[s.code] = added
    for code, n in sorted(extra.items()):
        out.append(f"{code}: {n} more nominated, but it has no seats in this activity")
    return out


# ================================================================== importing
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
        raise PlannerError("the file was checked for another plan or activity; check it again")
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
            f"attendance was marked {marked} times on the imported enrolments; they are kept"
        )
    con.executemany("DELETE FROM enrolment WHERE id = ?", [(i,) for i in ids])
    con.executemany("DELETE FROM participant WHERE id = ?", [(i,) for i in result.created])
    session.expire_all()


# ================================================================== seats
@dataclass(frozen=True)
class Seats:
    """One administration's seats in one activity."""

    code: str
    name: str
    quota: int | None  # None: the activity gives it no seats
    nominated: int
    confirmed: int
    withdrawn: int

    @property
    def filled(self) -> int:
        """Seats taken: nominated and confirmed people (the withdrawn free theirs)."""
        return self.nominated + self.confirmed

    @property
    def over(self) -> int:
        return max(0, self.filled - (self.quota or 0))


def seats(session: Session, activity_id: int) -> list[Seats]:
    """Per administration: its quota and its nominated, confirmed and withdrawn
    people; administrations with a quota first (in quota order), then any other
    that has people enrolled."""
    get(session, Activity, activity_id, "activity")
    con = raw_connection(session)
    counts: dict[int, dict[str, int]] = {}
    for aid, status, n in con.execute(
        "SELECT p.administration_id, e.status, count(*) FROM enrolment e "
        "JOIN participant p ON p.id = e.participant_id WHERE e.activity_id = ? "
        "GROUP BY p.administration_id, e.status",
        (activity_id,),
    ):
        counts.setdefault(aid, {})[status] = n
    out = []
    seen = set()
    for aid, code, name, quota in con.execute(
        "SELECT a.id, a.code, a.name, q.seats FROM quota q JOIN administration a "
        "ON a.id = q.administration_id WHERE q.activity_id = ? ORDER BY q.id",
        (activity_id,),
    ):
        seen.add(aid)
        out.append(_seats(code, name, quota, counts.get(aid, {})))
    others = [aid for aid in counts if aid not in seen]
    if others:
        marks = ", ".join("?" * len(others))
        for aid, code, name in con.execute(
            f"SELECT id, code, name FROM administration WHERE id IN ({marks}) ORDER BY code",
            others,
        ):
            out.append(_seats(code, name, None, counts[aid]))
    return out


def _seats(code: str, name: str, quota: int | None, n: dict[str, int]) -> Seats:
    return Seats(
        code,
        name,
        quota,
        n.get(EnrolmentStatus.NOMINATED.value, 0),
        n.get(EnrolmentStatus.CONFIRMED.value, 0),
        n.get(EnrolmentStatus.WITHDRAWN.value, 0),
    )


@dataclass(frozen=True)
class Nominee:
    enrolment_id: int
    participant_id: int
    ref: str
    name: str
    native_name: str | None
    administration: str
    status: str


def nominees(session: Session, activity_id: int) -> list[Nominee]:
    """The people enrolled in an activity, by administration and name."""
    return [
        Nominee(*row)
        for row in raw_connection(session).execute(
            "SELECT e.id, p.id, p.ref, p.name, p.native_name, a.code, e.status FROM enrolment e "
            "JOIN participant p ON p.id = e.participant_id "
            "JOIN administration a ON a.id = p.administration_id "
            "WHERE e.activity_id = ? ORDER BY a.code, p.name",
            (activity_id,),
        )
    ]


def activity_choices(session: Session, plan_id: int) -> list[tuple[int, str, str]]:
    """(id, code, title) of the plan's activities, by start date."""
    return [
        (aid, code, title)
        for aid, code, title in raw_connection(session).execute(
            "SELECT id, code, title FROM activity WHERE plan_id = ? ORDER BY start_date, code",
            (plan_id,),
        )
    ]

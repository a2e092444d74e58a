"""Checking the rows of a nomination list before anything is written: every row
through the participant rules, each problem by its line; who already exists, who
looks alike, and which quotas the import would exceed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from planner.errors import PlannerError
from planner.i18n import _
from planner.models import Activity, EnrolmentStatus, Plan
from planner.services import entities as E
from planner.services.common import get
from planner.services.directory import Index, Person, fold, people_of
from planner.services.nomination_files import FIELDS, LABELS, REQUIRED, ColumnMap, Table
from planner.services.nomination_seats import seats
from planner.services.rules import Checker, check_unique
from planner.store import raw_connection


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
        self.ids = {code: aid for aid, code, _name, _country in rows}
        self._by: dict[str, str] = {}
        countries: dict[str, list[str]] = {}
        for _id, code, name, country in rows:
            self._by.setdefault(fold(name), code)
            if country:
                countries.setdefault(country, []).append(code)
        for _id, code, _name, _country in rows:
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
            raise PlannerError(_("{code} belongs to another plan").format(code=activity.code))
    headers = {
        f: table.headers[c] if c < len(table.headers) else LABELS[f]
        for f, c in mapping.items()
        if c is not None
    }
    for f in REQUIRED:
        if mapping.get(f) is None:
            preview.problems.append(
                RowProblem(
                    table.header_line,
                    "",
                    _("no column is chosen for {column}").format(column=LABELS[f]),
                )
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
                    RowProblem(
                        line,
                        headers[f],
                        _("{value} is a formula; type the value").format(value=_short(value)),
                    )
                )
                reported.add(f)
            elif "\n" in value or "\r" in value:
                problems.append(
                    RowProblem(line, headers[f], _("holds a line break (an unclosed quote?)"))
                )
                reported.add(f)
            obj[f] = value
        bad = bool(reported)
        if table.kind == "CSV" and any(cells[width:]):
            problems.append(
                RowProblem(
                    line,
                    "",
                    _(
                        "has {n_cells} cells but the header row has {width} (a comma inside "
                        "a name needs quotes around the name)"
                    ).format(n_cells=len(cells), width=width),
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
                        _("{ref} is {known} in the plan, not {name}").format(
                            ref=given_ref, known=existing[2], name=values["name"]
                        ),
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
                        _(
                            "the e-mail {email} is {name}'s ({ref}); leave the ref "
                            "empty to use that record, or correct the e-mail"
                        ).format(email=email, name=existing[1], ref=existing[2]),
                    )
                )
                continue
        code = obj["administration"]
        if existing is not None:
            pid, ref, ename, _email, ecode = existing
            if pid in used:
                problems.append(
                    RowProblem(
                        line,
                        "",
                        _("is {ref} again (as on line {line})").format(ref=ref, line=used[pid]),
                    )
                )
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

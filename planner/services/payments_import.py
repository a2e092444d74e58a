"""Payments read from a finance system's export (CSV or XLSX), all or nothing.

Each row names its budget line by activity code, category and currency (and, where
an activity has several such lines, by ``description`` or ``funding_source``); the
payment has a date, an amount in the line's currency (negative for a refund), a
voucher, a note and optionally the rate it was booked at. Every row is checked; if
any is wrong the file is refused whole, each problem with its line number, and
nothing is written. The caller's transaction makes the import one journal entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session

from planner.errors import PlannerError, Problem, ValidationError
from planner.i18n import _
from planner.iso import CURRENCY_EXPONENTS
from planner.models import Category
from planner.money import format_minor
from planner.services import entities as E
from planner.services.rules import Checker
from planner.services.tables import insert_rows
from planner.store import raw_connection

#: The columns of a payments file (a header row, any order, any case); the first
#: five are required, ``description`` and ``funding_source`` pick among several
#: lines of one activity, category and currency.
FILE_COLUMNS = (
    "activity",
    "category",
    "currency",
    "date",
    "amount",
    "voucher",
    "note",
    "booked_rate",
    "description",
    "funding_source",
)
REQUIRED = FILE_COLUMNS[:5]


@dataclass(frozen=True)
class Imported:
    """What an import recorded, and the lines it left with a negative actual."""

    count: int
    negative: tuple[str, ...]  # "TC-2027-01 venue LAK: -1,000.00", one per line
    #: the file's columns that are none of FILE_COLUMNS, so not read (as headed)
    unread: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Line:
    id: int
    description: str
    funding_source: str


def _lines(con: Any, plan_id: int) -> dict[tuple[str, str, str], list[_Line]]:
    found: dict[tuple[str, str, str], list[_Line]] = {}
    for lid, code, category, currency, description, source in con.execute(
        "SELECT b.id, a.code, b.category, b.currency, b.description, coalesce(f.code, '') "
        "FROM budget_line b JOIN activity a ON a.id = b.activity_id "
        "LEFT JOIN funding_source f ON f.id = b.funding_source_id "
        "WHERE a.plan_id = ? ORDER BY b.id",
        (plan_id,),
    ):
        found.setdefault((code, category, currency), []).append(_Line(lid, description, source))
    return found


def _pick(
    con: Any,
    plan_id: int,
    lines: dict[tuple[str, str, str], list[_Line]],
    row: dict[str, str],
) -> int | str:
    """The budget line a row names (its id), or why none is found (a message)."""
    code = row.get("activity", "").strip()
    category = row.get("category", "").strip().lower().replace(" ", "_").replace("-", "_")
    currency = row.get("currency", "").strip().upper()
    if not code:
        return "no activity code"
    known = con.execute(
        "SELECT 1 FROM activity WHERE plan_id = ? AND code = ?", (plan_id, code)
    ).fetchone()
    if known is None:
        return f"unknown activity {code!r}"
    if category not in {c.value for c in Category}:
        choices = ", ".join(c.value for c in Category)
        return f"unknown category {category!r} (one of {choices})"
    if currency not in CURRENCY_EXPONENTS:
        return f"unknown currency {currency!r} (an ISO 4217 code such as USD)"
    found = lines.get((code, category, currency), [])
    if not found:
        return f"{code} has no {category} line in {currency}"
    description = row.get("description", "").strip()
    source = row.get("funding_source", "").strip()
    if description:
        found = [x for x in found if x.description.strip().casefold() == description.casefold()]
    if source:
        found = [x for x in found if x.funding_source == source]
    if len(found) == 1:
        return found[0].id
    if not found:
        return f"{code} has no {category} line in {currency} with that description or source"
    return (
        f"{code} has {len(found)} {category} lines in {currency}: "
        "name one in a description or funding_source column"
    )


def import_payments(session: Session, plan_id: int, path: str | Path) -> Imported:
    """Read a CSV or XLSX file of payments (columns :data:`FILE_COLUMNS`) and record
    them all, or, if any row is wrong, none. A row whose line already has a payment
    of the same voucher, date and amount (the same file imported twice) is refused."""
    from planner.services.nomination_files import read_table

    table = read_table(path)
    headers = table.columns(FILE_COLUMNS, underscores=True)
    missing = [c for c in REQUIRED if c not in headers]
    if missing:
        raise PlannerError(
            _("{name} has no column {missing}; a payments file has the columns {columns}").format(
                name=table.name, missing=", ".join(missing), columns=", ".join(FILE_COLUMNS[:8])
            )
        )
    con = raw_connection(session)
    lines = _lines(con, plan_id)
    currency_of = {x.id: key[2] for key, found in lines.items() for x in found}
    problems: list[Problem] = []
    todo: list[dict[str, Any]] = []
    seen: dict[tuple[int, str, str, int], int] = {}
    for line, cells in zip(table.lines, table.rows, strict=True):
        row = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(headers)}
        where = f"line {line}"
        picked = _pick(con, plan_id, lines, row)
        if isinstance(picked, str):
            problems.append(Problem(where, picked))
            continue
        obj = {
            "date": row.get("date", "").strip(),
            "amount": row.get("amount", "").strip(),
            "reference": row.get("voucher", "").strip(),
            "note": row.get("note", ""),
            "booked_rate": row.get("booked_rate", "").strip() or None,
        }
        c = Checker(strict=True)
        values = E.payment_values(c, obj, where, currency_of[picked])
        if not obj["date"]:
            c.add(f"{where}.date", "a payment in a file needs its date (YYYY-MM-DD)")
        if not obj["amount"]:
            c.add(f"{where}.amount", "an amount is required")
        problems += c.problems
        if c.problems:
            continue
        key = (
            picked,
            values["reference"],
            values["paid_on"].isoformat(),
            values["amount_minor"],
        )
        if values["reference"] and key in seen:
            problems.append(
                Problem(where, _("the same payment as line {line}").format(line=seen[key]))
            )
            continue
        seen[key] = line
        if (
            values["reference"]
            and con.execute(
                "SELECT 1 FROM payment WHERE budget_line_id = ? AND reference = ? AND paid_on = ? "
                "AND amount_minor = ?",
                key,
            ).fetchone()
        ):
            problems.append(
                Problem(
                    where,
                    _("voucher {reference} is already recorded on that line").format(
                        reference=values["reference"]
                    ),
                )
            )
            continue
        todo.append(
            {
                "budget_line_id": picked,
                **values,
                "paid_on": values["paid_on"].isoformat(),
            }
        )
    if problems:
        raise ValidationError(problems)
    insert_rows(con, "payment", todo)
    unread = tuple(
        h.strip() for h, key in zip(table.headers, headers, strict=True) if key not in FILE_COLUMNS
    )
    return Imported(len(todo), _negative(con, sorted({r["budget_line_id"] for r in todo})), unread)


def _negative(con: Any, line_ids: Sequence[int]) -> tuple[str, ...]:
    """The lines among ``line_ids`` whose payments now sum below zero."""
    out = []
    for lid in line_ids:
        code, category, currency, total = con.execute(
            "SELECT a.code, b.category, b.currency, "
            "(SELECT sum(amount_minor) FROM payment p WHERE p.budget_line_id = b.id) "
            "FROM budget_line b JOIN activity a ON a.id = b.activity_id WHERE b.id = ?",
            (lid,),
        ).fetchone()
        if total < 0:
            out.append(f"{code} {category} {currency}: {format_minor(total, currency)}")
    return tuple(out)

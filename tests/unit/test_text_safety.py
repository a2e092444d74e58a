"""Text that leaves the planner safely: CSV and calendar cells that are never formulas."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from planner.reports.registry import renderer
from planner.services.calendar import calendar_bytes
from planner.store import Database, unit_of_work

#: What a spreadsheet runs: OWASP's "CSV injection" starts, as titles, codes, names.
PAYLOADS = ['=HYPERLINK("http://x","y")', "+1+1", "@SUM(A1)", "-2+3", "\tx", "\rx"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
CSV_KINDS = ("budget", "cost-effectiveness", "attendance", "plan")


def poison(db_path: Path, payload: str) -> None:
    """Every text the reports show, set to ``payload`` with raw SQL: a database
    written by an older version, or by another program, is not checked by the rules."""
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE plan SET name = ?", (payload,))
        for table, column in (
            ("activity", "code"),
            ("activity", "title"),
            ("activity", "venue"),
            ("participant", "ref"),
            ("participant", "name"),
            ("administration", "code"),
            ("theme", "code"),
            ("funding_source", "code"),
        ):
            con.execute(f"UPDATE {table} SET {column} = ?", (payload,))
    con.close()


def unsafe(cell: str) -> bool:
    return cell.startswith(FORMULA_STARTS) and not NUMBER.fullmatch(cell)


@pytest.fixture
def plan(small_doc: dict[str, Any], load: Callable[[dict[str, Any]], int]) -> int:
    small_doc["activities"][0]["attendance"] = [
        {"participant": "P0001", "session": day, "status": "present"}
        for day in small_doc["activities"][0]["sessions"]
    ]
    return load(small_doc)


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("kind", CSV_KINDS)
def test_no_csv_cell_is_a_formula(
    db: Database, db_path: Path, plan: int, kind: str, payload: str
) -> None:
    poison(db_path, payload)
    with unit_of_work(db) as s:
        text = renderer(kind, "csv")(s, plan).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + payload in cells  # the user's text is there, neutralised
    assert [cell for cell in cells if unsafe(cell)] == []


def test_the_planners_own_negative_figures_stay_numbers(
    db: Database, db_path: Path, plan: int
) -> None:
    poison(db_path, "-2+3")
    with unit_of_work(db) as s:
        text = renderer("budget", "csv")(s, plan).decode("utf-8")
    (line,) = csv.DictReader(io.StringIO(text))
    assert line["activity"] == "'-2+3"
    assert line["variance"] == "-4611.45"  # (11350.50 - 12000.00) USD at 7.1


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_calendar_text_is_a_formula(
    db: Database, db_path: Path, plan: int, payload: str
) -> None:
    poison(db_path, payload)
    with unit_of_work(db) as s:
        events = list(Calendar.from_ical(calendar_bytes(s, plan)).walk("VEVENT"))
    assert events
    for event in events:
        texts = {key: str(event[key]) for key in ("summary", "location", "description")}
        shown = payload.replace("\r", "\n")  # the .ics writes a CR as an escaped line break
        assert texts["summary"] == f"'{shown} {shown}"
        assert texts["location"] == "'" + shown
        assert [v for v in texts.values() if unsafe(v)] == []

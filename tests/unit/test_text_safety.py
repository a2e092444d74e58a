"""Text safety: CSV and calendar cells that are never formulas, no control or bidi
characters in, and none printed raw to a terminal."""

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

from planner import cli
from planner.errors import ValidationError
from planner.reports.registry import renderer
from planner.services import exchange, nominations
from planner.services.calendar import calendar_bytes
from planner.services.certificates import certificates
from planner.services.rules import Checker
from planner.store import Database, unit_of_work
from planner.text import terminal_safe

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


# --- control characters and bidi overrides: refused on every way in ---------------------

#: Each refused: ESC (a terminal's escape sequences), BEL, CR, DEL, a C1 control
#: (CSI), and the bidi embedding, override and isolate controls.
REFUSED = [
    "Sok\x1b[2J Dara",
    "Sok\x07 Dara",
    "Sok\r Dara",
    "Sok\x7f Dara",
    "Sok\x9b2J Dara",
    "Sok \u202earaD",
    "Sok \u202a Dara",
    "Sok \u2066Dara\u2069",
]
CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize("name", REFUSED)
def test_the_rules_refuse_control_and_bidi_characters(name: str) -> None:
    c = Checker(strict=False)
    assert c.text({"name": name}, "name", "") is None
    assert c.code({"code": name.replace(" ", "")}, "code", "") is None
    assert [p.path for p in c.problems] == ["name", "code"]
    assert all("control character" in p.message or "line break" in p.message for p in c.problems)


def test_text_that_is_fine_stays_as_it_is() -> None:
    c = Checker(strict=False)
    for text in ("Sok Dara", "សុខ តារា", "Nguyễn Văn An", "<b>&amp;</b>", "עברית\u200f (RLM)"):
        assert c.text({"name": text}, "name", "") == text
    # a multi-line text may hold line breaks and tabs, never an escape
    assert c.text({"n": "one\n\ttwo"}, "n", "", multiline=True) == "one\n\ttwo"
    assert c.text({"n": "one\n\x1b[2J"}, "n", "", multiline=True) is None
    assert c.text({"n": "one\ntwo"}, "n", "") is None
    assert [p.message for p in c.problems][-1] == "holds a line break; it must be a single line"


def test_the_services_behind_the_window_refuse_them(db: Database, plan: int) -> None:
    from planner.models import Theme
    from planner.services import people, plans

    with unit_of_work(db) as s:
        with pytest.raises(ValidationError) as info:
            people.create_participant(s, plan, name="Sok\x1b]0;pwned\x07", administration="KH")
        assert info.value.for_field("name")
        assert "U+001B" in info.value.for_field("name")[0]
        with pytest.raises(ValidationError) as info:
            plans.update_plan(s, plan, owner="GACC \u202eevil")
        assert "U+202E RIGHT-TO-LEFT OVERRIDE" in info.value.for_field("owner")[0]
        with pytest.raises(ValidationError) as info:
            plans.add_reference(s, Theme, plan, code="R\u2066M", name="Risk")
        assert info.value.for_field("code")


def test_the_exchange_import_names_each_path(small_doc: dict[str, Any]) -> None:
    small_doc["participants"][0]["name"] = "Sok\x1b[31m Dara"
    small_doc["activities"][0]["title"] = "Workshop \u202eevil"
    small_doc["administrations"][0]["name"] = "Customs\x85"
    line = small_doc["activities"][0]["budget_lines"][0]
    line["description"] = "Air tickets\n\tHanoi\x1b[8m"  # a multi-line text: only the ESC
    with pytest.raises(ValidationError) as info:
        exchange.check_document(small_doc)
    assert sorted(p.path for p in info.value.problems) == [
        "activities[0].budget_lines[0].description",
        "activities[0].title",
        "administrations[0].name",
        "participants[0].name",
    ]


def test_a_nomination_list_is_refused_row_by_row(db: Database, plan: int, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "Full name,Sex,Agency,Position\n"
        "Chan Sophea,M,KH,Officer\n"
        "Keo\x1b[2J Bopha,F,KH,Officer\n"
        "Lim \u202eanaD,F,KH,Officer\n"
        'Ros Sothea,F,KH,"Deputy\nDirector"\n',
        encoding="utf-8",
    )
    table = nominations.read_table(path)
    with unit_of_work(db) as s:
        preview = nominations.check_rows(s, plan, table, nominations.guess_mapping(table.headers))
    found = [(p.line, p.column, p.message) for p in preview.problems]
    assert [where[:2] for where in found] == [(3, "Full name"), (4, "Full name"), (5, "Position")]
    assert "U+001B" in found[0][2] and "U+202E RIGHT-TO-LEFT OVERRIDE" in found[1][2]
    assert found[2][2] == "holds a line break (an unclosed quote?)"  # said once, not twice
    assert [r.line for r in preview.rows] == [2]


# --- what the command line prints ---------------------------------------------------------

CRAFTED = "Sok\x1b[2J\x1b]0;owned\x07 \u202eraD\r\nplanner: valid"


def test_terminal_safe_shows_controls_as_escapes() -> None:
    assert terminal_safe("a\x1b[31mb\u202ec\x7f\x9b\n") == "a\\x1b[31mb\\u202ec\\x7f\\x9b\\x0a"
    assert terminal_safe("Nguyễn Văn An សុខ 中文") == "Nguyễn Văn An សុខ 中文"
    assert CONTROLS.search(terminal_safe(CRAFTED)) is None


def test_planner_verify_prints_a_crafted_name_escaped(
    db: Database, db_path: Path, plan: int, capsys: pytest.CaptureFixture[str]
) -> None:
    # An older file holds what the rules now refuse: set with raw SQL.
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE participant SET name = ?", (CRAFTED,))
    con.close()
    with unit_of_work(db) as s:
        (cert,) = certificates(s, plan, "TC-2027-01")
    assert cli.main(["verify", cert.code, "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("valid: Sok\\x1b[2J\\x1b]0;owned\\x07 \\u202eraD\\x0d\\x0aplanner: valid")
    assert CONTROLS.search(out) is None and out.count("\n") == 1


def test_planner_check_and_error_lines_print_crafted_names_escaped(
    db: Database, db_path: Path, plan: int, capsys: pytest.CaptureFixture[str]
) -> None:
    con = sqlite3.connect(db_path)
    with con:
        con.execute("UPDATE plan SET name = ?", (CRAFTED,))
        con.execute("UPDATE participant SET name = ?", (CRAFTED,))
        con.execute(
            "INSERT INTO plan (name, owner, start_year, years, base_currency, "
            "completion_threshold) VALUES (?, '', 2027, 3, 'CNY', '0.8')",
            ("\x1b[2J\u202eother",),
        )
    con.close()
    db.close()
    assert cli.main(["check", "--db", str(db_path)]) == 1
    checked = capsys.readouterr()
    assert "participants[0].name: holds the control character U+001B" in checked.err
    # a PlannerError's lines, printed by main: here the plans' names
    assert cli.main(["report", "plan", "--db", str(db_path), "-o", str(db_path) + ".csv"]) == 1
    refused = capsys.readouterr()
    assert "choose one with --plan" in refused.err and "\\u202eother" in refused.err
    for text in (checked.out, checked.err, refused.out, refused.err):
        assert CONTROLS.search(text) is None
    # one line per problem: the name's CR LF does not start a line of its own
    assert [line[:14] for line in checked.err.splitlines()] == ["planner: plan "] * 3

"""The import's fast paths (planner.services.exchange_check, tables.insert_tuples):
the common, valid rows are taken without a second look, everything else is checked
in full and refused with the same problems; bulk rows land whole and in order."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from planner.errors import ValidationError
from planner.services import exchange
from planner.services.tables import MAX_PARAMETERS, ROWS_PER_INSERT, insert_tuples


def _problems(doc: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        exchange.check_document(doc)
    return [(p.path, p.message) for p in info.value.problems]


def _crowded(small_doc: dict[str, Any]) -> dict[str, Any]:
    """The small plan with four people enrolled in its activity, each marked once."""
    person = small_doc["participants"][0]
    for n in (2, 3, 4):
        small_doc["participants"].append({**person, "ref": f"P000{n}", "email": None})
    a = small_doc["activities"][0]
    first = a["enrolments"][0]
    a["enrolments"] += [{**first, "participant": f"P000{n}"} for n in (2, 3, 4)]
    a["attendance"] += [
        {"participant": f"P000{n}", "session": "2027-03-02", "status": "late"} for n in (2, 3, 4)
    ]
    return small_doc


def test_a_score_text_found_valid_is_not_taken_for_another_score_or_a_bad_row(
    small_doc: dict[str, Any],
) -> None:
    doc = _crowded(small_doc)
    enrolments = doc["activities"][0]["enrolments"]
    # "55" is a valid pre_score (0-100) in the first enrolment, not a satisfaction (1-5)
    enrolments[1]["satisfaction"] = "55"
    enrolments[2]["status"] = "enrolled"  # the same valid scores, a wrong status
    enrolments[3]["pre_score"] = ["55"]  # a list where a score belongs
    where = "activities[0].enrolments"
    assert _problems(doc) == [
        (f"{where}[1].satisfaction", "55 must be <= 5"),
        (
            f"{where}[2].status",
            "'enrolled' is not one of nominated, confirmed, withdrawn",
        ),
        (
            f"{where}[3].pre_score",
            "must be a decimal number written as a string (\"12.50\"), not ['55']",
        ),
    ]


def test_scores_taken_from_texts_already_checked_are_written_as_the_full_check_writes_them(
    small_doc: dict[str, Any],
) -> None:
    doc = _crowded(small_doc)
    for e in doc["activities"][0]["enrolments"]:
        e.update(pre_score="55.0", post_score=None, satisfaction="4.50")
    del doc["activities"][0]["enrolments"][3]["post_score"]
    checked = exchange.check_document(doc)
    rows = [
        (e["participant_id"], e["status"], e["pre_score"], e["post_score"], e["satisfaction"])
        for e in checked.activities[0]["enrolments"]
    ]
    # the first enrolment is checked in full, the others answered from it: all alike
    assert rows == [(f"P000{n}", "confirmed", "55.0", None, "4.50") for n in (1, 2, 3, 4)]


def test_marks_that_are_not_plain_go_through_the_full_check(small_doc: dict[str, Any]) -> None:
    doc = _crowded(small_doc)
    marks = doc["activities"][0]["attendance"]
    marks[1]["participant"] = ["P0002"]
    marks[2]["note"] = "late train"  # a fourth key
    marks[3] = {"participant": "P0004", "session": "2027-03-02", "status": 1}
    marks.append({"participant": "P0003", "session": "2027-03-02", "status": "late"})
    where = "activities[0].attendance"
    assert _problems(doc) == [
        (f"{where}[1].participant", "['P0002'] is not text"),
        (f"{where}[2].note", "unknown key (check its spelling)"),
        (f"{where}[3].status", "1 is not one of present, late, excused, absent"),
        (
            f"{where}[4]",
            f"P0003 is marked twice for session 2027-03-02 (first at {where}[2])",
        ),
    ]


@pytest.mark.parametrize("width", [4, 30])
def test_bulk_rows_land_whole_and_in_order_several_to_a_statement(width: int) -> None:
    con = sqlite3.connect(":memory:", isolation_level=None)
    cols = [f"c{i}" for i in range(width)]
    con.execute(f"CREATE TABLE t (n INTEGER PRIMARY KEY, {', '.join(cols[1:])})")
    rows = [(n, *(f"{n}-{i}" for i in range(1, width))) for n in range(1, 1008)]
    statements: list[str] = []
    con.set_trace_callback(statements.append)
    insert_tuples(con, "t", ["n", *cols[1:]], rows)
    con.set_trace_callback(None)
    assert con.execute("SELECT * FROM t ORDER BY rowid").fetchall() == rows
    per = min(ROWS_PER_INSERT, MAX_PARAMETERS // width)
    assert per > 1
    inserts = [s for s in statements if s.startswith("INSERT")]
    assert len(inserts) == len(rows) // per + len(rows) % per

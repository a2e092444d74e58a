"""Follow-ups of completers: refused for anyone else, imported all or nothing,
and the list of completers due for one (tests/results_plan.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from planner.errors import PlannerError, ValidationError
from planner.services import metrics
from planner.services.follow_up import (
    add_months,
    due_for_follow_up,
    import_follow_ups,
    record_follow_up,
)
from planner.services.results_figures import extras
from planner.store import Database, unit_of_work
from tests.results_plan import results_doc
from tests.tables import contents


@pytest.fixture
def plan(load: Callable[[dict[str, Any]], int]) -> int:
    return load(results_doc())


def test_a_follow_up_of_someone_who_did_not_complete_is_refused(db: Database, plan: int) -> None:
    before = contents(db.path)
    for activity, person, words in [
        ("A1", "P3", "P3 did not complete A1"),  # attended 2 of 5
        ("A1", "P4", "P4 did not complete A1"),  # never came
        ("A3", "P1", "P1 is not enrolled in A3"),
        ("A2", "P2", "not enrolled"),
    ]:
        with pytest.raises(PlannerError, match=words), unit_of_work(db) as s:
            record_follow_up(s, plan, activity, person, {"date": "2028-01-10", "applies": "yes"})
    assert contents(db.path) == before


def test_recorded_follow_ups_give_application_rate_and_coverage(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        record_follow_up(s, plan, "A1", "P1", {"date": "2027-09-10", "applies": "partly"})
        record_follow_up(s, plan, "A1", "P2", {"date": "2027-09-12", "applies": None})
        record_follow_up(s, plan, "A2", "P5", {"date": "2028-11-20", "applies": "yes"})
    with unit_of_work(db) as s:
        ex = extras(s, metrics.compute(s, plan), None, None)
    a1 = ex.by_row[("activity", "A1")]
    # A1: 2 completers both followed up; one answer, "partly": 0.5 / 1
    assert a1.follow_up_coverage == 1 and a1.application_rate == 0.5
    whole = ex.by_row[("plan", "Results plan")]
    # 3 of 4 completers followed up; answers partly and yes: 1.5 / 2
    assert whole.follow_up_coverage == 0.75 and whole.application_rate == 0.75
    assert whole.application_respondents == 2
    assert ex.by_row[("year", "2028")].follow_up_coverage == 0.5  # A2: P5 of P1, P5
    assert ex.by_row[("theme", "AEO")].application_rate == 1


def test_a_file_of_follow_ups_is_imported_all_or_nothing(
    db: Database, plan: int, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "activity,participant,date,applies,note\r\n"
        "A1,P1,2027-09-10,yes,\r\n"
        "A1,P3,2027-09-10,no,\r\n"
        "A2,P5,10/11/2028,maybe,\r\n",
        "utf-8",
    )
    before = contents(db.path)
    with pytest.raises(ValidationError) as e, unit_of_work(db) as s:
        import_follow_ups(s, plan, bad)
    shown = [str(p) for p in e.value.problems]
    assert any(p.startswith("line 3") and "did not complete" in p for p in shown), shown
    assert any(p.startswith("line 4.date") for p in shown), shown
    assert any(p.startswith("line 4.applies") and "'maybe'" in p for p in shown), shown
    assert contents(db.path) == before

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Participant", "Activity", "Date", "Applies"])
    ws.append(["P1", "A1", "2027-09-10", "yes"])
    ws.append(["P1", "A2", "2028-11-10", "No"])
    good = tmp_path / "good.xlsx"
    wb.save(good)
    with unit_of_work(db) as s:
        assert import_follow_ups(s, plan, good) == 2
    with unit_of_work(db) as s:
        g = extras(s, metrics.compute(s, plan), None, None).by_row[("plan", "Results plan")]
    assert (g.reach.followed, g.application_rate) == (2, 0.5)


def test_a_follow_up_dated_before_the_activity_ended_is_refused(
    db: Database, plan: int, tmp_path: Path
) -> None:
    """A1 ended 2027-03-05: a follow-up asks, afterwards, whether people apply what
    they learned; one dated 1999 (or on 2027-03-04) is a typing mistake. The end
    day itself is accepted."""
    early = r"dated 2027-03-04 is before A1 ended \(2027-03-05\)"
    with pytest.raises(PlannerError, match=early), unit_of_work(db) as s:
        record_follow_up(s, plan, "A1", "P1", {"date": "2027-03-04", "applies": "yes"})
    bad = tmp_path / "early.csv"
    bad.write_text(
        "activity,participant,date,applies\r\nA1,P1,2027-03-05,yes\r\nA1,P2,1999-01-01,no\r\n",
        "utf-8",
    )
    before = contents(db.path)
    with pytest.raises(ValidationError) as e, unit_of_work(db) as s:
        import_follow_ups(s, plan, bad)
    assert [str(p) for p in e.value.problems] == [
        "line 3: a follow-up dated 1999-01-01 is before A1 ended (2027-03-05)"
    ]
    assert contents(db.path) == before
    with unit_of_work(db) as s:
        record_follow_up(s, plan, "A1", "P1", {"date": "2027-03-05", "applies": "yes"})


def test_a_follow_up_file_naming_a_column_twice_is_refused(
    db: Database, plan: int, tmp_path: Path
) -> None:
    twice = tmp_path / "twice.csv"
    twice.write_text(
        "activity,participant,date,applies,Applies\r\nA1,P1,2027-09-10,yes,no\r\n", "utf-8"
    )
    before = contents(db.path)
    with (
        pytest.raises(PlannerError, match="has the column applies more than once"),
        unit_of_work(db) as s,
    ):
        import_follow_ups(s, plan, twice)
    assert contents(db.path) == before


def test_the_completers_due_for_a_follow_up(db: Database, plan: int) -> None:
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    with unit_of_work(db) as s:
        # A1 ended 2027-03-05: due 2027-09-05; A2 ended 2028-05-11: due 2028-11-11
        due = due_for_follow_up(s, plan, 6, date(2028, 1, 1))
        assert [(d.activity, d.participant, d.due) for d in due] == [
            ("A1", "P1", date(2027, 9, 5)),
            ("A1", "P2", date(2027, 9, 5)),
        ]
        record_follow_up(s, plan, "A1", "P1", {"date": "2027-09-10", "applies": "yes"})
        later = due_for_follow_up(s, plan, 6, date(2028, 12, 1))
    assert [(d.activity, d.participant) for d in later] == [
        ("A1", "P2"),
        ("A2", "P1"),
        ("A2", "P5"),
    ]


def test_follow_ups_travel_in_the_exchange_file_and_a_non_completers_is_refused(
    db: Database, plan: int, tmp_path: Path
) -> None:
    from planner.services import exchange
    from planner.store import open_database

    with unit_of_work(db) as s:
        record_follow_up(s, plan, "A1", "P2", {"date": "2027-09-12", "applies": "partly"})
        doc = exchange.export_document(s, plan)
    enrolments = {e["participant"]: e for e in doc["activities"][0]["enrolments"]}
    assert enrolments["P2"]["follow_up"] == {"date": "2027-09-12", "applies": "partly", "note": ""}
    assert "follow_up" not in enrolments["P1"]
    with open_database(tmp_path / "copy.sqlite", create=True) as other:
        with unit_of_work(other) as s:
            again = exchange.export_document(s, exchange.import_document(s, doc))
        assert again["activities"] == doc["activities"]
        enrolments["P3"]["follow_up"] = {"date": "2027-09-12", "applies": "no", "note": ""}
        doc["plan"]["name"] = "Another"
        with (
            pytest.raises(ValidationError, match="P3 did not complete A1"),
            unit_of_work(other) as s,
        ):
            exchange.import_document(s, doc)


def test_the_command_line_imports_follow_ups_and_lists_who_is_due(tmp_path: Path) -> None:
    import json
    import sqlite3

    from tests.unit.test_cli import planner

    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(results_doc()), "utf-8")
    db = tmp_path / "r.sqlite"
    assert planner("import", str(plan), "--db", str(db)).returncode == 0
    due = planner("follow-up", "due", "--db", str(db), "--months", "6", "--today", "2028-01-01")
    assert due.returncode == 0, due.stderr
    assert due.stdout.splitlines() == [
        "activity,participant,name,administration,ended,due",
        "A1,P1,P1,KH,2027-03-05,2027-09-05",
        "A1,P2,P2,CN1,2027-03-05,2027-09-05",
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("activity,participant,date,applies\nA1,P1,2027-09-10,yes\nA1,P3,2027-09-10,no\n")
    refused = planner("follow-up", "import", str(bad), "--db", str(db))
    assert refused.returncode == 1 and "line 3: P3 did not complete A1" in refused.stderr
    good = tmp_path / "good.csv"
    good.write_text("activity,participant,date,applies\nA1,P1,2027-09-10,yes\n")
    done = planner("follow-up", "import", str(good), "--db", str(db))
    assert done.returncode == 0, done.stderr
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM follow_up").fetchone() == (1,)
        actions = [r[0] for r in con.execute("SELECT action FROM change ORDER BY id")]
    finally:
        con.close()
    assert actions[-1] == "Imported follow-ups from good.csv"

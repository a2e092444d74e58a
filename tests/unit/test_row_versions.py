"""No lost update: rows carry versions, a stale save is refused with who changed what."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from planner.errors import ConflictError, PlannerError
from planner.models import Activity, BudgetLine, Mark, Payment, Plan
from planner.services import activities as A
from planner.services import journal, payments, plans, versions, watch
from planner.store import Database, open_database, raw_connection, unit_of_work


@pytest.fixture
def plan_id(load: Callable[[dict[str, Any]], int], small_doc: dict[str, Any]) -> int:
    return load(small_doc)


def line_of(db: Database) -> BudgetLine:
    with unit_of_work(db) as s:
        return A.lines_of(s, 1)[0]


def test_imported_rows_start_at_version_1_and_each_save_counts_one(
    db: Database, plan_id: int
) -> None:
    with unit_of_work(db) as s:
        for model in (Plan, Activity, BudgetLine, Payment, Mark):
            assert {r.version for r in s.exec(select(model))} == {1}, model
    line = line_of(db)
    for n, planned in enumerate(("12500.00", "13000.00"), start=2):
        with journal.recorded(db, "edit", user="A") as s:
            A.update_budget_line(s, line.id, seen=n - 1, planned=planned)  # type: ignore[arg-type]
        assert line_of(db).version == n


def test_the_second_of_two_saves_is_refused_with_who_and_what(db: Database, plan_id: int) -> None:
    seen = line_of(db).version  # both read version 1
    with journal.recorded(db, "Raise the tickets", user="Wang Fang") as s:
        A.update_budget_line(s, 1, seen=seen, planned="15000.00")
    with pytest.raises(ConflictError) as caught, journal.recorded(db, "mine", user="Sok") as s:
        A.update_budget_line(s, 1, seen=seen, planned="9000.00", description="Cheaper")
    e = caught.value
    assert [(x.user, x.field, x.old, x.new) for x in e.edits] == [
        ("Wang Fang", "planned", "12,000.00", "15,000.00")
    ]
    assert "Wang Fang changed this budget line at" in e.message
    assert "planned 12,000.00 → 15,000.00" in e.message and "nothing was saved" in e.message
    line = line_of(db)  # nothing of the refused save was written
    assert (line.planned_minor, line.description, line.version) == (1500000, "Air tickets", 2)
    with unit_of_work(db) as s:  # and it is not in the journal or on the undo stack
        assert [st.action for st in journal.stack(db)] == ["Raise the tickets"]
        con = raw_connection(s)
        assert con.execute("SELECT count(*) FROM change WHERE user = 'Sok'").fetchone() == (0,)


def test_activity_plan_and_payment_saves_check_their_version(db: Database, plan_id: int) -> None:
    with journal.recorded(db, "retitle", user="B") as s:
        A.update_activity(s, 1, seen=1, title="Single Window, advanced")
        plans.update_plan(s, plan_id, seen=1, owner="Someone")
        pay = payments.payments_of(s, 1)[0]
        payments.update_payment(s, pay.id, seen=1, reference="V-1")  # type: ignore[arg-type]
    with pytest.raises(ConflictError) as caught, unit_of_work(db) as s:
        A.update_activity(s, 1, seen=1, venue="Beijing")
    assert [(x.field, x.new) for x in caught.value.edits] == [("title", "Single Window, advanced")]
    for call in (
        lambda s: plans.update_plan(s, plan_id, seen=1, owner="Other"),
        lambda s: payments.update_payment(s, pay.id, seen=1, reference="V-2"),
    ):
        with pytest.raises(ConflictError), unit_of_work(db) as s:
            call(s)
    with unit_of_work(db) as s:  # a save without a version (a script) is not checked
        assert A.update_activity(s, 1, venue="Beijing").version == 3


def test_a_row_changed_between_read_and_write_is_refused_by_the_update(
    db: Database, plan_id: int
) -> None:
    """The check in the UPDATE itself (what holds on a server between two
    transactions): the version moved after the row was read."""
    with pytest.raises(ConflictError, match="at the same moment"), unit_of_work(db) as s:
        line = s.get(BudgetLine, 1)
        assert line is not None
        raw_connection(s).execute("UPDATE budget_line SET version = 7 WHERE id = 1")
        line.description = "mine"
        s.flush()
    assert line_of(db).description == "Air tickets"


def test_undo_counts_the_version_on_so_an_older_form_is_refused(db: Database, plan_id: int) -> None:
    with journal.recorded(db, "Raise", user="A") as s:
        A.update_budget_line(s, 1, seen=1, planned="15000.00")
    journal.undo(db)
    line = line_of(db)
    assert (line.planned_minor, line.version) == (1200000, 3)  # values back, version on
    for seen in (1, 2):  # a form loaded before the edit or before the undo
        with pytest.raises(ConflictError), unit_of_work(db) as s:
            A.update_budget_line(s, 1, seen=seen, planned="1.00")
    journal.redo(db)  # redo still finds the row as the undo left it
    assert (line_of(db).planned_minor, line_of(db).version) == (1500000, 4)


def test_an_undo_that_meets_someone_elses_newer_edit_is_refused(db: Database, plan_id: int) -> None:
    with journal.recorded(db, "Raise", user="A") as s:
        A.update_budget_line(s, 1, planned="15000.00")
    with journal.recorded(db, "Lower", user="Wang Fang") as s:
        A.update_budget_line(s, 1, planned="14000.00")
    first = journal.stack(db)[0].change_id  # A's window still offers A's edit
    with pytest.raises(PlannerError, match="another window or user changed the plan since"):
        journal.undo(db, first)
    assert line_of(db).planned_minor == 1400000
    with unit_of_work(db) as s:  # a change made outside the history (a script)
        raw_connection(s).execute("UPDATE budget_line SET planned_minor = 1 WHERE id = 1")
    with pytest.raises(PlannerError, match="outside the planner's history"):
        journal.undo(db)
    assert line_of(db).planned_minor == 1


def test_the_conflict_names_everyone_since_and_the_net_change(db: Database, plan_id: int) -> None:
    for user, planned in (("B", "13000.00"), ("C", "14000.00")):
        with journal.recorded(db, "edit", user=user) as s:
            A.update_budget_line(s, 1, planned=planned)
    with unit_of_work(db) as s:
        e = versions.conflict(s, "budget_line", 1, 1, "budget line")
    assert e.message.startswith("B, C changed this budget line at")
    assert [(x.user, x.old, x.new) for x in e.edits] == [("C", "12,000.00", "14,000.00")]


def test_two_windows_and_a_command_may_open_one_file_to_edit(db_path: Path) -> None:
    first = open_database(db_path, create=True)
    second = open_database(db_path)
    try:
        assert not first.readonly and not second.readonly
        with unit_of_work(second) as s:
            assert s.exec(select(Plan)).all() == []
    finally:
        second.close()
        first.close()


def test_the_watcher_counts_others_changes_not_its_own(db: Database, db_path: Path) -> None:
    watcher = watch.Watcher(db)
    assert watcher.check().others == 0
    with journal.recorded(db, "mine", user="A") as s:  # this window's own edit
        plans.create_plan(
            s, name="P", owner="", start_year=2027, years=3, base_currency="CNY",
            completion_threshold="0.8",
        )  # fmt: skip
    watcher.mine(s.info["change_id"])
    assert watcher.check().others == 0
    with open_database(db_path) as other:
        for name in ("Q", "R"):
            with journal.recorded(other, "theirs", user="B") as s:
                plans.create_plan(
                    s, name=name, owner="", start_year=2027, years=3, base_currency="CNY",
                    completion_threshold="0.8",
                )  # fmt: skip
    seen = watcher.check()
    assert (seen.others, seen.newest) == (2, 3)
    assert watcher.check().others == 0  # told once


def test_a_watcher_fed_by_notifications_reads_only_when_told(db: Database, db_path: Path) -> None:
    watcher = watch.Watcher(db, polling=False)
    with open_database(db_path) as other, journal.recorded(other, "theirs", user="B") as s:
        plans.create_plan(
            s, name="P", owner="", start_year=2027, years=3, base_currency="CNY",
            completion_threshold="0.8",
        )  # fmt: skip
    assert watcher.check().others == 0  # no notification yet
    watcher.notify()  # what a LISTEN/NOTIFY listener calls, from any thread
    assert watcher.check().others == 1


def test_an_older_database_upgrades_with_every_row_at_version_1(tmp_path: Path) -> None:
    import shutil
    import sqlite3

    path = tmp_path / "old.sqlite"
    shutil.copy(Path(__file__).parents[1] / "data/schemas/schema-0007.sqlite", path)
    open_database(path).close()
    with sqlite3.connect(path) as con:
        for table in versions_tables():
            counts = con.execute(f'SELECT version, count(*) FROM "{table}" GROUP BY version')
            assert [v for v, _n in counts] in ([1], []), table
        assert con.execute("SELECT count(*) FROM budget_line").fetchone()[0] > 0
    con.close()


def versions_tables() -> list[str]:
    return ["plan", "activity", "session", "quota", "budget_line", "payment", "enrolment", "mark"]

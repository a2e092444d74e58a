"""The change journal: recorded edits, exact undo and redo, conflicts refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner.errors import PlannerError
from planner.services import activities, journal
from planner.services.demo import create_demo
from planner.store import Database, open_database, unit_of_work
from tests.tables import JOURNAL, Contents
from tests.tables import contents as all_contents


def contents(path: Path) -> Contents:
    """Every table but the journal's own."""
    return all_contents(path, JOURNAL)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    create_demo(path)
    return path


@pytest.fixture
def db(demo: Path) -> Database:
    database = open_database(demo)
    yield database  # type: ignore[misc]
    database.close()


def activity_id(db: Database, code: str) -> int:
    with unit_of_work(db) as s:
        return int(
            s.connection()
            .exec_driver_sql("SELECT id FROM activity WHERE code = ?", (code,))
            .scalar()
        )


def busiest(db: Database) -> tuple[int, str]:
    """The delivered activity with the most marks."""
    with unit_of_work(db) as s:
        row = (
            s.connection()
            .exec_driver_sql(
                "SELECT a.id, a.code FROM activity a JOIN enrolment e ON e.activity_id = a.id "
                "JOIN mark m ON m.enrolment_id = e.id GROUP BY a.id ORDER BY count(*) DESC LIMIT 1"
            )
            .first()
        )
    assert row is not None
    return int(row[0]), str(row[1])


def test_delete_undo_redo_undo_leaves_every_table_identical(db: Database, demo: Path) -> None:
    before = contents(demo)
    aid, code = busiest(db)
    with journal.recorded(db, f"Deleted activity {code}", user="Li Na", plan_id=1) as s:
        activities.delete_activity(s, aid)
    after_delete = contents(demo)
    assert len(after_delete["mark"]) < len(before["mark"])
    assert journal.undo(db) == f"Deleted activity {code}"
    assert contents(demo) == before
    journal.redo(db)
    assert contents(demo) == after_delete
    journal.undo(db)
    assert contents(demo) == before
    steps = journal.stack(db)
    assert [(s.action, s.done) for s in steps] == [(f"Deleted activity {code}", False)]


def test_the_marks_keep_their_audit_fields(db: Database, demo: Path) -> None:
    aid, _code = busiest(db)
    with sqlite3.connect(demo) as con:
        con.execute("UPDATE mark SET marked_at = '2027-03-01T09:12', marked_by = 'trainer'")
    before = contents(demo)
    with journal.recorded(db, "Deleted", user="x") as s:
        activities.delete_activity(s, aid)
    journal.undo(db)
    assert contents(demo) == before


def test_an_older_undo_works_after_other_edits_and_undos(db: Database, demo: Path) -> None:
    """The budget-line undo that failed when a delete-undo gave rows new ids."""
    aid, _ = busiest(db)
    before = contents(demo)
    with unit_of_work(db) as s:
        line = activities.lines_of(s, aid)[0]
    assert line.id is not None
    with journal.recorded(db, "Changed a budget line", user="x") as s:
        activities.update_budget_line(s, line.id, description="Hotel, 5 nights")
    with journal.recorded(db, "Deleted the activity", user="x") as s:
        activities.delete_activity(s, aid)
    journal.undo(db)  # the activity and its line come back under their old ids
    journal.undo(db)  # so the older edit of that line can be undone
    assert contents(demo) == before


def test_undo_survives_a_restart(demo: Path) -> None:
    before = contents(demo)
    with open_database(demo) as db:
        aid, code = busiest(db)
        with journal.recorded(db, f"Deleted activity {code}", user="x") as s:
            activities.delete_activity(s, aid)
    with open_database(demo) as db:
        assert [s.action for s in journal.stack(db)] == [f"Deleted activity {code}"]
        journal.undo(db)
    assert contents(demo) == before


def test_an_undo_that_conflicts_with_a_later_change_is_refused_whole(
    db: Database, demo: Path
) -> None:
    aid, _ = busiest(db)
    with unit_of_work(db) as s:
        line = activities.lines_of(s, aid)[0]
    assert line.id is not None
    with journal.recorded(db, "Changed the line", user="Li Na") as s:
        activities.update_budget_line(s, line.id, description="first")
    # someone changes the same line without going through this window's stack
    with unit_of_work(db) as s:
        from planner.store import raw_connection

        raw_connection(s).execute(
            "UPDATE budget_line SET description = 'meanwhile' WHERE id = ?", (line.id,)
        )
    before = contents(demo)
    with pytest.raises(PlannerError, match=r"cannot undo “Changed the line”.*changed since"):
        journal.undo(db)
    assert contents(demo) == before
    assert journal.stack(db)[-1].done


def test_a_new_edit_ends_redo_and_an_empty_edit_is_not_recorded(db: Database) -> None:
    aid, _ = busiest(db)
    with unit_of_work(db) as s:
        line = activities.lines_of(s, aid)[0]
    assert line.id is not None
    with journal.recorded(db, "One", user="x") as s:
        activities.update_budget_line(s, line.id, description="one")
    journal.undo(db)
    with journal.recorded(db, "Nothing", user="x"):
        pass
    assert [(s.action, s.done) for s in journal.stack(db)] == [("One", False)]
    with journal.recorded(db, "Two", user="x") as s:
        activities.update_budget_line(s, line.id, description="two")
    assert [(s.action, s.done) for s in journal.stack(db)] == [("Two", True)]
    with pytest.raises(PlannerError, match="nothing to redo"):
        journal.redo(db)


def test_a_refused_edit_records_nothing(db: Database) -> None:
    with pytest.raises(PlannerError), journal.recorded(db, "Bad", user="x") as s:
        activities.update_budget_line(s, 10**9, description="x")
    with unit_of_work(db) as s:
        sql = "SELECT count(*) FROM change WHERE kind = 'edit'"
        n = s.connection().exec_driver_sql(sql).scalar()
    assert n == 0


def _bytes(path: Path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            data += side.read_bytes()
    return data


def test_erasure_leaves_no_byte_of_the_person_behind(db: Database, demo: Path) -> None:
    from planner.services import history, people

    with unit_of_work(db) as s:
        row = (
            s.connection()
            .exec_driver_sql(
                "SELECT p.id, p.name, p.native_name, p.email FROM participant p "
                "JOIN enrolment e ON e.participant_id = p.id "
                "WHERE p.native_name IS NOT NULL AND p.email IS NOT NULL LIMIT 1"
            )
            .first()
        )
    assert row is not None
    pid, name, native, email = row
    # their history: a correction of the e-mail and the name, recorded in the journal
    with journal.recorded(db, f"Corrected {name}", user="Li Na", plan_id=1) as s:
        people.update_participant(s, pid, email="old." + email, name=name + " Jr")
    with journal.recorded(db, f"Corrected {name} Jr", user="Li Na", plan_id=1) as s:
        people.update_participant(s, pid, email=email, name=name)
    figures_before = contents(demo)["mark"]
    history.erase_participant(db, pid, user="DPO")
    data = _bytes(demo)
    for secret in (name, native, email, "old." + email):
        assert secret.encode("utf-8") not in data, secret
    assert contents(demo)["mark"] == figures_before  # attendance stays
    with unit_of_work(db) as s:
        shown = history.entries(s, history.Filter(plan_id=1))
        fields = history.field_changes(s, history.Filter(participant_id=pid))
    assert shown[0].action == "Erased a person's personal data" and shown[0].kind == "erase"
    assert any("a person (erased)" in e.action for e in shown)
    assert all(name not in f.old and name not in f.new for f in fields)


def test_identities_survive_export_import_and_a_copy(tmp_path: Path, demo: Path) -> None:
    from planner import cli

    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert cli.main(["export", "--db", str(demo), "-o", str(first)]) == 0
    other = tmp_path / "other.sqlite"
    assert cli.main(["import", str(first), "--db", str(other)]) == 0
    assert cli.main(["export", "--db", str(other), "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()  # uids included
    with sqlite3.connect(demo) as a, sqlite3.connect(other) as b:
        q = "SELECT code, uid FROM activity ORDER BY code"
        assert a.execute(q).fetchall() == b.execute(q).fetchall()
    # a copy of the same plan into the same database gets identities of its own
    import json

    doc = json.loads(first.read_text("utf-8"))
    doc["plan"]["name"] = "A copy"
    copy = tmp_path / "copy.json"
    copy.write_text(json.dumps(doc), "utf-8")
    assert cli.main(["import", str(copy), "--db", str(other)]) == 0
    with sqlite3.connect(other) as con:
        row = con.execute("SELECT count(*), count(DISTINCT uid) FROM activity").fetchone()
        total, distinct = row
    assert total == distinct == 80


def test_a_malformed_identity_is_refused_with_its_path(tmp_path: Path, small_doc: dict) -> None:
    import json

    from planner import cli

    small_doc["activities"][0]["uid"] = "not-hex"
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(small_doc), "utf-8")
    assert cli.main(["import", str(source), "--db", str(tmp_path / "x.sqlite")]) == 1

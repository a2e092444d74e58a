"""What each role may change on a server, where the grants alone do not say it:
deletes whose cascades reach other roles' rows, undo and redo outside one's role,
and importing a plan file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from planner.errors import PlannerError
from planner.i18n import set_language
from planner.services import activities, exchange, journal, plans
from planner.services.demo import create_demo
from planner.store import Database, open_database, peek, unit_of_work
from planner.store.copy import copy_database
from tests.pg import Server, as_user, make_team
from tests.unit.test_cli import planner

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_on_server(tmp_path: Path, pg_url: str) -> str:
    path = tmp_path / "demo.sqlite"
    create_demo(path)
    copy_database(path, pg_url)
    return pg_url


@pytest.fixture
def team(pg_server: Server, demo_on_server: str) -> Iterator[dict[str, str]]:
    """One login per role on the demo plan's server database (dropped afterwards)."""
    yield from make_team(pg_server, demo_on_server, "r")


@pytest.fixture
def as_role(demo_on_server: str, team: dict[str, str]) -> Iterator[Any]:
    opened: list[Database] = []

    def open_as(role: str) -> Database:
        db = open_database(as_user(demo_on_server, team[role]))
        opened.append(db)
        return db

    yield open_as
    for db in opened:
        db.close()


def count(db: Database, sql: str) -> int:
    return int(peek(db, sql))


def activity_id(db: Database, code: str) -> int:
    return count(db, f"SELECT id FROM activity WHERE code = '{code}'")


PAYMENTS_OF = (
    "SELECT count(*) FROM payment p JOIN budget_line b ON b.id = p.budget_line_id "
    "JOIN activity a ON a.id = b.activity_id WHERE a.code = '{code}'"
)


def delete(db: Database, code: str) -> None:
    with journal.recorded(db, f"delete {code}", plan_id=1) as s:
        activities.delete_activity(s, activity_id(db, code))


def test_a_planner_may_not_delete_an_activity_holding_other_roles_rows(as_role: Any) -> None:
    """The cascade runs with the owner's rights: without the check, the planner's
    delete took finance's payments and trainers' enrolments and marks with it."""
    db = as_role("planner")
    before = count(db, "SELECT count(*) FROM payment"), count(db, "SELECT count(*) FROM mark")
    # payments only (no one enrolled yet)
    with pytest.raises(PlannerError) as caught:
        delete(db, "TC-2028-03")
    assert str(caught.value) == (
        "TC-2028-03 holds payments, which only finance may change; nothing was deleted"
    )
    # enrolments only (nothing paid yet)
    with pytest.raises(PlannerError) as caught:
        delete(db, "TC-2029-03")
    assert str(caught.value) == (
        "TC-2029-03 holds enrolments, which only trainer may change; nothing was deleted"
    )
    with pytest.raises(PlannerError) as caught:
        delete(db, "TC-2027-06")
    said = str(caught.value)
    assert said.startswith("TC-2027-06 holds payments, which only finance may change and ")
    assert "enrolments" in said and "attendance marks" in said
    assert "which only trainer may change; nothing was deleted" in said
    kept = "SELECT count(*) FROM activity WHERE code IN ('TC-2028-03', 'TC-2029-03')"
    assert count(db, kept) == 2
    assert (count(db, "SELECT count(*) FROM payment"), count(db, "SELECT count(*) FROM mark")) == (
        before
    )
    # an activity with only the planner's own rows (sessions, quotas, budget lines) goes
    assert count(db, PAYMENTS_OF.format(code="TC-2030-01")) == 0
    delete(db, "TC-2030-01")
    assert count(db, "SELECT count(*) FROM activity WHERE code = 'TC-2030-01'") == 0


def test_the_refusal_is_in_chinese_too(as_role: Any) -> None:
    db = as_role("planner")
    set_language("zh_CN")
    try:
        with pytest.raises(PlannerError) as caught:
            delete(db, "TC-2028-03")
    finally:
        set_language(None)
    said = str(caught.value)
    assert "TC-2028-03" in said and "finance" in said
    assert "付款" in said and "未删除" in said


def test_the_owner_deletes_as_before(as_role: Any, demo_on_server: str) -> None:
    owner = open_database(demo_on_server)
    try:
        delete(owner, "TC-2028-03")  # the owner may delete everything: the cascade takes it all
        assert count(owner, PAYMENTS_OF.format(code="TC-2028-03")) == 0
        assert count(owner, "SELECT count(*) FROM activity WHERE code = 'TC-2028-03'") == 0
    finally:
        owner.close()


def test_a_planner_may_not_delete_a_budget_line_with_payments_or_a_session_with_marks(
    as_role: Any,
) -> None:
    db = as_role("planner")
    paid = count(
        db,
        "SELECT min(b.id) FROM budget_line b JOIN activity a ON a.id = b.activity_id "
        "WHERE a.code = 'TC-2028-03' AND EXISTS "
        "(SELECT 1 FROM payment p WHERE p.budget_line_id = b.id)",
    )
    with pytest.raises(PlannerError) as caught, journal.recorded(db, "line", plan_id=1) as s:
        activities.delete_budget_line(s, paid)
    assert str(caught.value).endswith(
        " of TC-2028-03 holds payments, which only finance may change; nothing was deleted"
    )
    assert count(db, f"SELECT count(*) FROM budget_line WHERE id = {paid}") == 1
    marked = count(
        db,
        "SELECT min(s.id) FROM session s JOIN activity a ON a.id = s.activity_id "
        "WHERE a.code = 'TC-2027-06' AND EXISTS (SELECT 1 FROM mark m WHERE m.session_id = s.id)",
    )
    with pytest.raises(PlannerError) as caught, journal.recorded(db, "session", plan_id=1) as s:
        activities.remove_session(s, marked, drop_marks=True)
    said = str(caught.value)
    assert said.startswith("the session on ") and " of TC-2027-06 holds attendance marks" in said
    assert said.endswith("which only trainer may change; nothing was deleted")
    with pytest.raises(PlannerError), journal.recorded(db, "sessions", plan_id=1) as s:
        activities.set_sessions(s, activity_id(db, "TC-2027-06"), [], drop_marks=True)
    assert count(db, f"SELECT count(*) FROM mark WHERE session_id = {marked}") > 0


def test_a_planner_may_not_delete_the_plan(as_role: Any) -> None:
    db = as_role("planner")
    with pytest.raises(PlannerError) as caught, journal.recorded(db, "plan", plan_id=1) as s:
        plans.delete_plan(s, 1)
    said = str(caught.value)
    assert said.startswith("the plan China-ASEAN") and said.endswith("nothing was deleted")
    assert "payments" in said and "finance" in said and "participants" in said
    assert count(db, "SELECT count(*) FROM plan") == 1


@pytest.mark.parametrize("word", ["undo", "redo"])
def test_an_undo_or_redo_outside_ones_role_says_the_server_refused_it(
    as_role: Any, word: str
) -> None:
    """The replay's refusal was hidden by the journal's own query after it, run in the
    aborted transaction ("current transaction is aborted, commands ignored ...")."""
    planner, trainer = as_role("planner"), as_role("trainer")
    code = "TC-2030-01"
    with journal.recorded(planner, "venue", plan_id=1) as s:
        activities.update_activity(s, activity_id(planner, code), venue="Hall B")
    if word == "redo":
        journal.undo(planner)
    steps = journal.stack(planner)
    with pytest.raises(PlannerError) as caught:
        journal.undo(trainer) if word == "undo" else journal.redo(trainer)
    said = str(caught.value)
    assert said.startswith("the server does not let this user do that (")
    assert "permission denied for table activity" in said
    assert said.endswith("nothing was changed") and "aborted" not in said
    venue = "Hall B" if word == "undo" else None
    found = peek(planner, f"SELECT venue FROM activity WHERE code = '{code}'")
    assert (found == venue) if venue else found != "Hall B"
    assert journal.stack(planner) == steps  # the stack is as it was


def test_only_the_owner_imports_a_plan_file(
    as_role: Any, demo_on_server: str, team: dict[str, str], tmp_path: Path
) -> None:
    """A plan file holds every role's part (payments, attendance, ...): no role's
    login may write it all, so each is told that only the owner may import one."""
    owner = open_database(demo_on_server)
    try:
        with unit_of_work(owner) as s:
            doc = exchange.export_document(s, 1)
    finally:
        owner.close()
    doc["plan"]["name"] = "Imported plan"
    path = tmp_path / "plan.json"
    path.write_text(exchange.dumps(doc), encoding="utf-8")
    refused = planner("import", str(path), "--db", as_user(demo_on_server, team["planner"]))
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        f"planner: {team['planner']} may not import a plan file: it holds every part of a plan "
        "(the plan and activities, payments, attendance, certificates), which on a server "
        "only the database's owner may write all at once; nothing was changed"
    )
    for role in ("finance", "trainer", "viewer"):
        db = as_role(role)
        with (
            pytest.raises(PlannerError, match="only the database's owner may write"),
            unit_of_work(db) as s,
        ):
            exchange.import_document(s, doc, source="plan.json")
        assert count(db, "SELECT count(*) FROM plan") == 1
    set_language("zh_CN")
    try:
        with pytest.raises(PlannerError) as caught, unit_of_work(as_role("trainer")) as s:
            exchange.import_document(s, doc, source="plan.json")
    finally:
        set_language(None)
    assert str(caught.value).startswith(f"{team['trainer']} 不能导入计划文件")
    made = planner("import", str(path), "--db", demo_on_server)
    assert made.returncode == 0, made.stderr
    assert count(as_role("viewer"), "SELECT count(*) FROM plan") == 2


def test_a_raw_sql_delete_may_not_cascade_into_other_roles_rows(
    demo_on_server: str, team: dict[str, str]
) -> None:
    """The server holds to it too (revision 0016): a planner's psql session deleting
    an activity is refused at the first payment the cascade would take."""
    url = as_user(demo_on_server, team["planner"])
    with (
        psycopg.connect(url) as con,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="for table payment"),
    ):
        con.execute("DELETE FROM activity WHERE code = 'TC-2028-03'")
    with (
        psycopg.connect(url) as con,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="for table mark"),
    ):
        con.execute(
            "DELETE FROM session WHERE id IN (SELECT session_id FROM mark) "
            "AND activity_id = (SELECT id FROM activity WHERE code = 'TC-2027-06')"
        )
    with psycopg.connect(url) as con:  # the planner's own rows go as before
        con.execute("DELETE FROM activity WHERE code = 'TC-2030-01'")
    with psycopg.connect(demo_on_server) as con:
        assert con.execute(
            "SELECT count(*) FROM activity WHERE code IN ('TC-2028-03', 'TC-2030-01')"
        ).fetchone() == (1,)
        # the owner may delete everything, the cascade with it
        con.execute("DELETE FROM activity WHERE code = 'TC-2028-03'")
        assert con.execute(
            "SELECT count(*) FROM payment p JOIN budget_line b ON b.id = p.budget_line_id "
            "JOIN activity a ON a.id = b.activity_id WHERE a.code = 'TC-2028-03'"
        ).fetchone() == (0,)


def test_undoing_a_new_activity_others_have_since_enrolled_in_is_a_conflict(
    as_role: Any, demo_on_server: str, team: dict[str, str]
) -> None:
    """The undo would delete the activity and, by cascade, a trainer's enrolment made
    since: refused as a conflict (as on a file), not as the server's refusal of the
    cascade (revision 0016), and nothing changed."""
    planner = as_role("planner")
    theme = str(peek(planner, "SELECT min(code) FROM theme"))
    with journal.recorded(planner, "add QA-1", plan_id=1) as s:
        new = activities.create_activity(
            s,
            1,
            code="QA-1",
            kind="course",
            title="QA",
            theme=theme,
            status="planned",
            start="2030-09-01",
            end="2030-09-02",
            venue="Hall",
            country="VN",
            mode="in_person",
            hours_per_session="6",
        )
        assert new.id is not None
        made = new.id
    # enrolled outside the undo stack (a trainer's SQL; a nomination import likewise)
    with psycopg.connect(as_user(demo_on_server, team["trainer"])) as con:
        con.execute(
            "INSERT INTO enrolment (activity_id, participant_id, status) "
            "SELECT %s, min(id), 'nominated' FROM participant",
            (made,),
        )
    steps = journal.stack(planner)
    with pytest.raises(PlannerError) as caught:
        journal.undo(planner)
    said = str(caught.value)
    assert said.startswith("cannot undo “add QA-1”: the enrolment it changed was changed since")
    assert journal.stack(planner) == steps
    assert said.endswith("nothing was changed")
    assert count(planner, f"SELECT count(*) FROM enrolment WHERE activity_id = {made}") == 1

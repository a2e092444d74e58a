"""Team mode's engine: a planner database on a PostgreSQL server.

Opening (set up when empty, clear refusals, the password never shown), the change
journal with undo and redo, and ``planner copy`` there and back. The tests that
need a server skip without one (tests/conftest.py: --pg URL or PLANNER_TEST_PG).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest

from planner.errors import PlannerError
from planner.services import activities, journal
from planner.services.demo import create_demo
from planner.services.metrics import compute
from planner.store import Database, migrate, open_database, unit_of_work
from planner.store.copy import copy_database
from planner.store.server import masked, translate, without_password
from tests.pg import Server, as_user
from tests.tables import contents

ROOT = Path(__file__).resolve().parents[2]


def planner(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


# ------------------------------------------------------------------ addresses
def test_a_password_is_masked_when_shown_and_dropped_when_kept() -> None:
    url = "postgresql://ann:s3cret@db.example.org:5433/plan?sslmode=require&password=x2"
    assert masked(url) == (
        "postgresql://ann:***@db.example.org:5433/plan?sslmode=require&password=%2A%2A%2A"
    )
    assert without_password(url) == "postgresql://ann@db.example.org:5433/plan?sslmode=require"
    assert masked("postgresql:///plan?host=/run/pg") == "postgresql:///plan?host=/run/pg"


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ('FATAL:  password authentication failed for user "ann"', "authentication failed"),
        ("fe_sendauth: no password supplied", "authentication failed"),
        ('FATAL:  database "plan" does not exist', "there is no database 'plan'"),
        ('connection to server at "10.0.0.9", port 5432 failed: Connection refused', "reached"),
    ],
)
def test_the_servers_refusals_in_words_a_user_acts_on(message: str, words: str) -> None:
    error = translate(psycopg.OperationalError(message), "postgresql://ann:s3cret@h/plan")
    assert words in error.message
    assert "s3cret" not in error.message


# ------------------------------------------------------------------ opening
def test_an_empty_server_database_is_set_up_then_opened_as_it_is(pg_server: Server) -> None:
    url = pg_server.empty("setup")
    with pytest.raises(PlannerError, match="empty or uses an older schema"):
        open_database(url, readonly=True)
    db = open_database(url)
    assert db.created and db.is_server and db.files == []
    db.close()
    again = open_database(url)
    assert not again.created and again.upgraded_from is None
    with unit_of_work(again) as s:
        money = s.connection().exec_driver_sql(
            "SELECT data_type FROM information_schema.columns "
            "WHERE table_name = 'budget_line' AND column_name = 'planned_minor'"
        )
        assert money.scalar() == "bigint"
    again.close()


def test_a_database_that_is_not_a_planners_is_refused_untouched(pg_server: Server) -> None:
    url = pg_server.empty("other")
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(PlannerError, match="not a planner database"):
        open_database(url)
    with psycopg.connect(url) as con:
        tables = con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        assert [t for (t,) in tables] == ["invoices"]


def test_a_newer_schema_and_a_missing_database_are_refused(pg_server: Server) -> None:
    url = pg_server.empty("newer")
    open_database(url).close()
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(PlannerError, match="newer version"):
        open_database(url)
    missing = url.replace("_newer", "_nowhere")
    result = planner("check", "--db", missing)
    assert result.returncode == 1
    assert "there is no database" in result.stderr and "Traceback" not in result.stderr


# ------------------------------------------------------------------ journal
@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    create_demo(path)
    return path


@pytest.fixture
def demo_on_server(demo_file: Path, pg_url: str) -> str:
    copy_database(demo_file, pg_url)
    return pg_url


def rows_of(db: Database, table: str) -> list[tuple[Any, ...]]:
    with unit_of_work(db) as s:
        return [
            tuple(r) for r in s.connection().exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")
        ]


def test_the_journal_on_the_server_records_like_sqlites_and_undoes_exactly(
    demo_file: Path, demo_on_server: str
) -> None:
    seen: dict[str, list[tuple[str, str, dict[str, Any] | None, dict[str, Any] | None]]] = {}
    for engine, where in (("sqlite", demo_file), ("postgresql", demo_on_server)):
        db = open_database(where)
        before = {t: rows_of(db, t) for t in ("activity", "session", "enrolment", "mark")}
        with unit_of_work(db) as s:
            aid, code = (
                s.connection()
                .exec_driver_sql("SELECT id, code FROM activity ORDER BY id LIMIT 1")
                .one()
            )
        with journal.recorded(db, f"Deleted activity {code}", user="Li Na", plan_id=1) as s:
            activities.delete_activity(s, aid)
        with unit_of_work(db) as s:
            con = s.connection()
            change = con.exec_driver_sql(
                'SELECT id, "user", action FROM change ORDER BY id DESC LIMIT 1'
            ).one()
            written = con.exec_driver_sql(
                "SELECT tbl, op, old, new FROM change_row WHERE change_id = "
                f"{int(change[0])} ORDER BY tbl, row_id"
            ).all()
        # a file records the name given; a server its login (the test server's "planner")
        author = "Li Na" if engine == "sqlite" else "planner"
        assert change[1:] == (author, f"Deleted activity {code}")
        seen[engine] = [
            (t, op, json.loads(o) if o else None, json.loads(n) if n else None)
            for t, op, o, n in written
        ]
        assert rows_of(db, "activity") != before["activity"]
        journal.undo(db)
        assert {t: rows_of(db, t) for t in before} == before
        journal.redo(db)
        assert len(rows_of(db, "activity")) == len(before["activity"]) - 1
        journal.undo(db)
        assert {t: rows_of(db, t) for t in before} == before
        db.close()
    # the same rows, with the same old values, on both engines
    assert seen["sqlite"] == seen["postgresql"]
    assert len(seen["postgresql"]) > 10


def test_an_undo_is_refused_when_the_row_changed_since_and_changes_nothing(
    demo_on_server: str,
) -> None:
    db = open_database(demo_on_server)
    with unit_of_work(db) as s:
        aid = s.connection().exec_driver_sql("SELECT min(id) FROM activity").scalar()
    with journal.recorded(db, "Renamed", user="Ann", plan_id=1) as s:
        s.connection().exec_driver_sql(
            "UPDATE activity SET title = 'First title' WHERE id = %(i)s", {"i": aid}
        )
    # another desk's plain SQL, outside the planner's history
    with psycopg.connect(demo_on_server, autocommit=True) as con:
        con.execute("UPDATE activity SET title = 'Changed elsewhere' WHERE id = %s", (aid,))
    with pytest.raises(PlannerError, match="changed since"):
        journal.undo(db)
    with unit_of_work(db) as s:
        title = s.connection().exec_driver_sql(
            "SELECT title FROM activity WHERE id = %(i)s", {"i": aid}
        )
        assert title.scalar() == "Changed elsewhere"
    assert [(x.action, x.done) for x in journal.stack(db)] == [("Renamed", True)]
    db.close()


# ------------------------------------------------------------------ copy
def test_copy_there_and_back_keeps_every_row_and_the_figures(
    tmp_path: Path, demo_file: Path, demo_on_server: str
) -> None:
    back = tmp_path / "back.sqlite"
    result = planner("copy", "--from", demo_on_server, "--to", str(back))
    assert result.returncode == 0, result.stderr
    assert contents(demo_file, ("sqlite_sequence",)) == contents(back, ("sqlite_sequence",))
    figures = []
    for where in (demo_file, demo_on_server):
        db = open_database(where, readonly=True)
        with unit_of_work(db) as s:
            figures.append(compute(s, 1))
        db.close()
    assert figures[0] == figures[1]
    # the next id on the server follows the copied ones
    db = open_database(demo_on_server)
    with unit_of_work(db) as s:
        top = s.connection().exec_driver_sql("SELECT max(id) FROM theme").scalar()
        new = (
            s.connection()
            .exec_driver_sql(
                "INSERT INTO theme (plan_id, code, name) VALUES (1, 'NEW', 'New') RETURNING id"
            )
            .scalar()
        )
    assert new == top + 1
    db.close()


def test_a_file_with_an_undo_history_copied_to_a_server_takes_its_next_edit(
    demo_file: Path, pg_url: str
) -> None:
    """The undo stack's rows are numbered by ``position``, not ``id``: the copy left
    that sequence at 1, so the first edit on the server after moving a file that had
    been edited failed ('duplicate key ... undo_entry_pkey')."""
    with (
        open_database(demo_file) as db,
        journal.recorded(db, "Moved to Hue", plan_id=1) as s,
    ):
        activities.update_activity(s, 1, venue="Hue")
    copy_database(demo_file, pg_url)
    with (
        open_database(pg_url) as db,
        journal.recorded(db, "Moved to Hanoi", plan_id=1) as s,
    ):
        activities.update_activity(s, 1, venue="Hanoi")
    with open_database(pg_url) as db:
        assert [(e.action, e.done) for e in journal.stack(db)] == [
            ("Moved to Hue", True),
            ("Moved to Hanoi", True),
        ]
        assert journal.undo(db) == "Moved to Hanoi"
        assert journal.undo(db) == "Moved to Hue"
        with unit_of_work(db) as s:
            venue = s.connection().exec_driver_sql("SELECT venue FROM activity WHERE id = 1")
            assert venue.scalar() == "Vientiane"


def test_after_a_copy_the_server_reads_the_figures_marks_from_their_index_alone(
    demo_on_server: str,
) -> None:
    """``planner copy`` ends with VACUUM (ANALYZE): the copied tables' pages are marked
    visible, so the figures' query reads the marks that count from ix_mark_counted
    alone (no row fetched from the table), from the first figures on."""
    from planner.services import participation

    with psycopg.connect(demo_on_server, autocommit=True) as con:
        visible = con.execute(
            "SELECT relpages, relallvisible FROM pg_class WHERE relname = 'mark'"
        ).fetchone()
        assert visible is not None and visible[0] > 0 and visible[1] == visible[0]
        sql = participation._sql("a.plan_id = ?", False).replace("%", "%%").replace("?", "%s")
        plan = "\n".join(
            str(r[0])
            for r in con.execute("EXPLAIN (ANALYZE, COSTS OFF) " + sql, [1, 5, 4]).fetchall()
        )
    assert "Index Only Scan using ix_mark_counted on mark m" in plan, plan
    fetches = [line for line in plan.splitlines() if "Heap Fetches" in line]
    assert fetches and all(line.strip() == "Heap Fetches: 0" for line in fetches), plan


def test_a_copy_whose_last_vacuum_fails_is_whole_and_says_so_in_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The VACUUM at the end of a copy to a server runs after the rows are committed:
    if the server goes away then, the copy stands and the log says what was skipped."""
    import logging
    from types import SimpleNamespace

    from sqlalchemy import exc

    from planner.store import copy as copy_module

    def gone() -> None:
        raise exc.OperationalError("VACUUM", {}, Exception("server closed the connection"))

    dst = SimpleNamespace(engine=SimpleNamespace(connect=gone))
    with caplog.at_level(logging.WARNING, logger="planner.store.copy"):
        copy_module._settle(dst, ["mark"])  # type: ignore[arg-type]
    assert "VACUUM after the copy failed" in caplog.text


def test_copy_refuses_a_target_that_is_not_empty_and_changes_nothing(
    tmp_path: Path, demo_file: Path, demo_on_server: str
) -> None:
    before = planner(
        "report",
        "cost-effectiveness",
        "--format",
        "csv",
        "-o",
        str(tmp_path / "a.csv"),
        "--db",
        demo_on_server,
    )
    assert before.returncode == 0, before.stderr
    again = planner("copy", "--from", str(demo_file), "--to", demo_on_server)
    assert again.returncode == 1
    assert "not empty" in again.stderr and "Traceback" not in again.stderr
    onto_file = planner("copy", "--from", demo_on_server, "--to", str(demo_file))
    assert onto_file.returncode == 1 and "already exists" in onto_file.stderr
    after = planner(
        "report",
        "cost-effectiveness",
        "--format",
        "csv",
        "-o",
        str(tmp_path / "b.csv"),
        "--db",
        demo_on_server,
    )
    assert after.returncode == 0
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_a_failed_copy_into_a_file_leaves_no_file(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite"
    target = tmp_path / "out.sqlite"
    result = planner("copy", "--from", str(missing), "--to", str(target))
    assert result.returncode == 1
    assert list(tmp_path.iterdir()) == []


def test_history_and_erasing_a_person_on_the_server(demo_on_server: str) -> None:
    from planner.services.history import erase_participant

    db = open_database(demo_on_server)
    with journal.recorded(db, "Corrected a name", user="Wang Fang", plan_id=1) as s:
        s.connection().exec_driver_sql(
            "UPDATE participant SET name = 'Ms Secret Person' WHERE id = 1"
        )
    # the server records its login, not the name the caller gave
    assert (
        planner("history", "--db", demo_on_server, "--user", "Wang Fang").stdout.count(
            "Corrected a name"
        )
        == 0
    )
    shown = planner("history", "--db", demo_on_server, "--user", "planner")
    assert shown.returncode == 0, shown.stderr
    assert "Corrected a name" in shown.stdout and "Ms Secret Person" in shown.stdout
    with unit_of_work(db) as s:
        before = compute(s, 1)
    assert erase_participant(db, 1, user="DPO") >= 1
    with unit_of_work(db) as s:
        con = s.connection()
        assert (
            con.exec_driver_sql(
                "SELECT count(*) FROM change_row "
                "WHERE strpos(coalesce(old, '') || coalesce(new, ''), 'Secret') > 0"
            ).scalar()
            == 0
        )
        assert compute(s, 1) == before
    db.close()


def test_the_id_an_insert_took_is_its_own_while_the_journal_records(demo_on_server: str) -> None:
    from planner.store import raw_connection

    db = open_database(demo_on_server)
    with journal.recorded(db, "Added a theme", user="Ann", plan_id=1) as s:
        con = raw_connection(s)
        cur = con.execute(
            "INSERT INTO theme (plan_id, code, name) VALUES (?, ?, ?)", (1, "T9", "Theme 9")
        )
        took = cur.lastrowid
        found = con.execute("SELECT id FROM theme WHERE code = ?", ("T9",)).fetchone()
        # the journal's trigger wrote a change_row after the theme: not its id
        assert took == found[0]
        assert con.execute("SELECT max(id) FROM change_row").fetchone()[0] != took
    db.close()


# ------------------------------------------------------------------ roles
def add_login(url: str, name: str, role: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """``planner team add-user`` as the owner, which must succeed."""
    made = planner("team", "add-user", name, "--role", role, *extra, "--db", url)
    assert made.returncode == 0, made.stderr
    return made


@pytest.fixture
def people(pg_server: Server) -> Any:
    names = [f"trainer_{os.getpid()}", f"planner_{os.getpid()}"]
    yield names
    with psycopg.connect(pg_server.test_url, autocommit=True) as con:
        for name in names:
            if con.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
                con.execute(f"DROP OWNED BY {name}")
                con.execute(f"DROP ROLE {name}")


def test_a_colleague_opening_an_older_server_database_is_told_to_ask_its_owner(
    demo_on_server: str, people: list[str]
) -> None:
    """Upgrading a server database alters its tables, which only the owner may do: a
    colleague who opens it first with a newer planner is told so in words to pass on
    (not the server's "must be owner of table mark"), and nothing changes until the
    owner runs 'planner check'."""
    trainer, _planner_user = people
    add_login(demo_on_server, trainer, "trainer")
    # the database as revision 0013 left it (0014 only added ix_mark_counted)
    with psycopg.connect(demo_on_server, autocommit=True) as con:
        con.execute("DROP INDEX ix_mark_counted")
        con.execute("UPDATE alembic_version SET version_num = '0013'")

    def state() -> tuple[Any, ...]:
        with psycopg.connect(demo_on_server) as con:
            row = con.execute(
                "SELECT (SELECT version_num FROM alembic_version), "
                "(SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_mark_counted'), "
                "(SELECT count(*) FROM mark)"
            ).fetchone()
        assert row is not None
        return tuple(row)

    before = state()
    assert before[:2] == ("0013", 0)
    refused = planner("check", "--db", as_user(demo_on_server, trainer))
    assert refused.returncode == 1
    assert "uses an older schema (0013)" in refused.stderr
    assert "only the database's owner may do that" in refused.stderr
    assert "'planner check'" in refused.stderr and "Traceback" not in refused.stderr
    assert state() == before
    with pytest.raises(PlannerError, match="only the database's owner may do that"):
        open_database(as_user(demo_on_server, trainer))
    assert state() == before
    # the owner's check upgrades it, every mark kept; then the colleague opens it
    done = planner("check", "--db", demo_on_server)
    assert done.returncode == 0, done.stderr
    assert state() == (migrate.HEAD, 1, before[2])
    open_database(as_user(demo_on_server, trainer)).close()


def test_a_colleague_cannot_set_up_an_empty_server_database_and_is_told_who_can(
    pg_server: Server, demo_on_server: str, people: list[str]
) -> None:
    trainer, _planner_user = people
    add_login(demo_on_server, trainer, "trainer")
    empty = pg_server.empty("owner_only")
    refused = planner("check", "--db", as_user(empty, trainer))
    assert refused.returncode == 1
    assert "is empty, and only the database's owner may set it up" in refused.stderr
    with psycopg.connect(empty) as con:
        tables = con.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone()
    assert tables == (0,)


def test_a_trainer_cannot_change_a_planned_amount_even_with_raw_sql(
    demo_on_server: str, people: list[str]
) -> None:
    trainer, planner_user = people
    for name, role in ((trainer, "trainer"), (planner_user, "planner")):
        made = add_login(demo_on_server, name, role)
        assert f"created {name} with the role {role}" in made.stdout
    # the server itself refuses: a raw connection, no planner involved
    with (
        psycopg.connect(as_user(demo_on_server, trainer)) as con,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        con.execute("UPDATE budget_line SET planned_minor = 1 WHERE id = 1")
    # through the planner: a clear message, nothing changed
    db = open_database(as_user(demo_on_server, trainer))
    with (
        pytest.raises(PlannerError, match="does not let this user"),
        journal.recorded(db, "Cut the budget", user=trainer, plan_id=1) as s,
    ):
        s.connection().exec_driver_sql("UPDATE budget_line SET planned_minor = 1")
    # what a trainer does is recorded and can be undone
    with journal.recorded(db, "Marked absent", user=trainer, plan_id=1) as s:
        s.connection().exec_driver_sql(
            "UPDATE mark SET status = "
            "CASE WHEN status = 'absent' THEN 'present' ELSE 'absent' END WHERE id = 1"
        )
    assert journal.undo(db) == "Marked absent"
    db.close()
    # a planner may change the planned amount
    db = open_database(as_user(demo_on_server, planner_user))
    with journal.recorded(db, "Cut the budget", user=planner_user, plan_id=1) as s:
        s.connection().exec_driver_sql("UPDATE budget_line SET planned_minor = 100 WHERE id = 1")
    with unit_of_work(db) as s:
        amount = s.connection().exec_driver_sql(
            "SELECT planned_minor FROM budget_line WHERE id = 1"
        )
        assert amount.scalar() == 100
    db.close()


def test_roles_are_a_servers(tmp_path: Path, demo_file: Path) -> None:
    result = planner("team", "add-user", "ann", "--role", "viewer", "--db", str(demo_file))
    assert result.returncode == 1 and "roles are a server's" in result.stderr


def test_the_owners_own_login_is_not_given_a_role(demo_on_server: str) -> None:
    """A role would not limit the owner (nor a superuser); the window then said the
    owner was a viewer while it could change everything."""
    with psycopg.connect(demo_on_server) as con:
        owner = con.execute("SELECT current_user").fetchone()
    assert owner is not None
    try:
        refused = planner("team", "add-user", owner[0], "--role", "viewer", "--db", demo_on_server)
    finally:  # roles are the whole server's: never leave the owner in a group
        with psycopg.connect(demo_on_server, autocommit=True) as con:
            for (group,) in con.execute(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = current_user"
            ).fetchall():
                con.execute(f"REVOKE {group} FROM current_user")
    assert refused.returncode == 1, refused.stdout
    assert f"{owner[0]} owns this database or is a superuser" in refused.stderr


def test_finance_freezes_a_baseline_and_a_trainer_is_refused(
    demo_on_server: str, people: list[str]
) -> None:
    """Baselines are finance's (with the report's sign-off): its login freezes one, in
    64-bit amounts (the demo's LAK lines pass 2^31 minor units); a trainer's is refused."""
    trainer, finance = people
    for name, role in ((trainer, "trainer"), (finance, "finance")):
        add_login(demo_on_server, name, role)
    args = ("baseline", "freeze", "--year", "2027", "--name", "Approved 2027")
    refused = planner(*args, "--db", as_user(demo_on_server, trainer))
    assert refused.returncode == 1 and "does not let this user" in refused.stderr
    done = planner(*args, "--db", as_user(demo_on_server, finance))
    assert done.returncode == 0, done.stderr
    with psycopg.connect(demo_on_server) as con:
        made_by, lines, top = con.execute(
            "SELECT b.made_by, count(*), max(l.planned_minor) FROM baseline b "
            "JOIN baseline_line l ON l.baseline_id = b.id WHERE b.name = 'Approved 2027' "
            "GROUP BY b.made_by"
        ).fetchone() or (None, 0, 0)
    assert lines > 0 and top > 2**31  # 175,000,000.00 LAK in minor units
    assert made_by == finance  # the login, as the journal records it (not the system's user)


@pytest.fixture
def colleagues(pg_server: Server) -> Any:
    """Three logins for one test, dropped after it."""
    names = [f"li_na_{os.getpid()}", f"wang_{os.getpid()}", f"chen_{os.getpid()}"]
    yield names
    with psycopg.connect(pg_server.test_url, autocommit=True) as con:
        for name in names:
            con.execute(f"DROP OWNED BY {name}")
            con.execute(f"DROP ROLE IF EXISTS {name}")


def test_the_journal_records_each_desks_login_and_the_history_shows_their_names(
    demo_on_server: str, colleagues: list[str]
) -> None:
    """Two colleagues at two desks, with different roles: the server's journal records
    each one's login (whatever name the desk gives), the history shows the person's
    name with it, and an attendance mark says who marked it the same way."""
    from planner.reports import history_report
    from planner.services import history
    from planner.services.people import set_mark

    planner_login, finance_login, trainer_login = colleagues
    for name, role, full in (
        (planner_login, "planner", "Li Na"),
        (finance_login, "finance", "Wang Fang"),
        (trainer_login, "trainer", None),  # no name given: the login is shown
    ):
        extra = ("--full-name", full) if full else ()
        add_login(demo_on_server, name, role, *extra)
    desks = {n: open_database(as_user(demo_on_server, n)) for n in colleagues}
    assert journal.signed_in_user(desks[finance_login]) == finance_login
    # each desk claims to be someone else: the server does not believe it
    with journal.recorded(
        desks[planner_login], "Moved the venue", user="Wang Fang", plan_id=1
    ) as s:
        s.connection().exec_driver_sql("UPDATE activity SET venue = 'Hanoi' WHERE id = 1")
    with journal.recorded(desks[finance_login], "Booked a rate", user="root", plan_id=1) as s:
        s.connection().exec_driver_sql(
            "UPDATE exchange_rate SET source = 'Treasury' "
            "WHERE id = (SELECT min(id) FROM exchange_rate)"
        )
    with journal.recorded(desks[trainer_login], "Marked late", plan_id=1) as s:
        enrolment, slot = (
            s.connection()
            .exec_driver_sql("SELECT enrolment_id, session_id FROM mark ORDER BY id LIMIT 1")
            .one()
        )
        set_mark(s, enrolment, slot, "late")  # no "by": the login marks
    owner = open_database(demo_on_server)
    with unit_of_work(owner) as s:
        authors = dict(
            s.connection()
            .exec_driver_sql(
                'SELECT action, "user" FROM change WHERE action IN '
                "('Moved the venue', 'Booked a rate', 'Marked late')"
            )
            .all()
        )
        marked_by = (
            s.connection()
            .exec_driver_sql(
                f"SELECT marked_by FROM mark WHERE enrolment_id = {enrolment} "
                f"AND session_id = {slot}"
            )
            .scalar()
        )
        names = history.display_names(s)
        csv_text = history_report.render_csv(s, history.Filter(plan_id=1)).decode()
        whos = {e.action: history.who(e.user, names) for e in history.entries(s, history.Filter())}
    assert authors == {
        "Moved the venue": planner_login,
        "Booked a rate": finance_login,
        "Marked late": trainer_login,
    }
    assert marked_by == trainer_login
    assert names[planner_login] == "Li Na" and names[finance_login] == "Wang Fang"
    assert trainer_login not in names
    assert whos["Moved the venue"] == f"Li Na ({planner_login})"
    assert whos["Booked a rate"] == f"Wang Fang ({finance_login})"
    assert whos["Marked late"] == trainer_login
    assert f"Li Na ({planner_login}),Moved the venue" in csv_text
    assert f"Wang Fang ({finance_login}),Booked a rate" in csv_text
    assert "root,Booked a rate" not in csv_text  # the name the desk claimed
    # the history's filter takes the login, the name shown with it, or the full name
    for typed in (finance_login, f"Wang Fang ({finance_login})", "wang  fang"):
        shown = planner("history", "--db", demo_on_server, "--user", typed)
        assert shown.returncode == 0, shown.stderr
        assert "Booked a rate" in shown.stdout and "Moved the venue" not in shown.stdout, typed
    nobody = planner("history", "--db", demo_on_server, "--user", "Zhang Wei")
    assert nobody.stdout.strip().count("\n") == 0  # the header row alone
    # a name with a control character is refused, and the old one kept
    bad = planner(
        "team",
        "add-user",
        planner_login,
        "--role",
        "planner",
        "--full-name",
        "Li\x1bNa",
        "--db",
        demo_on_server,
    )
    assert bad.returncode == 1 and "control character" in bad.stderr
    with unit_of_work(owner) as s:
        assert history.display_names(s)[planner_login] == "Li Na"
    for db in (*desks.values(), owner):
        db.close()


# ------------------------------------------------------------------ notifications
def test_every_recorded_change_is_announced_at_commit_and_a_lost_listener_comes_back(
    demo_on_server: str,
) -> None:
    """A change is announced when it commits (not when it rolls back); the listener
    hears it on its own connection, and when that connection is cut (a server
    restart, a network drop) it listens again by itself and says so once more."""
    import threading
    import time

    from planner.services.watch import ServerWatcher
    from planner.store.server import Listener

    heard = threading.Semaphore(0)
    count = [0]

    def on_heard() -> None:
        count[0] += 1
        heard.release()

    listener = Listener(demo_on_server, on_heard, wait=0.1, retry=0.2)
    db = open_database(demo_on_server)
    try:
        assert listener.listening.wait(5)
        assert heard.acquire(timeout=10)  # the call made when it starts listening
        with pytest.raises(RuntimeError), journal.recorded(db, "Undone", plan_id=1) as s:
            s.connection().exec_driver_sql("UPDATE activity SET venue = 'X' WHERE id = 1")
            raise RuntimeError("rolled back")
        assert not heard.acquire(timeout=0.5)  # nothing committed, nothing announced
        started = time.monotonic()
        with journal.recorded(db, "Moved", plan_id=1) as s:
            s.connection().exec_driver_sql("UPDATE activity SET venue = 'Hue' WHERE id = 1")
        assert heard.acquire(timeout=10)
        print(f"announced and heard after {(time.monotonic() - started) * 1000:.0f} ms")
        # the listener's connection is cut
        with psycopg.connect(demo_on_server, autocommit=True) as admin:
            cut = admin.execute(
                "SELECT pg_terminate_backend(%s)", (listener.backend_pid,)
            ).fetchall()
        assert cut == [(True,)]
        assert heard.acquire(timeout=10)  # listening again: told to look once
        assert listener.listening.wait(5)
        with journal.recorded(db, "Moved back", plan_id=1) as s:
            s.connection().exec_driver_sql("UPDATE activity SET venue = 'Hanoi' WHERE id = 1")
        assert heard.acquire(timeout=10)
        # the window's watcher counts the others' changes it was told of
        watcher = ServerWatcher(db, demo_on_server)
        assert watcher.listener.listening.wait(5)
        time.sleep(0.3)
        watcher.check()  # the look it takes when it starts
        assert watcher.check().others == 0
        with (
            open_database(demo_on_server) as other,
            journal.recorded(other, "Theirs", plan_id=1) as s,
        ):
            s.connection().exec_driver_sql("UPDATE activity SET venue = 'Hue' WHERE id = 1")
        deadline = time.monotonic() + 10
        seen = 0
        while seen == 0 and time.monotonic() < deadline:
            seen = watcher.check().others
            time.sleep(0.05)
        assert seen == 1
        watcher.stop()
        assert not watcher.listener.listening.is_set()
    finally:
        listener.stop()
        db.close()
    assert not listener.listening.is_set()


def test_raw_sql_from_a_login_cannot_forge_or_rewrite_a_journal_author(
    demo_on_server: str, people: list[str]
) -> None:
    """Revision 0012: whoever writes the journal with raw SQL (a colleague's login in
    psql), a new entry's author is that login and an entry's author and time cannot be
    rewritten; the owner's copy keeps a file's authors (the demo's history)."""
    trainer, planner_login = people
    for name, role in ((trainer, "trainer"), (planner_login, "planner")):
        add_login(demo_on_server, name, role)
    with psycopg.connect(demo_on_server) as con:  # the owner: the file's authors kept
        copied = {r[0] for r in con.execute('SELECT DISTINCT "user" FROM change')}
        first, at = con.execute("SELECT id, at FROM change ORDER BY id LIMIT 1").fetchone() or (
            0,
            "",
        )
    assert copied and "planner" not in copied
    with psycopg.connect(as_user(demo_on_server, planner_login)) as con:
        forged = con.execute(
            'INSERT INTO change (at, "user", action, kind, plan_id) '
            "VALUES ('2030-01-01T00:00:00', 'Wang Lei', 'Forged', 'edit', 1) RETURNING id"
        ).fetchone()
        assert forged is not None
        con.execute(
            "UPDATE change SET \"user\" = 'Wang Lei', at = '2020-01-01T00:00:00', "
            "action = 'Renamed' WHERE id = %s",
            (first,),
        )
        con.commit()
    with psycopg.connect(demo_on_server) as con:
        assert con.execute('SELECT "user" FROM change WHERE id = %s', forged).fetchone() == (
            planner_login,
        )
        row = con.execute('SELECT "user", at, action FROM change WHERE id = %s', (first,))
        kept_user, kept_at, action = row.fetchone() or ("", "", "")
    assert kept_user in copied and kept_at == at  # neither author nor time rewritten
    assert action == "Renamed"  # an entry's action may be renamed (the window does)


def test_the_planners_server_connections_run_without_jit(demo_on_server: str) -> None:
    """With statistics (after ANALYZE, as autovacuum makes them), the figures' query is
    costed above PostgreSQL's JIT thresholds, and compiling it took 0.31 s of 0.5 s:
    the planner's connections turn JIT off (the figures then take about 0.28 s)."""
    from planner.services import metrics

    with psycopg.connect(demo_on_server, autocommit=True) as con:
        con.execute("ANALYZE")
    for readonly in (False, True):
        with open_database(demo_on_server, readonly=readonly) as db, unit_of_work(db) as s:
            assert s.connection().exec_driver_sql("SHOW jit").scalar() == "off"
            assert metrics.compute(s, 1).rows  # the figures' query runs under it


def test_a_login_cannot_delete_the_history_with_raw_sql(
    demo_on_server: str, people: list[str]
) -> None:
    """Revision 0013: a colleague's DELETE of a recorded change, or of its rows, is
    refused and nothing goes; the planner's own deletion of an edit that changed
    nothing still works, and so does the owner's."""
    trainer, planner_login = people
    for name, role in ((trainer, "trainer"), (planner_login, "planner")):
        add_login(demo_on_server, name, role)
    owner = open_database(demo_on_server)  # a recorded edit, with its rows
    try:
        with journal.recorded(owner, "Moved the venue", plan_id=1) as s:
            s.connection().exec_driver_sql("UPDATE activity SET venue = 'Hanoi' WHERE id = 1")
    finally:
        owner.close()
    with psycopg.connect(demo_on_server) as con:
        counts = con.execute("SELECT count(*), (SELECT count(*) FROM change_row) FROM change")
        before = counts.fetchone()
    with psycopg.connect(as_user(demo_on_server, planner_login)) as con:
        for sql in ("DELETE FROM change", "DELETE FROM change_row"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="history is kept"):
                con.execute(sql)
            con.rollback()
    with psycopg.connect(demo_on_server) as con:
        assert (
            con.execute("SELECT count(*), (SELECT count(*) FROM change_row) FROM change").fetchone()
            == before
        )
    # an edit that changed nothing is recorded and then removed, by the login's desk
    desk = open_database(as_user(demo_on_server, planner_login))
    try:
        with journal.recorded(desk, "Nothing", plan_id=1) as s:
            s.connection().exec_driver_sql("UPDATE activity SET venue = venue WHERE id = -1")
    finally:
        desk.close()
    with psycopg.connect(demo_on_server) as con:
        assert con.execute("SELECT count(*) FROM change WHERE action = 'Nothing'").fetchone() == (
            0,
        )
        con.execute("DELETE FROM change_row WHERE id = (SELECT min(id) FROM change_row)")
        con.rollback()  # the owner may (it administers the database); not kept here

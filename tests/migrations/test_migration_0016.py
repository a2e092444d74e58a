"""Revision 0016: on a server, every table a delete cascades to refuses to lose rows
the login may not delete itself (a cascade runs with the owner's rights); nothing
changes on SQLite, and the owner deletes as before. What a role's login is refused:
tests/unit/test_team_roles.py."""

from __future__ import annotations

import importlib

import pytest
from sqlalchemy import Connection

from planner.store import migrate

pytestmark = pytest.mark.both_engines

ROWS = (
    "INSERT INTO plan (id, name, owner, start_year, years, base_currency, "
    "completion_threshold) VALUES (1, 'Plan', 'GACC', 2027, 3, 'CNY', '0.8')",
    "INSERT INTO theme (id, plan_id, code, name) VALUES (1, 1, 'SW', 'Single window')",
    "INSERT INTO activity (id, plan_id, code, kind, title, theme_id, status, start_date, "
    "end_date, mode, hours_per_session) VALUES (1, 1, 'TC-1', 'course', 'T', 1, 'planned', "
    "'2027-03-01', '2027-03-02', 'in_person', '6')",
    "INSERT INTO budget_line (id, activity_id, category, description, currency, "
    "planned_minor) VALUES (1, 1, 'venue', 'Hall', 'CNY', 100000)",
    "INSERT INTO payment (id, budget_line_id, amount_minor, reference, note) "
    "VALUES (1, 1, 50000, 'R-1', '')",
)


def cascaded() -> set[str]:
    """Every table whose rows a delete of another table's row deletes with it (the
    journal's own tables aside), read from the models."""
    from sqlmodel import SQLModel

    import planner.models  # noqa: F401  (every table in the metadata)

    return {
        t.name
        for t in SQLModel.metadata.sorted_tables
        for fk in t.foreign_keys
        if fk.ondelete == "CASCADE" and t.name not in ("change_row", "undo_entry")
    }


def test_0016_follows_0015_and_is_the_head() -> None:
    assert migrate.KNOWN[-2:] == ("0015", "0016") and migrate.HEAD == "0016"


def test_upgrade_to_0016_guards_every_cascaded_table_on_a_server_only(conn: Connection) -> None:
    migrate.upgrade(conn, "0015")
    for sql in ROWS:
        conn.exec_driver_sql(sql)
    before = conn.exec_driver_sql("SELECT * FROM payment").fetchall()

    migrate.upgrade(conn)

    assert migrate.current_revision(conn) == "0016"
    assert conn.exec_driver_sql("SELECT * FROM payment").fetchall() == before
    if conn.dialect.name == "postgresql":
        guarded = {
            str(r[0])
            for r in conn.exec_driver_sql(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = 'planner_cascade_kept'"
            )
        }
    else:
        guarded = {
            str(r[0])
            for r in conn.exec_driver_sql(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
                "AND name = 'planner_cascade_kept'"
            )
        }
    assert guarded == (cascaded() if conn.dialect.name == "postgresql" else set())
    if conn.dialect.name == "postgresql":  # the owner deletes as before
        conn.exec_driver_sql("DELETE FROM activity WHERE id = 1")
        assert conn.exec_driver_sql("SELECT count(*) FROM payment").scalar() == 0


def test_every_table_a_delete_cascades_to_is_guarded() -> None:
    """A new ON DELETE CASCADE needs the trigger too (a new revision)."""
    revision = importlib.import_module("planner.store.migrations.versions.0016_cascade_kept")
    assert set(revision.TABLES) == cascaded()

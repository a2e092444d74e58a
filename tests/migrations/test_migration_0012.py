"""Revision 0012: on PostgreSQL the journal's author is the login that wrote the
entry (a trigger); a SQLite file is left exactly as it was. How the trigger holds
against a colleague's raw SQL is tested in tests/unit/test_team_engine.py."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection

from planner.store import migrate

pytestmark = pytest.mark.both_engines


def schema(conn: Connection) -> list[tuple[str, ...]]:
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE name != 'alembic_version' "
            "ORDER BY name"
        )
    else:
        rows = conn.exec_driver_sql(
            "SELECT event_manipulation, trigger_name, action_timing FROM "
            "information_schema.triggers WHERE event_object_table = 'change' ORDER BY 1"
        )
    return [tuple(r) for r in rows]


def test_0012_follows_0011() -> None:
    assert migrate.KNOWN[migrate.KNOWN.index("0012") - 1] == "0011"


def test_upgrade_to_0012(conn: Connection) -> None:
    migrate.upgrade(conn, "0011")
    before = schema(conn)
    conn.exec_driver_sql(
        'INSERT INTO change (id, at, "user", action, kind) '
        "VALUES (1, '2027-01-01T00:00:00', 'Wang Lei', 'Added', 'edit')"
    )
    migrate.upgrade(conn, "0012")
    assert migrate.current_revision(conn) == "0012"
    after = schema(conn)
    if conn.dialect.name == "sqlite":
        assert after == before  # nothing changes in a file
    else:
        assert before == []
        assert after == [
            ("INSERT", "planner_change_author", "BEFORE"),
            ("UPDATE", "planner_change_author", "BEFORE"),
        ]
    row = conn.exec_driver_sql('SELECT "user", action FROM change WHERE id = 1').fetchone()
    assert tuple(row or ()) == ("Wang Lei", "Added")  # an entry written before is kept


def test_0013_follows_0012() -> None:
    assert migrate.KNOWN[migrate.KNOWN.index("0013") - 1] == "0012"


def test_upgrade_to_0013_keeps_the_history(conn: Connection) -> None:
    """0013 adds, on PostgreSQL only, the trigger that keeps the history from a
    colleague's DELETE (how it holds is tested in tests/unit/test_team_engine.py)."""
    migrate.upgrade(conn, "0012")
    conn.exec_driver_sql(
        'INSERT INTO change (id, at, "user", action, kind) '
        "VALUES (1, '2027-01-01T00:00:00', 'Wang Lei', 'Added', 'edit')"
    )
    before = schema(conn) if conn.dialect.name == "sqlite" else None
    migrate.upgrade(conn, "0013")
    assert migrate.current_revision(conn) == "0013"
    if conn.dialect.name == "sqlite":
        assert schema(conn) == before
    else:
        kept = conn.exec_driver_sql(
            "SELECT event_object_table, action_timing FROM information_schema.triggers "
            "WHERE trigger_name = 'planner_journal_kept' ORDER BY 1"
        ).fetchall()
        assert [tuple(r) for r in kept] == [("change", "BEFORE"), ("change_row", "BEFORE")]
    assert conn.exec_driver_sql("SELECT count(*) FROM change").scalar() == 1

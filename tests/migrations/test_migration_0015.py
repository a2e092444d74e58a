"""Revision 0015: on a server, every serial column's sequence continues after the
highest number in its table (the undo stack's ``position`` too, which ``planner
copy`` used to leave at 1); never backwards; nothing changes on SQLite."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection

from planner.store import migrate

pytestmark = pytest.mark.both_engines

ROWS = (
    "INSERT INTO plan (id, name, owner, start_year, years, base_currency, "
    "completion_threshold) VALUES (1, 'Plan', 'GACC', 2027, 3, 'CNY', '0.8')",
    "INSERT INTO theme (id, plan_id, code, name) VALUES (1, 1, 'SW', 'Single window'), "
    "(7, 1, 'AEO', 'AEO mutual recognition')",
    'INSERT INTO change (id, at, "user", action, kind) VALUES '
    "(1, '2027-01-01T00:00:00Z', 'Wang Fang', 'One', 'edit'), "
    "(2, '2027-01-02T00:00:00Z', 'Wang Fang', 'Two', 'edit'), "
    "(3, '2027-01-03T00:00:00Z', 'Wang Fang', 'Three', 'edit')",
    "INSERT INTO undo_entry (position, change_id, done) VALUES (1, 1, TRUE), (2, 2, TRUE), "
    "(3, 3, TRUE)",
)


def test_0015_follows_0014() -> None:
    assert migrate.KNOWN[migrate.KNOWN.index("0014") + 1] == "0015"


def test_upgrade_to_0015_moves_every_sequence_past_its_rows_and_never_back(
    conn: Connection,
) -> None:
    migrate.upgrade(conn, "0014")
    for sql in ROWS:  # rows numbered by hand, as a copy writes them
        conn.exec_driver_sql(sql)
    on_server = conn.dialect.name == "postgresql"
    if on_server:  # a sequence already past its rows (an activity deleted) stays so
        conn.exec_driver_sql("SELECT setval(pg_get_serial_sequence('activity', 'id'), 41)")
    before = {t: conn.exec_driver_sql(f"SELECT * FROM {t}").fetchall() for t in ("theme", "change")}

    migrate.upgrade(conn, "0015")

    assert migrate.current_revision(conn) == "0015"
    for table, rows in before.items():
        assert conn.exec_driver_sql(f"SELECT * FROM {table}").fetchall() == rows
    numbered = [
        conn.exec_driver_sql(sql).scalar()
        for sql in (
            "INSERT INTO undo_entry (change_id, done) VALUES (3, FALSE) RETURNING position",
            "INSERT INTO theme (plan_id, code, name) VALUES (1, 'OR', 'Origin') RETURNING id",
            'INSERT INTO change (at, "user", action, kind) VALUES '
            "('2027-01-04T00:00:00Z', 'Li Na', 'Four', 'edit') RETURNING id",
        )
    ]
    assert numbered == [4, 8, 4]
    if on_server:
        activity = conn.exec_driver_sql(
            "INSERT INTO activity (plan_id, code, kind, title, theme_id, status, start_date, "
            "end_date, mode, hours_per_session) VALUES (1, 'A1', 'course', 'Course', 1, "
            "'planned', '2027-03-01', '2027-03-04', 'in_person', '3') RETURNING id"
        ).scalar()
        assert activity == 42

"""Revision 0014: the marks that count (every status but absent), by enrolment with
their status, in a partial index of their own, built from the rows already there on
both engines; no row changes. That the figures read the marks from it alone is
tested in tests/unit/test_counted_marks.py."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection

from planner.enums import COUNTED_MARKS_INDEX
from planner.store import migrate

pytestmark = pytest.mark.both_engines

ROWS = (
    "INSERT INTO plan (id, name, owner, start_year, years, base_currency, "
    "completion_threshold) VALUES (1, 'Plan', 'GACC', 2027, 3, 'CNY', '0.8')",
    "INSERT INTO theme (id, plan_id, code, name) VALUES (1, 1, 'SW', 'Single window')",
    "INSERT INTO administration (id, plan_id, code, name) VALUES (1, 1, 'VN', 'Viet Nam')",
    "INSERT INTO activity (id, plan_id, code, kind, title, theme_id, status, start_date, "
    "end_date, mode, hours_per_session) VALUES (1, 1, 'A1', 'course', 'Course', 1, "
    "'delivered', '2027-03-01', '2027-03-04', 'in_person', '3')",
    "INSERT INTO session (id, activity_id, starts) VALUES "
    "(1, 1, '2027-03-01'), (2, 1, '2027-03-02'), (3, 1, '2027-03-03'), (4, 1, '2027-03-04')",
    "INSERT INTO participant (id, plan_id, ref, name, administration_id) VALUES "
    "(1, 1, 'P1', 'Nguyen Van An', 1), (2, 1, 'P2', 'Tran Thi Binh', 1)",
    "INSERT INTO enrolment (id, activity_id, participant_id, status) VALUES "
    "(1, 1, 1, 'confirmed'), (2, 1, 2, 'confirmed')",
    # P1: present, late, excused, absent; P2: absent, absent, present, present
    "INSERT INTO mark (id, enrolment_id, session_id, status) VALUES "
    "(1, 1, 1, 'present'), (2, 1, 2, 'late'), (3, 1, 3, 'excused'), (4, 1, 4, 'absent'), "
    "(5, 2, 1, 'absent'), (6, 2, 2, 'absent'), (7, 2, 3, 'present'), (8, 2, 4, 'present')",
)


def index_definition(conn: Connection) -> str | None:
    if conn.dialect.name == "sqlite":
        sql = "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"
    else:
        sql = "SELECT indexdef FROM pg_indexes WHERE indexname = %s"
    found = conn.exec_driver_sql(sql, (COUNTED_MARKS_INDEX,)).scalar()
    return None if found is None else str(found)


def test_0014_follows_0013() -> None:
    assert migrate.KNOWN[migrate.KNOWN.index("0013") + 1] == "0014"


def test_upgrade_to_0014_indexes_the_counted_marks_and_keeps_every_row(
    conn: Connection,
) -> None:
    migrate.upgrade(conn, "0013")
    for sql in ROWS:
        conn.exec_driver_sql(sql)
    before = conn.exec_driver_sql("SELECT * FROM mark ORDER BY id").fetchall()
    assert index_definition(conn) is None

    migrate.upgrade(conn, "0014")

    assert migrate.current_revision(conn) == "0014"
    definition = index_definition(conn)
    assert definition is not None
    assert "(enrolment_id, status)" in definition and "absent" in definition
    assert conn.exec_driver_sql("SELECT * FROM mark ORDER BY id").fetchall() == before
    if conn.dialect.name == "sqlite":
        # the index holds the five counted marks, and only them, with their status
        held = conn.exec_driver_sql(
            f"SELECT enrolment_id, status FROM mark INDEXED BY {COUNTED_MARKS_INDEX} "
            "WHERE status != 'absent' ORDER BY enrolment_id, status"
        ).fetchall()
        assert [tuple(r) for r in held] == [
            (1, "excused"), (1, "late"), (1, "present"), (2, "present"), (2, "present"),
        ]  # fmt: skip
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"

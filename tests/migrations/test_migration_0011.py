"""Revision 0011: the results framework's Chinese names, added beside the English
ones on both engines, every row kept."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, text

from planner.store import migrate

pytestmark = pytest.mark.both_engines

ROWS = {
    "plan": "INSERT INTO plan (id, name, owner, start_year, years, base_currency, "
    "completion_threshold) VALUES (1, 'Plan', 'GACC', 2027, 3, 'CNY', '0.8')",
    "result": "INSERT INTO result (id, plan_id, code, level, title) "
    "VALUES (1, 1, 'OB1', 'objective', 'Faster clearance')",
    "indicator": "INSERT INTO indicator (id, plan_id, result_id, code, name, unit, "
    "baseline, baseline_year, direction, source, cumulative) VALUES "
    "(1, 1, 1, 'OB1.1', 'Average release time', 'hours', '48.5', 2026, 'lower', 'TRS', 0)",
}


def columns(conn: Connection, table: str) -> set[str]:
    if conn.dialect.name == "sqlite":
        return {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")}
    found = conn.execute(
        text("SELECT column_name FROM information_schema.columns WHERE table_name = :t"),
        {"t": table},
    )
    return {r[0] for r in found}


def test_0011_follows_0010() -> None:
    assert migrate.KNOWN[migrate.KNOWN.index("0011") - 1] == "0010"


def test_upgrade_from_0010_keeps_rows_and_adds_empty_chinese_columns(conn: Connection) -> None:
    migrate.upgrade(conn, "0010")
    assert "title_zh" not in columns(conn, "result")
    assert not {"name_zh", "unit_zh"} & columns(conn, "indicator")
    for sql in ROWS.values():
        conn.exec_driver_sql(sql)
    before = conn.exec_driver_sql(
        "SELECT r.code, r.title, i.code, i.name, i.unit, i.baseline, i.direction "
        "FROM indicator i JOIN result r ON r.id = i.result_id"
    ).fetchall()

    migrate.upgrade(conn, "0011")

    assert migrate.current_revision(conn) == "0011"
    assert "title_zh" in columns(conn, "result")
    assert {"name_zh", "unit_zh"} <= columns(conn, "indicator")
    after = conn.exec_driver_sql(
        "SELECT r.code, r.title, i.code, i.name, i.unit, i.baseline, i.direction, "
        "r.title_zh, i.name_zh, i.unit_zh FROM indicator i JOIN result r ON r.id = i.result_id"
    ).fetchall()
    assert [tuple(r[:7]) for r in after] == [tuple(r) for r in before]
    assert [tuple(r[7:]) for r in after] == [(None, None, None)]
    # and the new columns take Chinese text
    conn.exec_driver_sql("UPDATE indicator SET name_zh = '平均通关时间', unit_zh = '小时'")
    got = conn.exec_driver_sql("SELECT name_zh, unit_zh FROM indicator").fetchall()
    assert [tuple(r) for r in got] == [("平均通关时间", "小时")]

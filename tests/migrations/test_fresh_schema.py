"""A new database gets the head schema in one step (planner.store.fresh), exactly
as the migrations build it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner.store import files, fresh, migrate, open_database, schema_head
from planner.store.database import _make_engine


def _by_migrations(path: Path) -> None:
    files.stamp_new(path)
    engine = _make_engine(path, readonly=False, foreign_keys=False)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn)
    finally:
        engine.dispose()


def _schema(path: Path) -> list[tuple[str, ...]]:
    """Every statement of the schema, its lines sorted (Alembic's batch mode writes
    a rebuilt table's constraints in no fixed order), with each table's columns,
    indexes and foreign keys as SQLite reads them."""
    out: list[tuple[str, ...]] = []
    for sql in fresh.statements_of(path):
        out.append(tuple(sorted(line.strip().rstrip(",") for line in sql.splitlines())))
    con = sqlite3.connect(path)
    try:
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for pragma in ("table_info", "index_list", "foreign_key_list"):
                rows = con.execute(f"PRAGMA {pragma}('{table}')").fetchall()
                if pragma != "table_info":  # numbered in the order of creation
                    rows = [row[1:] for row in rows]
                out.append((table, pragma, *sorted(map(repr, rows))))
        out.append(("application_id", *map(repr, con.execute("PRAGMA application_id"))))
        out.append(("journal_mode", *map(repr, con.execute("PRAGMA journal_mode"))))
    finally:
        con.close()
    return sorted(out)


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_snapshot_is_of_the_head_revision() -> None:
    assert schema_head.REVISION == migrate.HEAD, "run scripts/refresh-schema"


def test_a_new_file_gets_what_the_migrations_build(tmp_path: Path) -> None:
    migrated, made = tmp_path / "migrated.sqlite", tmp_path / "made.sqlite"
    _by_migrations(migrated)
    files.stamp_new(made)
    assert fresh.create(made)
    assert _schema(made) == _schema(migrated), "run scripts/refresh-schema"
    assert _rows(made, "SELECT version_num FROM alembic_version") == [(migrate.HEAD,)]
    # the rows the migrations put into an empty database, table by table
    listed = _rows(made, "SELECT name FROM sqlite_master WHERE type = 'table'")
    tables = [name for (name,) in listed]
    counts = [[_rows(p, f'SELECT count(*) FROM "{t}"') for t in tables] for p in (made, migrated)]
    assert counts[0] == counts[1]
    # the same settings, each file with a random certificate key of its own
    keys = [_rows(p, "SELECT name, value FROM app_setting") for p in (made, migrated)]
    assert [name for name, _ in keys[0]] == [name for name, _ in keys[1]] == ["certificate_key"]
    assert len(keys[0][0][1]) == 64 and keys[0][0][1] != keys[1][0][1]
    other = tmp_path / "other.sqlite"
    files.stamp_new(other)
    assert fresh.create(other)
    key = "SELECT value FROM app_setting"
    assert _rows(other, key) != _rows(made, key)


def test_open_database_creates_from_the_snapshot(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_migrations(*args: object) -> None:
        raise AssertionError("a new file at the head revision needs no migration")

    monkeypatch.setattr(migrate, "upgrade", no_migrations)
    with open_database(db_path, create=True) as db, db.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.HEAD


def test_a_snapshot_of_another_revision_is_not_used(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema_head, "REVISION", "0010")
    assert not fresh.create(db_path)
    assert not db_path.exists() or db_path.stat().st_size == 0

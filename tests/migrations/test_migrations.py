"""Schema migrations: from empty, the backup before, all-or-nothing, newer refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from planner.errors import PlannerError
from planner.models import metadata
from planner.store import migrate, open_database, unit_of_work


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_at_head_and_matches_the_models(db_path: Path) -> None:
    with open_database(db_path, create=True) as db, db.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head()
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diffs == []


#: The revision the tests add on top of what this version ships, and the one before.
NEXT, SHIPPED = "9002", migrate.HEAD


def _add_revision(folder: Path, body: str) -> None:
    (folder / "versions" / f"{NEXT}_test.py").write_text(
        f"revision = '{NEXT}'\ndown_revision = '{SHIPPED}'\nbranch_labels = None\n"
        "depends_on = None\nimport sqlalchemy as sa\nfrom alembic import op\n\n"
        f"def upgrade():\n{body}\n\ndef downgrade():\n    pass\n",
        encoding="utf-8",
    )


@pytest.fixture
def scripts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the migrations the test may add a revision to."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder)
    monkeypatch.setattr(migrate, "MIGRATIONS", folder)
    # the tests add a revision NEXT on top of what this version ships
    monkeypatch.setattr(migrate, "HEAD", NEXT)
    monkeypatch.setattr(migrate, "KNOWN", (*migrate.KNOWN, NEXT))
    migrate._script.cache_clear()
    yield folder
    migrate._script.cache_clear()


def _plan_at_shipped_head(db_path: Path, small_doc: dict) -> None:
    from planner.services import exchange

    with open_database(db_path, create=True) as db, unit_of_work(db) as s:
        exchange.import_document(s, small_doc)


def test_upgrade_backs_up_first_then_migrates(
    db_path: Path, scripts: Path, small_doc: dict
) -> None:
    _plan_at_shipped_head(db_path, small_doc)
    _add_revision(scripts, "    op.add_column('plan', sa.Column('notes', sa.String()))")
    migrate._script.cache_clear()
    with open_database(db_path) as db:
        backup = db.backup_path
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == NEXT
            assert conn.exec_driver_sql("SELECT count(*) FROM activity").scalar() == 1
    assert backup is not None and backup.exists()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (SHIPPED,)
        assert old.execute("SELECT count(*) FROM mark").fetchone() == (1,)


def test_a_failing_migration_rolls_back_whole(
    db_path: Path, scripts: Path, small_doc: dict
) -> None:
    _plan_at_shipped_head(db_path, small_doc)
    _add_revision(
        scripts,
        "    op.create_table('half_done', sa.Column('id', sa.Integer(), primary_key=True))\n"
        "    op.add_column('plan', sa.Column('notes', sa.String()))\n"
        "    op.execute('INSERT INTO no_such_table VALUES (1)')",
    )
    migrate._script.cache_clear()
    with pytest.raises(PlannerError):
        open_database(db_path)
    with sqlite3.connect(db_path) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {r[1] for r in con.execute("PRAGMA table_info(plan)")}
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
    assert "half_done" not in tables
    assert "notes" not in columns
    assert version == (SHIPPED,)


def test_a_database_from_a_newer_version_is_refused_untouched(
    db_path: Path, small_doc: dict
) -> None:
    _plan_at_shipped_head(db_path, small_doc)
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE alembic_version SET version_num = '0099'")
    before = digest(db_path)
    with pytest.raises(PlannerError, match="newer version"):
        open_database(db_path)
    with pytest.raises(PlannerError, match="newer version"):
        open_database(db_path, readonly=True)
    assert digest(db_path) == before


def test_the_revision_constants_match_the_scripts() -> None:
    migrate._script.cache_clear()
    assert migrate.head() == migrate.HEAD
    assert set(migrate.KNOWN) == migrate.known_revisions()

"""A migration that rebuilds a table keeps every row of every table, children included.

Alembic's batch mode copies a table, drops the old one and renames the copy. With
foreign keys on, the drop cascades to every child (sessions, budget lines,
enrolments, marks); the planner migrates on a connection with them off and
checks them before committing.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.errors import PlannerError
from planner.services.demo import create_demo
from planner.store import migrate, open_database
from tests.tables import contents

NEXT = "9001"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    create_demo(path)
    return path


@pytest.fixture
def revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped migrations, to which a test adds one more revision."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder)
    yield folder / "versions" / f"{NEXT}_test.py"
    migrate._script.cache_clear()


def _install(
    monkeypatch: pytest.MonkeyPatch, script: Path, body: str, down: str = migrate.HEAD
) -> None:
    script.write_text(
        f"revision = {NEXT!r}\ndown_revision = {down!r}\nbranch_labels = None\n"
        "depends_on = None\nimport sqlalchemy as sa\nfrom alembic import op\n\n"
        f"def upgrade():\n{body}\n\ndef downgrade():\n    pass\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", script.parent.parent)
    monkeypatch.setattr(migrate, "HEAD", NEXT)
    monkeypatch.setattr(migrate, "KNOWN", (*migrate.KNOWN, NEXT))
    migrate._script.cache_clear()


REBUILD_ACTIVITY = (
    "    with op.batch_alter_table('activity', recreate='always') as batch:\n"
    "        batch.alter_column('venue', type_=sa.Text(), existing_nullable=True)\n"
)


def test_a_table_rebuild_keeps_every_child_row(
    demo: Path, revision: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = contents(demo)
    assert len(before["session"]) > 100 and len(before["mark"]) > 1000
    _install(monkeypatch, revision, REBUILD_ACTIVITY)
    with open_database(demo) as db:
        assert db.upgraded_from is not None and db.backup_path is not None
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == NEXT
            # the rebuild happened: the column is now TEXT
            columns = {r[1]: r[2] for r in conn.exec_driver_sql("PRAGMA table_info(activity)")}
            assert columns["venue"] == "TEXT"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert contents(demo) == before


def test_a_migration_that_breaks_a_foreign_key_rolls_back_whole(
    demo: Path, revision: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = contents(demo)
    _install(
        monkeypatch,
        revision,
        REBUILD_ACTIVITY + "    op.execute('DELETE FROM activity WHERE id = 1')\n",
    )
    with pytest.raises(PlannerError, match="pointing at rows that do not exist"):
        open_database(demo)
    assert contents(demo) == before
    with sqlite3.connect(demo) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() != (NEXT,)


def test_two_upgrades_in_the_same_second_keep_two_backups(
    demo: Path, revision: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the first attempt fails after its backup; the second, at once, must not trip over it
    _install(monkeypatch, revision, "    op.execute('INSERT INTO no_such_table VALUES (1)')\n")
    with pytest.raises(PlannerError):
        open_database(demo)
    _install(monkeypatch, revision, "    op.add_column('plan', sa.Column('notes', sa.Text()))\n")
    with open_database(demo) as db:
        assert db.backup_path is not None
    backups = sorted(demo.parent.glob("demo.sqlite.*.bak"))
    assert len(backups) == 2
    for backup in backups:
        with sqlite3.connect(backup) as con:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert con.execute("SELECT count(*) FROM mark").fetchone() == (1730,)


def test_a_database_without_its_version_row_is_refused_clearly(demo: Path) -> None:
    with sqlite3.connect(demo) as con:
        con.execute("DELETE FROM alembic_version")
    with pytest.raises(PlannerError, match="does not record its schema version"):
        open_database(demo)


REBUILD_MARK = (
    "    with op.batch_alter_table('mark', recreate='always') as batch:\n"
    "        batch.alter_column('marked_by', type_=sa.Text(), existing_nullable=True)\n"
)


def test_a_rebuild_of_the_marks_keeps_their_partial_index_as_it_was(
    demo: Path, revision: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The figures read the counted marks from ix_mark_counted alone (revision 0014):
    a later revision rebuilding ``mark`` must give it back with its condition, not as
    an index of every mark nor without it."""
    from planner.enums import COUNTED_MARKS_INDEX

    def index_sql(path: Path) -> str | None:
        with sqlite3.connect(path) as con:
            row = con.execute(
                "SELECT sql FROM sqlite_master WHERE name = ?", (COUNTED_MARKS_INDEX,)
            ).fetchone()
        con.close()
        return None if row is None else str(row[0])

    before = contents(demo)
    was = index_sql(demo)
    assert was is not None and "WHERE status != 'absent'" in was
    _install(monkeypatch, revision, REBUILD_MARK)
    with open_database(demo) as db, db.engine.connect() as conn:
        assert migrate.current_revision(conn) == NEXT
        columns = {r[1]: r[2] for r in conn.exec_driver_sql("PRAGMA table_info(mark)")}
        assert columns["marked_by"] == "TEXT"  # the rebuild happened
    assert index_sql(demo) == was
    assert contents(demo) == before

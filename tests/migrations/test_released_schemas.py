"""Every released schema upgrades to this version's, keeping every row.

``tests/data/schemas/schema-REV.sqlite`` were written by the versions that
shipped each schema (the sample plan, with one completer). Add one whenever a
release adds a revision.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from planner.services import exchange
from planner.store import migrate, open_database, unit_of_work

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"
RELEASED = sorted(p.name.split("-")[1].split(".")[0] for p in SCHEMAS.glob("schema-*.sqlite"))
NEW_COLUMNS = {
    "uid",
    "signatory_name",
    "signatory_title",
    "max_excused_share",
    "host_country",
    "max_score",
    "name_zh",
    "owner_zh",
    "title_zh",
    "venue_zh",
    "unit_zh",
    "report_reference",
    "report_version",
    "prepared_name",
    "prepared_title",
    "reviewed_name",
    "reviewed_title",
    "approved_name",
    "approved_title",
    "source",
    "rate_date",
    "version",
}
#: Columns that a revision moved elsewhere: ``budget_line.actual_minor`` became one
#: undated payment per line (0005); checked below.
MOVED_COLUMNS = {"actual_minor"}


def rows(path: Path) -> dict[str, list[dict[str, object]]]:
    with sqlite3.connect(path) as con:
        con.row_factory = sqlite3.Row
        tables = [
            r[0]
            for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if r[0] != "alembic_version"
        ]
        out = {
            t: [
                {k: row[k] for k in row.keys() if k not in NEW_COLUMNS | MOVED_COLUMNS}  # noqa: SIM118
                for row in con.execute(f'SELECT * FROM "{t}" ORDER BY rowid')
            ]
            for t in tables
        }
    con.close()
    return out


def test_every_revision_but_the_newest_has_a_fixture() -> None:
    assert list(migrate.KNOWN[: len(RELEASED)]) == RELEASED
    assert len(RELEASED) >= len(migrate.KNOWN) - 1


def test_the_newest_fixture_opens_unchanged_at_head(tmp_path: Path) -> None:
    """A fixture of the current schema opens without an upgrade or a backup."""
    if RELEASED[-1] != migrate.HEAD:
        pytest.skip("the current schema has no fixture yet")
    path = tmp_path / "plan.sqlite"
    shutil.copy(SCHEMAS / f"schema-{migrate.HEAD}.sqlite", path)
    before = rows(path)
    with open_database(path) as db:
        assert db.upgraded_from is None and db.backup_path is None
    assert rows(path) == before


@pytest.mark.parametrize("revision", [r for r in RELEASED if r != migrate.HEAD])
def test_a_released_schema_upgrades_keeping_every_row(revision: str, tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    shutil.copy(SCHEMAS / f"schema-{revision}.sqlite", path)
    before = rows(path)
    moves_actuals = revision < "0005"  # before 0005, a line's actual was a column
    actuals = []
    if moves_actuals:
        with sqlite3.connect(path) as con:
            actuals = con.execute(
                "SELECT id, actual_minor FROM budget_line WHERE actual_minor IS NOT NULL "
                "ORDER BY id"
            ).fetchall()
        con.close()
        assert actuals  # the fixture has actual amounts to carry over
    with open_database(path) as db:
        assert db.upgraded_from == revision and db.backup_path is not None
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
    after = rows(path)
    for table, old in before.items():
        assert after[table] == old, table
    with sqlite3.connect(path) as con:
        for table in ("plan", "activity", "participant", "budget_line", "theme"):
            uids = [r[0] for r in con.execute(f"SELECT uid FROM {table}")]
            assert all(len(u) == 32 for u in uids) and len(set(uids)) == len(uids)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        # each actual amount is now one undated payment of that amount
        payments = con.execute(
            "SELECT budget_line_id, amount_minor, paid_on, reference, note, booked_rate "
            "FROM payment ORDER BY id"
        ).fetchall()
        if moves_actuals:
            assert payments == [(line, amount, None, "", "", None) for line, amount in actuals]
        else:
            assert payments  # carried over as they were (the table comparison above)
    con.close()
    # and the upgraded plan exports as it did
    with open_database(path, readonly=True) as db, unit_of_work(db) as s:
        doc = exchange.export_document(s, 1)
    assert doc["activities"][0]["code"] == "TC-2027-01"

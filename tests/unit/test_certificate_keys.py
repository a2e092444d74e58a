"""Certificate codes keyed with a secret of the database (HMAC-SHA256, migration 0002)."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from planner import cli
from planner.errors import PlannerError
from planner.services import exchange
from planner.services.certificates import certificate_key, certificates, verify
from planner.store import open_database, unit_of_work

PLAN = "China-ASEAN Customs Capacity Building Action Plan 2027-2031"
SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"

TABLES = (
    "plan administration theme funding_source exchange_rate envelope participant "
    "activity session quota budget_line enrolment mark"
).split()


def completer_doc(doc: dict[str, Any]) -> dict[str, Any]:
    """The sample plan, where P0001 attends all 5 sessions of TC-2027-01: a completer."""
    activity = doc["activities"][0]
    activity["attendance"] = [
        {"participant": "P0001", "session": day, "status": "present"}
        for day in activity["sessions"]
    ]
    return doc


def database(path: Path, doc: dict[str, Any]) -> tuple[str, bytes]:
    """A new database at ``path`` holding ``doc``: (P0001's code, the database's key)."""
    with open_database(path, create=True) as db, unit_of_work(db) as s:
        plan_id = exchange.import_document(s, doc)
        (cert,) = certificates(s, plan_id, "TC-2027-01")
        return cert.code, certificate_key(s)


def old_code(plan: str, activity: str, participant: str) -> str:
    """A code as versions before 0002 printed it: an unkeyed hash anyone can compute."""
    digest = hashlib.sha256("\x1f".join((plan, activity, participant)).encode("utf-8")).digest()
    text = base64.b32encode(digest).decode("ascii")[:10]
    return f"{text[:5]}-{text[5:]}"


def test_the_same_plan_in_two_databases_gets_different_codes(
    tmp_path: Path, small_doc: dict[str, Any]
) -> None:
    doc = completer_doc(small_doc)
    code_a, key_a = database(tmp_path / "a.sqlite", doc)
    code_b, key_b = database(tmp_path / "b.sqlite", doc)
    assert len(key_a) == len(key_b) == 32 and key_a != key_b
    assert code_a != code_b
    for code in (code_a, code_b):  # 12 base32 characters (60 bits) in groups of four
        assert len(code) == 14 and code[4] == code[9] == "-"
        assert set(code.replace("-", "")) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    with open_database(tmp_path / "b.sqlite", readonly=True) as db, unit_of_work(db) as s:
        assert verify(s, code_b).startswith("valid: Sok Dara (P0001, KH) completed TC-2027-01")
        with pytest.raises(PlannerError, match="no completer holds"):
            verify(s, code_a)  # a code of the other database proves nothing here


def test_a_code_is_accepted_with_or_without_dashes_in_any_case(
    tmp_path: Path, small_doc: dict[str, Any]
) -> None:
    code, _ = database(tmp_path / "a.sqlite", completer_doc(small_doc))
    with open_database(tmp_path / "a.sqlite", readonly=True) as db, unit_of_work(db) as s:
        line = verify(s, code)
        plain = code.replace("-", "")
        for typed in (plain, plain.lower(), f" {code.lower()} ", f"{plain[:6]} {plain[6:]}"):
            assert verify(s, typed) == line


def test_a_code_forged_the_old_way_is_refused_saying_why(
    tmp_path: Path, small_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.sqlite"
    database(path, completer_doc(small_doc))
    forged = old_code(PLAN, "TC-2027-01", "P0001")  # what the old version printed, too
    with open_database(path, readonly=True) as db, unit_of_work(db) as s:
        for typed in (forged, forged.replace("-", "").lower()):
            with pytest.raises(PlannerError) as info:
                verify(s, typed)
            assert info.value.message.startswith(f"{forged} was printed by an older version")
            assert "not keyed and can be forged" in info.value.message
            assert "reprint the certificate" in info.value.message
    assert cli.main(["verify", forged, "--db", str(path)]) == 1
    refused = capsys.readouterr()
    assert refused.out == ""
    assert refused.err.startswith(f"planner: {forged} was printed by an older version")
    assert len(refused.err.splitlines()) == 1


def test_the_exchange_file_does_not_carry_the_key(
    tmp_path: Path, small_doc: dict[str, Any]
) -> None:
    path = tmp_path / "a.sqlite"
    code, key = database(path, completer_doc(small_doc))
    out = tmp_path / "plan.json"
    assert cli.main(["export", "--db", str(path), "-o", str(out)]) == 0
    text = out.read_text("utf-8")
    assert key.hex() not in text and key.hex().upper() not in text
    assert "certificate_key" not in text and "app_setting" not in text
    # imported elsewhere, the plan gets that database's codes
    elsewhere, other = database(tmp_path / "b.sqlite", json.loads(text))
    assert other != key and elsewhere != code


def test_a_database_without_its_key_says_so(tmp_path: Path, small_doc: dict[str, Any]) -> None:
    path = tmp_path / "a.sqlite"
    code, _ = database(path, completer_doc(small_doc))
    con = sqlite3.connect(path)
    with con:
        con.execute("DELETE FROM app_setting")
    con.close()
    with (
        open_database(path, readonly=True) as db,
        unit_of_work(db) as s,
        pytest.raises(PlannerError, match="key for certificate codes is missing"),
    ):
        verify(s, code)


def test_upgrading_a_0001_database_makes_the_key_and_keeps_every_row(tmp_path: Path) -> None:
    """tests/data/schemas/schema-0001.sqlite was written by the version that shipped
    schema 0001 (the sample plan, P0001 completing TC-2027-01)."""
    path = tmp_path / "old.sqlite"
    shutil.copy(SCHEMAS / "schema-0001.sqlite", path)
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        before = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    con.close()
    assert before["mark"] == 5 and before["participant"] == 1

    with open_database(path) as db:  # upgrades, after a backup
        assert db.backup_path is not None and db.backup_path.exists()
    with sqlite3.connect(path) as con:
        ((name, value),) = con.execute("SELECT name, value FROM app_setting").fetchall()
        after = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    con.close()
    assert name == "certificate_key" and len(bytes.fromhex(value)) == 32
    assert after == before
    with open_database(path, readonly=True) as db, unit_of_work(db) as s:
        (cert,) = certificates(s, 1, "TC-2027-01")
        assert verify(s, cert.code).startswith("valid: Sok Dara")

"""The certificate register: issue dates, kinds, numbers, reprints, revocation."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from planner.errors import PlannerError
from planner.reports import transcript_report
from planner.services import exchange, journal
from planner.services.certificate_register import (
    issue_certificates,
    register,
    revoke_certificate,
)
from planner.services.certificates import verify
from planner.services.people import delete_participant
from planner.services.transcript import transcript
from planner.store import Database, open_database, raw_connection, unit_of_work
from tests.pg import SecondDesk

ROOT = Path(__file__).resolve().parents[2]
DAYS = ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"]


def planner(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


@pytest.fixture
def plan(small_doc: dict[str, Any], load: Callable[[dict[str, Any]], int]) -> int:
    """TC-2027-01 (5 sessions of 6 hours, ends 2027-03-05): P0001 5 of 5 completes,
    P0002 3 of 5 does not (threshold 0.80). SY-2027-01, a delivered symposium of 2
    sessions of 3.5 hours: P0001 attends both."""
    small_doc["participants"].append(
        {"ref": "P0002", "name": "Nguyen Van An", "administration": "KH"}
    )
    first = small_doc["activities"][0]
    first["enrolments"].append({"participant": "P0002", "status": "confirmed"})
    first["attendance"] = [
        {"participant": "P0001", "session": d, "status": "present"} for d in DAYS
    ] + [{"participant": "P0002", "session": d, "status": "present"} for d in DAYS[:3]]
    small_doc["activities"].append(
        {
            **{k: v for k, v in first.items() if k not in ("budget_lines", "attendance")},
            "code": "SY-2027-01",
            "kind": "symposium",
            "title": "Regional symposium",
            "start": "2027-06-01",
            "end": "2027-06-02",
            "hours_per_session": "3.5",
            "sessions": ["2027-06-01", "2027-06-02"],
            "enrolments": [{"participant": "P0001", "status": "confirmed"}],
            "budget_lines": [],
            "attendance": [
                {"participant": "P0001", "session": d, "status": "present"}
                for d in ("2027-06-01", "2027-06-02")
            ],
        }
    )
    return load(small_doc)


def test_issue_date_kind_hours_and_number(db: Database, plan: int) -> None:
    with journal.recorded(db, "issue", plan_id=plan) as s:
        (course,) = issue_certificates(s, plan, "TC-2027-01")
        (sym,) = issue_certificates(s, plan, "SY-2027-01", issued_on=date(2027, 7, 1))
    assert (course.number, course.kind, course.issued_on) == (
        "TC-2027-01/001",
        "completion",
        date(2027, 3, 5),  # the course's last day
    )
    assert course.hours == 30 and (course.attended, course.sessions) == (5, 5)
    assert (sym.number, sym.kind, sym.issued_on, sym.hours) == (
        "SY-2027-01/001",
        "participation",
        date(2027, 7, 1),
        7,
    )
    # Reprinted, even with another date asked: the same number, date and code.
    with journal.recorded(db, "again", plan_id=plan) as s:
        (again,) = issue_certificates(s, plan, "TC-2027-01", issued_on=date(2029, 1, 1))
    assert again == course
    with unit_of_work(db) as s:
        assert [c.number for c in register(s, plan)] == ["TC-2027-01/001", "SY-2027-01/001"]
        assert register(s, plan, participant="P0002") == []


def test_a_later_completer_gets_the_next_number_and_a_reprint_records_nothing(
    db: Database, plan: int
) -> None:
    with journal.recorded(db, "issue", plan_id=plan) as s:
        issue_certificates(s, plan, "TC-2027-01")
    with journal.recorded(db, "reprint", plan_id=plan) as s:
        issue_certificates(s, plan, "TC-2027-01")
    assert s.info["change_id"] is None  # nothing new: nothing to undo
    with unit_of_work(db) as s:
        con = raw_connection(s)
        con.execute(
            "UPDATE mark SET status = 'present' WHERE enrolment_id = "
            "(SELECT e.id FROM enrolment e JOIN participant p ON p.id = e.participant_id "
            "WHERE p.ref = 'P0002')"
        )
        con.execute(
            "INSERT INTO mark (enrolment_id, session_id, status) SELECT e.id, se.id, 'present' "
            "FROM enrolment e JOIN participant p ON p.id = e.participant_id "
            "JOIN session se ON se.activity_id = e.activity_id "
            "WHERE p.ref = 'P0002' AND se.starts = '2027-03-04'"
        )  # 4 of 5 = 0.80: completes
    with journal.recorded(db, "issue", plan_id=plan) as s:
        certs = issue_certificates(s, plan, "TC-2027-01", issued_on=date(2027, 3, 20))
    assert [(c.participant, c.number, c.issued_on) for c in certs] == [
        ("P0001", "TC-2027-01/001", date(2027, 3, 5)),
        ("P0002", "TC-2027-01/002", date(2027, 3, 20)),
    ]
    journal.undo(db)  # the issue is one undoable change
    with unit_of_work(db) as s:
        assert [c.participant for c in register(s, plan)] == ["P0001"]


@pytest.mark.both_engines
def test_replacing_the_plan_keeps_its_register_and_revocations(
    db: Database, plan: int, small_doc: dict[str, Any], load: Callable[..., int]
) -> None:
    """A plan file carries no register: replacing the plan from its own export
    once emptied it, and a revoked certificate verified as valid again."""
    with journal.recorded(db, "issue", plan_id=plan) as s:
        (course,) = issue_certificates(s, plan, "TC-2027-01")
        (symposium,) = issue_certificates(s, plan, "SY-2027-01", issued_on=date(2027, 7, 1))
        revoke_certificate(s, plan, symposium.number, "wrong person", on=date(2027, 8, 1))
    with unit_of_work(db) as s:
        before = [(c.number, c.code, c.issued_on, c.revoked_on) for c in register(s, plan)]
        doc = exchange.export_document(s, plan)
    doc["activities"][0]["venue"] = "Hekou"
    again = load(doc, replace=True)
    with unit_of_work(db) as s:
        after = [(c.number, c.code, c.issued_on, c.revoked_on) for c in register(s, again)]
        assert after == before
        assert verify(s, course.code).startswith("valid: certificate TC-2027-01/001")
        with pytest.raises(PlannerError, match="REVOKED: certificate SY-2027-01/001"):
            verify(s, symposium.code)
    # a plan without the symposium: its certificate goes with it, the course's stays
    del doc["activities"][1]
    third = load(doc, replace=True)
    with unit_of_work(db) as s:
        assert [c.number for c in register(s, third)] == ["TC-2027-01/001"]


def test_refusals(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        with pytest.raises(PlannerError, match="ends on 2027-03-05"):
            issue_certificates(s, plan, "TC-2027-01", issued_on=date(2027, 3, 4))
        late = r"within a year of that, by 2028-03-05 \(9999-12-31 was asked\)"
        with pytest.raises(PlannerError, match=late):
            issue_certificates(s, plan, "TC-2027-01", issued_on=date(9999, 12, 31))
        assert register(s, plan) == []
        (last_day,) = issue_certificates(s, plan, "TC-2027-01", issued_on=date(2028, 3, 5))
        assert last_day.issued_on == date(2028, 3, 5)
        raw_connection(s).execute("DELETE FROM certificate")
        raw_connection(s).execute(
            "UPDATE activity SET status = 'cancelled' WHERE code = 'SY-2027-01'"
        )
        with pytest.raises(PlannerError, match="SY-2027-01 is cancelled"):
            issue_certificates(s, plan, "SY-2027-01")
        assert register(s, plan) == []


def test_revoke_says_why_and_verify_says_revoked(db: Database, plan: int) -> None:
    with journal.recorded(db, "issue", plan_id=plan) as s:
        (cert,) = issue_certificates(s, plan, "TC-2027-01")
    with unit_of_work(db) as s:
        assert verify(s, cert.code).startswith(
            "valid: certificate TC-2027-01/001, issued 2027-03-05"
        )
        for number, reason, why in (
            ("TC-2027-01/009", "x", "no certificate numbered"),
            ("TC-2027-01/001", "  ", "give the reason"),
            ("TC-2027-01/001", "bad\u202etext", "RIGHT-TO-LEFT OVERRIDE"),
        ):
            with pytest.raises(PlannerError, match=why):
                revoke_certificate(s, plan, number, reason)
    with journal.recorded(db, "revoke", plan_id=plan) as s:
        gone = revoke_certificate(
            s, plan, "TC-2027-01/001", "marks entered in error", on=date(2027, 4, 1)
        )
    assert (gone.revoked_on, gone.revoked_reason) == (date(2027, 4, 1), "marks entered in error")
    with unit_of_work(db) as s:
        with pytest.raises(PlannerError, match=r"REVOKED.*2027-04-01: marks entered in error"):
            verify(s, cert.code)
        with pytest.raises(PlannerError, match="already revoked"):
            revoke_certificate(s, plan, "TC-2027-01/001", "again")
        with pytest.raises(PlannerError, match="all been revoked"):
            issue_certificates(s, plan, "TC-2027-01")
        with pytest.raises(PlannerError, match="holds 1 issued certificate"):
            delete_participant(
                s,
                raw_connection(s)
                .execute("SELECT id FROM participant WHERE ref = 'P0001'")
                .fetchone()[0],
            )
    journal.undo(db)  # the revocation is undone: valid again
    with unit_of_work(db) as s:
        assert verify(s, cert.code).startswith("valid:")


def test_the_command_line(db: Database, db_path: Path, plan: int, tmp_path: Path) -> None:
    db.close()
    out = tmp_path / "certs.pdf"
    done = planner(
        "report", "certificates", "--db", str(db_path), "--activity", "TC-2027-01",
        "--issued-on", "2027-03-10", "-o", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    listed = planner("certificates", "list", "--db", str(db_path))
    rows = list(csv.DictReader(io.StringIO(listed.stdout)))
    assert [(r["number"], r["participant"], r["issued_on"], r["kind"]) for r in rows] == [
        ("TC-2027-01/001", "P0001", "2027-03-10", "completion")
    ]
    code = rows[0]["code"]
    assert planner("verify", code, "--db", str(db_path)).returncode == 0
    early = planner(
        "report", "certificates", "--db", str(db_path), "--activity", "SY-2027-01",
        "--issued-on", "2027-05-01", "-o", str(tmp_path / "sy.pdf"),
    )  # fmt: skip
    assert early.returncode == 1 and "ends on 2027-06-02" in early.stderr
    revoked = planner(
        "certificates", "revoke", "TC-2027-01/001", "--reason", "wrong person", "--db", str(db_path)
    )
    assert revoked.returncode == 0, revoked.stderr
    checked = planner("verify", code, "--db", str(db_path))
    assert (
        checked.returncode == 1 and "REVOKED" in checked.stderr and "wrong person" in checked.stderr
    )
    listed = planner("certificates", "list", "--db", str(db_path))
    assert "wrong person" in listed.stdout


def test_transcript_of_one_person(db: Database, db_path: Path, plan: int, tmp_path: Path) -> None:
    with journal.recorded(db, "issue", plan_id=plan) as s:
        issue_certificates(s, plan, "TC-2027-01")
    with unit_of_work(db) as s:
        one = transcript(s, plan, "P0001")
        two = transcript(s, plan, "P0002")
        pdf = transcript_report.render(s, plan, participant="P0001")
        with pytest.raises(PlannerError, match="no participant 'P9'"):
            transcript(s, plan, "P9")
    assert [(t.activity, t.attended, t.sessions, t.hours, t.completed) for t in one.lines] == [
        ("TC-2027-01", 5, 5, 30, True),  # 5 sessions of 6 hours
        ("SY-2027-01", 2, 2, 7, True),  # 2 of 3.5 hours
    ]
    assert one.lines[0].certificate is not None
    assert one.lines[0].certificate.number == "TC-2027-01/001"
    assert one.lines[1].certificate is None  # never printed: not issued
    (line,) = two.lines
    assert (line.attended, line.attendance_rate, line.completed, line.hours) == (
        3,
        Decimal("0.6"),
        False,
        18,
    )
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "TC-2027-01/001, 2027-03-05" in text and "Sok Dara" in text
    db.close()
    out = tmp_path / "t.csv"
    done = planner(
        "report", "transcript", "--participant", "P0002", "--db", str(db_path), "-o", str(out)
    )
    assert done.returncode == 0, done.stderr
    (row,) = csv.DictReader(io.StringIO(out.read_text("utf-8")))
    assert (row["attendance_rate"], row["completed"], row["hours"], row["certificate"]) == (
        "0.6000",
        "no",
        "18",
        "",
    )
    missing = planner("report", "transcript", "--db", str(db_path), "-o", str(out))
    assert missing.returncode == 2 and "--participant" in missing.stderr


def test_the_command_line_writes_the_verify_page(
    db: Database, db_path: Path, plan: int, tmp_path: Path
) -> None:
    with journal.recorded(db, "issue", plan_id=plan) as s:
        (cert,) = issue_certificates(s, plan, "TC-2027-01")
    db.close()
    out = tmp_path / "verify.html"
    done = planner("certificates", "verify-page", "--db", str(db_path), "-o", str(out))
    assert done.returncode == 0, done.stderr
    html = out.read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>") and "1 certificate" in html
    assert cert.code not in html and "Sok Dara" not in html
    wrong = planner(
        "certificates", "verify-page", "--db", str(db_path), "-o", str(tmp_path / "v.pdf")
    )
    assert wrong.returncode == 2


@pytest.mark.both_engines
def test_two_desks_revoking_one_certificate_at_once_the_second_is_refused(
    db: Database, plan: int, engine: str, db_path: Path, request: pytest.FixtureRequest
) -> None:
    """On a server both once succeeded and the second overwrote the first's reason.
    The second desk's revoke waits for the first's (a row lock on a server, the file's
    write lock on SQLite), then finds the certificate revoked and changes nothing."""
    with journal.recorded(db, "issue", plan_id=plan) as s:
        (course,) = issue_certificates(s, plan, "TC-2027-01")
    where = request.getfixturevalue("pg_url") if engine == "postgresql" else db_path
    other = open_database(where)

    def revoke_too() -> None:
        with journal.recorded(other, "Revoke r2", plan_id=plan) as s2:
            revoke_certificate(s2, plan, course.number, "r2", on=date(2027, 9, 2))

    desk = SecondDesk(revoke_too)
    try:
        with journal.recorded(db, "Revoke r1", plan_id=plan) as s:
            revoke_certificate(s, plan, course.number, "r1", on=date(2027, 9, 1))
            desk.start(raw_connection(s), engine == "postgresql")
        said = desk.said()
    finally:
        other.close()
    assert said == f"certificate {course.number} was already revoked on 2027-09-01: r1"
    with unit_of_work(db) as s:
        (entry,) = register(s, plan)
    assert (entry.revoked_on, entry.revoked_reason) == (date(2027, 9, 1), "r1")

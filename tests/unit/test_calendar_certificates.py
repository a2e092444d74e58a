"""Sessions as an .ics file, and certificate codes that `planner verify` confirms."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from sqlmodel import select

from planner.errors import PlannerError
from planner.models import Activity, Enrolment, Participant, TrainingSession
from planner.services.calendar import calendar_bytes
from planner.services.certificates import (
    certificate_key,
    certificates,
    verification_code,
    verify,
)
from planner.services.people import set_mark
from planner.store import Database, unit_of_work

ROOT = Path(__file__).resolve().parents[2]
PLAN = "China-ASEAN Customs Capacity Building Action Plan 2027-2031"
DAYS = ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"]
TIMED = ["2027-04-05T09:00", "2027-04-06T13:30", "2027-04-07T23:00"]


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
    """The sample plan with a completer (P0001, 5 of 5), a non-completer (P0002,
    2 of 5) and a second activity of timed sessions of 3.5 hours."""
    small_doc["participants"].append(
        {"ref": "P0002", "name": "Nguyễn Văn An", "administration": "KH", "gender": "M"}
    )
    first = small_doc["activities"][0]
    first["enrolments"].append({"participant": "P0002", "status": "confirmed"})
    first["attendance"] = [
        {"participant": "P0001", "session": day, "status": "present"} for day in DAYS
    ] + [{"participant": "P0002", "session": day, "status": "present"} for day in DAYS[:2]]
    small_doc["activities"].append(
        {
            **{k: v for k, v in first.items() if k not in ("budget_lines", "attendance")},
            "code": "TC-2027-02",
            "title": "Risk management seminar",
            "status": "scheduled",
            "start": "2027-04-05",
            "end": "2027-04-07",
            "venue": "Hanoi",
            "hours_per_session": "3.5",
            "sessions": TIMED,
            "enrolments": [{"participant": "P0001", "status": "confirmed"}],
            "budget_lines": [],
            "attendance": [],
        }
    )
    return load(small_doc)


def events(data: bytes) -> list[Any]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


# --- calendar ------------------------------------------------------------------------


def test_an_activitys_sessions_become_all_day_events(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        found = events(calendar_bytes(s, plan, activity="TC-2027-01"))
    assert len(found) == len(DAYS)
    for event, day in zip(found, DAYS, strict=True):
        assert str(event["summary"]) == "TC-2027-01 Single Window implementation workshop"
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert not isinstance(start, datetime)  # a date: an all-day event
        assert start == date.fromisoformat(day) and end == start + timedelta(days=1)
        assert str(event["location"]) == "Nanning"
    assert len({str(e["uid"]) for e in found}) == len(DAYS)


def test_timed_sessions_end_after_hours_per_session(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        found = events(calendar_bytes(s, plan, activity="TC-2027-02"))
    assert [e.decoded("dtstart") for e in found] == [datetime.fromisoformat(t) for t in TIMED]
    for event in found:
        assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(hours=3, minutes=30)
    # a late session ends the next day
    assert found[-1].decoded("dtend") == datetime(2027, 4, 8, 2, 30)
    assert str(found[0]["summary"]) == "TC-2027-02 Risk management seminar"


def test_the_whole_plan_and_the_same_file_twice(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        whole = calendar_bytes(s, plan)
        again = calendar_bytes(s, plan)
        with pytest.raises(PlannerError, match="no activity 'NOPE'"):
            calendar_bytes(s, plan, activity="NOPE")
    assert whole == again  # nothing in it depends on the clock
    assert len(events(whole)) == len(DAYS) + len(TIMED)


def test_the_command_line_writes_the_ics(db_path: Path, plan: int, tmp_path: Path) -> None:
    out = tmp_path / "sessions.ics"
    result = planner("calendar", "--db", str(db_path), "--activity", "TC-2027-02", "-o", str(out))
    assert result.returncode == 0, result.stderr
    found = events(out.read_bytes())
    assert [e.decoded("dtstart") for e in found] == [datetime.fromisoformat(t) for t in TIMED]
    missing = planner("calendar", "--db", str(db_path), "--activity", "NOPE", "-o", str(out))
    assert missing.returncode == 1 and "no activity 'NOPE'" in missing.stderr


# --- certificates and verification codes -----------------------------------------------


def test_codes_are_deterministic_and_only_for_completers(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        first = certificates(s, plan, "TC-2027-01")
        second = certificates(s, plan, "TC-2027-01")
        key = certificate_key(s)
    assert [c.participant for c in first] == ["P0001"]
    assert first == second
    code = first[0].code
    assert code == verification_code(key, PLAN, "TC-2027-01", "P0001")
    assert len(code) == 14 and code[4] == code[9] == "-"
    # another plan, activity or participant gives another code
    assert code != verification_code(key, PLAN, "TC-2027-01", "P0002")
    assert code != verification_code(key, PLAN, "TC-2027-02", "P0001")
    assert code != verification_code(key, PLAN + " ", "TC-2027-01", "P0001")


def test_certificates_are_for_delivered_activities(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        with pytest.raises(PlannerError, match="scheduled, not delivered"):
            certificates(s, plan, "TC-2027-02")
        with pytest.raises(PlannerError, match="no activity"):
            certificates(s, plan, "NOPE")


def test_verify_confirms_a_completer_and_refuses_others(db: Database, plan: int) -> None:
    with unit_of_work(db) as s:
        (cert,) = certificates(s, plan, "TC-2027-01")
        line = verify(s, cert.code)
        # typed in lower case, without the dash, with spaces around: still found
        assert verify(s, f"  {cert.code.replace('-', '').lower()} ") == line
        would_be = verification_code(certificate_key(s), PLAN, "TC-2027-01", "P0002")  # 2 of 5
        with pytest.raises(PlannerError, match="not valid"):
            verify(s, would_be)
        for malformed in ("", "ABCDE", "ABCD-EFGH-JKL1", "ABCDE-FGHIJK", "<b>x</b>"):
            with pytest.raises(PlannerError, match="not a verification code"):
                verify(s, malformed)
    assert line.startswith("valid: Sok Dara (P0001, KH) completed TC-2027-01")
    assert "5 of 5 sessions" in line


def test_a_code_stops_verifying_when_the_attendance_behind_it_changes(
    db: Database, db_path: Path, plan: int
) -> None:
    with unit_of_work(db) as s:
        (cert,) = certificates(s, plan, "TC-2027-01")
    assert planner("verify", cert.code, "--db", str(db_path)).returncode == 0
    with unit_of_work(db) as s:
        activity = s.exec(select(Activity).where(Activity.code == "TC-2027-01")).one()
        person = s.exec(select(Participant).where(Participant.ref == "P0001")).one()
        enrolment = s.exec(
            select(Enrolment).where(
                Enrolment.activity_id == activity.id, Enrolment.participant_id == person.id
            )
        ).one()
        slots = s.exec(
            select(TrainingSession).where(TrainingSession.activity_id == activity.id)
        ).all()
        assert enrolment.id is not None
        for slot in slots[:2]:  # 3 of 5 = 60%, under the plan's 80%
            assert slot.id is not None
            set_mark(s, enrolment.id, slot.id, "absent", by="test")
    with unit_of_work(db) as s:
        assert certificates(s, plan, "TC-2027-01") == []
        with pytest.raises(PlannerError, match="not valid"):
            verify(s, cert.code)
    refused = planner("verify", cert.code, "--db", str(db_path))
    assert refused.returncode == 1
    assert refused.stderr.startswith(f"planner: no completer holds the code {cert.code}")


def test_planner_verify_by_subprocess(db: Database, db_path: Path, plan: int) -> None:
    with unit_of_work(db) as s:
        key = certificate_key(s)
    code = verification_code(key, PLAN, "TC-2027-01", "P0001")
    ok = planner("verify", code, "--db", str(db_path))
    assert ok.returncode == 0, ok.stderr
    lines = ok.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("valid: Sok Dara (P0001, KH)")
    for bad, why in (
        (verification_code(key, PLAN, "TC-2027-01", "P0002"), "no completer holds"),
        ("NOT-A-CODE", "is not a verification code"),
    ):
        refused = planner("verify", bad, "--db", str(db_path))
        assert refused.returncode == 1 and refused.stdout == ""
        assert why in refused.stderr and "Traceback" not in refused.stderr
        assert len(refused.stderr.splitlines()) == 1

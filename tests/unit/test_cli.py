"""The command line of docs/command-line.md, driven as a user would, by subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner import __version__
from tests.tables import as_version_1

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "tests" / "data" / "small-plan.json"


def planner(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_version() -> None:
    result = planner("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"planner {__version__}")


def test_usage_errors_exit_2() -> None:
    result = planner("report", "budget", "--db", "x.sqlite")  # no -o
    assert result.returncode == 2
    assert "required" in result.stderr and "Traceback" not in result.stderr
    assert planner("frobnicate").returncode == 2
    assert planner("report", "budget", "--db", "x", "-o", "out.txt").returncode == 2


def test_demo_then_every_csv_report(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    created = planner("demo", "--db", str(db))
    assert created.returncode == 0, created.stderr
    again = planner("demo", "--db", str(db))
    assert again.returncode == 1 and "never overwrites" in again.stderr
    headers = {
        "cost-effectiveness": "scope,key,planned_cost,actual_cost,participants,completers,"
        "participant_days,participant_hours,cost_per_participant,cost_per_completer,"
        "cost_per_participant_day,cost_per_participant_hour,completion_rate,learning_gain,"
        "satisfaction,women_share,people_reached,learning_gain_respondents,"
        "satisfaction_respondents,normalised_gain,cost_per_gain_point,application_rate",
        "budget": "year,activity,kind,status,category,funding_source,currency,planned_original,"
        "actual_original,rate,planned,actual,variance",
        "attendance": "activity,participant,administration,sessions,attended,excused,"
        "attendance_rate,completed",
        "plan": "code,kind,title,theme,status,start,end,venue,country,mode,sessions,seats,"
        "planned_cost",
    }
    for kind, header in headers.items():
        out = tmp_path / f"{kind}.csv"
        result = planner("report", kind, "--db", str(db), "-o", str(out))
        assert result.returncode == 0, result.stderr
        text = out.read_text("utf-8")
        assert text.splitlines()[0] == header
        assert len(text.splitlines()) > 5
    # the budget CSV's lines add up to the plan row of the cost-effectiveness CSV
    budget = list(csv.DictReader(io.StringIO((tmp_path / "budget.csv").read_text("utf-8"))))
    ce = list(csv.DictReader(io.StringIO((tmp_path / "cost-effectiveness.csv").read_text("utf-8"))))
    from decimal import Decimal

    plan_row = next(r for r in ce if r["scope"] == "plan")
    actual = sum((Decimal(r["actual"]) for r in budget if r["actual"]), Decimal(0))
    planned = sum((Decimal(r["planned"]) for r in budget if r["status"] != "cancelled"), Decimal(0))
    assert actual == Decimal(plan_row["actual_cost"])
    assert planned == Decimal(plan_row["planned_cost"])
    checked = planner("check", "--db", str(db))
    assert checked.returncode == 0, checked.stderr


def test_import_export_round_trip_by_command(tmp_path: Path) -> None:
    db1, db2 = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    assert planner("import", str(SMALL), "--db", str(db1)).returncode == 0
    assert planner("export", "--db", str(db1), "-o", str(tmp_path / "a.json")).returncode == 0
    assert planner("import", str(tmp_path / "a.json"), "--db", str(db2)).returncode == 0
    assert planner("export", "--db", str(db2), "-o", str(tmp_path / "b.json")).returncode == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert as_version_1(json.loads((tmp_path / "a.json").read_text("utf-8"))) == json.loads(
        SMALL.read_text("utf-8")
    )
    refused = planner("import", str(SMALL), "--db", str(db1))
    assert refused.returncode == 1 and "--replace" in refused.stderr
    assert planner("import", str(SMALL), "--db", str(db1), "--replace").returncode == 0


def test_check_lists_problems_and_exits_1(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "p.sqlite"
    assert planner("import", str(SMALL), "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as con:  # damage behind the program's back
        con.execute("UPDATE budget_line SET currency = 'THB'")  # no THB rate for 2027
        con.execute("UPDATE activity SET end_date = '2027-03-02'")  # sessions now outside
    result = planner("check", "--db", str(db))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any("no exchange rate for THB in 2027" in line for line in lines)
    assert any("activities[0].sessions[2]" in line for line in lines)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("kind", "name"), [("sign-in", "x.csv"), ("certificates", "x.xlsx")])
def test_a_format_a_report_does_not_come_in_is_refused(
    tmp_path: Path, kind: str, name: str
) -> None:
    db = tmp_path / "p.sqlite"
    assert planner("import", str(SMALL), "--db", str(db)).returncode == 0
    result = planner(
        "report", kind, "--db", str(db), "-o", str(tmp_path / name), "--activity", "TC-2027-01"
    )
    assert result.returncode == 1 and "comes as pdf, not as" in result.stderr
    assert not (tmp_path / name).exists()


def test_an_activity_report_needs_its_activity(tmp_path: Path) -> None:
    result = planner("report", "sign-in", "--db", str(tmp_path / "p.sqlite"), "-o", "x.pdf")
    assert result.returncode == 2 and "--activity" in result.stderr


def test_a_year_outside_the_plan_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite"
    assert planner("import", str(SMALL), "--db", str(db)).returncode == 0
    out = tmp_path / "x.csv"
    result = planner("report", "budget", "--db", str(db), "-o", str(out), "--year", "1999")
    assert result.returncode == 1
    assert "1999 is outside the plan's years 2027-2031" in result.stderr
    assert not out.exists()

"""What the window is told the user may change: everything on a file; on a server,
what the login's role is granted (the server enforces it; tests/unit/test_team_engine.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.services.demo import create_demo
from planner.services.permissions import EVERYTHING, Permissions, what_i_may_do
from planner.store import open_database, raw_connection, unit_of_work
from planner.store.roles import add_user
from tests.pg import Server, as_user, make_team


def test_a_files_user_may_do_everything(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    create_demo(path)
    db = open_database(path)
    try:
        mine = what_i_may_do(db)
    finally:
        db.close()
    assert mine == EVERYTHING
    assert mine.role is None and not mine.on_server
    assert mine.plan and mine.finance and mine.attendance and mine.any_edit


@pytest.fixture
def team(pg_server: Server, pg_url: str) -> Iterator[dict[str, str]]:
    """One login per role on the test database (dropped afterwards)."""
    yield from make_team(pg_server, pg_url, "p")


@pytest.mark.parametrize(
    ("role", "plan", "finance", "attendance"),
    [
        ("trainer", False, False, True),
        ("viewer", False, False, False),
        ("planner", True, False, False),
        ("finance", False, True, False),
    ],
)
def test_each_role_is_told_what_its_grants_allow(
    pg_url: str, team: dict[str, str], role: str, plan: bool, finance: bool, attendance: bool
) -> None:
    db = open_database(as_user(pg_url, team[role]))
    try:
        mine = what_i_may_do(db)
    finally:
        db.close()
    assert mine == Permissions(
        role=role,
        plan=plan,
        finance=finance,
        attendance=attendance,
        user=team[role],
        on_server=True,
    )
    assert mine.any_edit is (role != "viewer")


def test_moving_a_person_to_another_role_changes_what_they_are_told(
    pg_url: str, team: dict[str, str]
) -> None:
    db = open_database(pg_url)
    with unit_of_work(db) as s:
        add_user(raw_connection(s), team["trainer"], "finance")
    db.close()
    db = open_database(as_user(pg_url, team["trainer"]))
    try:
        mine = what_i_may_do(db)
    finally:
        db.close()
    assert (mine.role, mine.plan, mine.finance, mine.attendance) == ("finance", False, True, False)


def test_the_owner_is_in_no_role_and_may_do_everything(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        mine = what_i_may_do(db)
    finally:
        db.close()
    assert mine.on_server and mine.role is None and mine.everything

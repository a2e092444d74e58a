"""Shared fixtures: a fresh database per test, the small sample plan document.

Tests marked ``both_engines`` run twice: on a SQLite file and on a PostgreSQL
database (one per session, emptied before each test)
when a server is given with ``--pg URL`` or ``PLANNER_TEST_PG`` (see
scripts/pg-test-server). Without a server the PostgreSQL runs are skipped, except
under ``CI=1``, where a missing server fails them.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Qt without a screen; set once, before any test imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.services import exchange
from planner.store import Database, open_database, unit_of_work
from tests import pg

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session", autouse=True)
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The tests' parsed fonts (planner.reports.font_cache) in a folder of the
    session's, never the user's cache."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture(autouse=True)
def _own_state_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test (and the commands it starts) keeps its records of checked databases
    (``planner.store.checked``) in a folder of its own, never the user's: every test
    starts with no file known to be sound."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "plan.sqlite"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--pg",
        default=os.environ.get("PLANNER_TEST_PG"),
        help="a PostgreSQL server (postgresql://... of a database we may create "
        "databases from) for the tests marked both_engines; env PLANNER_TEST_PG",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_engines"):
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """Which engine the test's database is on (``sqlite`` unless marked both_engines)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server(request: pytest.FixtureRequest) -> Iterator[pg.Server]:
    """The PostgreSQL server of this run, with a template database at the head schema."""
    url = request.config.getoption("--pg")
    if not url:
        if os.environ.get("CI") == "1":
            pytest.fail("CI=1 but no PostgreSQL server: give --pg URL or PLANNER_TEST_PG")
        pytest.skip("no PostgreSQL server (give --pg URL or PLANNER_TEST_PG)")
    server = pg.Server(str(url))
    yield server
    server.close()


@pytest.fixture
def pg_url(pg_server: pg.Server) -> Iterator[str]:
    """An empty, migrated PostgreSQL database for one test."""
    yield pg_server.fresh()


@pytest.fixture
def db(db_path: Path, engine: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    where: Path | str = db_path
    if engine == "postgresql":
        where = request.getfixturevalue("pg_url")
    database = open_database(where, create=True)
    yield database
    database.close()


@pytest.fixture
def small_doc() -> dict[str, Any]:
    """The spec's example plan (tests/data/small-plan.json), a fresh copy per test."""
    return copy.deepcopy(json.loads((DATA / "small-plan.json").read_text("utf-8")))


@pytest.fixture
def load(db: Database) -> Callable[[dict[str, Any]], int]:
    """Import a document into the test database; returns the plan id."""

    def _load(doc: dict[str, Any], replace: bool = False) -> int:
        with unit_of_work(db) as s:
            return exchange.import_document(s, doc, replace=replace)

    return _load

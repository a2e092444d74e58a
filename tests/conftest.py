"""Shared fixtures: a fresh database per test, the small sample plan document."""

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

DATA = Path(__file__).parent / "data"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "plan.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path, create=True)
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

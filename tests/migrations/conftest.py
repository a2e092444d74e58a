"""Fixtures of the migration tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine


@pytest.fixture
def conn(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Connection]:
    """A connection to an empty database of the engine (``engine``: the test's
    both_engines parameter), one transaction per test."""
    if engine == "postgresql":
        server = request.getfixturevalue("pg_server")
        suffix = request.module.__name__.rsplit("_", 1)[-1]  # test_migration_0011 -> 0011
        url = server.empty(f"r{suffix}").replace("postgresql://", "postgresql+psycopg://", 1)
    else:
        url = f"sqlite:///{tmp_path / 'plan.sqlite'}"
    eng = create_engine(url)
    with eng.begin() as c:
        yield c
    eng.dispose()

"""Team mode: the figures of the large plan on PostgreSQL against the same figures
on SQLite, in the same run.

The large plan is imported into a SQLite file and copied with ``planner copy`` to
a PostgreSQL database (the copy's time is shown for context; it ends with
``VACUUM (ANALYZE)``, the statistics and visible pages autovacuum would otherwise
make soon after); then ``metrics.compute`` runs in process on each, best of
several runs, and the two results must be equal. The server is ``$PLANNER_TEST_PG`` when set, else a
throw-away one from ``scripts/pg-test-server`` (stopped afterwards); without
PostgreSQL the figures say so instead of a time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_core import best_seconds, large_plan_json, log  # noqa: E402

RUNS = 5
Row = tuple[str, float | str, str, str]
SERVER = ROOT / "scripts" / "pg-test-server"


def _planner(*args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "planner", *args], capture_output=True, text=True, cwd=ROOT
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr)


def _server(tmp: Path) -> tuple[str, bool]:
    """A server's address, and whether this run started it."""
    given = os.environ.get("PLANNER_TEST_PG")
    if given:
        return given, False
    env = {**os.environ, "PLANNER_PG_STATE": str(tmp / "pg-state")}
    done = subprocess.run([str(SERVER), "start"], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"no PostgreSQL server: {done.stderr.strip()}")
    return done.stdout.strip(), True


def _stop(tmp: Path) -> None:
    env = {**os.environ, "PLANNER_PG_STATE": str(tmp / "pg-state")}
    subprocess.run([str(SERVER), "stop"], capture_output=True, env=env, check=False)


@contextmanager
def server_database(tmp: Path, dbname: str) -> Iterator[str]:
    """The address of a new empty database ``dbname`` on ``$PLANNER_TEST_PG`` or on a
    server started in ``tmp``; dropped (and that server stopped) afterwards. Raises
    RuntimeError when there is no server."""
    import psycopg

    from tests.pg import with_database

    server, started = _server(tmp)
    try:
        with psycopg.connect(server, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
            con.execute(f'CREATE DATABASE "{dbname}"')
        yield with_database(server, dbname)
    finally:
        with psycopg.connect(server, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        if started:
            _stop(tmp)


def run() -> list[Row]:
    from planner.services import metrics
    from planner.store import open_database, unit_of_work

    with tempfile.TemporaryDirectory(prefix="planner-bench-team-") as name:
        tmp = Path(name)
        try:
            with server_database(tmp, f"planner_bench_{os.getpid()}") as url:
                file = tmp / "large.sqlite"
                log("team: importing the large plan into SQLite ...")
                _planner("import", str(large_plan_json()), "--db", str(file))
                log("team: copying it to PostgreSQL ...")
                started_copy = time.perf_counter()
                _planner("copy", "--from", str(file), "--to", url)
                copy_s = time.perf_counter() - started_copy
                # the copy leaves the server's statistics and visible pages as
                # autovacuum soon makes them (VACUUM (ANALYZE)): the steady state a
                # programme office works in, measured as a user gets it
                times: dict[str, float] = {}
                results = []
                for engine, where in (("sqlite", file), ("postgresql", url)):
                    with open_database(where, readonly=True) as db, unit_of_work(db) as s:
                        results.append(metrics.compute(s, 1))
                        times[engine] = best_seconds(RUNS, lambda s=s: metrics.compute(s, 1))
                same = results[0] == results[1]
        except RuntimeError as e:
            if "no PostgreSQL server" not in str(e):
                raise
            return [("team: figures on PostgreSQL / SQLite", str(e)[:40], "x", "<= 1.5")]
    return [
        ("team: planner copy of the large plan to PostgreSQL", round(copy_s, 1), "s", ""),
        ("team: metrics.compute on SQLite", round(times["sqlite"], 3), "s", ""),
        ("team: metrics.compute on PostgreSQL", round(times["postgresql"], 3), "s", ""),
        (
            "team: figures on PostgreSQL / SQLite",
            round(times["postgresql"] / times["sqlite"], 2),
            "x",
            "<= 1.5",
        ),
        ("team: the same figures on both engines", 1 if same else 0, "", "== 1"),
    ]


if __name__ == "__main__":
    for row in run():
        print(*row, sep="\t")

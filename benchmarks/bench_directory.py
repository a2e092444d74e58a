"""The look-alike search of the directory on names that thousands of people share.

A name's common word prefixes ("ngu", "van") are skipped as search keys when more
than a few hundred people share them, so a nomination list checked against a
directory full of Nguyens stays fast; an exact name (any word order) is still
found through its exact keys. Measured in process, best of several runs:

- building an :class:`~planner.services.directory.Index` of 5,000 people named
  ``Nguyen Van <n>`` and one ``Nguyen Thi Lan`` (for context);
- finding ``Lan Nguyen Thi`` among them: < 500 ms;
- 5,000 people all named ``Nguyen Van An``: naming the first few look-alikes of
  one more (at most ``MAX_SIMILAR``): < 100 ms.

Run through ``benchmarks/run.py``; ``python benchmarks/bench_directory.py`` prints
the rows alone.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PEOPLE = 5_000
RUNS = 5

Row = tuple[str, float | str, str, str]


def log(message: str) -> None:
    print(f"  bench_directory: {message}", file=sys.stderr, flush=True)


def best(fn: Callable[[], Any], runs: int = RUNS) -> tuple[float, Any]:
    """The shortest of ``runs`` timings of ``fn``, and what its last call returned."""
    times = []
    result = None
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return min(times), result


def run() -> list[Row]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from planner.services import directory as D

    log(f"{PEOPLE:,} people of one common name ...")
    people = [D.Person(f"P{n:05d}", f"Nguyen Van {n}", None, "VN", None) for n in range(PEOPLE)]
    people.append(D.Person("PX", "Nguyen Thi Lan", None, "VN", None))
    build, index = best(lambda: D.Index(people))
    find, found = best(lambda: dict(index.similar("Lan Nguyen Thi", "VN", None)))
    if "PX" not in found:
        raise RuntimeError(f"the exact name was not found: {found}")

    same = D.Index(D.Person(f"P{n:05d}", "Nguyen Van An", None, "VN", None) for n in range(PEOPLE))
    first, named = best(lambda: same.similar("Nguyen Van An", "VN", None))
    if len(named) != D.MAX_SIMILAR:
        raise RuntimeError(f"{len(named)} look-alikes named, not {D.MAX_SIMILAR}")
    return [
        (f"directory: index {PEOPLE:,} people, one common name", build * 1000, "ms", ""),
        (f"directory: exact name among {PEOPLE:,} common ones", find * 1000, "ms", "< 500"),
        (f"directory: first look-alikes of {PEOPLE:,} namesakes", first * 1000, "ms", "< 100"),
    ]


def main() -> int:
    for name, value, unit, target in run():
        print(f"{name}\t{value}\t{unit}\t{target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Run every benchmark and print one line per figure, with its target and verdict.

    .venv/bin/python benchmarks/run.py            # every benchmarks/bench_*.py
    .venv/bin/python benchmarks/run.py core       # only bench_core.py

A benchmark is a module ``benchmarks/bench_NAME.py`` with
``def run() -> list[tuple[str, float | str, str, str]]`` returning rows
``(name, value, unit, target)``. ``target`` is ``"< 5"``, ``"<= 1.5"``, ``"> 0"``
(compared with ``value`` in ``unit``) or ``""`` for a figure shown for context.
Progress goes to standard error; the table to standard output.

Exit status: 0 when every benchmark ran, whether or not its targets were met
(this is a report); 1 when a benchmark failed to run (its line says ERROR).
"""

from __future__ import annotations

import importlib.util
import operator
import re
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

Row = tuple[str, Any, str, str]

_TARGET_RE = re.compile(r"\s*(<=|>=|<|>|==)\s*(-?[0-9]+(?:\.[0-9]+)?)\s*(\S*)\s*")
_OPS: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
}
WIDTHS = (50, 9, 5, 9)


def verdict(value: Any, target: str) -> str:
    """``ok``, ``MISSED`` or ``""`` (no target); a non-number against a target misses."""
    if not target.strip():
        return ""
    m = _TARGET_RE.fullmatch(target)
    if m is None:
        raise ValueError(f"cannot read the target {target!r}")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "MISSED"
    return "ok" if _OPS[m.group(1)](float(value), float(m.group(2))) else "MISSED"


def show(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def line(name: str, value: str, unit: str, target: str, mark: str) -> str:
    n, v, u, t = WIDTHS
    return f"{name:<{n}}  {value:>{v}}  {unit:<{u}}  {target:<{t}}  {mark}".rstrip()


def discover(names: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    if not names:
        return found
    wanted = {n.removeprefix("bench_").removesuffix(".py") for n in names}
    chosen = [p for p in found if p.stem.removeprefix("bench_") in wanted]
    unknown = wanted - {p.stem.removeprefix("bench_") for p in chosen}
    if unknown:
        raise SystemExit(
            f"run.py: no benchmark named {', '.join(sorted(unknown))}; "
            f"have {', '.join(p.stem.removeprefix('bench_') for p in found)}"
        )
    return chosen


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if any(a in ("-h", "--help") for a in args):
        print(__doc__)
        return 0
    for p in (str(ROOT), str(HERE)):
        if p not in sys.path:
            sys.path.insert(0, p)
    failed = 0
    paths = discover(args)
    from bench_core import compile_planner

    compile_planner()  # as an installed planner has it (bench_core.compile_planner)
    print(line("name", "value", "unit", "target", "verdict"))
    print(line(*("-" * w for w in WIDTHS), "-------"))
    for path in paths:
        started = time.perf_counter()
        print(f"[{path.stem}] running ...", file=sys.stderr, flush=True)
        try:
            rows: list[Row] = list(load(path).run())
        except Exception:
            traceback.print_exc()
            print(line(path.stem, "error", "", "", "ERROR (see standard error)"), flush=True)
            failed += 1
            continue
        for name, value, unit, target in rows:
            print(line(name, show(value), unit, target, verdict(value, target)), flush=True)
        print(
            f"[{path.stem}] done in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
            flush=True,
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

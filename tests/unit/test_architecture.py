"""Imports point one way: only the window code may import Qt (DESIGN.md)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "planner"


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")]
    return found


def test_nothing_outside_the_window_imports_qt() -> None:
    offenders = {
        str(path.relative_to(ROOT)): qt_imports(path)
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1] and qt_imports(path)
    }
    assert offenders == {}


def test_the_scan_would_catch_an_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("def f():\n    from PySide6.QtCore import Qt\n", encoding="utf-8")
    assert qt_imports(sample) == ["PySide6.QtCore"]


def test_the_command_line_runs_without_loading_qt() -> None:
    code = (
        "import sys; from planner import cli; "
        "cli.main(['report', 'plan', '--db', '/nonexistent/x.sqlite', '-o', '/tmp/x.csv']); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "[]"

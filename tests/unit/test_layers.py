"""Imports point down the layers: ui -> reports -> services -> store -> models."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "planner"


def planner_imports(path: Path) -> set[str]:
    """The planner modules ``path`` imports, at module level or inside functions."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return {name for name in found if name.startswith("planner.")}


@pytest.mark.parametrize(
    ("layer", "above"),
    [
        ("services", ("planner.reports", "planner.ui")),
        ("reports", ("planner.ui",)),
    ],
)
def test_a_layer_imports_nothing_above_it(layer: str, above: tuple[str, ...]) -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name for name in planner_imports(path) if name.startswith(above)
        )
        for path in (PACKAGE / layer).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_scan_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("def f():\n    from planner.reports import data\n", encoding="utf-8")
    assert "planner.reports.data" in planner_imports(sample)

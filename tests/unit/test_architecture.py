"""Imports point one way (docs/architecture.md): ui -> reports -> services -> store -> models.

Every import statement of planner/ is read with ast (function-level imports too)
and resolved to the planner module it names, so that ``from planner import
display`` counts as an import of ``planner.display`` and ``from planner.reports
import data`` as one of ``planner.reports.data``.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "planner"

#: Modules below every layer: they import nothing of planner but each other. The
#: package itself holds the version and the application's name. planner.outputs is
#: not one of them: it reads planner.store.files to recognise a database.
LEAVES = frozenset(
    {
        "planner",
        "planner.addresses",
        "planner.enums",
        "planner.errors",
        "planner.iso",
        "planner.money",
        "planner.text",
        "planner.display",
        "planner.paths",
        "planner.logs",
        "planner.i18n",
        "planner.interrupts",
    }
)

#: (file, module it imports) breaking a rule below, known and being fixed elsewhere.
#: Empty this at merge time; nothing may be added to it.
KNOWN_LAYER_BREAKS: frozenset[tuple[str, str]] = frozenset()


# ------------------------------------------------------------------ the scan
def module_name(path: Path, root: Path = ROOT) -> str:
    """``planner/services/exchange.py`` -> ``planner.services.exchange``."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_module(name: str, root: Path = ROOT) -> bool:
    base = root.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def imported_modules(path: Path, root: Path = ROOT) -> Iterator[tuple[int, str]]:
    """(line, module) for every module ``path`` imports, at any depth of the file."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    try:
        name = module_name(path, root)
    except ValueError:  # a file outside the tree: the scan's own tests
        name = path.stem
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                sub = f"{source}.{alias.name}"
                yield node.lineno, sub if is_module(sub, root) else source


#: Only the command line and its own commands import ``planner.commands``.
COMMANDS = ("planner.commands",)


def within(module: str, *packages: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def planner_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def breaks() -> set[tuple[str, str]]:
    """(file, imported module) for every import that points the wrong way."""
    found: set[tuple[str, str]] = set()
    for path in planner_files():
        me = module_name(path)
        for _, target in imported_modules(path):
            if not within(target, "planner"):
                continue
            if me in LEAVES:
                wrong = target not in LEAVES
            elif within(me, "planner.models"):
                wrong = not (within(target, "planner.models") or target in LEAVES)
            elif within(me, "planner.store"):
                wrong = not (within(target, "planner.store", "planner.models") or target in LEAVES)
            elif within(me, "planner.services"):
                wrong = within(
                    target, "planner.reports", "planner.ui", "planner.cli", "planner.commands"
                )
            elif within(me, "planner.reports"):
                wrong = within(target, "planner.ui", "planner.cli", "planner.commands")
            else:
                wrong = False
            if within(target, "planner.cli") and me != "planner.__main__":
                wrong = True
            if within(target, "planner.commands") and not within(me, "planner.cli", *COMMANDS):
                wrong = True
            if wrong:
                found.add((rel(path), target))
    return found


# ------------------------------------------------------------------ the rules
def test_imports_point_one_way() -> None:
    """Leaves import only leaves; models only models; the store only models and
    itself; services nothing of reports, the window or the command line; reports
    nothing of the window or the command line; only ``python -m planner`` imports
    the command line."""
    assert breaks() - KNOWN_LAYER_BREAKS == set()


def test_the_leaves_exist() -> None:
    assert [m for m in sorted(LEAVES) if not is_module(m)] == []


def qt_imports(path: Path) -> list[str]:
    return [
        m
        for _, m in imported_modules(path)
        if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
    ]


def test_nothing_outside_the_window_imports_qt() -> None:
    offenders = {
        rel(path): qt_imports(path)
        for path in planner_files()
        if "ui" not in path.relative_to(PACKAGE).parts[:1] and qt_imports(path)
    }
    assert offenders == {}


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


# ------------------------------------------------------------------ the window and the data
#: Window files that reach the database other than through planner.services.workspace
#: today. Empty this at merge time; nothing may be added to it.
KNOWN_UI_DATABASE_FILES: frozenset[str] = frozenset()

_DATABASE_MODULES = ("sqlalchemy", "sqlmodel", "planner.store")
_SQL_START = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b")


def table_names() -> list[str]:
    from sqlmodel import SQLModel

    import planner.models  # noqa: F401  (registers every table)

    return sorted(SQLModel.metadata.tables)


def database_uses(path: Path, tables: list[str]) -> list[str]:
    """What of ``path`` touches the database directly: imports of the ORM or the
    store, and string literals that are SQL."""
    sql_from = re.compile(r"\bFROM\s+\"?(" + "|".join(map(re.escape, tables)) + r")\b")
    found = {
        (line, f"imports {m}")
        for line, m in imported_modules(path)
        if within(m, *_DATABASE_MODULES)
    }
    tree = ast.parse(path.read_text("utf-8"), str(path))
    for node in ast.walk(tree):
        text = node.value if isinstance(node, ast.Constant) else None
        if isinstance(text, str) and (_SQL_START.match(text) or sql_from.search(text)):
            found.add((node.lineno, f"SQL {text[:40]!r}"))
    return [f"line {line}: {what}" for line, what in sorted(found)]


def test_the_window_reaches_the_database_only_through_services() -> None:
    """planner/ui imports no ORM (sqlalchemy, sqlmodel) nor planner.store (the
    window holds a database through planner.services.workspace) and writes no SQL."""
    tables = table_names()
    offenders = {
        rel(path): uses
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        if rel(path) not in KNOWN_UI_DATABASE_FILES and (uses := database_uses(path, tables))
    }
    assert offenders == {}


# ------------------------------------------------------------------ the scan itself
def test_the_scan_would_catch_an_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("def f():\n    from PySide6.QtCore import Qt\n", encoding="utf-8")
    assert qt_imports(sample) == ["PySide6.QtCore"]


def test_the_scan_resolves_submodules_and_relative_imports(tmp_path: Path) -> None:
    pkg = tmp_path / "planner" / "services"
    (tmp_path / "planner" / "reports").mkdir(parents=True)
    pkg.mkdir()
    for name in ("planner/__init__.py", "planner/reports/__init__.py", "planner/reports/data.py"):
        (tmp_path / name).write_text("", encoding="utf-8")
    sample = pkg / "x.py"
    sample.write_text(
        "import planner.errors\n"
        "from planner import reports, APP_ID\n"
        "def f():\n"
        "    from planner.reports import data\n"
        "    from ..reports import data as d\n"
        "    from . import y\n",
        encoding="utf-8",
    )
    assert [m for _, m in imported_modules(sample, tmp_path)] == [
        "planner.errors",
        "planner.reports",
        "planner",
        "planner.reports.data",
        "planner.reports.data",
        "planner.services",
    ]


@pytest.mark.parametrize(
    ("source", "caught"),
    [
        ("from sqlmodel import Session\n", True),
        ("import sqlalchemy as sa\n", True),
        ("from planner.store import raw_connection\n", True),
        ("from planner import store\n", True),
        ("from planner.services.workspace import Workspace, transaction\n", False),
        ('q = "SELECT id FROM activity WHERE plan_id = ?"\n', True),
        ('q = f"DELETE FROM {t}"\n', True),
        ('q = "id, code " "FROM theme ORDER BY id"\n', True),
        ('label = tr("Delete the selected lines")\n', False),
        ('label = tr("Remove from plan")\n', False),
    ],
)
def test_the_database_scan(tmp_path: Path, source: str, caught: bool) -> None:
    sample = tmp_path / "x.py"
    sample.write_text(source, encoding="utf-8")
    assert bool(database_uses(sample, table_names())) is caught

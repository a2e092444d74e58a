"""The planner as installed from its wheel, away from the repository, writes its PDFs.

The repository keeps the fonts and translations in ``resources/`` at its top; the
wheel installs them inside the package (``planner/resources``). These tests build
the wheel as ``pip install .`` would, but offline (no build isolation: the
setuptools of this environment), install it into a folder of its own and run the
command line from a folder outside the repository, where the source checkout
cannot be imported.
"""

from __future__ import annotations

import gettext
import os
import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
# The first setuptools that reads license = "Apache-2.0" and license-files (PEP 639).
SETUPTOOLS = Version("77")

pytestmark = pytest.mark.slow


def _setuptools_or_skip() -> None:
    try:
        found = Version(version("setuptools"))
    except PackageNotFoundError:
        found = None
    if found is None or found < SETUPTOOLS:
        message = (
            f"building the wheel needs setuptools>={SETUPTOOLS} (found {found}); "
            "./scripts/test installs it"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built from a copy of the sources (the checkout stays clean)."""
    _setuptools_or_skip()
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("planner", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    pip = (sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input")
    _run(
        *pip,
        "wheel",
        "-q",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "-w",
        base / "dist",
        source,
        cwd=base,
    )
    (built,) = (base / "dist").glob("capacity_planner-*.whl")
    return built


def test_the_wheel_holds_the_modules_resources_and_licences(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "planner").rglob("*.py")}
    assert modules - names == set()
    resources = {
        f"planner/{p.relative_to(ROOT).as_posix()}"
        for pattern in (
            "fonts/*.ttf",
            "fonts/*.txt",
            "translations/**/*.mo",
            "translations/*.qm",
            "translations/**/*.po",
        )
        for p in (ROOT / "resources").glob(pattern)
    }
    assert "planner/resources/fonts/NotoSans-Regular.ttf" in resources
    assert "planner/resources/translations/zh_CN/LC_MESSAGES/planner.mo" in resources
    assert "planner/resources/translations/planner_zh_CN.qm" in resources
    assert resources - names == set()
    assert not [n for n in names if n.startswith("resources/")]  # not a top-level folder
    info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    assert f"{info}/licenses/LICENSE" in names
    wheel_licence = zipfile.ZipFile(wheel).read(f"{info}/licenses/LICENSE")
    assert wheel_licence == (ROOT / "LICENSE").read_bytes()
    assert b"Apache License" in wheel_licence and b"Version 2.0, January 2004" in wheel_licence
    metadata = zipfile.ZipFile(wheel).read(f"{info}/METADATA").decode("utf-8")
    assert "License-Expression: Apache-2.0" in metadata.splitlines()


def test_the_installed_wheel_writes_pdfs_with_its_fonts_and_translations(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    _run(
        sys.executable,
        "-m",
        "pip",
        "--disable-pip-version-check",
        "install",
        "-q",
        "--no-deps",
        "--no-index",
        "--target",
        site,
        wheel,
        cwd=tmp_path,
    )
    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env |= {
        "PYTHONPATH": str(site),
        "LANG": "C.UTF-8",
        # the log file and any data folder stay in the test's folder
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "XDG_STATE_HOME": str(tmp_path / "xdg"),
        "XDG_CACHE_HOME": str(tmp_path / "xdg"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
    }
    python = sys.executable

    where = _run(
        python,
        "-c",
        "import planner.paths as p; print(p.__file__); print(p.resources())",
        cwd=work,
        env=env,
    ).splitlines()
    assert where == [str(site / "planner" / "paths.py"), str(site / "planner" / "resources")]

    _run(python, "-m", "planner", "demo", "--db", "plan.sqlite", cwd=work, env=env)
    _run(
        python,
        "-m",
        "planner",
        "report",
        "budget",
        "--db",
        "plan.sqlite",
        "-o",
        "out.pdf",
        cwd=work,
        env=env,
    )
    pdf = (work / "out.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert b"+NotoSans-Regular" in pdf  # a subset of the shipped font, embedded
    assert b"/FontFile2" in pdf

    # The translations come from the installed package too: the Chinese report
    # speaks Chinese, in the shipped CJK font.
    _run(
        python,
        "-m",
        "planner",
        "report",
        "budget",
        "--db",
        "plan.sqlite",
        "-o",
        "zh.pdf",
        cwd=work,
        env=env | {"LANGUAGE": "zh_CN"},
    )
    from pypdf import PdfReader

    catalogue = ROOT / "resources" / "translations"
    title = gettext.translation("planner", catalogue, languages=["zh_CN"]).gettext("Budget report")
    assert title != "Budget report"
    zh = work / "zh.pdf"
    assert b"+DroidSansFallback" in zh.read_bytes()
    assert title in PdfReader(zh).pages[0].extract_text()

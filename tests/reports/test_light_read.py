"""The budget report's light route (planner.store.readonly): the same bytes as the
usual route, SQLAlchemy never loaded, and every unusual file left to the usual
open, which refuses it with the same words and exit status as before.

"Usual route" here is the command with :func:`open_readonly` answering None, as it
does for every file it does not take: the command then opens the database with
``open_database(readonly=True)`` and reads in a unit of work.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from reportlab import rl_config

from planner import cli, i18n
from planner.services.demo import create_demo
from planner.store import connect, readonly

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "tests" / "data" / "schemas"
#: sys.modules of a command that must not be there after the light route
ORM = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "planner.models")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("light") / "demo.sqlite"
    create_demo(path)
    return path


@pytest.fixture(autouse=True)
def _invariant(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """PDFs without their time stamps and random ids; the language put back."""
    monkeypatch.setattr(rl_config, "invariant", 1)
    yield
    i18n.set_language(None)


def run(args: list[str], *, light: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[int, bool]:
    """The command's exit status, and whether the light route read the file."""
    real = readonly.open_readonly
    used: list[bool] = []

    def opened(path: str | Path, *, verify: bool = True) -> readonly.ReadOnly | None:
        handle = real(path, verify=verify) if light else None
        used.append(handle is not None)
        return handle

    with monkeypatch.context() as m:
        m.setattr(readonly, "open_readonly", opened)
        status = cli.main(args)
    return status, any(used)


CASES = {
    "en": ["--lang", "en"],
    "zh": ["--lang", "zh"],
    "bilingual": ["--lang", "bilingual"],
    "year": ["--year", "2028"],
    "activity": ["--activity", "TC-2027-03"],
    "as-of": ["--as-of", "2028-06-30"],
    "baseline": ["--baseline", "Approved budget 2028", "--year", "2029"],
}


@pytest.mark.parametrize("case", CASES)
def test_the_light_pdf_is_the_usual_pdf(
    case: str, demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdfs = []
    for light in (True, False):
        out = tmp_path / f"{light}.pdf"
        args = ["report", "budget", "--db", str(demo), "-o", str(out), *CASES[case]]
        assert run(args, light=light, monkeypatch=monkeypatch) == (0, light)
        pdfs.append(out.read_bytes())
    assert pdfs[0].startswith(b"%PDF") and len(pdfs[0]) > 20_000
    assert pdfs[0] == pdfs[1]


def _sheets(data: bytes) -> dict[str, bytes]:
    """The workbook's parts but its properties (they hold the time it was written)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist() if not n.startswith("docProps/")}


def test_the_light_workbook_is_the_usual_workbook(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    books = []
    for light in (True, False):
        out = tmp_path / f"{light}.xlsx"
        args = ["report", "budget", "--db", str(demo), "-o", str(out), "--as-of", "2028-06-30"]
        assert run(args, light=light, monkeypatch=monkeypatch) == (0, light)
        books.append(_sheets(out.read_bytes()))
    assert len(books[0]) > 5
    assert books[0] == books[1]


def test_the_command_never_loads_sqlalchemy(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A whole process, as a user runs it; its PDF is the one the usual route writes."""
    out = tmp_path / "light.pdf"
    code = (
        "import sys; from planner import cli\n"
        f"status = cli.main(['report', 'budget', '--db', {str(demo)!r}, '-o', {str(out)!r}])\n"
        f"print(status, sorted(m for m in sys.modules if m.startswith({ORM!r})))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RL_invariant": "1", "LANGUAGE": "en"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0 []"
    monkeypatch.setenv("LANGUAGE", "en")
    usual = tmp_path / "usual.pdf"
    args = ["report", "budget", "--db", str(demo), "-o", str(usual)]
    assert run(args, light=False, monkeypatch=monkeypatch) == (0, False)
    assert out.read_bytes() == usual.read_bytes()


# --- what the light route leaves to the usual open -------------------------------------


def _older(path: Path) -> None:
    shutil.copyfile(SCHEMAS / "schema-0012.sqlite", path)


def _foreign(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()


def _text(path: Path) -> None:
    path.write_text("not a database\n")


def _damaged(demo: Path) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = bytearray(demo.read_bytes())
        page = 4096
        for at in range(20 * page, 40 * page, page):  # whole pages of the tables
            data[at + 8 : at + 400] = b"\xa5" * 392
        path.write_bytes(bytes(data))

    return make


def _no_file(path: Path) -> None:
    pass


def refusals(demo: Path) -> dict[str, Callable[[Path], None]]:
    return {
        "older schema": _older,
        "another program's database": _foreign,
        "not SQLite": _text,
        "damaged": _damaged(demo),
        "no file": _no_file,
    }


@pytest.mark.parametrize(
    "case", ["older schema", "another program's database", "not SQLite", "damaged", "no file"]
)
def test_an_unusual_file_gets_the_usual_refusal(
    case: str,
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make = refusals(demo)[case]
    db = tmp_path / "plan.sqlite"
    args = ["report", "budget", "--db", str(db), "-o", str(tmp_path / "out.pdf")]
    said = []
    for light in (True, False):
        db.unlink(missing_ok=True)
        make(db)
        if light:
            assert readonly.open_readonly(db) is None
        assert run(args, light=light, monkeypatch=monkeypatch) == (1, False)
        said.append(capsys.readouterr().err)
    assert said[0] == said[1]
    assert str(db) in said[0]
    assert not (tmp_path / "out.pdf").exists()


def test_a_file_locked_by_a_writer_gets_the_usual_refusal(
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "plan.sqlite"
    shutil.copyfile(demo, db)
    monkeypatch.setattr(connect, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(readonly, "BUSY_MS", 100)
    writer = sqlite3.connect(db, isolation_level=None)
    try:
        writer.execute("PRAGMA locking_mode = EXCLUSIVE")
        writer.execute("BEGIN EXCLUSIVE")
        writer.execute("UPDATE plan SET name = name")
        args = ["report", "budget", "--db", str(db), "-o", str(tmp_path / "out.pdf")]
        assert readonly.open_readonly(db) is None
        said = []
        for light in (True, False):
            assert run(args, light=light, monkeypatch=monkeypatch) == (1, False)
            said.append(capsys.readouterr().err)
    finally:
        writer.close()
    assert said[0] == said[1]
    assert "busy" in said[0]


def test_a_server_address_is_left_to_the_usual_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql://nobody:secret@127.0.0.1:9/planner"
    args = ["report", "budget", "--db", url, "-o", str(tmp_path / "out.pdf")]
    assert readonly.open_readonly(url) is None
    said = []
    for light in (True, False):
        status, used = run(args, light=light, monkeypatch=monkeypatch)
        assert (status, used) == (1, False)
        said.append(capsys.readouterr().err)
    assert said[0] == said[1]
    assert "secret" not in said[0] and "127.0.0.1" in said[0]


def test_a_light_read_that_fails_is_read_again_the_usual_way(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An SQLite error met while reading (after the checks) is not the user's answer:
    the usual route reads the file again and writes the same report."""
    from planner.reports import budget_pdf

    real = budget_pdf.render
    calls: list[str] = []

    def flaky(session: object, *args: object, **kw: object) -> bytes:
        calls.append(type(session).__name__)
        if isinstance(session, readonly.ReadOnly):
            raise sqlite3.OperationalError("database is locked")
        return real(session, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(budget_pdf, "render", flaky)
    out = tmp_path / "out.pdf"
    assert cli.main(["report", "budget", "--db", str(demo), "-o", str(out)]) == 0
    assert calls == ["ReadOnly", "Session"]
    assert out.read_bytes().startswith(b"%PDF")

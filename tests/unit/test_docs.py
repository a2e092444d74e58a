"""The documentation (README.md and docs/*.md) is true of this repository.

Every relative link and every repository path it names exists; its examples
still give what the planner writes; and nothing in the repository points readers
at material that is not in it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from planner.cli import main

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

#: Paths the pages name that the planner's own scripts create (not in the repository).
MADE_BY_SCRIPTS = {"demo/demo-plan.sqlite": "scripts/demo creates it"}

#: What points at material outside this repository. Written in pieces, so that
#: this file does not hold the words it looks for.
OUTSIDE = ("../" + "shared", "shared" + "/spec", "shared" + " specs", "STACK" + "-NOTES")
#: The folders (and files) that must not point outside the repository.
SCANNED = ("README.md", "docs", "planner", "tests", "scripts")
#: planner/ files whose comments still cite material outside the repository:
#: being reworded. Take a file off this list once its comments are reworded.
BEING_REWORDED: set[str] = set()

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})(.*)$")
_MARKER = re.compile(r"<!--\s*test:\s*(.+?)\s*-->")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
#: A file in the repository, named from its root: ``planner/cli.py``.
_FILE_PATH = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.-]+)+\.[A-Za-z0-9]+")
#: A folder in the repository, written with its slash: ``resources/translations/``.
_FOLDER_PATH = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.-]+)*/")


@dataclass(frozen=True)
class Page:
    """A Markdown page split into its prose, its code and its marked examples."""

    path: Path
    prose: list[str]  # lines outside fenced blocks, code spans removed
    spans: list[str]  # inline code spans
    blocks: list[str]  # fenced blocks' text
    examples: dict[str, str]  # fenced blocks after a <!-- test: NAME --> line
    headings: list[str]


def read_page(path: Path) -> Page:
    prose: list[str] = []
    spans: list[str] = []
    blocks: list[str] = []
    examples: dict[str, str] = {}
    headings: list[str] = []
    fence: str | None = None
    block: list[str] = []
    marker: str | None = None
    for line in path.read_text("utf-8").splitlines():
        found = _FENCE.match(line)
        if fence is not None:
            if found and found.group(1).startswith(fence) and not found.group(2).strip():
                blocks.append("\n".join(block) + "\n")
                if marker is not None:
                    examples[marker] = blocks[-1]
                    marker = None
                fence, block = None, []
            else:
                block.append(line)
            continue
        if found:
            fence = found.group(1)
            continue
        named = _MARKER.search(line)
        if named:
            marker = named.group(1)
            continue
        spans += [m.group(2).strip() for m in _CODE_SPAN.finditer(line)]
        prose.append(_CODE_SPAN.sub("", line))
        heading = _HEADING.match(line)
        if heading:
            headings.append(_CODE_SPAN.sub(lambda m: m.group(2), heading.group(2)))
    assert fence is None, f"{path.name}: a fenced block is never closed"
    assert marker is None, f"{path.name}: <!-- test: {marker} --> has no block after it"
    return Page(path, prose, spans, blocks, examples, headings)


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces
    turned into hyphens."""
    kept = "".join(ch for ch in heading.lower() if ch.isalnum() or ch in " -_")
    return kept.replace(" ", "-")


def anchors(page: Page) -> set[str]:
    seen: Counter[str] = Counter()
    out = set()
    for heading in page.headings:
        base = slug(heading)
        out.add(base if not seen[base] else f"{base}-{seen[base]}")
        seen[base] += 1
    return out


def named_paths(page: Page) -> list[str]:
    """Repository paths named in code: files in any code, folders in code spans."""
    found = []
    strip = "\"'()[]{},;:<>*"
    # A span that is a home, absolute or variable path is one path, spaces and all.
    spans = [s for s in page.spans if not s.startswith(("~", "/", "$", "%"))]
    for text in [*spans, *page.blocks]:
        for token in text.split():
            token = token.strip(strip)
            if _FILE_PATH.fullmatch(token):
                found.append(token)
    for span in spans:
        for token in span.split():
            token = token.strip(strip)
            if _FOLDER_PATH.fullmatch(token):
                found.append(token)
    return found


def page_id(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", PAGES, ids=page_id)
def test_every_relative_link_points_at_something(path: Path) -> None:
    page = read_page(path)
    broken = []
    for line in page.prose:
        for target in _LINK.findall(line):
            if re.match(r"[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
                continue
            name, _, anchor = target.partition("#")
            linked = (path.parent / name).resolve() if name else path
            if not linked.exists():
                broken.append(f"{target}: no such file")
            elif anchor and linked.suffix == ".md" and anchor not in anchors(read_page(linked)):
                broken.append(f"{target}: no such heading in {linked.name}")
    assert broken == []


@pytest.mark.parametrize("path", PAGES, ids=page_id)
def test_every_path_named_exists(path: Path) -> None:
    missing = [
        p
        for p in named_paths(read_page(path))
        if p not in MADE_BY_SCRIPTS and not (ROOT / p).exists()
    ]
    assert missing == []


def test_the_path_finder_finds_paths() -> None:
    page = Page(
        ROOT / "x.md",
        prose=[],
        spans=["planner/cli.py", "resources/translations/", "~/My Files/x/", "plan.sqlite"],
        blocks=['python benchmarks/run.py -o "$OUT/b.csv" /tmp/x.csv\n'],
        examples={},
        headings=[],
    )
    assert named_paths(page) == ["planner/cli.py", "benchmarks/run.py", "resources/translations/"]
    assert slug("Replacing a plan: --replace") == "replacing-a-plan---replace"
    assert slug("Learning gain, satisfaction and women's share") == (
        "learning-gain-satisfaction-and-womens-share"
    )


def _scanned_files() -> list[Path]:
    files: list[Path] = []
    for name in SCANNED:
        top = ROOT / name
        if top.is_file():
            files.append(top)
        elif name == "docs":
            files += sorted(top.glob("*.md"))
        else:
            files += sorted(
                p for p in top.rglob("*") if p.is_file() and "__pycache__" not in p.parts
            )
    return files


def _mentions_outside(path: Path) -> list[str]:
    try:
        text = path.read_text("utf-8").lower()
    except UnicodeDecodeError:  # fonts, compiled catalogues
        return []
    return [word for word in OUTSIDE if word.lower() in text]


def test_nothing_points_outside_the_repository() -> None:
    found = {
        page_id(p): words
        for p in _scanned_files()
        if page_id(p) not in BEING_REWORDED and (words := _mentions_outside(p))
    }
    assert found == {}


def test_the_being_reworded_list_names_only_current_offenders() -> None:
    done = [name for name in sorted(BEING_REWORDED) if not _mentions_outside(ROOT / name)]
    assert done == [], "reworded (or gone): take these off BEING_REWORDED"


# ------------------------------------------------------------------ the examples
def example(page: str, name: str) -> str:
    examples = read_page(ROOT / "docs" / page).examples
    assert name in examples, f"docs/{page} has no <!-- test: {name} --> block"
    return examples[name]


def test_the_exchange_example_imports_and_the_refused_one_is_refused_as_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    valid = tmp_path / "valid.json"
    valid.write_text(example("exchange-format.md", "valid plan file"), "utf-8")
    assert main(["import", str(valid), "--db", str(tmp_path / "a.sqlite")]) == 0

    refused = tmp_path / "refused.json"
    refused.write_text(example("exchange-format.md", "refused plan file"), "utf-8")
    capsys.readouterr()
    assert main(["import", str(refused), "--db", str(tmp_path / "b.sqlite")]) == 1
    shown = example("exchange-format.md", "refused plan file, problems")
    assert capsys.readouterr().err == shown
    assert not (tmp_path / "b.sqlite").exists()


@pytest.mark.parametrize("kind", ["budget", "attendance", "cost-effectiveness"])
def test_the_worked_example_gives_the_csv_shown(kind: str, tmp_path: Path) -> None:
    plan = tmp_path / "worked-example.json"
    plan.write_text(example("methodology.md", "worked example plan"), "utf-8")
    db = tmp_path / "worked.sqlite"
    assert main(["import", str(plan), "--db", str(db)]) == 0
    out = tmp_path / f"{kind}.csv"
    assert main(["report", kind, "--db", str(db), "-o", str(out)]) == 0
    written = out.read_bytes().decode("utf-8").replace("\r\n", "\n")
    assert written == example("methodology.md", f"worked example {kind}.csv")

"""Parsed fonts kept in the user's cache (planner.reports.font_cache): a face read
back is the face ReportLab parses, a PDF is the same either way, and a damaged,
foreign or outdated entry is parsed anew, never trusted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from planner.paths import resources
from planner.reports import font_cache

FONT = resources() / "fonts" / "NotoSansThai-Regular.ttf"  # small: quick to parse


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setattr(font_cache, "cache_dir", lambda: folder)
    return folder


def same(a: TTFont, b: TTFont) -> None:
    fa = {k: v for k, v in vars(a.face).items() if k != "_pdfScale"}
    fb = {k: v for k, v in vars(b.face).items() if k != "_pdfScale"}
    assert fa == fb
    assert [a.face._pdfScale(x) for x in (0, 1, 555, 2048)] == [
        b.face._pdfScale(x) for x in (0, 1, 555, 2048)
    ]
    assert (a.fontName, a._asciiReadable, a.shapable, type(a.encoding)) == (
        b.fontName,
        b._asciiReadable,
        b.shapable,
        type(b.encoding),
    )
    assert a.stringWidth("สวัสดี Hello", 10) == b.stringWidth("สวัสดี Hello", 10)


def test_a_face_read_back_is_the_parsed_one(cache: Path) -> None:
    first = font_cache.load_ttfont("T1", FONT)  # parsed, and kept
    [kept] = list(cache.iterdir())
    assert kept.suffix == ".marshal" and kept.stat().st_size > FONT.stat().st_size
    second = font_cache.load_ttfont("T1", FONT)  # read back
    assert second.face is not first.face
    same(second, TTFont("T1", str(FONT)))
    same(first, second)


@pytest.mark.parametrize(
    "damage",
    [b"", b"not marshal at all", b"\xe9" * 100, None],
    ids=["empty", "garbage", "bytes", "other-format"],
)
def test_a_damaged_or_foreign_entry_is_parsed_anew(
    cache: Path, damage: bytes | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    font_cache.load_ttfont("T2", FONT)
    [kept] = list(cache.iterdir())
    if damage is None:  # a valid entry of another format
        import marshal

        kept.write_bytes(marshal.dumps({"__planner_font_cache__": 0, "unitsPerEm": 1000}))
    else:
        kept.write_bytes(damage)
    parsed: list[str] = []
    real = font_cache.ttfonts.TTFont
    monkeypatch.setattr(font_cache.ttfonts, "TTFont", lambda n, p: parsed.append(p) or real(n, p))
    font = font_cache.load_ttfont("T2", FONT)
    assert parsed == [str(FONT)]  # not trusted: parsed
    same(font, real("T2", str(FONT)))
    assert kept.stat().st_size > 1000  # and written again, whole


def test_a_changed_font_file_has_another_entry(cache: Path, tmp_path: Path) -> None:
    copy = tmp_path / "font.ttf"
    copy.write_bytes(FONT.read_bytes())
    before = font_cache.entry(copy)
    os.utime(copy, ns=(1_000_000_000, 1_000_000_000))
    assert font_cache.entry(copy) != before


def test_an_unwritable_cache_only_costs_the_parse(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would go")
    monkeypatch.setattr(font_cache, "cache_dir", lambda: blocker / "fonts")
    font = font_cache.load_ttfont("T3", FONT)
    same(font, TTFont("T3", str(FONT)))


def test_a_chinese_pdf_is_the_same_from_parsed_and_from_cached_fonts(tmp_path: Path) -> None:
    """Two processes with an empty cache folder: the first parses and keeps the
    fonts, the second reads them back; ReportLab's invariant mode makes the bytes
    comparable."""
    from planner.services.demo import create_demo

    db = tmp_path / "demo.sqlite"
    create_demo(db)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "RL_invariant": "1"}
    pdfs = []
    for run in (1, 2):
        out = tmp_path / f"zh-{run}.pdf"
        args = ["report", "budget", "--db", str(db), "-o", str(out), "--lang", "zh"]
        done = subprocess.run(
            [sys.executable, "-m", "planner", *args],
            env=env,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        pdfs.append(out.read_bytes())
    kept = sorted(p.name.split("-")[0] for p in (tmp_path / "cache").rglob("*.marshal"))
    assert "DroidSansFallbackFull" in kept and "NotoSansSC" in kept
    assert pdfs[0] == pdfs[1]

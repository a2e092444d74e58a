"""The reports in Simplified Chinese: the gettext catalogue is complete, current and used.

resources/translations/zh_CN/LC_MESSAGES/planner.po (and the planner.mo compiled from it) is
kept up to date by scripts/update-translations; planner.i18n.set_language("zh_CN") selects it.
Chinese extracts from the PDFs exactly, so the text is read back with pypdf.
"""

from __future__ import annotations

import gettext
import io
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from string import Formatter
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from pypdf import PdfReader

from planner import i18n
from planner.reports import certificates_pdf, signin_pdf
from planner.reports.registry import NEEDS_ACTIVITY, REPORTS, renderer
from planner.store import Database, unit_of_work

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PO = TRANSLATIONS / "zh_CN" / "LC_MESSAGES" / "planner.po"
MO = PO.with_suffix(".mo")
SCRIPT = ROOT / "scripts" / "update-translations"
TODAY = date(2030, 1, 2)
CODE = "TC-2027-01"

#: {name}, {0}, {amount:,.2f} and %s / %(name)s
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\([^)]*\))?[sdif]")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
#: one-letter marks kept in Latin on purpose: the legends explain them
KEPT = {"P", "L", "E", "A", "S", "D", "C", "Q{n}"}


def read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def messages(catalog: Catalog) -> list[Any]:
    return [m for m in catalog if m.id]


@pytest.fixture
def chinese() -> Iterator[None]:
    i18n.set_language("zh_CN")
    try:
        yield
    finally:
        i18n.set_language(None)


# --- the catalogue ---------------------------------------------------------------------


def test_the_catalogue_is_for_simplified_chinese() -> None:
    catalog = read(PO)
    assert str(catalog.locale) in ("zh_Hans_CN", "zh_CN")
    assert catalog.num_plurals == 1
    assert MO.is_file()
    assert i18n.translations_dir().resolve() == TRANSLATIONS.resolve()


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    found = messages(read(PO))
    assert len(found) > 200
    problems = []
    for m in found:
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        label = f"{m.locations[:1]} {ids[0]!r}"
        if m.fuzzy or not all(s.strip() for s in strings):
            problems.append(f"{label}: not translated")
            continue
        expected = Counter(PLACEHOLDER.findall(ids[-1]))  # the plural names every placeholder
        for s in strings:
            if Counter(PLACEHOLDER.findall(s)) != expected:
                problems.append(f"{label}: placeholders of {s!r}")
            if sorted(TAG.findall(s)) != sorted(TAG.findall(ids[0])):
                problems.append(f"{label}: markup of {s!r}")
            if s == ids[0] and ids[0] not in KEPT and LATIN_WORD.search(s):
                problems.append(f"{label}: left in English")
            try:
                list(Formatter().parse(s))
            except ValueError as e:
                problems.append(f"{label}: {s!r} is not a format string ({e})")
    assert not problems, "\n".join(problems)


def test_the_compiled_catalogue_matches_the_po() -> None:
    """planner.mo was compiled from this .po (scripts/update-translations)."""
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for m in messages(read(PO)):
        if isinstance(m.id, tuple):
            got: str = compiled.ngettext(m.id[0], m.id[1], 2)
            wanted = m.string[0]
        else:
            got, wanted = compiled.gettext(m.id), m.string
        if got != wanted:
            stale.append(repr(m.id))
    assert not stale, "recompile with scripts/update-translations:\n" + "\n".join(stale)


def test_the_catalogue_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    env = {**os.environ, "VENV_BIN": str(Path(sys.executable).parent)}
    run = subprocess.run(
        ["bash", str(SCRIPT), "--extract", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr

    def ids(catalog: Catalog) -> dict[Any, list[Any]]:
        return {m.id: m.locations for m in messages(catalog)}

    in_code, in_po = ids(read(tmp_path / "planner.pot")), ids(read(PO))
    added = sorted(f"{where[:1]} {key!r}" for key, where in in_code.items() if key not in in_po)
    gone = sorted(repr(key) for key in in_po if key not in in_code)
    assert not added, "report strings without a translation: run scripts/update-translations\n" + (
        "\n".join(added)
    )
    assert not gone, "strings no longer in the reports: run scripts/update-translations\n" + (
        "\n".join(gone)
    )


# --- the reports -----------------------------------------------------------------------


@pytest.fixture
def plan(
    small_doc: dict[str, Any], load: Callable[[dict[str, Any]], int], db: Database
) -> tuple[Database, int]:
    """The sample plan; its one participant attends every session (a certificate)."""
    first = small_doc["activities"][0]
    assert first["code"] == CODE
    person = first["enrolments"][0]["participant"]
    first["attendance"] = [
        {"participant": person, "session": day, "status": "present"} for day in first["sessions"]
    ]
    return db, load(small_doc)


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_the_sign_in_sheet_speaks_chinese(plan: tuple[Database, int], chinese: None) -> None:
    db, plan_id = plan
    with unit_of_work(db) as s:
        data = signin_pdf.render(s, plan_id, activity=CODE, today=TODAY)
    pages = pdf_pages(data)
    assert len(pages) >= 2  # a sheet per session
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页，共 {len(pages)} 页" in text
        assert f"签到表：{CODE}" in text
        assert f"第 {number} 场，共 {len(pages)} 场" in text
        assert "序号" in text and "姓名" in text and "职务" in text and "签名（" in text
        assert "Page " not in text and "Signature" not in text


def test_the_certificate_speaks_chinese(plan: tuple[Database, int], chinese: None) -> None:
    db, plan_id = plan
    with unit_of_work(db) as s:
        data = certificates_pdf.render(s, plan_id, activity=CODE, today=TODAY)
    (text,) = pdf_pages(data)
    for words in ("结业证书", "兹证明", "已完成", "验证码", "颁发日期："):
        assert words in text
    assert "共 5 场，出席 5 场" in text
    assert "Certificate" not in text and "certify" not in text


@pytest.mark.parametrize(
    "kind", sorted(kind for kind, fmt in REPORTS if fmt == "pdf" and kind not in NEEDS_ACTIVITY)
)
def test_every_pdf_report_has_a_chinese_footer(
    kind: str, plan: tuple[Database, int], chinese: None
) -> None:
    db, plan_id = plan
    with unit_of_work(db) as s:
        data = renderer(kind, "pdf")(s, plan_id)
    pages = pdf_pages(data)
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页，共 {len(pages)} 页" in text, f"{kind}, page {number}"
        assert "Page " not in text
    assert len(HAN.findall(pages[0])) > 10  # headings and table heads, not only the footer


def test_without_a_language_the_reports_stay_english(plan: tuple[Database, int]) -> None:
    i18n.set_language("en")
    try:
        db, plan_id = plan
        with unit_of_work(db) as s:
            data = signin_pdf.render(s, plan_id, activity=CODE, today=TODAY)
        assert "Page 1 of" in pdf_pages(data)[0]
    finally:
        i18n.set_language(None)

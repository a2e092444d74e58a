"""Issue 16's check: a report written in Chinese holds no word of ASCII letters that
is not data (a name, a description, a currency), a code or a number.

The demo plan (Chinese names throughout) is rendered in Chinese; pdftotext reads each
PDF back; every word the database holds is struck out first (the English names only
where a name has no Chinese one: the demo has one everywhere, so an English title in
a Chinese report fails), and what is left must be empty apart from the short list of
format names below.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from planner import i18n
from planner.reports.registry import NEEDS_ACTIVITY, REPORTS, renderer
from planner.services.demo import create_demo
from planner.store import Database, open_database, raw_connection, unit_of_work

#: format and programme names written as such in Chinese documents, and the
#: command a certificate names for checking its code
ALLOWED = {"CSV", "PDF", "XLSX", "AEO", "planner", "verify"}
ACTIVITY = "TC-2027-01"  # delivered, with completers
TODAY = date(2030, 1, 2)
WORD = re.compile(r"[A-Za-z]{2,}")
#: a certificate's verification code (ABCD-EFGH-JKLM)
CODE = re.compile(r"\b[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}\b")
DATA_SQL = (
    # English names only where there is no Chinese one (a Chinese report shows that)
    "SELECT CASE WHEN name_zh IS NULL THEN name END, "
    "CASE WHEN owner_zh IS NULL THEN owner END, name_zh, owner_zh, base_currency FROM plan",
    "SELECT code, country, name_zh, CASE WHEN name_zh IS NULL THEN name END FROM administration",
    "SELECT code, name_zh, CASE WHEN name_zh IS NULL THEN name END FROM theme",
    "SELECT code, name_zh, CASE WHEN name_zh IS NULL THEN name END FROM funding_source",
    "SELECT code, country, title_zh, venue_zh, CASE WHEN title_zh IS NULL THEN title END, "
    "CASE WHEN venue_zh IS NULL THEN venue END FROM activity",
    "SELECT ref, name, native_name, position, email FROM participant",
    "SELECT description, currency FROM budget_line",
    "SELECT currency FROM exchange_rate",
    # the results framework has no Chinese fields: its wording is data
    "SELECT code, title FROM result",
    "SELECT code, name, unit, source, figure FROM indicator",
    "SELECT source, note FROM indicator_actual",
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("zh") / "demo.sqlite"
    create_demo(path)
    db = open_database(path)  # writable: printing certificates records them in the register
    yield db
    db.close()


@pytest.fixture(scope="module")
def data_words(demo: Database) -> set[str]:
    words: set[str] = set()
    with unit_of_work(demo) as s:
        con = raw_connection(s)
        for sql in DATA_SQL:
            for row in con.execute(sql):
                for value in row:
                    if value:
                        words.update(WORD.findall(str(value)))
    return words


def leftover(pdf: bytes, tmp_path: Path, data: set[str]) -> Counter[str]:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    run = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    text = CODE.sub(" ", run.stdout)
    return Counter(
        w
        for w in WORD.findall(text)
        if w not in data and w not in ALLOWED and not fragment(w, data)
    )


def fragment(word: str, data: set[str]) -> bool:
    """A piece of a data word that a narrow column broke across lines (electron-ic)."""
    return len(word) >= 5 and any(d.startswith(word) or d.endswith(word) for d in data)


def render_in_chinese(demo: Database, kind: str) -> bytes:
    i18n.set_language("zh_CN")
    try:
        with unit_of_work(demo) as s:
            activity = ACTIVITY if kind in NEEDS_ACTIVITY else None
            render = renderer(kind, "pdf")
            if kind in ("certificates", "sign-in", "attendance"):
                return render(s, 1, activity=activity, today=TODAY)  # type: ignore[call-arg]
            return render(s, 1, activity=activity)
    finally:
        i18n.set_language(None)


KINDS = sorted(kind for kind, fmt in REPORTS if fmt == "pdf")


@pytest.mark.parametrize("kind", KINDS)
def test_a_chinese_report_has_no_english_word_but_data(
    kind: str, demo: Database, data_words: set[str], tmp_path: Path
) -> None:
    words = leftover(render_in_chinese(demo, kind), tmp_path, data_words)
    assert not words, f"{kind}: English words in the Chinese report: {words.most_common(20)}"


def test_the_check_would_catch_an_english_label(
    demo: Database, data_words: set[str], tmp_path: Path
) -> None:
    """The same check on the English report finds its labels (the test can fail)."""
    i18n.set_language("en")
    try:
        with unit_of_work(demo) as s:
            pdf = renderer("plan", "pdf")(s, 1)
    finally:
        i18n.set_language(None)
    words = leftover(pdf, tmp_path, data_words)
    assert {"Action", "Activities"} <= set(words)
    assert "Nanning" in words  # an English venue where the Chinese one is due


def test_the_chinese_budget_report_keeps_its_data_quality_lines(demo: Database) -> None:
    """The budget report's data-quality box picks the money warnings by position, not
    by their English words, so the Chinese report lists them too (it said "no problems")."""
    from planner.reports.budget.figures import gather

    found = {}
    for language in ("en", "zh_CN"):
        i18n.set_language(language)
        try:
            with unit_of_work(demo) as s:
                found[language] = gather(s, 1, generated=TODAY).warnings
        finally:
            i18n.set_language(None)
    # the demo's 105 lines of activities still to come have no actual amount yet
    assert found["en"] == ("105 budget lines have no actual amount yet (counted as 0)",)
    assert len(found["zh_CN"]) == 1 and "105" in found["zh_CN"][0]
    assert found["zh_CN"][0] != found["en"][0]

"""Issue 16's check: a report written in Chinese holds no word of ASCII letters that
is not data (a name, a description, a currency), a code or a number.

The demo plan (Chinese names throughout) is rendered in Chinese; pdftotext reads each
PDF back; every word the database holds is struck out first (the English names only
where a name has no Chinese one: the demo has one everywhere, so an English title in
a Chinese report fails), and what is left must be empty apart from the short list of
format names below.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from planner import i18n
from planner.reports.registry import NEEDS_ACTIVITY, REPORTS, renderer
from planner.services.demo import create_demo
from planner.store import Database, open_database, raw_connection, unit_of_work
from tests.chinese_words import ALLOWED, CODE, WORD, data_words, fragment

ACTIVITY = "TC-2027-01"  # delivered, with completers
TODAY = date(2030, 1, 2)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("zh") / "demo.sqlite"
    create_demo(path)
    db = open_database(path)  # writable: printing certificates records them in the register
    yield db
    db.close()


@pytest.fixture(scope="module")
def data(demo: Database) -> set[str]:
    return data_words(demo)


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
    kind: str, demo: Database, data: set[str], tmp_path: Path
) -> None:
    words = leftover(render_in_chinese(demo, kind), tmp_path, data)
    assert not words, f"{kind}: English words in the Chinese report: {words.most_common(20)}"


def test_the_check_would_catch_an_english_label(
    demo: Database, data: set[str], tmp_path: Path
) -> None:
    """The same check on the English report finds its labels (the test can fail)."""
    i18n.set_language("en")
    try:
        with unit_of_work(demo) as s:
            pdf = renderer("plan", "pdf")(s, 1)
    finally:
        i18n.set_language(None)
    words = leftover(pdf, tmp_path, data)
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


def test_a_chinese_transcript_has_no_english_word_but_data(
    demo: Database, data: set[str], tmp_path: Path
) -> None:
    """The transcript is not in the registry (it takes a participant): checked here."""
    from planner.reports.transcript_report import render

    i18n.set_language("zh_CN")
    try:
        with unit_of_work(demo) as s:
            ref = (
                raw_connection(s)
                .execute(
                    "SELECT p.ref FROM participant p JOIN enrolment e ON e.participant_id = p.id "
                    "ORDER BY p.id LIMIT 1"
                )
                .fetchone()[0]
            )
            pdf = render(s, 1, participant=ref)
    finally:
        i18n.set_language(None)
    words = leftover(pdf, tmp_path, data)
    assert not words, f"transcript: English words in the Chinese report: {words.most_common(20)}"


def test_narrow_chinese_headers_break_between_words(demo: Database, tmp_path: Path) -> None:
    """The cost-effectiveness tables' narrow columns: 每名结业 / 学员成本 and 前后测 /
    成绩提升, never inside a word (they read 每名结业学 / 员成本 and 前后测成 / 绩提升)."""
    path = tmp_path / "ce.pdf"
    path.write_bytes(render_in_chinese(demo, "cost-effectiveness"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [line.split() for line in text.splitlines()]
    pairs = [(a, b) for above, below in pairwise(lines) for a in above for b in below]
    assert ("每名结业", "学员成本") in pairs and ("前后测", "成绩提升") in pairs
    assert not {"每名结业学", "员成本", "前后测成", "绩提升"} & {w for line in lines for w in line}

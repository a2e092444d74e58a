"""中英文对照: certificates, the budget and the cost-effectiveness PDFs in Chinese with
the English beneath, names as 中文名 with the English name; long names do not clip."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from planner import i18n
from planner.i18n import BILINGUAL, both, flat, shown, side
from planner.reports.registry import renderer
from planner.services.demo import create_demo
from planner.store import Database, open_database, unit_of_work
from tests.long_names import (
    ACTIVITY,
    CHINESE_NAMES,
    ENGLISH_NAMES,
    LONG_NAME,
    LONG_PLAN_ZH,
    LONG_TITLE,
    LONG_TITLE_ZH,
    make_names_long,
)

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2030, 1, 2)
Box = tuple[float, float, float, float]
MARKERS = re.compile("[\x1d\x1e\x1f]")

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


# --- the rule ---------------------------------------------------------------------


def test_a_bilingual_text_reads_as_a_chinese_line_and_an_english_line() -> None:
    venue = both("万象", "Vientiane")
    issued = both("颁发日期：" + both("2027年3月12日", "12 March 2027"), "Issued on 12 March 2027")
    line = f"TC-2027-01 · {venue} · {issued}"
    assert side(line, english=False) == "TC-2027-01 · 万象 · 颁发日期：2027年3月12日"
    assert side(line, english=True) == "TC-2027-01 · Vientiane · Issued on 12 March 2027"
    assert flat(both("预算报告", "Budget report")) == "预算报告 / Budget report"
    assert both("CNY", "CNY") == "CNY" and both(None, "n/a") == "n/a"
    assert flat("plain") == "plain" and side("plain", english=True) == "plain"


def test_labels_and_names_are_both_in_a_bilingual_document() -> None:
    with i18n.writing(BILINGUAL):
        assert i18n.effective_language() == "zh_CN" and i18n.bilingual()
        assert flat(i18n._("Budget report")) == "预算报告 / Budget report"
        assert flat(shown("General Administration of Customs", "海关总署")) == (
            "海关总署 / General Administration of Customs"
        )
        assert shown("Bureau of Customs", None) == "Bureau of Customs"  # no Chinese name
    with i18n.writing("zh_CN"):
        assert shown("General Administration of Customs", "海关总署") == "海关总署"
    with i18n.writing("en"):
        assert shown("General Administration of Customs", "海关总署") == (
            "General Administration of Customs"
        )


def test_the_language_of_one_thread_leaves_the_others_alone() -> None:
    """The window writes a report in the background in the language of the Reports
    menu, while the window itself keeps its own."""
    i18n.set_language("en")
    try:
        seen: list[str] = []
        inside = threading.Event()
        done = threading.Event()

        def report() -> None:
            with i18n.writing(BILINGUAL):
                seen.append(i18n._("Budget report"))
                inside.set()
                done.wait(5)

        worker = threading.Thread(target=report)
        worker.start()
        assert inside.wait(5)
        assert i18n._("Budget report") == "Budget report" and not i18n.bilingual()
        done.set()
        worker.join(5)
        assert flat(seen[0]) == "预算报告 / Budget report"
    finally:
        i18n.set_language(None)


# --- the documents ------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo plan with the very long names of tests/long_names.py in both
    languages (the plan, its owner, one activity's title and venue, the
    administration of one of its completers, a theme) and that completer's."""
    path = tmp_path_factory.mktemp("bilingual") / "demo.sqlite"
    create_demo(path)
    db = open_database(path)
    make_names_long(db)
    yield db
    db.close()


def render(db: Database, kind: str, language: str) -> bytes:
    with i18n.writing(language), unit_of_work(db) as s:
        if kind == "certificates":
            return renderer(kind, "pdf")(s, 1, activity=ACTIVITY, today=TODAY)  # type: ignore[call-arg]
        return renderer(kind, "pdf")(s, 1)


def pdf_text(pdf: bytes, tmp_path: Path, *options: str) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pages(pdf: bytes, tmp_path: Path) -> int:
    path = tmp_path / "count.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]


def words(pdf: bytes, tmp_path: Path) -> list[tuple[float, float, str, Box]]:
    """Each word pdftotext finds: its page's width and height, its text and its box
    (left, top, right, bottom, from the page's top left corner)."""
    xhtml = pdf_text(pdf, tmp_path, "-bbox")
    out = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xhtml, re.S):
        width, height = float(page.group(1)), float(page.group(2))
        for m in re.finditer(
            r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)',
            page.group(3),
        ):
            box = (float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)))
            out.append((width, height, m.group(5), box))
    return out


def words_off_the_page(pdf: bytes, tmp_path: Path, margin: float = 0.0) -> list[str]:
    """Words that ReportLab drew past a page's edge (a table wider than the page, a
    line longer than its frame), or within ``margin`` points of it: their box is
    outside the page (or the frame ``margin`` in from its edges)."""
    slack = 0.5 if margin == 0 else 2.0  # a glyph's box reaches a little past its line
    return [
        text
        for width, height, text, (x0, y0, x1, y1) in words(pdf, tmp_path)
        if min(x0, y0) < margin - slack
        or x1 > width - margin + slack
        or y1 > height - margin + slack
    ]


def squashed(text: str) -> str:
    """Without white space: a name broken across lines reads as one."""
    return re.sub(r"\s+", "", text)


@needs_poppler
@pytest.mark.parametrize(
    ("kind", "chinese", "english"),
    [
        ("budget", "预算报告", "Budget report"),
        ("cost-effectiveness", "成本效益", "Cost-effectiveness"),
        ("certificates", "结业证书", "Certificate of completion"),
    ],
)
def test_a_bilingual_report_has_both_languages_and_fits_its_pages(
    demo: Database, tmp_path: Path, kind: str, chinese: str, english: str
) -> None:
    pdf = render(demo, kind, BILINGUAL)
    text = pdf_text(pdf, tmp_path, "-layout")
    assert chinese in text and english in text
    assert not MARKERS.search(text)
    assert "海关总署" in text and "General Administration of Customs" in text  # the owner
    assert not words_off_the_page(pdf, tmp_path)


@needs_poppler
def test_a_long_name_in_both_languages_keeps_each_certificate_on_its_page(
    demo: Database, tmp_path: Path
) -> None:
    chinese = render(demo, "certificates", "zh_CN")
    pdf = render(demo, "certificates", BILINGUAL)
    assert pages(pdf, tmp_path) == pages(chinese, tmp_path)  # one page per certificate
    text = " ".join(pdf_text(pdf, tmp_path).split())
    for whole in (LONG_TITLE, LONG_TITLE_ZH, LONG_NAME):
        assert " ".join(whole.split()) in text.replace("- ", "-"), whole
    # the dates of each line in its own language
    assert "2027年3月8日至12日" in text and "8–12 March 2027" in text


@needs_poppler
@pytest.mark.parametrize("language", ["en", "zh_CN", BILINGUAL])
def test_long_names_show_whole_inside_a_certificates_frame(
    demo: Database, tmp_path: Path, language: str
) -> None:
    """Very long names of the plan, owner, activity, venue, administration and
    person, in English, in Chinese and in both: every one is printed whole, inside
    the frame (the text area within the border) of a single page per certificate,
    in type still readable."""
    from planner.reports.certificates_pdf import BORDER, INNER, PADDING

    pdf = render(demo, "certificates", language)
    english = render(demo, "certificates", "en")
    assert pages(pdf, tmp_path) == pages(english, tmp_path) == 20  # the demo's completers
    text = squashed(pdf_text(pdf, tmp_path))
    names = {
        "en": ENGLISH_NAMES,
        "zh_CN": CHINESE_NAMES,
        BILINGUAL: ENGLISH_NAMES + CHINESE_NAMES,
    }[language]
    for whole in (*names, LONG_NAME):
        assert squashed(whole) in text, whole
    others = {"en": CHINESE_NAMES, "zh_CN": ENGLISH_NAMES, BILINGUAL: ()}[language]
    for name in others:
        assert squashed(name) not in text, name
    assert not words_off_the_page(pdf, tmp_path, margin=BORDER + INNER + PADDING)
    # readable type: the name two thirds of its usual size at least (a short name
    # measures 31 points high), and nothing smaller than the seal's 8-point label (a
    # bilingual certificate shrunk whole to fit measured 5.3, its name 19.9)
    heights = [(y1 - y0, w) for _w, _h, w, (_x0, y0, _x1, y1) in words(pdf, tmp_path)]
    name = [h for h, w in heights if w == "Zulkifli"]
    assert name and min(name) >= 31.3 * 2 / 3, name
    assert min(heights) >= (7.9, ""), min(heights)


@needs_poppler
@pytest.mark.parametrize("kind", ["sign-in", "attendance"])
def test_a_long_plan_name_in_a_page_header_stays_on_one_line(
    demo: Database, tmp_path: Path, kind: str
) -> None:
    """Beside a short title ("签到表：TC-2027-01") the plan's name takes the room it
    needs: it broke before its "年）" when held to a third of the width."""
    with i18n.writing("zh_CN"), unit_of_work(demo) as s:
        pdf = renderer(kind, "pdf")(s, 1, activity=ACTIVITY, today=TODAY)  # type: ignore[call-arg]
    path = tmp_path / "first.pdf"
    path.write_bytes(pdf)
    first = subprocess.run(
        ["pdftotext", "-layout", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert LONG_PLAN_ZH in first
    assert not words_off_the_page(pdf, tmp_path)


@needs_poppler
@pytest.mark.parametrize("language", ["en", "zh_CN", BILINGUAL])
def test_a_short_baseline_table_is_not_split_from_its_total(
    demo: Database, tmp_path: Path, language: str
) -> None:
    """The budget PDF's baseline tables by category and of changed activities stay
    on one page with their caption: the bilingual demo report left "上述活动合计"
    alone on page 6, under a repeated header."""
    pdf = render(demo, "budget", language)
    pages_text = pdf_text(pdf, tmp_path, "-layout").split("\f")
    with i18n.writing(language):
        pairs = [
            (i18n._("Baseline and current by category"), i18n._("Total")),
            (i18n._("Activities whose planned cost changed"), i18n._("Total of these activities")),
        ]
    for caption, total in pairs:
        caption, total = side(caption, english=False), side(total, english=False)
        where = [n for n, page in enumerate(pages_text) if caption in page]
        assert len(where) == 1, caption
        after = pages_text[where[0]].split(caption, 1)[1]
        assert total in after, (caption, total)


@needs_poppler
def test_bilingual_table_headers_do_not_widen_tables_past_the_page(
    demo: Database, tmp_path: Path
) -> None:
    """Columns are as wide as the wider line of a bilingual header, not both side by side."""
    pdf = render(demo, "budget", BILINGUAL)
    text = pdf_text(pdf, tmp_path, "-layout")
    for label in ("Delivery variance (CNY)", "已实施差异（CNY）", "Absorption rate", "资金吸收率"):
        assert label in text
    assert not words_off_the_page(pdf, tmp_path)


def planner(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_the_command_line_offers_bilingual_for_the_three_pdfs_only(
    demo: Database, tmp_path: Path
) -> None:
    db = str(demo.path)
    bilingual = ("--db", db, "--lang", "bilingual")
    done = planner("report", "budget", *bilingual, "-o", str(tmp_path / "b.pdf"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "b.pdf").stat().st_size > 10_000
    for kind, out in (("plan", "p.pdf"), ("budget", "b.xlsx")):
        refused = planner("report", kind, *bilingual, "-o", str(tmp_path / out))
        assert refused.returncode == 2
        assert "--lang bilingual is for the certificates, budget and cost-effectiveness" in (
            refused.stderr
        )
        assert not (tmp_path / out).exists()

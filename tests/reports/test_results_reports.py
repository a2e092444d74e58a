"""The results report (PDF, XLSX, CSV) of the demo plan: page 1 says whether the
plan is on track, and the figures are the indicators' as computed."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from planner import i18n
from planner.reports import registry, results_pdf
from planner.services import exchange
from planner.services.demo_data import demo_plan_document
from planner.store import Database, open_database, unit_of_work

GENERATED = date(2029, 12, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("r") / "demo.sqlite", create=True)
    with unit_of_work(db) as s:
        exchange.import_document(s, demo_plan_document())
    yield db
    db.close()


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_the_first_page_tells_whether_the_plan_is_on_track(demo: Database) -> None:
    with unit_of_work(demo) as s:
        pdf = results_pdf.render(s, 1, generated=GENERATED, locale="en_US")
    text = pages(pdf)
    first = " ".join(text[0].split())
    assert "The plan is at risk." in first
    assert (
        "Of 12 indicators with a status in their latest year, 7 are on track, 3 at risk and "
        "2 off track. The plan is on track when" in first  # no "0 have no status yet"
    )
    assert "People reached" in first and "189" in first  # distinct people, not 371
    # what needs attention, named, and listed first: off track, then at risk
    assert "Needing attention, off track: OB1.2, OC3.1; at risk: OB1.1, OB1.3, OP3.2." in first
    codes = [c for c in first.split() if c[:2] in ("OB", "OC", "OP") and c[2:3].isdigit()]
    table = [c for c in codes if c.rstrip(".;,") == c]  # not the sentence's
    assert table[:5] == ["OB1.2", "OC3.1", "OB1.1", "OB1.3", "OP3.2"]
    # a reader cannot guess that fewer hours are better; money says its currency
    assert "Average release time of imports, ASEAN members · hours · lower is better" in first
    assert "1,018.79 CNY" in first  # cost per learning-gain point
    everything = " ".join(" ".join(text).split())
    assert "Logframe: targets and actuals per year" in everything
    assert "Not recorded" in everything  # by sex, the unrecorded kept visible


def test_the_results_pdf_in_chinese(demo: Database) -> None:
    i18n.set_language("zh_CN")
    try:
        with unit_of_work(demo) as s:
            pdf = results_pdf.render(s, 1, generated=GENERATED, locale="zh_CN")
    finally:
        i18n.set_language(None)
    first = pages(pdf)[0]
    assert "计划有风险" in first and "进展正常" in first
    # by delivery mode: the longest heading on one line (its last character was
    # left alone on a second)
    assert "每前后测成绩提升分成本" in placed(pdf, 2)
    flat = "".join(first.split())
    assert "需要关注的指标——偏离目标：OB1.2、OC3.1；有风险：OB1.1、OB1.3、OP3.2。" in flat
    assert "越低越好" in flat
    # the indicator's Chinese name and unit (revision 0011), not the English ones
    assert "东盟成员国进口货物平均放行时间·小时·越低越好" in flat
    assert "Average release time" not in first


def test_the_chinese_results_pdf_names_results_and_indicators_in_chinese(
    demo: Database, tmp_path: Path
) -> None:
    """pdftotext reads the Chinese names back: page 1's table, the logframe's result
    titles and the charts' indicator names; the English ones are gone."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("needs pdftotext")
    i18n.set_language("zh_CN")
    try:
        with unit_of_work(demo) as s:
            pdf = results_pdf.render(s, 1, generated=GENERATED, locale="zh_CN")
    finally:
        i18n.set_language(None)
    path = tmp_path / "results.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(text.split())
    for chinese in (
        "东盟成员国进口货物平均放行时间",  # OB1.1, page 1 and the logframe
        "已签署的AEO互认安排",  # OC2.1
        "中国与东盟之间的合法贸易通关更快捷、更安全",  # objective OB1, the logframe
        "单一窗口和原产地电子证书实现各海关互联互通",  # outcome OC1
    ):
        assert chinese in flat, chinese
    for english in ("Average release time", "Legitimate trade", "arrangements signed"):
        assert english not in text, english


def test_the_chinese_workbook_names_indicators_in_chinese_and_the_csv_stays_english(
    demo: Database,
) -> None:
    i18n.set_language("zh_CN")
    try:
        with unit_of_work(demo) as s:
            book = load_workbook(io.BytesIO(registry.renderer("results", "xlsx")(s, 1)))
            text = registry.renderer("results", "csv")(s, 1).decode()
    finally:
        i18n.set_language(None)
    sheet = list(book["指标"].iter_rows(values_only=True))
    header, first = sheet[0], sheet[1]
    assert (first[header.index("name")], first[header.index("unit")]) == (
        "东盟成员国进口货物平均放行时间",
        "小时",
    )
    row = next(csv.DictReader(io.StringIO(text)))
    assert (row["name"], row["unit"]) == ("Average release time of imports, ASEAN members", "hours")


def test_the_csv_has_one_row_per_indicator_and_year(demo: Database) -> None:
    with unit_of_work(demo) as s:
        text = registry.renderer("results", "csv")(s, 1).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 12 * 5
    ob = {r["year"]: r for r in rows if r["indicator"] == "OB1.1"}
    # entered 40.2 hours against 40 from a baseline of 48: (40.2 - 48) / (40 - 48)
    assert ob["2028"]["actual"] == "40.2" and ob["2028"]["progress"] == "0.975"
    assert ob["2028"]["status"] == "at_risk" and ob["2028"]["actual_date"] == "2028-12-12"
    assert ob["2029"]["actual"] == "" and ob["2029"]["status"] == ""
    reached = {r["year"]: r for r in rows if r["indicator"] == "OB1.3"}
    assert [reached[y]["actual"] for y in ("2027", "2028", "2029")] == ["118", "173", "189"]
    assert reached["2027"]["actual_source"] == "computed"


def test_the_workbook_has_the_summary_and_the_indicators(demo: Database, tmp_path: Path) -> None:
    with unit_of_work(demo) as s:
        data = registry.renderer("results", "xlsx")(s, 1)
    wb = load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["Summary", "Indicators", "By sex and mode"]
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True)}
    assert summary["Status of the plan"] == "at risk" and summary["People reached"] == 189
    # a Chinese workbook says it in Chinese (it read "at_risk")
    i18n.set_language("zh_CN")
    try:
        with unit_of_work(demo) as s:
            data = registry.renderer("results", "xlsx")(s, 1)
    finally:
        i18n.set_language(None)
    chinese = load_workbook(io.BytesIO(data))
    assert dict(chinese["汇总"].iter_rows(values_only=True))["计划状态"] == "有风险"
    assert wb["Indicators"].max_row == 1 + 60


def placed(pdf: bytes, page: int) -> dict[str, tuple[float, float, float]]:
    """Each text of a page: its left edge, baseline and right edge (points)."""
    from reportlab.pdfbase import pdfmetrics

    from planner.reports.fonts import BASE_FONT, register_fonts

    register_fonts()
    found: dict[str, tuple[float, float, float]] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        text = text.strip()
        if text:
            x, y = cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]
            found.setdefault(text, (x, y, x + pdfmetrics.stringWidth(text, BASE_FONT, size)))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def test_the_logframe_lines_up_its_years_and_says_what_is_not_there_yet(demo: Database) -> None:
    with unit_of_work(demo) as s:
        pdf = results_pdf.render(s, 1, generated=GENERATED, locale="en_US")
    at = placed(pdf, 1)
    # OB1.1: 2027 and 2028 carry a traffic light, 2029 to 2031 have no actual yet;
    # every year's figures end at its column's right edge (86 points apart), on
    # the row's one baseline (the lit ones sat left and lower)
    cells = ["44 / 43.50", "40 / 40.20", "36 / \u2013", "32 / \u2013", "28 / \u2013"]
    rights = [at[c][2] for c in cells]
    assert all(abs(b - a - 86) < 0.5 for a, b in pairwise(rights)), rights
    assert len({round(at[c][1], 1) for c in cells}) == 1
    assert abs(at["2027"][2] - rights[0]) < 0.5  # under its year's heading
    # a long pair is set smaller, never into the next year's column
    wide = at["10,800.00 / 10,023.77"]
    assert wide[2] <= rights[0] + 0.5 and abs(wide[2] - rights[0]) < 0.5
    # a year still to come is not "n/a" (which says a figure divides by zero)
    assert "n/a" not in pages(pdf)[1]


def test_each_chart_has_its_whole_name_and_the_charts_of_a_row_line_up(demo: Database) -> None:
    from planner.reports.results_pages import name_lines

    with unit_of_work(demo) as s:
        pdf = results_pdf.render(s, 1, generated=GENERATED, locale="en_US")
    last = len(PdfReader(io.BytesIO(pdf)).pages) - 1
    at = placed(pdf, last)
    text = pages(pdf)[last]
    # OC1.1's name takes two lines: both shown, not cut to "electron…"
    assert "Administrations exchanging certificates of origin" in at
    assert "electronically" in at and "\u2026" not in text
    # OC1.1 (two lines of name) and OP1.1 (one) in one row: their axes' top
    # labels (15 and 150) on one line, as are OC3.2's and OC3.1's (80% and 6)
    assert abs(at["15"][1] - at["150"][1]) < 0.1
    assert abs(at["80%"][1] - at["6"][1]) < 0.1  # a rate's axis says per cent
    # more than two lines: the second is cut with "…"; Chinese breaks anywhere
    long = name_lines("Officials reached " * 12, 150, 6.5)
    assert len(long) == 2 and long[1].endswith("\u2026")
    chinese = name_lines("完成单一窗口培训的官员人数（截至当年累计）" * 3, 60, 6.5)
    assert len(chinese) == 2 and chinese[0].startswith("完成") and chinese[1].endswith("\u2026")


def test_the_chinese_cost_effectiveness_tables_keep_their_headings_whole(demo: Database) -> None:
    from planner.reports import ce_pdf

    i18n.set_language("zh_CN")
    try:
        with unit_of_work(demo) as s:
            pdf = ce_pdf.render(s, 1, generated=GENERATED, locale="zh_CN")
    finally:
        i18n.set_language(None)
    figures_by_year = next(
        n for n, text in enumerate(pages(pdf)) if "年度指标" in text and "整个计划" in text
    )
    # the rating's heading on one line (it broke after "1-"): its three runs of
    # text (Chinese, Latin, Chinese) on one baseline
    at = placed(pdf, figures_by_year)
    assert at["评分（"][1] == at["1-5"][1] == at["）"][1]

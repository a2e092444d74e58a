"""Table text that fits on one line is drawn without ReportLab's paragraphs, where
the paragraph would have put it: same words, same lines, same rows and pages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from planner.i18n import both
from planner.reports import common
from planner.reports.common import CELL, HEADER_CELL, build_pdf, data_table
from planner.reports.fonts import BASE_BOLD, BASE_FONT, CJK_FONT, bold_name
from planner.reports.oneline import Figure, one_line
from tests.reports.test_bilingual_reports import words

WIDTHS = [70.0, 230.0, 90.0]
HEADER = ["Year", "Description", "Amount (CNY)"]
ROWS: list[list[str]] = [
    ["2027", "Conference room, equipment and coffee breaks", "1,234,567.89"],
    ["2028", "A description long enough to wrap onto two lines or more in its cell", "-7.00"],
    ["2029", "Đào tạo hải quan", "0.00"],
    ["2030", "ศุลกากร", "12.50"],
    ["2031", "two  spaces kept by no paragraph", "\u2014"],
    ["2032", "海关总署能力建设资金 (GACC)", "5.00"],
    ["2033", "Đào tạo 海关 ສຸລະກາກອນ", "6.00"],
    [both("年度", "Year"), both("差旅费 (CNY)", "Travel (CNY)"), both("七", "7.00")],
    ["2034", both("老挝", "ສຸລະກາກອນ"), "8.00"],
]


def _pdf(monkeypatch: pytest.MonkeyPatch, *, fast: bool) -> bytes:
    if not fast:
        monkeypatch.setattr(common, "one_line", lambda *_a, **_k: None)
    out = io.BytesIO()
    tables = data_table(HEADER, ROWS * 60, WIDTHS, numeric_cols=[2])
    build_pdf(out, tables, title="Cells")
    return out.getvalue()


def test_one_line_cells_are_where_paragraphs_put_their_words(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    slow = words(_pdf(monkeypatch, fast=False), tmp_path)
    monkeypatch.undo()
    fast = words(_pdf(monkeypatch, fast=True), tmp_path)
    assert [w[2] for w in fast] == [w[2] for w in slow]  # same words, same order
    assert len(fast) > 1000  # 300 rows over several pages
    for (_w, _h, text, a), (_w2, _h2, _t, b) in zip(fast, slow, strict=True):
        # same line (to the thousandth of a point) and the same place within a point:
        # a paragraph kerns Latin pairs (Cur., Va), a one-line cell does not
        assert a[1] == pytest.approx(b[1], abs=1e-3), text
        assert a[0] == pytest.approx(b[0], abs=1.0), text
        assert a[2] == pytest.approx(b[2], abs=1.0), text


def test_what_is_drawn_on_one_line_and_what_stays_a_paragraph() -> None:
    (table,) = data_table(HEADER, ROWS, WIDTHS, numeric_cols=[2])
    kinds = [[type(cell).__name__ for cell in row] for row in table._cellvalues]
    assert kinds[0] == ["Figure", "Figure", "Figure"]  # the header fits
    assert kinds[1] == ["Figure", "Figure", "Figure"]
    assert kinds[2][1] == "Paragraph"  # wraps
    assert kinds[3][1] == "Figure"  # Vietnamese, composed: Latin, no shaper
    assert kinds[4][1] == "Paragraph"  # Thai needs the shaper
    assert kinds[5][1] == "Paragraph"  # a paragraph collapses the two spaces
    assert kinds[6][1] == "Figure"  # Chinese and Latin: runs in two fonts
    assert table._cellvalues[6][1].runs == (
        (CJK_FONT, "海关总署能力建设资金 "),
        (BASE_FONT, "(GACC)"),
    )
    assert kinds[7][1] == "Paragraph"  # Lao needs the shaper
    assert kinds[8] == ["Figure", "Figure", "Figure"]  # bilingual: two lines
    bilingual = table._cellvalues[8][1]
    assert bilingual.runs == ((CJK_FONT, "差旅费 "), (BASE_FONT, "(CNY)"))
    assert bilingual.second == ((BASE_FONT, "Travel (CNY)"),)
    assert bilingual.fixed_height == 2 * CELL.leading
    assert kinds[9][1] == "Paragraph"  # its second line needs the shaper
    assert [kinds[i][0] for i in range(1, 10)] == ["Figure"] * 9


@pytest.mark.parametrize(
    "text",
    [
        "",
        " leading",
        "trailing ",
        "tab\there",
        "line\nbreak",
        "Cafe\u0301",  # decomposed: a paragraph would compose it
        "ศุลกากร",
        "海关 ខ្មែរ",
        "\x1e海关\x1fCustoms of the People's Republic of China\x1d",  # a line too wide
        "x" * 60,  # wider than the cell
    ],
)
def test_text_a_paragraph_would_print_otherwise_is_not_one_line(text: str) -> None:
    assert one_line(text, CELL, 120.0) is None


def test_a_text_that_just_fits_is_one_line_and_one_that_does_not_is_not() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = "Hotel accommodation"
    width = stringWidth(text, HEADER_CELL.fontName, HEADER_CELL.fontSize)
    assert isinstance(one_line(text, HEADER_CELL, width + 8.5), Figure)
    assert one_line(text, HEADER_CELL, width + 8.4) is None
    (table,) = data_table([text], [[text]], [width + 8.4])
    assert isinstance(table._cellvalues[0][0], Paragraph)


def test_bold_chinese_is_drawn_in_the_bold_faces_a_paragraph_would_use() -> None:
    cell = one_line("预算 (CNY)", HEADER_CELL, 200.0)
    assert isinstance(cell, Figure)
    assert cell.runs == ((bold_name(CJK_FONT), "预算 "), (BASE_BOLD, "(CNY)"))

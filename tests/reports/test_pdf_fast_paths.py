"""The PDF fast paths write what ReportLab's own route writes, operator for operator."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, LongTable

from planner.reports import common, fonts, oneline
from planner.reports.budget.cells import EMPTY, NEGATIVE_CELL, Figure, money_cell
from planner.reports.common import CELL, HEADER_CELL, NUMBER_CELL, data_table, para


def _canvas() -> Canvas:
    fonts.register_fonts()
    return Canvas(io.BytesIO(), invariant=1)


def _rows() -> list[list[str | Flowable]]:
    from decimal import Decimal

    long_text = "A description long enough to wrap onto three lines in its narrow cell " * 2
    return [
        [Figure("Heading over every column", HEADER_CELL), EMPTY, EMPTY],
        [Figure("Trainers", CELL), money_cell(Decimal("1234.5")), money_cell(Decimal("-7"))],
        [para(long_text, CELL), money_cell(Decimal("0")), Figure("no rate", NEGATIVE_CELL)],
        ["plain text cell", "12.00", Figure("\u2014", NUMBER_CELL)],
    ]


def _laid_out(table_class: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Any], list[str]]:
    monkeypatch.setattr(common, "_Table", table_class)
    tables = data_table(["Category", "Planned", "Actual"], _rows(), [150.0, 80.0, 80.0], [1, 2])
    canvas = _canvas()
    sizes = []
    for table in tables:
        table.setStyle([("SPAN", (0, 1), (-1, 1))])
        size = table.wrapOn(canvas, 400, 10_000)
        table.drawOn(canvas, 10, 20)
        sizes.append((size, list(table._rowHeights)))
    return sizes, list(canvas._code)


def test_a_table_of_figures_is_laid_out_and_drawn_as_longtable_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fast_table = common._Table
    fast = _laid_out(fast_table, monkeypatch)
    reference = _laid_out(LongTable, monkeypatch)
    assert fast == reference
    heights = fast[0][0][1]
    assert heights[1] == heights[2] == pytest.approx(16.7)  # a line of 11.7 and 2 + 3 padding
    assert heights[3] > 3 * 11.7  # the paragraph wrapped: ReportLab measured that row


def test_only_rows_of_fixed_height_cells_get_their_height_up_front() -> None:
    header, widths = ["Category", "Planned", "Actual"], [150.0, 80.0, 80.0]
    (table,) = data_table(header, _rows()[1:3], widths)
    # the header fits on one line (one-line cells, oneline.one_line); the row with a
    # paragraph is left to ReportLab
    assert table._fixed_heights() == [pytest.approx(16.7), pytest.approx(16.7), None]
    (table,) = data_table(["Category " * 20, "Planned", "Actual"], _rows()[1:3], widths)
    assert table._fixed_heights() == [None, pytest.approx(16.7), None]  # a header that wraps


@pytest.mark.parametrize("text", ["1,234,567.89", "-0.50", "\u2014", "Café (draft)", "no rate"])
@pytest.mark.parametrize("right", [False, True])
def test_a_figure_writes_the_operators_of_draw_string(text: str, right: bool) -> None:
    mine, theirs = _canvas(), _canvas()
    for canvas in (mine, theirs):
        canvas.setFont(fonts.BASE_BOLD, 9, 11.7)
    oneline._draw_string(mine, 100.5, 42.25, text, right=right)
    (theirs.drawRightString if right else theirs.drawString)(100.5, 42.25, text)
    assert mine._code == theirs._code
    assert mine._code and mine._code[-1].startswith("BT 1 0 0 1 ")


def _drawn(make: Callable[[], Flowable]) -> list[str]:
    canvas = _canvas()
    flowable = make()
    flowable.wrapOn(canvas, 300, 500)
    flowable.drawOn(canvas, 0, 0)
    return list(canvas._code)


def test_a_word_shaped_before_is_drawn_as_if_shaped_again() -> None:
    from reportlab.lib.styles import ParagraphStyle

    from planner.reports.budget.cells import RED

    text = "Wave AV To Total \u738b\u5c0f\u660e(Wang) Wave"
    red = ParagraphStyle("RedKerned", parent=CELL, textColor=RED)
    fonts._shaped.clear()
    _drawn(lambda: para(text, CELL))  # shapes and keeps the words in black
    kept = dict(fonts._shaped)
    assert any(v not in (fonts._UNCHANGED, fonts._NOT_KEPT) for v in kept.values())
    from_kept = _drawn(lambda: para(text, red))
    assert fonts._shaped.keys() == kept.keys()  # nothing new: every word came from the kept
    fonts._shaped.clear()
    shaped_again = _drawn(lambda: para(text, red))
    assert from_kept == shaped_again
    assert any(" rg" in op for op in from_kept)  # the red of this paragraph, not the black


def test_a_table_is_laid_out_again_when_its_space_or_style_changes() -> None:
    header, widths = ["Category", "Planned", "Actual"], [150.0, 80.0, 80.0]
    (table,) = data_table(header, _rows()[1:2] * 3, widths)
    canvas = _canvas()
    first = table.wrapOn(canvas, 400, 10_000)
    assert table.wrapOn(canvas, 400, 10_000) == first
    table.setStyle([("TOPPADDING", (0, 1), (-1, -1), 10)])  # 8 points more on 3 rows
    taller = table.wrapOn(canvas, 400, 10_000)
    assert taller[1] == pytest.approx(first[1] + 3 * 8)
    assert table.wrapOn(canvas, 400, 30)[1] == pytest.approx(taller[1])

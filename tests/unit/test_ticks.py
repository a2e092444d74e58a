"""Round axis values: the one algorithm of every chart (planner.reports.ticks)."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

from planner.reports.ticks import nice_step, nice_ticks, tick_places

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("span", "step"),
    [
        (10, 2),
        (12.5, 2.5),
        (13, 5),
        (5, 1),
        (1, 0.2),
        (0.3, 0.1),
        (7_000_000, 2_000_000),
        (25_000, 5_000),
        (0.0125, 0.0025),
    ],
)
def test_the_step_is_1_2_2_5_or_5_times_a_power_of_ten(span: float, step: float) -> None:
    assert nice_step(span) == pytest.approx(step)


@pytest.mark.parametrize("span", [0.0, -3.0, math.inf, math.nan])
def test_without_a_span_the_step_is_1(span: float) -> None:
    assert nice_step(span) == 1.0


def test_more_ticks_asked_give_a_smaller_step() -> None:
    assert nice_step(100, 10) == 10
    assert nice_step(100, 2) == 50


def test_ticks_from_zero_end_at_or_above_the_top() -> None:
    assert nice_ticks(0.0, 10.0) == [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
    assert nice_ticks(0.0, 11.0) == [0.0, 2.5, 5.0, 7.5, 10.0, 12.5]
    assert nice_ticks(0.0, 1234.56) == [0.0, 250.0, 500.0, 750.0, 1000.0, 1250.0]
    assert nice_ticks(0.0, 1.0) == pytest.approx([0.0, 0.2, 0.4, 0.6, 0.8, 1.0])


def test_float_noise_does_not_add_a_step() -> None:
    # 0.1 + 0.2 is 0.30000000000000004: still three steps of 0.1
    assert nice_ticks(0.0, 0.1 + 0.2) == pytest.approx([0.0, 0.1, 0.2, 0.3])
    assert nice_ticks(0.0, 0.1)[-1] == pytest.approx(0.1)
    assert len(nice_ticks(0.0, 0.1)) == 6


def test_ticks_cover_a_range_below_zero() -> None:
    ticks = nice_ticks(-3.0, 7.0)
    assert ticks == [-4.0, -2.0, 0.0, 2.0, 4.0, 6.0, 8.0]
    assert ticks[0] <= -3.0 and ticks[-1] >= 7.0
    assert nice_ticks(12.0, 18.0) == [12.0, 14.0, 16.0, 18.0]
    assert nice_ticks(13.0, 18.0) == [13.0, 14.0, 15.0, 16.0, 17.0, 18.0]


def test_every_range_gets_round_covering_ticks() -> None:
    for lo, hi in [(0.0, 0.07), (0.0, 3.3), (-0.5, 0.25), (100.0, 100.5), (0.0, 9.99e8)]:
        ticks = nice_ticks(lo, hi)
        step = ticks[1] - ticks[0]
        assert len(ticks) >= 2
        assert ticks[0] <= lo + 1e-12 and ticks[-1] >= hi - 1e-12
        assert step == pytest.approx(nice_step(hi - lo))
        assert len(ticks) - 1 <= 2 * 5 + 1


def test_without_a_span_the_axis_is_one_unit() -> None:
    assert nice_ticks(0.0, 0.0) == [0.0, 1.0]
    assert nice_ticks(0.0, -5.0) == [0.0, 1.0]
    assert nice_ticks(3.0, 3.0) == [3.0, 4.0]


@pytest.mark.parametrize(("lo", "hi"), [(0.0, math.inf), (math.nan, 1.0), (-math.inf, 0.0)])
def test_infinite_or_undefined_ends_are_refused(lo: float, hi: float) -> None:
    with pytest.raises(ValueError, match="finite"):
        nice_ticks(lo, hi)


@pytest.mark.parametrize(
    ("step", "places"), [(1.0, 0), (5000.0, 0), (2.5, 1), (0.2, 1), (0.25, 2), (0.0025, 4)]
)
def test_tick_places_show_the_step_exactly(step: float, places: int) -> None:
    assert tick_places(step) == places


def test_the_ticks_need_no_qt() -> None:
    code = (
        "import sys, planner.reports.ticks; "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_report_charts_use_these_ticks() -> None:
    from decimal import Decimal

    from reportlab.graphics.charts.barcharts import VerticalBarChart

    from planner.reports.charts import planned_actual_by_year

    drawing = planned_actual_by_year(
        ["2027", "2028"],
        [Decimal("1234.56"), Decimal("10")],
        [Decimal("1000"), Decimal("0")],
        currency="CNY",
        width=300,
        height=200,
    )
    chart = next(c for c in drawing.contents if isinstance(c, VerticalBarChart))
    ticks = nice_ticks(0.0, 1234.56)
    assert (chart.valueAxis.valueMax, chart.valueAxis.valueStep) == (ticks[-1], ticks[1])

"""The numbers of the window's charts: round ticks ("nice ticks"), value scales,
short labels. Kept in one place; the charts (planner.ui.charts) only call them."""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from planner import display


def _tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


def nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` ticks."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power * (1 + 1e-9):
            return factor * power
    return 10 * power  # pragma: no cover - the loop always returns


def nice_ticks(lo: float, hi: float, ticks: int = 5) -> list[float]:
    """Round tick values covering [lo, hi] (at least two)."""
    if hi <= lo:
        hi = lo + (abs(lo) or 1.0)
    step = nice_step(hi - lo, ticks)
    start = math.floor(lo / step + 1e-9) * step
    end = math.ceil(hi / step - 1e-9) * step
    n = max(1, round((end - start) / step))
    return [start + i * step for i in range(n + 1)]


def value_scale(largest: float) -> tuple[Decimal, str]:
    """The divisor and unit word that keep labels short (``1.77`` million)."""
    for divisor, word in ((10**9, "billion"), (10**6, "million")):
        if largest >= 2 * divisor:
            return Decimal(divisor), _tr(word)
    if largest >= 100_000:
        return Decimal(1000), _tr("thousand")
    return Decimal(1), ""


def short_number(value: Decimal, divisor: Decimal = Decimal(1)) -> str:
    """A value label: scaled by ``divisor``, 0-2 decimals by size (exact figures are
    in the tooltips)."""
    if not value:
        return "0"
    scaled = value / divisor
    size = abs(scaled)
    places = 0 if size >= 100 else 1 if size >= 10 else 2
    return display.number(scaled, places)


def tick_text(value: float, step: float) -> str:
    """A tick label with as many decimals as the step needs (2.5 -> 1 decimal)."""
    places = 0
    while places < 4 and abs(step * 10**places - round(step * 10**places)) > 1e-6:
        places += 1
    return display.number(Decimal(repr(round(value, places))), places)


def na_text() -> str:
    """What an undefined figure shows ("n/a", translated)."""
    return _tr("n/a")


def unit_text(word: str, unit: str) -> str:
    return " ".join(part for part in (word, unit) if part)

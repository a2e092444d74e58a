"""The numbers of the window's charts: round ticks (the reports' own algorithm,
planner.reports.ticks), value scales, short labels. The charts only call them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from planner import display

# One "nice ticks" algorithm for the window's charts and the PDFs' (Qt-free).
from planner.reports.ticks import nice_step, nice_ticks, tick_places

__all__ = ["na_text", "nice_step", "nice_ticks", "short_number", "tick_text", "value_scale"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


def _chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def value_scale(largest: float) -> tuple[Decimal, str]:
    """The divisor and unit word that keep labels short (``1.77`` million; in
    Chinese ``177`` 万, as a finance officer counts)."""
    if _chinese():  # 万 from 10万 on, as thousands from 100,000 on in English
        for divisor, word, start in ((10**8, "亿", 2 * 10**8), (10**4, "万", 10**5)):
            if largest >= start:
                return Decimal(divisor), word
        return Decimal(1), ""
    words = {"billion": _tr("billion"), "million": _tr("million")}
    for divisor, word in ((10**9, "billion"), (10**6, "million")):
        if largest >= 2 * divisor:
            return Decimal(divisor), words[word]
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
    places = tick_places(step)
    return display.number(Decimal(repr(round(value, places))), places)


def na_text() -> str:
    """What an undefined figure shows ("n/a", translated)."""
    return _tr("n/a")


def unit_text(word: str, unit: str) -> str:
    """``million CNY``; in Chinese ``万元`` for yuan."""
    if _chinese() and unit == "CNY":
        return f"{word}元"
    return " ".join(part for part in (word, unit) if part)

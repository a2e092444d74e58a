"""Round values for a chart's axis: one algorithm for every chart, Qt-free.

The step is 1, 2, 2.5 or 5 times a power of ten, the smallest that gives at most
about ``count`` intervals over the span; the ticks run from a multiple of the
step at or below the low end to one at or above the high end. Positions are
floats (they only place marks on a page or a screen); a tolerance of 1e-9 keeps
float noise (``0.1 + 0.2``) from adding a step.
"""

from __future__ import annotations

import math

FACTORS = (1.0, 2.0, 2.5, 5.0, 10.0)
TOLERANCE = 1e-9


def nice_step(span: float, count: int = 5) -> float:
    """A round step giving about ``count`` intervals over ``span``; 1 when the span
    is not a positive, finite number."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / count
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in FACTORS:
        if raw <= factor * power * (1 + TOLERANCE):
            return factor * power
    return 10 * power  # pragma: no cover - the loop always returns


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round ticks covering [``lo``, ``hi``], at least two; the first is the axis's
    start and the last its end. Without a span (``hi <= lo``) they are ``lo`` and
    ``lo + 1``. ValueError for an infinite or undefined end."""
    if not (math.isfinite(lo) and math.isfinite(hi)):
        raise ValueError(f"an axis needs finite ends, not {lo!r} and {hi!r}")
    if hi <= lo:
        return [lo, lo + 1.0]
    step = nice_step(hi - lo, count)
    start = math.floor(lo / step + TOLERANCE) * step
    end = math.ceil(hi / step - TOLERANCE) * step
    n = max(1, round((end - start) / step))
    return [start + i * step for i in range(n + 1)]


def tick_places(step: float) -> int:
    """Decimals a tick label needs to show ``step`` exactly (2.5 -> 1), at most 4."""
    places = 0
    while places < 4 and abs(step * 10**places - round(step * 10**places)) > 1e-6:
        places += 1
    return places

"""How figures are shown: rounding half away from zero, only at the edge."""

from __future__ import annotations

from decimal import Decimal

from planner.money import fmt_plain, round_half_up


def money(value: Decimal | None) -> str:
    """2 decimals, dot, no separators; empty when undefined (CSV)."""
    return "" if value is None else fmt_plain(round_half_up(value, 2))


def fraction(value: Decimal | None, places: int = 4) -> str:
    return "" if value is None else fmt_plain(round_half_up(value, places))


def count(value: int) -> str:
    return str(value)

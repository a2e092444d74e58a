"""Figures for people: the reader's locale (Babel), "n/a" where undefined.

Rounding is half away from zero and happens only here, at the edge; the figures
themselves stay exact Decimals. Used by the window and the PDFs alike.
"""

from __future__ import annotations

import locale as _locale
from datetime import date
from decimal import Decimal
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_interval, format_skeleton
from babel.numbers import NumberFormatError, format_decimal
from babel.numbers import parse_decimal as _babel_parse

from planner.i18n import _
from planner.money import DecimalSyntaxError, parse_decimal, round_half_up

NA = "n/a"


@cache
def default_locale() -> str:
    """The user's locale (LC_NUMERIC, LANG, ...), as Babel knows it; else en_US."""
    for name in (_locale.getlocale(_locale.LC_NUMERIC)[0], _locale.getlocale()[0]):
        if name:
            try:
                return str(Locale.parse(name.split(".")[0]))
            except (UnknownLocaleError, ValueError):
                continue
    return "en_US"


@cache
def _parsed(loc: str) -> Locale:
    # Babel parses a locale given by name on every call, and a fresh Locale loads its
    # number symbols again: a parsed one formats three times as fast.
    return Locale.parse(loc)


def money(value: Decimal | None, places: int = 2, loc: str | None = None) -> str:
    """``1,234,567.50`` (grouped for the locale), or ``n/a``."""
    if value is None:
        return NA
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(
        round_half_up(value, places),
        format=pattern,
        locale=_parsed(loc or default_locale()),
        decimal_quantization=False,
    )


def number(value: Decimal | int | None, places: int = 2, loc: str | None = None) -> str:
    return money(None if value is None else Decimal(value), places, loc)


def percent(value: Decimal | None, places: int = 1, loc: str | None = None) -> str:
    """A fraction shown as a percentage: ``0.8125`` -> ``81.3%``."""
    if value is None:
        return NA
    return money(value * 100, places, loc) + "%"


def parse_amount(text: str, loc: str | None = None) -> Decimal:
    """Read an amount typed in the user's locale (``1,234.50``) exactly; plain
    ``1234.50`` always works too. Raises DecimalSyntaxError with a clear message."""
    cleaned = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not cleaned:
        raise DecimalSyntaxError(_("is empty"))
    try:
        return parse_decimal(cleaned)
    except DecimalSyntaxError:
        pass
    if any(ch.isdigit() and not ch.isascii() for ch in cleaned) or "e" in cleaned.lower():
        raise DecimalSyntaxError(
            _("{text!r} is not an amount (use digits 0-9, no exponent)").format(text=text)
        )
    try:
        value = _babel_parse(cleaned, locale=loc or default_locale(), strict=True)
    except NumberFormatError as e:
        raise DecimalSyntaxError(_("{text!r} is not an amount ({e})").format(text=text, e=e)) from e
    if not value.is_finite():
        raise DecimalSyntaxError(_("{text!r} is not an amount").format(text=text))
    return value


def _babel_locale(loc: str | None) -> str:
    if not loc or loc in ("C", "POSIX"):
        return default_locale()
    try:
        return str(Locale.parse(loc.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return default_locale()


def day_month(day: date, loc: str | None = None) -> str:
    """Day and month as the locale writes them: ``Mar 8`` (en_US), ``3月8日`` (zh_CN)."""
    return str(format_skeleton("MMMd", day, locale=_babel_locale(loc)))


def weekday_day(day: date, loc: str | None = None, *, year: bool = False) -> str:
    """``Mon, Mar 8`` / ``3月8日周一``; with the year: ``Mon, Mar 8, 2027``."""
    return str(format_skeleton("yMMMEd" if year else "MMMEd", day, locale=_babel_locale(loc)))


def day_range(start: date, end: date, loc: str | None = None) -> str:
    """``Aug 10 – 18`` / ``8月10日至18日``; the year is shown when they differ."""
    skeleton = "MMMd" if start.year == end.year else "yMMMd"
    if start == end:
        return str(format_skeleton(skeleton, start, locale=_babel_locale(loc)))
    return str(format_interval(start, end, skeleton, locale=_babel_locale(loc)))


def moment(stamp: str, loc: str | None = None) -> str:
    """A UTC timestamp from the journal (ISO 8601) in local time, as the locale
    writes it: ``Dec 5, 2026, 22:14`` / ``2026年12月5日 22:14``."""
    from datetime import datetime

    from babel.dates import format_datetime

    when = datetime.fromisoformat(stamp).astimezone()
    return str(format_datetime(when, "medium", locale=_babel_locale(loc)))

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
from babel.numbers import (
    NumberFormatError,
    format_decimal,
    get_decimal_symbol,
    get_group_symbol,
)
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


def _babel_money(value: Decimal, places: int, loc: str) -> str:
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return str(
        format_decimal(value, format=pattern, locale=_parsed(loc), decimal_quantization=False)
    )


#: Amounts whose Babel text the plain formatting must reproduce exactly, in every
#: locale it is used for: every length of the integer part (grouping, a locale's
#: minimum grouping digits), both signs, a negative zero, 0 to 4 places.
_PROBES = [
    Decimal(sign + "1234567890123456789"[:n] + ".5049") for sign in ("", "-") for n in range(1, 20)
] + [Decimal("-0.0001"), Decimal("0"), Decimal("-0"), Decimal("0.005"), Decimal("-0.5")]


@cache
def _separators(loc: str) -> dict[int, str] | None:
    """The locale's group and decimal symbols as a ``str.translate`` table for
    Python's ``,`` and ``.``, when formatting with them gives exactly Babel's text
    for every probe; else None (Babel formats each amount).

    Babel parses the pattern and reads the locale's symbols for each amount, which
    cost a large budget report more than a second. The result depends only on the
    locale (the key of the cache) and the installed Babel, which cannot change while
    the process runs, so it can never be stale."""
    try:
        group = get_group_symbol(loc, numbering_system="latn")
        table = str.maketrans({",": group, ".": get_decimal_symbol(loc, numbering_system="latn")})
    except Exception:  # an unknown locale or numbering system: Babel says so itself
        return None
    for places in range(5):
        for probe in _PROBES:
            rounded = round_half_up(probe, places)
            if _plain_money(rounded, places, table) != _babel_money(rounded, places, loc):
                return None
    return table


def _plain_money(rounded: Decimal, places: int, table: dict[int, str]) -> str:
    text = f"{rounded.copy_abs():,.{places}f}".translate(table)
    return "-" + text if rounded.is_signed() else text


def money(value: Decimal | None, places: int = 2, loc: str | None = None) -> str:
    """``1,234,567.50`` (grouped for the locale), or ``n/a``."""
    if value is None:
        return NA
    loc = loc or default_locale()
    rounded = round_half_up(value, places)
    table = _separators(loc) if places >= 0 else None
    if table is None:
        return _babel_money(rounded, places, loc)
    return _plain_money(rounded, places, table)


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

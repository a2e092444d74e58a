"""Figures, dates and names as the reader of a PDF reads them, in their locale."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval

from planner import display
from planner.enums import Kind, Status
from planner.i18n import _, bilingual, both, effective_language


def report_locale() -> str:
    """The locale a report writes its dates and figures in: that of the language it
    is written in, so that a Chinese report says 2026年12月5日 even where LC_TIME is
    English. Where the language is the user's own, the user's locale is kept (an
    English report in en_GB writes 5 Dec 2026)."""
    user = display.default_locale()
    language = effective_language()
    if not language:
        return user
    try:
        wanted = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return user
    if wanted.language == Locale.parse(user).language:
        return user
    return str(wanted)


def na() -> str:
    """What a report shows for an undefined figure (a division by zero): "n/a",
    translated."""
    return _("n/a")


@lru_cache(maxsize=8192)
def _number(value: Decimal | int, places: int, loc: str) -> str:
    # Counts, rates and scores repeat a lot in a long table (25 participants, 100.0%);
    # equal values print the same, so they are formatted once.
    return display.number(value, places, loc)


@lru_cache(maxsize=8192)
def _percent(value: Decimal, loc: str) -> str:
    return display.percent(value, 1, loc)


@dataclass(frozen=True)
class Formats:
    """How the PDFs show figures and dates in the reader's locale; "n/a" if undefined."""

    loc: str

    def money(self, value: Decimal | None) -> str:
        return na() if value is None else display.money(value, 2, self.loc)

    def count(self, value: int | None) -> str:
        return na() if value is None else _number(value, 0, self.loc)

    def number(self, value: Decimal | None, places: int = 2) -> str:
        return na() if value is None else _number(value, places, self.loc)

    def rate(self, value: Decimal | None) -> str:
        """A fraction as a percentage with one decimal: ``0.8125`` -> ``81.3%``."""
        return na() if value is None else _percent(value, self.loc)

    def change(self, value: Decimal | None) -> str:
        """A percentage change (already in per cent), signed: ``+2.1%``."""
        if value is None:
            return na()
        shown = display.number(value, 1, self.loc)
        return shown + "%" if shown.startswith("-") or value.is_zero() else f"+{shown}%"

    def day(self, value: date) -> str:
        shown = format_date(value, "medium", locale=self.loc)
        if self._both():  # 中英文对照: the English line writes its dates in English
            return both(shown, format_date(value, "medium", locale=ENGLISH))
        return shown

    def period(self, start: date, end: date) -> str:
        """``Mar 8 – 12, 2027``: one date, or a range written the locale's way."""
        if start == end:
            return self.day(start)
        shown = _period(start, end, self.loc)
        if self._both():
            return both(shown, _period(start, end, ENGLISH))
        return shown

    def _both(self) -> bool:
        return self.loc.startswith("zh") and bilingual()


#: how the English line of a bilingual document writes dates (8 Mar 2027)
ENGLISH = "en_GB"


def _period(start: date, end: date, loc: str) -> str:
    shown = format_interval(start, end, "yMMMd", locale=loc)
    if loc.startswith("zh"):
        # CLDR separates the two ends with a dash; a Chinese document writes 至
        # (2027年3月8日至12日), as the window's day ranges do.
        shown = shown.replace("\u2009\u2013\u2009", "至").replace("\u2013", "至")
    return str(shown)


def status_names() -> dict[str, str]:
    """An activity status as the reader reads it."""
    return {
        Status.PLANNED.value: _("planned"),
        Status.APPROVED.value: _("approved"),
        Status.SCHEDULED.value: _("scheduled"),
        Status.DELIVERED.value: _("delivered"),
        Status.CANCELLED.value: _("cancelled"),
    }


def kind_names() -> dict[str, str]:
    return {Kind.COURSE.value: _("course"), Kind.SYMPOSIUM.value: _("symposium")}

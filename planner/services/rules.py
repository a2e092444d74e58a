"""The rules of docs/exchange-format.md, in one place.

Every write path (the services, the importer and, through the services, the
window) checks its input here, so a rule is written once. A :class:`Checker`
collects every problem with its path (``activities[3].budget_lines[0].planned``
in a file, the field name in a form) instead of stopping at the first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

from planner.errors import Problem, ValidationError
from planner.i18n import _
from planner.iso import COUNTRIES, CURRENCY_EXPONENTS
from planner.money import FILE_MONEY_PLACES, DecimalSyntaxError, fmt_plain, parse_decimal, to_minor
from planner.text import describe, forbidden_character

MAX_CODE = 40
MAX_TEXT = 1000
RATE_PLACES = 10
SCORE_PLACES = 2
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_DATETIME_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}", re.ASCII)

_MISSING = object()


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


@dataclass(frozen=True)
class Horizon:
    """The years a plan covers."""

    start_year: int
    years: int

    @property
    def end_year(self) -> int:
        return self.start_year + self.years - 1

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.start_year <= year <= self.end_year

    def __str__(self) -> str:
        return f"{self.start_year}-{self.end_year}"


class Checker:
    """Reads values out of a mapping, normalising them and noting every problem.

    With ``strict`` (an exchange file), decimals and dates must be JSON strings;
    otherwise (a form) ``Decimal``, ``int`` and ``date`` values are taken too.
    """

    def __init__(self, *, strict: bool = True) -> None:
        self.strict = strict
        self.problems: list[Problem] = []
        #: values that must not repeat, by kind: value -> the path it was first at
        self._first: dict[str, dict[Any, str]] = {}

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def once(self, kind: str, value: Any, path: str, what: str) -> None:
        """Note that ``value`` is used at ``path``; the same value of the same
        ``kind`` used again is a problem, naming where it was first."""
        self.first_use(self._first.setdefault(kind, {}), value, path, what)

    def first_use(self, first: dict[Any, str], value: Any, path: str, what: str) -> None:
        """Note ``value`` at ``path`` in ``first`` (value -> where it was first);
        a value already there is a problem, naming where it was first."""
        if value in first:
            self.add(
                path,
                _("{what} {value!r} is repeated (first at {value2})").format(
                    what=what, value=value, value2=first[value]
                ),
            )
        else:
            first[value] = path

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)

    # -- structure -----------------------------------------------------------
    def obj(self, value: Any, path: str, keys: set[str]) -> Mapping[str, Any] | None:
        """A JSON object with no keys beyond ``keys`` (unknown keys are errors)."""
        if not isinstance(value, Mapping):
            self.add(path, _("must be an object"))
            return None
        for key in value:
            if key not in keys:
                self.add(join(path, str(key)), _("unknown key (check its spelling)"))
        return value

    def items(self, obj: Mapping[str, Any], key: str, path: str) -> list[Any]:
        value = obj.get(key, _MISSING)
        if value is _MISSING:
            self.add(join(path, key), _("is required"))
            return []
        if not isinstance(value, list):
            self.add(join(path, key), _("must be a list"))
            return []
        return value

    def _get(self, obj: Mapping[str, Any], key: str, path: str, nullable: bool) -> Any:
        value = obj.get(key, _MISSING)
        if value is _MISSING:
            if nullable:  # a field that may be null may also be left out
                return None
            self.add(join(path, key), _("is required"))
            return _MISSING
        if value is None and not nullable:
            self.add(join(path, key), _("must not be empty"))
            return _MISSING
        return value

    # -- scalars ---------------------------------------------------------------
    def text(
        self,
        obj: Mapping[str, Any],
        key: str,
        path: str,
        *,
        nullable: bool = False,
        empty_ok: bool = False,
        max_len: int = MAX_TEXT,
        multiline: bool = False,
    ) -> Any:
        """Text of at most ``max_len`` characters, without control characters or
        bidi overrides (:func:`planner.text.forbidden_character`); line breaks and
        tabs only where ``multiline``."""
        if empty_ok and key not in obj:
            return ""
        value = self._get(obj, key, path, nullable)
        if value is _MISSING or value is None:
            return None
        if (
            type(value) is str
            and len(value) <= max_len
            and value.isascii()
            and value.isprintable()
            and (empty_ok or not value.isspace())
            and (value or empty_ok)
        ):
            # The common case, decided without building the field's path: plain
            # printable ASCII (no control character, valid Unicode) within the length.
            return value if (value or not nullable) else None
        p = join(path, key)
        if not isinstance(value, str):
            self.add(p, _("must be text, not {value!r}").format(value=value))
        elif not empty_ok and not value.strip():
            self.add(p, _("must not be empty"))
        elif len(value) > max_len:
            self.add(
                p,
                _("is {n} characters long; at most {max_len} are allowed").format(
                    n=len(value), max_len=max_len
                ),
            )
        elif self._plain(value, p, multiline=multiline):
            return value if (value or not nullable) else None
        return None

    def _plain(self, value: str, p: str, *, multiline: bool = False) -> bool:
        """True for text a file or database can hold and a screen shows as it is;
        else note why not."""
        bad = forbidden_character(value, multiline=multiline)
        if bad in ("\n", "\r") and not multiline:
            self.add(p, _("holds a line break; it must be a single line"))
        elif bad is not None:
            self.add(
                p,
                _(
                    "holds the control character {describe}; control characters are not "
                    "allowed in text (they can hide or disguise what is shown)"
                ).format(describe=describe(bad)),
            )
        elif not _encodable(value):
            self.add(
                p,
                _("{value!r} holds a character that is not valid Unicode text").format(value=value),
            )
        else:
            return True
        return False

    def code(self, obj: Mapping[str, Any], key: str, path: str) -> Any:
        value = self._get(obj, key, path, False)
        if value is _MISSING:
            return None
        if (
            type(value) is str
            and 1 <= len(value) <= MAX_CODE
            and value.isascii()
            and value.isprintable()
            and value[0] != " "
            and value[-1] != " "
        ):
            return value  # the common case (as below, without building the path)
        p = join(path, key)
        if not isinstance(value, str):
            self.add(p, _("must be text, not {value!r}").format(value=value))
        elif not 1 <= len(value) <= MAX_CODE:
            self.add(
                p,
                _("{value!r} must be 1 to {MAX_CODE} characters long").format(
                    value=value, MAX_CODE=MAX_CODE
                ),
            )
        elif value != value.strip():
            self.add(p, _("{value!r} must not start or end with spaces").format(value=value))
        elif self._plain(value, p):
            return value
        return None

    def integer(
        self, obj: Mapping[str, Any], key: str, path: str, *, lo: int, hi: int
    ) -> int | None:
        value = self._get(obj, key, path, False)
        if value is _MISSING:
            return None
        p = join(path, key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(p, _("must be a whole number, not {value!r}").format(value=value))
        elif not lo <= value <= hi:
            self.add(
                p, _("{value} must be between {lo} and {hi}").format(value=value, lo=lo, hi=hi)
            )
        else:
            return value
        return None

    def choice(
        self,
        obj: Mapping[str, Any],
        key: str,
        path: str,
        enum: type[StrEnum],
        *,
        nullable: bool = False,
    ) -> str | None:
        value = self._get(obj, key, path, nullable)
        if value is _MISSING or value is None:
            return None
        allowed = _values(enum)
        if not isinstance(value, str) or value not in allowed:
            self.add(
                join(path, key),
                _("{value!r} is not one of {allowed}").format(
                    value=value, allowed=", ".join(allowed)
                ),
            )
            return None
        return value

    def decimal(
        self,
        obj: Mapping[str, Any],
        key: str,
        path: str,
        *,
        lo: Decimal | None = None,
        hi: Decimal | None = None,
        lo_exclusive: bool = False,
        max_places: int,
        nullable: bool = False,
    ) -> Decimal | None:
        value = self._get(obj, key, path, nullable)
        if value is _MISSING or value is None:
            return None
        if self.strict and not isinstance(value, str):
            self.add(
                join(path, key),
                _('must be a decimal number written as a string ("12.50"), not {value!r}').format(
                    value=value
                ),
            )
            return None
        try:
            number = parse_decimal(value, max_places=max_places)
        except DecimalSyntaxError as e:
            self.add(join(path, key), str(e))
            return None
        if (lo is None or (number > lo if lo_exclusive else number >= lo)) and (
            hi is None or number <= hi
        ):
            return number  # the common case, without building the field's path
        p = join(path, key)
        if lo is not None and (number <= lo if lo_exclusive else number < lo):
            self.add(
                p,
                _("{fmt_plain} must be {value} {lo}").format(
                    fmt_plain=fmt_plain(number), value=">" if lo_exclusive else ">=", lo=lo
                ),
            )
        elif hi is not None and number > hi:
            self.add(p, _("{fmt_plain} must be <= {hi}").format(fmt_plain=fmt_plain(number), hi=hi))
        else:
            return number
        return None

    def money(
        self,
        obj: Mapping[str, Any],
        key: str,
        path: str,
        currency: str | None,
        *,
        nullable: bool = False,
        signed: bool = False,
    ) -> int | None:
        """An amount >= 0 (any sign where ``signed``) in exact minor units of ``currency``."""
        number = self.decimal(
            obj,
            key,
            path,
            lo=None if signed else Decimal(0),
            max_places=FILE_MONEY_PLACES if self.strict else 20,
            nullable=nullable,
        )
        if number is None or currency is None:
            return None
        try:
            return to_minor(number, currency)
        except DecimalSyntaxError as e:
            self.add(join(path, key), str(e))
            return None

    def currency(self, obj: Mapping[str, Any], key: str, path: str) -> str | None:
        value = self._get(obj, key, path, False)
        if value is _MISSING:
            return None
        if not isinstance(value, str) or value not in CURRENCY_EXPONENTS:
            self.add(
                join(path, key),
                _("{value!r} is not an ISO 4217 currency code (like CNY, USD)").format(value=value),
            )
            return None
        return str(value)

    def country(
        self, obj: Mapping[str, Any], key: str, path: str, *, nullable: bool = True
    ) -> str | None:
        value = self._get(obj, key, path, nullable)
        if value is _MISSING or value is None:
            return None
        if not isinstance(value, str) or value not in COUNTRIES:
            self.add(
                join(path, key),
                _("{value!r} is not an ISO 3166-1 country code (like CN, KH)").format(value=value),
            )
            return None
        return str(value)

    def day(
        self, obj: Mapping[str, Any], key: str, path: str, *, nullable: bool = False
    ) -> date | None:
        value = self._get(obj, key, path, nullable)
        if value is _MISSING or value is None:
            return None
        return self.day_value(value, join(path, key))

    def day_value(self, value: Any, p: str) -> date | None:
        if not self.strict and isinstance(value, date) and not isinstance(value, datetime):
            return value
        if isinstance(value, str) and _DATE_RE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.add(p, _("{value!r} is not a date written as YYYY-MM-DD").format(value=value))
        return None

    def session_value(self, value: Any, p: str) -> tuple[str, date] | None:
        """A session: ``'2027-03-01'`` or ``'2027-03-01T09:00'`` -> (canonical text, day)."""
        if not self.strict and isinstance(value, datetime):
            value = value.strftime("%Y-%m-%dT%H:%M")
        elif not self.strict and isinstance(value, date):
            value = value.isoformat()
        if isinstance(value, str) and (_DATE_RE.fullmatch(value) or _DATETIME_RE.fullmatch(value)):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                pass
            else:
                return value, moment.date()
        self.add(
            p,
            _("{value!r} is not a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM)").format(
                value=value
            ),
        )
        return None


@cache
def _values(enum: type[StrEnum]) -> dict[str, None]:
    """An enum's values, in order, for fast membership tests."""
    return dict.fromkeys(m.value for m in enum)


def _encodable(text: str) -> bool:
    """False for text holding lone surrogates (``"\\ud800"`` in JSON), which no
    UTF-8 file or database can store."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_unique(c: Checker, values: list[tuple[str, Any]], what: str) -> None:
    """Note every repeated value; ``values`` holds (path, value) pairs."""
    seen: dict[Any, str] = {}
    for path, value in values:
        if value is not None:
            c.first_use(seen, value, path, what)


def require_valid(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)

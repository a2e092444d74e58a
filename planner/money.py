"""Exact money.

Amounts are :class:`~decimal.Decimal` in memory and integer minor units in the
database (cents for CNY, dong for VND), so SQLite never turns them into binary
floats. Parsing is strict: ASCII digits with an optional dot, no exponents, no
NaN or infinities, no more decimals than the currency's minor unit allows: an
over-precise amount is refused, never rounded.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from planner.i18n import _
from planner.iso import CURRENCY_EXPONENTS

# Plain decimal notation in ASCII digits: "12", "-3.50". No "+", no ".5", no "1e3".
_DECIMAL_RE = re.compile(r"-?[0-9]+(?:\.[0-9]+)?", re.ASCII)

#: Largest absolute amount accepted, in major units (keeps minor units in int64).
MAX_AMOUNT = Decimal("10000000000000")  # 10 trillion
#: The largest exchange rate to the base currency. A rate is at most a million
#: (Iran's rial against the dollar is below that); with amounts below
#: MAX_AMOUNT every total stays within the 28 digits that reports format.
MAX_RATE = Decimal("1000000")
#: Decimal places the exchange file allows for money (docs/exchange-format.md).
FILE_MONEY_PLACES = 4


class DecimalSyntaxError(ValueError):
    """Text that is not a plain decimal number."""


def parse_decimal(value: object, *, max_places: int | None = None) -> Decimal:
    """Read a plain decimal number from text (or take a finite Decimal/int as is).

    Raises :class:`DecimalSyntaxError` with a message fit for the user.
    """
    if isinstance(value, bool):
        raise DecimalSyntaxError(_("must be a decimal number, not true/false"))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise DecimalSyntaxError(_("must be a finite number, not {value}").format(value=value))
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, str):
        text = value.strip()
        if not _DECIMAL_RE.fullmatch(text):
            raise DecimalSyntaxError(
                _(
                    "{value!r} is not a decimal number (write it like 1234.50, with a dot "
                    "and no thousands separators)"
                ).format(value=value)
            )
        number = Decimal(text)
    else:
        raise DecimalSyntaxError(
            _("must be a decimal number written as text, not {value!r}").format(value=value)
        )
    if max_places is not None and places(number) > max_places:
        raise DecimalSyntaxError(
            _("{value} has more than {places} decimal places").format(
                value=value, places=max_places
            )
        )
    return number


def places(number: Decimal) -> int:
    """Decimal places as written (``Decimal('1.50')`` has 2)."""
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


def exponent_of(currency: str) -> int:
    try:
        return CURRENCY_EXPONENTS[currency]
    except KeyError:
        raise DecimalSyntaxError(
            _("{currency!r} is not an ISO 4217 currency code").format(currency=currency)
        ) from None


def to_minor(amount: Decimal, currency: str) -> int:
    """Exact minor units of ``amount``; refuses an amount finer than the minor unit."""
    exp = exponent_of(currency)
    if abs(amount) >= MAX_AMOUNT:
        raise DecimalSyntaxError(
            _("{amount} is too large (the limit is {limit:,})").format(
                amount=fmt_plain(amount), limit=MAX_AMOUNT
            )
        )
    scaled = amount.scaleb(exp)
    if scaled != scaled.to_integral_value():
        unit = "no decimals" if exp == 0 else f"at most {exp} decimal places"
        raise DecimalSyntaxError(
            _("{amount} has more decimals than {currency} allows ({unit})").format(
                amount=fmt_plain(amount), currency=currency, unit=unit
            )
        )
    return int(scaled)


def parse_money(value: object, currency: str, *, max_places: int | None = None) -> int:
    """Parse an amount of ``currency`` into exact minor units."""
    return to_minor(parse_decimal(value, max_places=max_places), currency)


def from_minor(minor: int, currency: str) -> Decimal:
    """The Decimal value of ``minor`` units, with the currency's decimal places."""
    return Decimal(minor).scaleb(-exponent_of(currency))


def format_minor(minor: int, currency: str) -> str:
    """Canonical text of an amount: ``'12000.00'`` for CNY, ``'185000000'`` for VND."""
    return fmt_plain(from_minor(minor, currency))


def fmt_plain(number: Decimal) -> str:
    """Plain notation, never scientific: ``Decimal('1E-7')`` -> ``'0.0000001'``."""
    return format(number, "f")


def round_half_up(number: Decimal, places_: int) -> Decimal:
    """Round half away from zero to ``places_`` decimal places."""
    with localcontext() as ctx:
        ctx.prec = 60
        try:
            return number.quantize(Decimal(1).scaleb(-places_), rounding=ROUND_HALF_UP)
        except InvalidOperation as exc:  # pragma: no cover - beyond 60 digits
            raise DecimalSyntaxError(_("{number} cannot be rounded").format(number=number)) from exc


def convert_to_base(minor: int, currency: str, rate: Decimal, base_currency: str) -> int:
    """Convert minor units of ``currency`` into base-currency minor units.

    The converted amount is rounded to the base currency's minor unit, half away
    from zero, as a booked amount is (docs/methodology.md). Computed in integers,
    exactly: ``minor * 10^-e(currency) * rate * 10^e(base)`` is the fraction
    ``minor * p * 10^shift / q`` with ``rate = p / q`` (budget figures convert
    thousands of lines; a Decimal context per line cost 5x more).
    """
    if currency == base_currency:
        return minor
    p, q = rate.as_integer_ratio()
    shift = exponent_of(base_currency) - exponent_of(currency)
    if shift >= 0:
        numerator, denominator = minor * p * 10**shift, q
    else:
        numerator, denominator = minor * p, q * 10**-shift
    whole, rest = divmod(abs(int(numerator)), int(denominator))
    if 2 * rest >= denominator:  # half or more: away from zero
        whole += 1
    return whole if numerator >= 0 else -whole

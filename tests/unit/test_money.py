"""Exact money (planner/money.py): strict parsing, minor units, conversion to base."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.money import (
    MAX_AMOUNT,
    DecimalSyntaxError,
    convert_to_base,
    format_minor,
    parse_decimal,
    parse_money,
    to_minor,
)

EXPONENTS = {"VND": 0, "CNY": 2, "USD": 2, "THB": 2, "IDR": 2, "KWD": 3}

REFUSED_TEXT = [
    "NaN",
    "nan",
    "sNaN",
    "Infinity",
    "-Infinity",
    "inf",
    "1e5",
    "1E5",
    "1.5e-2",
    "١٢",  # Arabic-Indic digits
    "１２",  # fullwidth digits
    "१२",  # Devanagari digits
    "+1",
    ".5",
    "-.5",
    "5.",
    "1,000",
    "1 000",
    "1_000",
    "1.000,50",
    "0x10",
    "--1",
    "",
    " ",
    "-",
    "12 USD",
]
REFUSED_VALUES = [True, False, 1.5, 0.1, 12.0, None, [1], {"a": 1}, b"12"]
REFUSED_DECIMALS = [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), Decimal("-Infinity")]


@pytest.mark.parametrize("text", REFUSED_TEXT)
def test_parse_decimal_refuses_text_that_is_not_plain_ascii_decimal(text: str) -> None:
    with pytest.raises(DecimalSyntaxError, match="not a decimal number"):
        parse_decimal(text)


@pytest.mark.parametrize("text", REFUSED_TEXT)
def test_parse_money_refuses_text_that_is_not_plain_ascii_decimal(text: str) -> None:
    with pytest.raises(DecimalSyntaxError):
        parse_money(text, "CNY")


@pytest.mark.parametrize("value", REFUSED_VALUES + REFUSED_DECIMALS, ids=repr)
def test_parse_decimal_refuses_bools_floats_and_non_finite(value: object) -> None:
    with pytest.raises(DecimalSyntaxError):
        parse_decimal(value)
    with pytest.raises(DecimalSyntaxError):
        parse_money(value, "USD")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12", Decimal("12")), ("-3.50", Decimal("-3.50")), ("0", Decimal(0)), ("007.10", "7.10")],
)
def test_parse_decimal_reads_plain_numbers_exactly(text: str, expected: Decimal | str) -> None:
    number = parse_decimal(text)
    assert type(number) is Decimal
    assert number == Decimal(expected)
    assert number.as_tuple().exponent == Decimal(text).as_tuple().exponent  # places kept


def test_parse_decimal_max_places_refuses_one_place_too_many() -> None:
    assert parse_decimal("1.0000", max_places=4) == 1
    with pytest.raises(DecimalSyntaxError, match=r"1\.00001 has more than 4 decimal places"):
        parse_decimal("1.00001", max_places=4)


@pytest.mark.parametrize("currency, exponent", sorted(EXPONENTS.items()))
def test_minor_unit_exponents(currency: str, exponent: int) -> None:
    assert to_minor(Decimal(1), currency) == 10**exponent
    assert format_minor(1, currency) == (
        "1" if exponent == 0 else "0." + "0" * (exponent - 1) + "1"
    )


@pytest.mark.parametrize(
    ("text", "currency"),
    [("1.005", "CNY"), ("1.5", "VND"), ("0.001", "USD"), ("0.105", "THB"), ("1.0005", "KWD")],
)
def test_over_precise_amount_is_refused_not_rounded(text: str, currency: str) -> None:
    with pytest.raises(DecimalSyntaxError, match=f"{text} has more decimals than {currency}"):
        parse_money(text, currency)


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("100.00", "VND", 100),
        ("185000000", "VND", 185000000),
        ("1.50", "CNY", 150),
        ("1.0000", "CNY", 100),
        ("12000.00", "USD", 1200000),
        ("1.005", "KWD", 1005),
        ("0", "IDR", 0),
    ],
)
def test_amount_with_trailing_zeros_or_exact_places_is_accepted(
    text: str, currency: str, minor: int
) -> None:
    assert parse_money(text, currency) == minor


@pytest.mark.parametrize(
    ("minor", "currency", "text"),
    [(1200000, "CNY", "12000.00"), (185000000, "VND", "185000000"), (-5, "KWD", "-0.005")],
)
def test_format_minor_writes_canonical_text(minor: int, currency: str, text: str) -> None:
    assert format_minor(minor, currency) == text


@pytest.mark.parametrize("currency", ["XYZ", "cny", "", "RMB"])
def test_unknown_currency_is_refused(currency: str) -> None:
    with pytest.raises(DecimalSyntaxError, match="ISO 4217"):
        to_minor(Decimal(1), currency)


@pytest.mark.parametrize(
    "text", [str(MAX_AMOUNT), "-" + str(MAX_AMOUNT), "10000000000000.00", "9" * 40]
)
def test_too_large_amount_is_refused(text: str) -> None:
    with pytest.raises(DecimalSyntaxError, match="too large"):
        parse_money(text, "CNY")


def test_largest_amount_below_the_limit_is_accepted() -> None:
    assert parse_money("9999999999999.99", "CNY") == 999999999999999
    assert parse_money("9999999999999", "VND") == 9999999999999


@st.composite
def amounts(draw: st.DrawFn) -> tuple[str, Decimal]:
    currency = draw(st.sampled_from(sorted(EXPONENTS)))
    exp = EXPONENTS[currency]
    ulp = Decimal(1).scaleb(-exp)
    value = draw(st.decimals(min_value=-MAX_AMOUNT + ulp, max_value=MAX_AMOUNT - ulp, places=exp))
    return currency, value


@given(amounts(), st.integers(0, 2))
def test_parse_then_format_round_trips_every_amount_exactly(
    amount: tuple[str, Decimal], padding: int
) -> None:
    currency, value = amount
    text = format(value, "f")
    if padding:  # extra trailing zeros are allowed and change nothing
        text += ("" if "." in text else ".") + "0" * padding
    minor = parse_money(text, currency)
    assert type(minor) is int
    assert Decimal(format_minor(minor, currency)) == value
    assert parse_money(format_minor(minor, currency), currency) == minor


@given(
    st.one_of(
        st.text(alphabet="0123456789.-+eE ,_١２", max_size=12),
        st.text(max_size=8),
        st.floats(),
        st.integers(),
        st.booleans(),
        st.none(),
    )
)
def test_parse_never_returns_a_float_nor_raises_anything_else(value: object) -> None:
    try:
        number = parse_decimal(value)
    except DecimalSyntaxError:
        return
    assert type(number) is Decimal
    assert number.is_finite()
    assert not isinstance(value, (float, bool))


def _by_hand(minor: int, currency: str, rate: Decimal, base: str) -> int:
    with localcontext() as ctx:
        ctx.prec = 80
        amount = Decimal(minor) / (10 ** EXPONENTS[currency]) * rate
        unit = Decimal(1) / (10 ** EXPONENTS[base])
        return int(amount.quantize(unit, rounding=ROUND_HALF_UP) * 10 ** EXPONENTS[base])


@given(
    st.integers(-(10**15), 10**15),
    st.sampled_from(sorted(EXPONENTS)),
    st.sampled_from(sorted(EXPONENTS)),
    st.integers(1, 10**12).map(lambda n: Decimal(n).scaleb(-10)),
)
def test_convert_to_base_rounds_half_away_from_zero_like_the_hand_formula(
    minor: int, currency: str, base: str, rate: Decimal
) -> None:
    expected = minor if currency == base else _by_hand(minor, currency, rate, base)
    assert convert_to_base(minor, currency, rate, base) == expected


@pytest.mark.parametrize(
    ("minor", "currency", "rate", "base", "expected"),
    [
        (1, "USD", "0.5", "CNY", 1),  # 0.005 -> 0.01 (banker's rounding would give 0)
        (-1, "USD", "0.5", "CNY", -1),  # -0.005 -> -0.01: away from zero
        (1, "USD", "0.4999", "CNY", 0),
        (1, "USD", "50", "VND", 1),  # 0.5 dong -> 1
        (3, "USD", "50", "VND", 2),  # 1.5 dong -> 2
        (5, "VND", "0.001", "KWD", 5),  # 0.005 KWD exactly
        (1200000, "USD", "7.1000", "CNY", 8520000),
        (1234, "CNY", "999", "CNY", 1234),  # same currency: no conversion
    ],
)
def test_convert_to_base_examples(
    minor: int, currency: str, rate: str, base: str, expected: int
) -> None:
    assert convert_to_base(minor, currency, Decimal(rate), base) == expected


@pytest.mark.parametrize(
    ("currency", "base"),
    [
        ("USD", "CNY"),
        ("JPY", "CNY"),
        ("USD", "JPY"),
        ("KWD", "USD"),
        ("USD", "KWD"),
        ("EUR", "USD"),
    ],
)
@pytest.mark.parametrize("rate", ["7.1234", "0.005", "149.5", "0.30625", "1", "0.0000001"])
def test_convert_with_a_folded_factor_is_convert_to_base(
    currency: str, base: str, rate: str
) -> None:
    # the figures convert each budget line with a factor worked out once per rate
    # (base_money.base_factor, convert_with): every amount, halves and refunds included,
    # must give convert_to_base's minor units
    from planner.money import convert_to_base
    from planner.services.base_money import base_factor, convert_with

    num, den = base_factor(Decimal(rate), currency, base)
    amounts = [0, 1, 2, 5, 49, 50, 51, 99, 150, 12345, 10**12 + 7, -1, -50, -12345]
    for minor in amounts + [den // max(num, 1) * k for k in (1, 2, 3)]:
        assert convert_with(minor, num, den) == convert_to_base(
            minor, currency, Decimal(rate), base
        )

"""display.money formats with the locale's two symbols where that gives Babel's text."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from planner import display
from planner.money import round_half_up

LOCALES = [
    "en_US", "en_GB", "en_IN", "de_DE", "de_CH", "fr_FR", "fr_CH", "es_ES", "pl_PL",
    "pt_BR", "it_IT", "ru_RU", "zh_CN", "zh_TW", "vi_VN", "th_TH", "km_KH", "lo_LA",
    "my_MM", "id_ID", "hi_IN", "ar_EG", "fa_IR", "he_IL", "sv_SE", "nb_NO",
]  # fmt: skip


@pytest.mark.parametrize("loc", LOCALES)
def test_money_is_babels_text_to_the_character(loc: str) -> None:
    rng = random.Random(loc)
    values = [Decimal("-0.004"), Decimal("0"), Decimal("-1234.5"), Decimal("999999.995")]
    values += [
        Decimal(rng.randrange(-(10**15), 10**15)).scaleb(-rng.randrange(0, 6)) for _ in range(300)
    ]
    for places in (0, 2, 3):
        for value in values:
            expected = display._babel_money(round_half_up(value, places), places, loc)
            assert display.money(value, places, loc) == expected, (loc, value, places)


def test_a_locale_the_plain_text_would_get_wrong_is_left_to_babel() -> None:
    # de_CH groups "#,##0.00" with no separator in Babel, unlike its group symbol
    assert display._separators("de_CH") is None
    assert display.money(Decimal("-1234567.891"), 2, "de_CH") == "-1234567.89"
    assert display._separators("de_DE") is not None
    assert display.money(Decimal("-1234567.891"), 2, "de_DE") == "-1.234.567,89"
    assert display.money(Decimal("-0.001"), 2, "fr_FR") == "-0,00"
    assert display.money(Decimal("1234567"), 0, "fr_FR") == "1\u202f234\u202f567"

"""A report writes dates and figures the way its language does, not LC_TIME's way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from planner import display, i18n
from planner.reports.formats import Formats, report_locale


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.set_language(None)


def test_a_chinese_report_in_an_english_environment_writes_chinese_dates(
    language: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(display, "default_locale", lambda: "en_US")
    i18n.set_language("zh_CN")
    fmt = Formats(report_locale())
    assert fmt.day(date(2026, 12, 5)) == "2026年12月5日"
    assert fmt.period(date(2027, 3, 8), date(2027, 3, 12)) == "2027年3月8日至12日"
    assert fmt.money(Decimal("1234567.5")) == "1,234,567.50"


def test_an_english_report_keeps_the_users_english_locale(
    language: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(display, "default_locale", lambda: "en_GB")
    i18n.set_language("en")
    assert report_locale() == "en_GB"
    assert Formats(report_locale()).day(date(2026, 12, 5)) == "5 Dec 2026"


def test_an_english_report_in_a_chinese_environment_writes_english_dates(
    language: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(display, "default_locale", lambda: "zh_Hans_CN")
    i18n.set_language("en")
    assert Formats(report_locale()).day(date(2026, 12, 5)) == "Dec 5, 2026"


def test_without_a_chosen_language_the_environment_decides(
    language: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(display, "default_locale", lambda: "en_US")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    i18n.set_language(None)
    assert report_locale().startswith("zh")
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert report_locale() == "en_US"

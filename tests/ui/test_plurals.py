"""Plural forms in the window: a count of 1 reads "1 payment", not "1 payments", in
English (planner_en.qm, installed under every language) and in Chinese."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from planner.paths import resources

FOLDER = resources() / "translations"


def _say(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, "", n)


def test_english_counts_read_singular_and_plural(qapp: object) -> None:
    text = "Recorded %n payment(s) from {0}."
    assert _say("PaymentsPanel", text, 1) == "Recorded 1 payment from {0}."
    assert _say("PaymentsPanel", text, 3) == "Recorded 3 payments from {0}."
    activities = "Set status of %n activity(ies) to {0}"
    assert _say("ActivitiesPage", activities, 1) == "Set status of 1 activity to {0}"
    assert _say("ActivitiesPage", activities, 12) == "Set status of 12 activities to {0}"
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        assert _say("HistoryDialog", "%Ln change(s), newest first", 1234) == (
            "1,234 changes, newest first"
        )
    finally:
        QLocale.setDefault(before)


def test_chinese_counts(qapp: object) -> None:
    chinese = QTranslator()
    assert chinese.load("planner_zh_CN", str(FOLDER))
    QCoreApplication.installTranslator(chinese)
    try:
        assert _say("PaymentsPanel", "Recorded %n payment(s) from {0}.", 1) == (
            "已从 {0} 记录 1 笔付款。"
        )
        assert _say("AttendancePage", "Mark %n cell(s)", 40) == "记录 40 个单元格"
    finally:
        QCoreApplication.removeTranslator(chinese)


@pytest.mark.parametrize("name", ["planner_en.ts", "planner_zh_CN.ts"])
def test_every_plural_message_has_its_forms(name: str) -> None:
    """English has two forms (one, other), Chinese one; none left empty."""
    wanted = 2 if name == "planner_en.ts" else 1
    found = 0
    for message in ET.parse(FOLDER / name).getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        source = message.findtext("source") or ""
        assert len(forms) == wanted and all(forms), source
        assert all("%n" in f or "%Ln" in f for f in forms), source
        found += 1
    assert found >= 10

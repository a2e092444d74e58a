"""The Chinese catalogues use the terms of docs/glossary.md."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.md"
TRANSLATIONS = ROOT / "resources" / "translations"


def glossary() -> list[tuple[str, str]]:
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] not in ("English", "---") and cells[1]:
            rows.append((cells[0], cells[1]))
    return rows


def pairs() -> list[tuple[str, str, str]]:
    """(catalogue, English, Chinese) for every translated message."""
    out: list[tuple[str, str, str]] = []
    for message in ET.parse(TRANSLATIONS / "planner_zh_CN.ts").iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") == "vanished":
            continue
        if translation.get("type") == "obsolete" or not translation.text:
            continue
        out.append(("window", (source.text or "").replace("&", ""), translation.text))
    with (TRANSLATIONS / "zh_CN" / "LC_MESSAGES" / "planner.po").open("rb") as f:
        catalog = read_po(f)
    for msg in catalog:
        if not msg.id or not msg.string or msg.fuzzy:
            continue
        ids = msg.id if isinstance(msg.id, tuple) else (msg.id,)
        strings = msg.string if isinstance(msg.string, tuple) else (msg.string,)
        out.extend(("reports", i, s) for i, s in zip(ids, strings, strict=False))
    return out


def test_the_glossary_has_the_terms_the_programme_needs() -> None:
    terms = dict(glossary())
    for english, chinese in [
        ("General Administration of Customs", "海关总署"),
        ("ASEAN", "东盟"),
        ("capacity building", "能力建设"),
        ("single window", "单一窗口"),
        ("AEO mutual recognition", "AEO互认"),
        ("origin", "原产地"),
        ("enforcement mutual assistance", "执法互助"),
        ("class hours", "学时"),
        ("envelope", "预算额度"),
    ]:
        assert terms.get(english) == chinese, english


@pytest.mark.parametrize(("english", "chinese"), glossary())
def test_every_translation_uses_the_glossary_term(english: str, chinese: str) -> None:
    pattern = re.compile(rf"\b{re.escape(english)}s?\b", re.IGNORECASE)
    wrong = [
        f"{where}: {source!r} -> {translation!r}"
        for where, source, translation in pairs()
        if pattern.search(source) and chinese not in translation
    ]
    assert wrong == []


def test_the_replaced_wordings_are_gone() -> None:
    for where, source, translation in pairs():
        for weak in ("年度投入", "成员海关", "学习提升"):
            assert weak not in translation, f"{where}: {source!r}"

"""Paper that can be signed: the budget report's reference, version and sign-off
set in the plan's settings, each rate's source and date, in the exchange format
(version 4) and on the budget PDF."""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from planner.errors import ValidationError
from planner.reports import budget_pdf
from planner.services import exchange
from planner.services import plans as P
from planner.services.exchange_json import READABLE, VERSION
from planner.services.reference_data import plan_settings, rates
from planner.store import Database, unit_of_work

PAPER = {
    "report_reference": "GACC-ASEAN-CB/FIN/2028",
    "report_version": "1.2",
    "prepared_name": "Liu Yang",
    "prepared_title": "Finance Officer",
    "reviewed_name": "Chen Jing",
    "reviewed_title": "Head of Finance",
    "approved_name": "Wang Lei",
    "approved_title": "Director",
}


@pytest.fixture
def papered(small_doc: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(small_doc)
    doc["version"] = 4
    doc["plan"].update(PAPER)
    doc["exchange_rates"][0].update(source="PBOC central parity rate", rate_date="2026-11-30")
    return doc


def test_version_4_is_written_and_1_to_4_are_read() -> None:
    assert VERSION == 5 and READABLE == (1, 2, 3, 4, 5)


def test_the_paper_travels_in_the_exchange_file(
    db: Database, load: Callable[[dict[str, Any]], int], papered: dict[str, Any]
) -> None:
    plan = load(papered)
    with unit_of_work(db) as s:
        doc = exchange.export_document(s, plan)
        settings = plan_settings(s, plan)
        found = rates(s, plan).rates
    assert doc["version"] == 5
    assert {k: doc["plan"][k] for k in PAPER} == PAPER
    assert doc["exchange_rates"][0]["source"] == "PBOC central parity rate"
    assert doc["exchange_rates"][0]["rate_date"] == "2026-11-30"
    assert settings.report_reference == "GACC-ASEAN-CB/FIN/2028"
    assert settings.approved_title == "Director"
    assert (found[0].source, found[0].rate_date) == ("PBOC central parity rate", date(2026, 11, 30))


def test_a_plan_without_them_exports_as_before(
    db: Database, load: Callable[[dict[str, Any]], int], small_doc: dict[str, Any]
) -> None:
    plan = load(small_doc)
    with unit_of_work(db) as s:
        doc = exchange.export_document(s, plan)
    assert not set(PAPER) & set(doc["plan"])
    assert set(doc["exchange_rates"][0]) == {"year", "currency", "to_base"}


def test_bad_values_are_refused_at_their_path(db: Database, papered: dict[str, Any]) -> None:
    papered["plan"]["approved_name"] = "x" * 201
    papered["exchange_rates"][0]["rate_date"] = "30/11/2026"
    with pytest.raises(ValidationError) as e, unit_of_work(db) as s:
        exchange.import_document(s, papered)
    paths = {p.path for p in e.value.problems}
    assert {"plan.approved_name", "exchange_rates[0].rate_date"} <= paths


def test_settings_and_rate_sources_are_edited_and_a_rate_keeps_its_source(
    db: Database, load: Callable[[dict[str, Any]], int], papered: dict[str, Any]
) -> None:
    plan = load(papered)
    with unit_of_work(db) as s:
        P.update_plan(s, plan, report_version="2.0", reviewed_name=None)
        # a new value of the rate, typed in the grid, keeps its source and date
        P.set_rate(s, plan, year=2027, currency="USD", to_base="7.2")
    with unit_of_work(db) as s:
        settings = plan_settings(s, plan)
        (usd,) = [r for r in rates(s, plan).rates if r.currency == "USD"]
    assert settings.report_version == "2.0" and settings.reviewed_name is None
    assert (usd.to_base, usd.source, usd.rate_date) == (
        "7.2",
        "PBOC central parity rate",
        date(2026, 11, 30),
    )
    with unit_of_work(db) as s:
        P.set_rate(s, plan, year=2027, currency="USD", to_base="7.2", source="IMF", rate_date=None)
    with unit_of_work(db) as s:
        (usd,) = [r for r in rates(s, plan).rates if r.currency == "USD"]
    assert (usd.source, usd.rate_date) == ("IMF", None)


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_the_pdf_cover_rates_annex_and_sign_off(
    db: Database, load: Callable[[dict[str, Any]], int], papered: dict[str, Any]
) -> None:
    plan = load(papered)
    with unit_of_work(db) as s:
        pdf = budget_pdf.render(s, plan, generated=date(2027, 7, 1), as_of=date(2027, 6, 30))
    text = pages(pdf)
    cover = " ".join(text[0].split())
    for words in (
        "Reference GACC-ASEAN-CB/FIN/2028",
        "Version 1.2",
        "Period 2027–2031",
        "Payments as of 2027-06-30",
    ):
        assert words in cover, cover
    annex = next(t for t in text if "Annex: exchange rates" in t)
    assert "PBOC central parity rate" in annex and "2026-11-30" in annex
    last = " ".join(text[-1].split())
    assert "Page {0} of {0}".format(len(text)) in last
    # the grand total, then the sign-off, on the last page
    assert "Grand total, 1 lines" in last
    assert last.index("Grand total") < last.index("Sign-off")
    for words in ("Prepared by", "Liu Yang", "Finance Officer", "Approved by", "Wang Lei"):
        assert words in last, last

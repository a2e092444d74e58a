"""The plan overview (cards per theme and year) and the reference data page."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from planner import display
from planner.models import Administration, Envelope, ExchangeRate, FundingSource, Plan, Theme
from planner.services import metrics
from planner.store import Database, unit_of_work
from planner.ui.context import AppContext
from planner.ui.pages import overview as O
from planner.ui.pages import reference as R
from planner.ui.pages import reference_lists as RL
from planner.ui.pages import reference_money as RM


# ------------------------------------------------------------------ fixtures
@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes never block: they are recorded instead."""
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def box(_parent: Any, title: str, text: str, *a: Any, **k: Any) -> Any:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return box

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(("exec", self.text())))
    monkeypatch.setattr(display, "default_locale", lambda: "en_US")
    return shown


def with_more_activities(doc: dict[str, Any]) -> dict[str, Any]:
    """The small plan plus a second theme and activities in other cells."""
    doc["themes"].append({"code": "AEO", "name": "AEO Mutual Recognition"})
    first = doc["activities"][0]

    def activity(code: str, theme: str, start: str, status: str, planned: str) -> dict[str, Any]:
        return {
            **{k: first[k] for k in ("kind", "venue", "country", "mode", "hours_per_session")},
            "code": code,
            "title": f"Activity {code} with a rather long title that will not fit on a card",
            "theme": theme,
            "status": status,
            "start": start,
            "end": start,
            "sessions": [start],
            "quotas": [],
            "enrolments": [],
            "attendance": [],
            "budget_lines": [
                {
                    "category": "venue",
                    "currency": "CNY",
                    "planned": planned,
                    "funding_source": "GACC",
                }
            ],
        }

    doc["activities"] += [
        activity("TC-2027-02", "SW", "2027-06-01", "scheduled", "1000.00"),
        activity("TC-2027-03", "AEO", "2027-07-01", "approved", "2000.00"),
        activity("TC-2029-01", "AEO", "2029-04-01", "planned", "3000.00"),
        activity("TC-2029-02", "AEO", "2029-05-01", "cancelled", "4000.00"),
    ]
    return doc


@pytest.fixture
def ctx(db: Database, load: Callable[..., int], small_doc: dict[str, Any]) -> Iterator[AppContext]:
    context = AppContext(db, load(with_more_activities(small_doc)))
    yield context
    context.undo_stack.clear()


def read(db: Database, fn: Callable[[Any], Any]) -> Any:
    with unit_of_work(db) as s:
        return fn(s)


def names(db: Database, model: type[Any]) -> dict[str, str]:
    return read(db, lambda s: {r.code: r.name for r in s.exec(select(model))})


@pytest.fixture
def fake_editor(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, int | None, Any]]:
    """planner.ui.activity_editor.ActivityEditor replaced by a recorder."""
    opened: list[tuple[Any, int | None, Any]] = []

    class FakeEditor:
        def __init__(self, ctx: AppContext, activity_id: int | None, parent: Any) -> None:
            opened.append((ctx, activity_id, parent))
            self.activity_id = activity_id

        def exec(self) -> int:
            return 0

    module = types.ModuleType("planner.ui.activity_editor")
    module.ActivityEditor = FakeEditor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "planner.ui.activity_editor", module)
    return opened


def activity_id(db: Database, code: str) -> int:
    return int(
        read(
            db,
            lambda s: (
                s.connection()
                .exec_driver_sql("SELECT id FROM activity WHERE code = ?", (code,))
                .scalar_one()
            ),
        )
    )


def show(qtbot: QtBot, page: Any) -> Any:
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


# ------------------------------------------------------------------ overview
def test_overview_has_a_card_per_activity_in_its_theme_and_year(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = show(qtbot, O.OverviewPage(ctx))
    model = page.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "2027",
        "2028",
        "2029",
        "2030",
        "2031",
    ]
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == ["SW", "AEO"]
    counts = {
        (r, c): [card.code for card in model.cards(r, c)]
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.cards(r, c)
    }
    assert counts == {
        (0, 0): ["TC-2027-01", "TC-2027-02"],
        (1, 0): ["TC-2027-03"],
        (1, 2): ["TC-2029-01", "TC-2029-02"],
    }
    assert model.cards(1, 2)[1].status == "cancelled"
    assert "2 activities" in model.data(model.index(1, 2), Qt.ItemDataRole.AccessibleTextRole)


def test_year_header_shows_planned_input_and_execution_from_metrics(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = show(qtbot, O.OverviewPage(ctx))
    figures = ctx.read(lambda s: metrics.compute(s, ctx.plan_id))
    year_rows = {r.key: r.figures for r in figures.scope("year")}
    # 12,000 USD at 7.1 + 1,000 + 2,000 CNY; the cancelled activity is not planned
    assert year_rows["2027"].planned_cost == Decimal("88200.00")
    assert year_rows["2029"].planned_cost == Decimal("3000.00")
    band = page.model.headerData(0, Qt.Orientation.Horizontal, O.BAND_ROLE)
    assert band.planned == display.money(Decimal("88200.00")) == "88,200.00"
    assert band.input == "3,000,000.00"
    assert band.actual == display.money(figures.inputs[0].actual_cost) == "80,588.55"
    assert band.rate == figures.inputs[0].execution_rate
    tip = page.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "88,200.00" in tip and "3,000,000.00" in tip and "2.7%" in tip
    later = page.model.headerData(2, Qt.Orientation.Horizontal, O.BAND_ROLE)
    assert (later.planned, later.input, later.rate) == ("3,000.00", "0.00", None)
    assert "CNY" in page.caption.text()


def test_clicking_a_card_opens_the_activity(
    qtbot: QtBot, ctx: AppContext, db: Database, fake_editor: list[Any]
) -> None:
    page = show(qtbot, O.OverviewPage(ctx))
    wanted = activity_id(db, "TC-2029-02")
    rect = page.table.card_rect(wanted)
    assert rect is not None and page.table.viewport().rect().contains(rect.center())
    card = page.table.card_at(rect.center())
    assert card is not None and card.code == "TC-2029-02"
    tip = page.table.itemDelegate().tooltip(card)
    assert "TC-2029-02" in tip and "Cancelled" in tip and "4,000.00" in tip
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert fake_editor == [(ctx, wanted, page)]
    # an empty part of a cell opens nothing
    cell = page.table.visualRect(page.model.index(0, 4))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert len(fake_editor) == 1


def test_keyboard_moves_between_cards_and_enter_opens(
    qtbot: QtBot, ctx: AppContext, db: Database, fake_editor: list[Any]
) -> None:
    page = show(qtbot, O.OverviewPage(ctx))
    table = page.table
    table.setFocus()
    assert table.select_activity(activity_id(db, "TC-2027-01"))
    qtbot.keyClick(table, Qt.Key.Key_Right)  # next card in the same cell
    assert table.current_card().code == "TC-2027-02"
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the AEO theme, same year
    assert table.current_card().code == "TC-2027-03"
    qtbot.keyClick(table, Qt.Key.Key_Right)  # 2028 is empty: the cell, no card
    assert table.current_card() is None and table.currentIndex().column() == 1
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert fake_editor == []
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.current_card().code == "TC-2029-01"
    qtbot.keyClick(table, Qt.Key.Key_Enter)
    assert [opened[1] for opened in fake_editor] == [activity_id(db, "TC-2029-01")]


def test_overview_follows_changes_of_themes(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    page = show(qtbot, O.OverviewPage(ctx))
    reference = R.ReferencePage(ctx)
    reference.themes.refresh()
    model = reference.themes.model
    assert model.setData(model.index(0, 0), "SWX")
    assert page.model.headerData(0, Qt.Orientation.Vertical) == "SWX"


# ------------------------------------------------------------------ reference data
def test_rename_a_theme_in_place_then_undo_and_redo(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    page = show(qtbot, R.ReferencePage(ctx))
    page.tabs.setCurrentWidget(page.themes)
    table, model = page.themes.table, page.themes.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Single Window"
    editor.setText("Single Window and Paperless Trade")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: names(db, Theme)["SW"] == "Single Window and Paperless Trade")
    assert model.data(model.index(0, 1)) == "Single Window and Paperless Trade"
    assert table.currentIndex().row() == 0  # the cursor stays where it was
    ctx.undo_stack.undo()
    assert names(db, Theme)["SW"] == "Single Window"
    assert model.data(model.index(0, 1)) == "Single Window"
    ctx.undo_stack.redo()
    assert names(db, Theme)["SW"] == "Single Window and Paperless Trade"


def test_escape_cancels_an_edit(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    page = show(qtbot, R.ReferencePage(ctx))
    page.tabs.setCurrentWidget(page.themes)
    table = page.themes.table
    table.setFocus()
    table.setCurrentIndex(page.themes.model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter edits too
    editor = table.findChild(QLineEdit)
    assert editor is not None
    editor.setText("Not this")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.wait(20)
    assert table.state() != table.State.EditingState
    assert names(db, Theme)["SW"] == "Single Window"
    assert ctx.undo_stack.count() == 0


def test_renaming_a_code_then_undo_finds_the_row_by_its_new_code(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    page = show(qtbot, R.ReferencePage(ctx))
    page.tabs.setCurrentWidget(page.sources)
    model = page.sources.model
    assert model.setData(model.index(0, 0), "GACC-2")
    assert set(names(db, FundingSource)) == {"GACC-2"}
    assert not model.setData(model.index(0, 0), "X" * 41)  # refused: nothing saved
    assert "must be 1 to 40 characters long" in page.sources.error.text()
    assert not page.sources.error.isHidden()
    assert set(names(db, FundingSource)) == {"GACC-2"}
    ctx.undo_stack.undo()
    assert set(names(db, FundingSource)) == {"GACC"}


def test_adding_an_administration_with_a_bad_country_is_refused(
    qtbot: QtBot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = show(qtbot, R.ReferencePage(ctx))
    page.tabs.setCurrentWidget(page.admins)
    seen: dict[str, Any] = {}

    def fill_and_accept(dialog: R.ReferenceDialog) -> int:
        dialog.code.setText("XX")
        dialog.name.setText("Nowhere Customs")
        assert dialog.country is not None
        dialog.country.setText("qq")
        dialog._try_accept()
        seen["error"] = dialog.errors["country"]
        seen["result"] = dialog.result()
        return 0

    monkeypatch.setattr(R.ReferenceDialog, "exec", fill_and_accept)
    qtbot.keyClick(page.admins.table, Qt.Key.Key_Insert)
    assert "'QQ' is not an ISO 3166-1 country code" in seen["error"].text()
    assert not seen["error"].isHidden()
    assert "XX" not in names(db, Administration)
    assert ctx.undo_stack.count() == 0

    def good(dialog: R.ReferenceDialog) -> int:
        dialog.code.setText("XX")
        dialog.name.setText("Somewhere Customs")
        assert dialog.country is not None
        dialog.country.setText("th")
        dialog._try_accept()
        return 1

    monkeypatch.setattr(R.ReferenceDialog, "exec", good)
    page.admins.add_item()
    assert (
        read(
            db,
            lambda s: (
                s.exec(select(Administration).where(Administration.code == "XX")).one().country
            ),
        )
        == "TH"
    )
    assert page.admins.model.row_of_text("XX") is not None
    ctx.undo_stack.undo()
    assert "XX" not in names(db, Administration)


def test_deleting_a_theme_in_use_is_refused_with_the_core_message(
    qtbot: QtBot,
    ctx: AppContext,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[tuple[str, str]],
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(RL, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    page = show(qtbot, R.ReferencePage(ctx))
    page.tabs.setCurrentWidget(page.themes)
    table = page.themes.table
    table.setFocus()
    table.setCurrentIndex(page.themes.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert asked and "SW" in asked[0]
    assert message_boxes == [("warning", "theme SW is still used by 2 activities; it was kept")]
    assert "still used by 2 activities" in page.themes.error.text()
    assert "SW" in names(db, Theme)
    assert ctx.undo_stack.count() == 0


def test_delete_an_unused_theme_asks_and_undo_brings_it_back(
    qtbot: QtBot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [False, True]
    monkeypatch.setattr(RL, "confirm", lambda *_a: answers.pop(0))
    with unit_of_work(db) as s:
        s.add(Theme(plan_id=ctx.plan_id, code="NEW", name="Unused"))
    page = show(qtbot, R.ReferencePage(ctx))
    page.tabs.setCurrentWidget(page.themes)
    page.themes.table.setCurrentIndex(page.themes.model.index(2, 0))
    page.themes.delete_current()  # answered no
    assert "NEW" in names(db, Theme)
    page.themes.delete_current()
    assert "NEW" not in names(db, Theme)
    ctx.undo_stack.undo()
    assert names(db, Theme)["NEW"] == "Unused"
    ctx.undo_stack.redo()
    assert "NEW" not in names(db, Theme)


def test_set_an_exchange_rate_exactly(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    page = show(qtbot, R.ReferencePage(ctx))
    page.tabs.setCurrentWidget(page.rates)
    model = page.rates.model
    assert model.headerData(2, Qt.Orientation.Horizontal) == "2028"
    usd = model.row_of("USD")
    assert usd is not None and model.data(model.index(usd, 1)) == "7.1000"
    assert model.setData(model.index(usd, 2), "7.0512345678")

    def rates(s: Any) -> dict[tuple[int, str], str]:
        return {(r.year, r.currency): r.to_base for r in s.exec(select(ExchangeRate))}

    assert read(db, rates) == {(2027, "USD"): "7.1000", (2028, "USD"): "7.0512345678"}
    assert model.data(model.index(usd, 2)) == "7.0512345678"
    assert not model.setData(model.index(usd, 3), "-1")
    assert "must be > 0" in page.rates.error.text()
    ctx.undo_stack.undo()
    assert read(db, rates) == {(2027, "USD"): "7.1000"}
    page.rates.set_rate(2030, "EUR", Decimal("7.85"))
    assert read(db, rates)[(2030, "EUR")] == "7.85"


def test_set_an_envelope_typed_with_grouping(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    page = show(qtbot, R.ReferencePage(ctx))
    page.tabs.setCurrentWidget(page.envelopes)
    model = page.envelopes.model
    gacc = model.row_of("GACC")
    assert gacc is not None
    assert model.setData(model.index(gacc, 2), "1,234,567.50")

    def envelopes(s: Any) -> dict[int, int]:
        return {e.year: e.amount_minor for e in s.exec(select(Envelope))}

    assert read(db, envelopes) == {2027: 300000000, 2028: 123456750}
    # the page reads the envelope back from the database as the exact amount typed
    assert page.envelopes.amounts[(2028, "GACC")] == Decimal("1234567.50")
    total = model.row_of(None)
    assert model.data(model.index(gacc, 2)) == "1,234,567.50"
    assert model.data(model.index(total, 2)) == "1,234,567.50"  # the year's input, from metrics
    assert not model.setData(model.index(gacc, 3), "12.345")  # finer than a fen
    assert "decimal places" in page.envelopes.error.text()
    assert not model.setData(model.index(gacc, 3), "lots")
    assert "not an amount" in page.envelopes.error.text()
    ctx.undo_stack.undo()
    assert read(db, envelopes) == {2027: 300000000}
    assert model.data(model.index(gacc, 2)) == ""


def test_completion_threshold_above_one_is_refused_and_reverts(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    page = show(qtbot, R.ReferencePage(ctx))
    field = page.plan.fields["completion_threshold"]
    assert isinstance(field, QLineEdit) and field.text() == "0.80"
    field.setFocus()
    field.setText("1.5")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    error = page.plan.errors["completion_threshold"]
    assert "1.5 must be <= 1" in error.text() and not error.isHidden()
    assert field.text() == "0.80"
    threshold = lambda: read(db, lambda s: s.get(Plan, ctx.plan_id).completion_threshold)  # noqa: E731
    assert threshold() == "0.80"
    assert ctx.undo_stack.count() == 0

    field.setText("0.75")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert threshold() == "0.75" and error.isHidden()
    ctx.undo_stack.undo()
    assert threshold() == "0.80" and field.text() == "0.80"


def test_escape_in_a_plan_field_restores_the_saved_value(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    page = show(qtbot, R.ReferencePage(ctx))
    field = page.plan.fields["owner"]
    assert isinstance(field, QLineEdit)
    saved = field.text()
    field.setFocus()
    field.setText("Someone else")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == saved
    assert ctx.undo_stack.count() == 0


def test_deleting_a_rate_asks_and_the_overview_flags_the_year(
    qtbot: QtBot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RM, "confirm", lambda *_a: True)
    overview = show(qtbot, O.OverviewPage(ctx))
    reference = R.ReferencePage(ctx)
    reference.tabs.setCurrentWidget(reference.rates)
    reference.rates.refresh()
    model = reference.rates.model
    reference.rates.table.setCurrentIndex(model.index(model.row_of("USD"), 1))
    reference.rates.delete_current()
    assert read(db, lambda s: s.exec(select(ExchangeRate)).all()) == []
    band = overview.model.headerData(0, Qt.Orientation.Horizontal, O.BAND_ROLE)
    assert band.missing_rate and band.planned == "3,000.00"  # the USD line is left out
    tip = overview.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "no exchange rate" in tip
    ctx.undo_stack.undo()
    band = overview.model.headerData(0, Qt.Orientation.Horizontal, O.BAND_ROLE)
    assert not band.missing_rate and band.planned == "88,200.00"


def test_add_a_rate_through_its_dialog(
    qtbot: QtBot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = show(qtbot, R.ReferencePage(ctx))
    page.tabs.setCurrentWidget(page.rates)
    typed = iter(["1e3", "0.9123"])
    errors: list[str] = []

    def fill(dialog: R.RateDialog) -> int:
        dialog.year.setCurrentIndex(dialog.year.findData(2029))
        dialog.currency.setCurrentText("eur")
        dialog.rate.setText(next(typed))
        dialog._try_accept()
        errors.append(dialog.errors["to_base"].text())
        return 0

    monkeypatch.setattr(R.RateDialog, "exec", fill)
    qtbot.keyClick(page.rates.table, Qt.Key.Key_Insert)
    assert "no exponent" in errors[0]
    page.rates.add_item()
    assert errors[1] == ""
    assert (
        read(
            db,
            lambda s: (
                s.exec(select(ExchangeRate).where(ExchangeRate.currency == "EUR")).one().to_base
            ),
        )
        == "0.9123"
    )
    model = page.rates.model
    assert model.data(model.index(model.row_of("EUR"), 3)) == "0.9123"


# ------------------------------------------------------------------ names in Chinese
def test_a_theme_gets_its_chinese_name_beside_the_english_one_undoably(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    page = show(qtbot, R.ReferencePage(ctx))
    page.tabs.setCurrentWidget(page.themes)
    model = page.themes.model
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Name in Chinese"
    assert model.setData(model.index(0, 2), " 单一窗口 ")
    chinese = lambda: read(db, lambda s: s.get(Theme, 1).name_zh)  # noqa: E731
    assert chinese() == "单一窗口"
    assert model.data(model.index(0, 2)) == "单一窗口"
    assert model.data(model.index(0, 1)) == "Single Window"
    assert model.setData(model.index(0, 2), "")  # emptied: no Chinese name
    assert chinese() is None
    ctx.undo_stack.undo()
    assert chinese() == "单一窗口"
    ctx.undo_stack.undo()
    assert chinese() is None and model.data(model.index(0, 2)) == ""
    # an administration's country moved one column right and still saves
    page.tabs.setCurrentWidget(page.admins)
    admins = page.admins.model
    assert admins.headerData(3, Qt.Orientation.Horizontal) == "Country"
    assert admins.setData(admins.index(0, 3), "th")
    assert read(db, lambda s: s.get(Administration, 1).country) == "TH"


def test_the_plan_names_in_chinese_are_saved_and_undone(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    page = show(qtbot, R.ReferencePage(ctx))
    field = page.plan.fields["owner_zh"]
    assert isinstance(field, QLineEdit) and field.text() == ""
    field.setFocus()
    field.setText("海关总署")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    owner = lambda: read(db, lambda s: s.get(Plan, ctx.plan_id).owner_zh)  # noqa: E731
    assert owner() == "海关总署"
    ctx.undo_stack.undo()
    assert owner() is None and field.text() == ""


# ------------------------------------------------------------------ paper that can be signed
def test_the_report_reference_and_sign_off_are_plan_settings(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    page = show(qtbot, R.ReferencePage(ctx))
    field = page.plan.fields["approved_title"]
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.setText("Director, International Cooperation")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    title = lambda: read(db, lambda s: s.get(Plan, ctx.plan_id).approved_title)  # noqa: E731
    assert title() == "Director, International Cooperation"
    field.setFocus()
    field.setText("")  # emptied: none
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert title() is None
    ctx.undo_stack.undo()
    assert title() == "Director, International Cooperation"


def test_a_rates_source_and_date_through_its_dialog(
    qtbot: QtBot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = show(qtbot, R.ReferencePage(ctx))
    page.tabs.setCurrentWidget(page.rates)
    section = page.rates
    typed = iter(["2026-13-01", "2026-11-30"])
    errors: list[str] = []

    def fill(dialog: R.RateDialog) -> int:
        assert not dialog.year.isEnabled() and dialog.rate.text() == "7.1000"
        dialog.source.setText("PBOC central parity rate")
        dialog.rate_date.setText(next(typed))
        dialog._try_accept()
        errors.append(dialog.errors["rate_date"].text())
        return 0

    monkeypatch.setattr(R.RateDialog, "exec", fill)
    usd = section.model.row_of("USD")
    section.table.setCurrentIndex(section.model.index(usd, 1))  # 2027
    section.describe_current()
    assert "YYYY-MM-DD" in errors[0]
    section.describe_current()
    assert errors[1] == ""
    rate = lambda: read(  # noqa: E731
        db,
        lambda s: s.exec(select(ExchangeRate).where(ExchangeRate.currency == "USD")).one(),
    )
    assert (rate().to_base, rate().source, str(rate().rate_date)) == (
        "7.1000",
        "PBOC central parity rate",
        "2026-11-30",
    )
    tip = section.model.data(section.model.index(usd, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Source: PBOC central parity rate, 2026-11-30"

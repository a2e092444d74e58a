"""The Participants page: the directory (search, new person with the look-alike
warning, edit, delete, merge, all with undo), the nominations of an activity against
its quotas, and the nomination-list import dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.services import exchange
from planner.store import Database
from planner.ui.context import AppContext
from planner.ui.nominations_dialog import NominationImportDialog
from planner.ui.pages import participants as PP

Doc = dict[str, Any]


# ------------------------------------------------------------------ fixtures
@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Message boxes never block. Static ones are recorded; a built box (the
    look-alike warning) is answered with ``boxes["answer"]`` (a button's text)."""
    state: dict[str, Any] = {"shown": [], "answer": None}

    def record(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def box(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> Any:
            state["shown"].append((kind, text))
            return QMessageBox.StandardButton.Ok

        return box

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))

    def exec_(self: QMessageBox) -> int:
        state["shown"].append(("exec", self.text()))
        state["clicked"] = next((b for b in self.buttons() if b.text() == state["answer"]), None)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: state.get("clicked"))
    monkeypatch.setattr(PP, "confirm", lambda *a: state.get("confirm", True))
    return state


def person(ref: str, name: str, admin: str = "KH", **more: Any) -> Doc:
    fields = {"native_name": None, "gender": None, "position": None, "email": None}
    return {"ref": ref, "name": name, "administration": admin, **fields, **more}


@pytest.fixture
def doc(small_doc: Doc) -> Doc:
    small_doc["administrations"].append(
        {"code": "TH", "name": "Thai Customs Department", "country": "TH"}
    )
    small_doc["participants"] += [
        person("P0002", "Somchai Srisuk", "TH", native_name="สมชาย ศรีสุข", gender="M"),
        person("P0003", "Nguyễn Văn An", "KH", email="an@example.org"),
        person("P0004", "Keo Bopha", "KH", native_name="កែវ បុប្ផា", gender="F"),
        person("P0005", "Sok Dara", "KH", position="Chief"),  # P0001 again
    ]
    act = small_doc["activities"][0]
    act["enrolments"] += [
        {"participant": p, "status": "nominated"} for p in ("P0002", "P0003", "P0004", "P0005")
    ]
    act["attendance"].append({"participant": "P0005", "session": "2027-03-02", "status": "late"})
    return small_doc


@pytest.fixture
def ctx(db: Database, load: Callable[[Doc], int], doc: Doc) -> Iterator[AppContext]:
    context = AppContext(db, load(doc))
    yield context
    context.undo_stack.clear()


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> PP.ParticipantsPage:
    widget = PP.ParticipantsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_refs(page: PP.ParticipantsPage) -> list[str]:
    return [page.model.row_at(r).display[0] for r in range(page.model.rowCount())]


def export(ctx: AppContext) -> Doc:
    return ctx.read(lambda s: exchange.export_document(s, ctx.plan_id))


def select(page: PP.ParticipantsPage, *refs: str) -> None:
    ids = [r.id for r in page.model.all_rows() if r.display[0] in refs]
    page.select_ids(ids)


# ------------------------------------------------------------------ directory
def test_the_directory_searches_as_you_type_and_filters_by_administration(
    page: PP.ParticipantsPage,
) -> None:
    assert shown_refs(page) == ["P0001", "P0002", "P0003", "P0004", "P0005"]
    assert page.model.row_at(1).display == (
        "P0002", "Somchai Srisuk", "สมชาย ศรีสุข", "Man", "TH", "", "", "1",
    )  # fmt: skip
    page.search.setText("nguyen")  # no accents typed: finds Nguyễn
    assert shown_refs(page) == ["P0003"]
    page.search.setText("សុខ")  # the native-script name
    assert shown_refs(page) == ["P0001"]
    page.search.setText("sok dara")
    assert shown_refs(page) == ["P0001", "P0005"]
    page.search.clear()
    page.admin.setCurrentIndex(page.admin.findData("TH"))
    assert shown_refs(page) == ["P0002"]
    assert page.count.text() == "1 of 5 people"


def test_a_new_person_like_an_existing_one_is_saved_only_when_asked(
    page: PP.ParticipantsPage, ctx: AppContext, boxes: dict[str, Any]
) -> None:
    dialog = page._person_dialog(None)
    dialog.name.setText("Sok Darra")
    dialog.admin.setCurrentIndex(dialog.admin.findData("KH"))
    dialog.email.setText("new@example.org")

    boxes["answer"] = "Cancel"
    dialog._try_accept()
    kind, text = boxes["shown"][-1]
    assert kind == "exec" and "P0001" in text and "P0005" in text and "close name" in text
    assert dialog.saved_id is None and len(export(ctx)["participants"]) == 5

    boxes["answer"] = "Save anyway"
    dialog._try_accept()
    assert dialog.saved_id is not None
    assert export(ctx)["participants"][-1]["ref"] == "P0006"
    assert "P0006" in shown_refs(page)

    ctx.undo_stack.undo()
    assert [p["ref"] for p in export(ctx)["participants"]][-1] == "P0005"
    assert "P0006" not in shown_refs(page)
    ctx.undo_stack.redo()
    assert export(ctx)["participants"][-1]["ref"] == "P0006"  # the same code again


def test_the_cores_messages_show_next_to_the_fields(
    page: PP.ParticipantsPage, ctx: AppContext, boxes: dict[str, Any]
) -> None:
    dialog = page._person_dialog(None)
    dialog.name.setText("Brand New")
    dialog.email.setText("not an address")
    dialog._try_accept()
    assert dialog.errors["email"].isVisibleTo(dialog)
    assert "is not an e-mail address" in dialog.errors["email"].text()
    assert not dialog.errors["name"].isVisibleTo(dialog)
    assert len(export(ctx)["participants"]) == 5
    assert boxes["shown"] == []  # no look-alike: no warning


def test_edit_with_undo(page: PP.ParticipantsPage, ctx: AppContext) -> None:
    select(page, "P0004")
    dialog = page._person_dialog(page.selected_ids()[0])
    assert dialog.native.text() == "កែវ បុប្ផា"
    dialog.position.setText("Deputy Director")
    dialog._try_accept()
    assert export(ctx)["participants"][3]["position"] == "Deputy Director"
    ctx.undo_stack.undo()
    assert export(ctx)["participants"][3]["position"] is None


def test_delete_is_refused_for_someone_enrolled_and_undone_otherwise(
    page: PP.ParticipantsPage, ctx: AppContext, boxes: dict[str, Any]
) -> None:
    select(page, "P0002")
    page.delete_selected()
    kind, text = boxes["shown"][-1]
    assert kind == "warning" and "still has enrolments (activities: 1)" in text
    assert len(export(ctx)["participants"]) == 5

    before = export(ctx)
    ctx.execute("drop the enrolment", lambda s: s.connection().exec_driver_sql(
        "DELETE FROM enrolment WHERE participant_id = (SELECT id FROM participant "
        "WHERE ref = 'P0002')"), set())  # fmt: skip
    select(page, "P0002")
    page.delete_selected()
    assert "P0002" not in shown_refs(page)
    ctx.undo_stack.undo()
    assert "P0002" in shown_refs(page)
    assert export(ctx)["participants"] == before["participants"]


def test_merge_keeps_enrolments_and_marks_and_undoes(
    page: PP.ParticipantsPage, ctx: AppContext
) -> None:
    before = export(ctx)
    select(page, "P0001", "P0005")
    dialog = PP.MergeDialog(page, page.selected_ids())
    text = dialog.details.text()
    assert "P0005 Sok Dara is merged into P0001 Sok Dara" in text
    assert "1 attendance mark moves over" in text
    dialog.choice.button(1).setChecked(True)  # keep P0005 instead
    assert dialog.details.text().startswith("P0001 Sok Dara is merged into P0005")
    dialog.choice.button(0).setChecked(True)

    summary = page.merge(*dialog.keep_drop())
    assert summary is not None and summary.moved_marks == 1
    after = export(ctx)
    assert [p["ref"] for p in after["participants"]] == ["P0001", "P0002", "P0003", "P0004"]
    marks = {(m["participant"], m["session"]) for m in after["activities"][0]["attendance"]}
    assert marks == {("P0001", "2027-03-01"), ("P0001", "2027-03-02")}
    assert shown_refs(page) == ["P0001", "P0002", "P0003", "P0004"]

    ctx.undo_stack.undo()
    assert export(ctx) == before
    ctx.undo_stack.redo()
    assert export(ctx) == after


# ------------------------------------------------------------------ nominations
def test_seats_per_administration_flag_over_quota_in_words(
    page: PP.ParticipantsPage, ctx: AppContext
) -> None:
    page.tabs.setCurrentIndex(1)
    rows = {
        page.seats_model.row_at(r).display[0]: page.seats_model.row_at(r)
        for r in range(page.seats_model.rowCount())
    }
    kh = rows["KH"].display
    assert kh[2:] == ("3", "3", "1", "0", "4", "⚠ over quota by 1")
    assert rows["KH"].data["bad"]
    assert rows["TH"].display[2:] == ("—", "1", "0", "0", "1", "⚠ no quota: 1 over")
    assert "Over quota: KH, TH" in page.seats_total.text()

    # Withdraw P0005: KH is full, not over; undo brings it back.
    enrolment = next(r.id for r in page.nominees_model.all_rows() if r.display[0] == "P0005")
    page.nominees_view.selectRow(page.nominees_model.view_row_of(enrolment) or 0)
    page.set_status("withdrawn")
    kh_row = next(
        page.seats_model.row_at(r)
        for r in range(page.seats_model.rowCount())
        if page.seats_model.row_at(r).display[0] == "KH"
    )
    assert kh_row.display[2:] == ("3", "2", "1", "1", "3", "full")
    ctx.undo_stack.undo()
    statuses = {e["participant"]: e["status"] for e in export(ctx)["activities"][0]["enrolments"]}
    assert statuses["P0005"] == "nominated"


def test_nominating_people_from_the_directory_with_undo(
    page: PP.ParticipantsPage, ctx: AppContext, boxes: dict[str, Any]
) -> None:
    (activity_id,) = ctx.read(
        lambda s: s.connection().exec_driver_sql("SELECT id FROM activity").one()
    )
    ctx.execute("drop", lambda s: s.connection().exec_driver_sql(
        "DELETE FROM enrolment WHERE participant_id IN (SELECT id FROM participant "
        "WHERE ref IN ('P0003', 'P0004'))"), set())  # fmt: skip
    select(page, "P0001", "P0003", "P0004")  # P0001 is enrolled already
    assert page.nominate(page.selected_ids(), activity_id, "confirmed") == 2
    enrolments = export(ctx)["activities"][0]["enrolments"]
    assert {e["participant"]: e["status"] for e in enrolments}["P0004"] == "confirmed"
    assert boxes["shown"][-1][0] == "warning" and "KH" in boxes["shown"][-1][1]  # over quota
    ctx.undo_stack.undo()
    assert {e["participant"] for e in export(ctx)["activities"][0]["enrolments"]} == {
        "P0001", "P0002", "P0005",
    }  # fmt: skip


# ------------------------------------------------------------------ import dialog
def wait_idle(qtbot: QtBot, dialog: NominationImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


def test_the_import_dialog_shows_every_bad_row_then_imports_a_good_list_with_undo(
    qtbot: QtBot, page: PP.ParticipantsPage, ctx: AppContext, tmp_path: Path
) -> None:
    activity_id = page.current_activity()
    dialog = NominationImportDialog(ctx, page, activity_id)
    qtbot.addWidget(dialog)
    header = "Nominations\nFull name,Native name,Sex,Agency,Position,E-mail\n"
    bad = tmp_path / "bad.csv"
    bad.write_text(header + "Chan Sophea,,M,KH,,\nBad One,,Q,XX,,x\n", encoding="utf-8-sig")
    dialog.load(bad)
    wait_idle(qtbot, dialog)
    assert dialog.columns["name"].currentText() == "Full name"
    assert dialog.columns["administration"].currentText() == "Agency"
    assert dialog.preview is not None and not dialog.preview.ok
    problems = [
        dialog.problems_model.row_at(r).display for r in range(dialog.problems_model.rowCount())
    ]
    assert ("4", "Agency", "'XX' is not a known administration code") in problems
    assert {p[0] for p in problems} == {"4"}
    assert not dialog.import_button.isEnabled()
    assert "Nothing is imported while there are problems" in dialog.summary.text()
    assert dialog.preview_model.row_at(1).data["bad"]

    good = tmp_path / "good.csv"
    good.write_text(
        header + "Chan Sophea,,M,KH,,sophea@example.org\nSomchai Srisukk,สมชาย ศรีสุข,M,TH,,\n",
        encoding="utf-8-sig",
    )
    dialog.load(good)
    wait_idle(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.ok
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 2 rows"
    looks = [dialog.similar_model.row_at(r).display for r in range(dialog.similar_model.rowCount())]
    assert [(line, ref) for line, ref, _ in looks] == [("4", "P0002")]
    before = export(ctx)

    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10000)
    assert len(dialog.imported.created) == 2 and len(dialog.imported.enrolments) == 2
    after = export(ctx)
    assert [p["name"] for p in after["participants"]][-2:] == ["Chan Sophea", "Somchai Srisukk"]
    assert "P0007" in shown_refs(page)  # the page was told
    ctx.undo_stack.undo()
    assert export(ctx) == before
    ctx.undo_stack.redo()
    assert export(ctx) == after


def test_the_import_dialog_refuses_a_hostile_file_clearly(
    qtbot: QtBot, page: PP.ParticipantsPage, ctx: AppContext, tmp_path: Path
) -> None:
    dialog = NominationImportDialog(ctx, page)
    qtbot.addWidget(dialog)
    path = tmp_path / "list.csv"
    path.write_bytes("Full name,Agency\nJosé Santos,KH\n".encode("latin-1"))
    dialog.load(path)
    wait_idle(qtbot, dialog)
    assert dialog.summary.text().startswith("Refused, nothing was imported: list.csv, line 2")
    assert not dialog.import_button.isEnabled()

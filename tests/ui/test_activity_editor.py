"""The activity editor driven as a planner would: type, press keys, undo, redo.

Every edit must be in the database at once; every prompt is answered by a patch.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QMessageBox, QSpinBox
from sqlmodel import select

from planner import display
from planner.models import Activity, BudgetLine, Enrolment, Mark, Payment
from planner.services import activities as A
from planner.store import Database
from planner.ui.activity_editor import ActivityEditor
from planner.ui.context import AppContext
from planner.ui.editor.enrolments import EnrolDialog

#: a second activity of six weeks without sessions, for generating them
LONG_COURSE = {
    "code": "TC-2027-02",
    "kind": "course",
    "title": "Risk management course",
    "theme": "SW",
    "status": "scheduled",
    "start": "2027-04-05",
    "end": "2027-05-14",
    "mode": "in_person",
    "hours_per_session": "3",
    "venue": None,
    "country": None,
    "sessions": [],
    "quotas": [],
    "budget_lines": [],
    "enrolments": [],
    "attendance": [],
}


@pytest.fixture(autouse=True)
def english_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Amounts are typed and shown as in en_US, whatever this machine's locale."""
    monkeypatch.setattr(display, "default_locale", lambda: "en_US")


@pytest.fixture
def ctx(db: Database, load: Callable[[dict[str, Any]], int], small_doc: dict[str, Any]):
    small_doc["activities"].append(LONG_COURSE)
    return AppContext(db, load(small_doc))


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QMessageBox.question answers with ``answers[0]`` ("yes"/"no"); the
    questions asked are appended after it."""
    asked = ["yes"]

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return (
            QMessageBox.StandardButton.Yes if asked[0] == "yes" else QMessageBox.StandardButton.No
        )

    monkeypatch.setattr(QMessageBox, "question", question)
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda *a, **_k: pytest.fail(f"unexpected message box: {a[2] if len(a) > 2 else a}"),
        )
    return asked


def aid_of(ctx: AppContext, code: str) -> int:
    return ctx.read(lambda s: s.exec(select(Activity.id).where(Activity.code == code)).one())


def fields(ctx: AppContext, code: str) -> dict[str, Any]:
    aid = aid_of(ctx, code)
    return ctx.read(lambda s: A.fields_of(s, s.get(Activity, aid)))


def stamps(ctx: AppContext, code: str) -> list[str]:
    aid = aid_of(ctx, code)
    return ctx.read(lambda s: [x.starts for x in A.sessions_of(s, aid)])


def marks(ctx: AppContext) -> int:
    return ctx.read(lambda s: len(s.exec(select(Mark)).all()))


def open_editor(qtbot: Any, ctx: AppContext, code: str | None) -> ActivityEditor:
    editor = ActivityEditor(ctx, None if code is None else aid_of(ctx, code))
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()  # shortcuts (Delete, Ctrl+Z) go to the active window
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    return editor


def settle() -> None:
    """Let the editor refresh after a change (it does so once the event ends)."""
    QApplication.processEvents()


def type_into(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Type ``text`` over the field's content and press Return. QTest types only
    ASCII: other scripts arrive as an input method commits them, all at once."""
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    settle()  # a cell editor commits once the key press is handled


def edit_cell(qtbot: Any, view: Any, row: int, column: int) -> Any:
    """Open the cell's editor from the keyboard (F2) and return it."""
    index = view.model().index(row, column)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert editor is not None
    return editor


# ---------------------------------------------------------------- details
def test_a_course_is_created_from_the_details_tab(qtbot: Any, ctx: AppContext, answers) -> None:
    editor = open_editor(qtbot, ctx, None)
    details = editor.details
    assert not editor.tabs.isTabEnabled(1)
    qtbot.mouseClick(editor.create_button, Qt.MouseButton.LeftButton)
    assert editor.activity_id is None  # refused: the core's messages by the fields
    assert "1 to 40 characters" in details.errors["code"].text()
    assert details.errors["hours_per_session"].isVisibleTo(editor)

    qtbot.keyClicks(details.code, "TC-2027-09")
    qtbot.keyClicks(details.title, "Ports and borders: risk targeting in practice")
    details.start.setDate(QDate(2027, 6, 7))
    details.end.setDate(QDate(2027, 6, 11))
    qtbot.keyClicks(details.venue, "Phnom Penh")
    details.country.setCurrentIndex(details.country.findData("KH"))
    qtbot.keyClicks(details.hours, "6")
    details.title_zh.setText("港口与边境：风险布控实务")
    details.venue_zh.setText("   ")  # blank: no Chinese venue
    qtbot.mouseClick(editor.create_button, Qt.MouseButton.LeftButton)

    assert editor.activity_id == aid_of(ctx, "TC-2027-09")
    assert fields(ctx, "TC-2027-09") == {
        "code": "TC-2027-09",
        "kind": "course",
        "title": "Ports and borders: risk targeting in practice",
        "theme": "SW",
        "status": "planned",
        "start": date(2027, 6, 7),
        "end": date(2027, 6, 11),
        "venue": "Phnom Penh",
        "country": "KH",
        "mode": "in_person",
        "hours_per_session": "6",
        "title_zh": "港口与边境：风险布控实务",
        "venue_zh": None,
    }
    assert "TC-2027-09" in editor.windowTitle()
    assert editor.tabs.isTabEnabled(1) and not editor.create_button.isVisible()
    assert not details.errors["code"].isVisibleTo(editor)

    ctx.undo_stack.undo()  # the creation itself: the window says so and waits
    settle()
    assert ctx.read(lambda s: s.get(Activity, editor.activity_id)) is None
    assert not editor.tabs.isTabEnabled(1) and not details.isEnabled()
    assert "no longer exists" in editor.hint.text()
    ctx.undo_stack.redo()
    settle()
    assert fields(ctx, "TC-2027-09")["venue"] == "Phnom Penh"
    assert editor.tabs.isTabEnabled(1) and details.isEnabled()


def test_escape_cancels_a_new_activity(qtbot: Any, ctx: AppContext, answers) -> None:
    editor = open_editor(qtbot, ctx, None)
    qtbot.keyClicks(editor.details.code, "TC-2027-10")
    qtbot.keyClick(editor.details.code, Qt.Key.Key_Escape)
    assert editor.result() == QDialog.DialogCode.Rejected and not editor.isVisible()
    assert editor.activity_id is None
    assert ctx.read(lambda s: len(s.exec(select(Activity)).all())) == 2


def test_a_title_edit_saves_at_once_and_undoes(qtbot: Any, ctx: AppContext, answers) -> None:
    editor = open_editor(qtbot, ctx, "TC-2027-01")
    old = fields(ctx, "TC-2027-01")["title"]
    type_into(qtbot, editor.details.title, "Single Window: ຝຶກອົບຮົມ 单一窗口 workshop")
    assert fields(ctx, "TC-2027-01")["title"] == "Single Window: ຝຶກອົບຮົມ 单一窗口 workshop"
    assert ctx.undo_stack.count() == 1

    ctx.undo_stack.undo()
    settle()
    assert fields(ctx, "TC-2027-01")["title"] == old
    assert editor.details.title.text() == old
    assert editor.heading.text() == old
    ctx.undo_stack.redo()
    settle()
    assert editor.details.title.text() == fields(ctx, "TC-2027-01")["title"] != old

    # Ctrl+Z and Ctrl+Shift+Z work from anywhere in the window.
    editor.tabs.setFocus()
    qtbot.keyClick(editor.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fields(ctx, "TC-2027-01")["title"] == old
    qtbot.keyClick(
        editor.tabs,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert fields(ctx, "TC-2027-01")["title"] != old


def test_escape_closes_and_keeps_what_was_being_typed(qtbot: Any, ctx: AppContext, answers) -> None:
    editor = open_editor(qtbot, ctx, "TC-2027-01")
    venue = editor.details.venue
    venue.setFocus()
    venue.selectAll()
    qtbot.keyClicks(venue, "Siem Reap")
    qtbot.keyClick(venue, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert fields(ctx, "TC-2027-01")["venue"] == "Siem Reap"


def test_a_choice_stepped_through_with_the_keyboard_is_one_edit(
    qtbot: Any, ctx: AppContext, answers
) -> None:
    editor = open_editor(qtbot, ctx, "TC-2027-01")
    status = editor.details.status
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Up)  # delivered -> scheduled
    qtbot.keyClick(status, Qt.Key.Key_Up)  # -> approved
    assert fields(ctx, "TC-2027-01")["status"] == "delivered"  # not yet: still choosing
    qtbot.keyClick(status, Qt.Key.Key_Return)
    assert fields(ctx, "TC-2027-01")["status"] == "approved"
    assert ctx.undo_stack.count() == 1


def type_date(qtbot: Any, field: Any, text: str) -> None:
    """Type over a date field as a planner would, then press Enter."""
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def test_an_end_before_the_start_is_refused_by_the_field(
    qtbot: Any, ctx: AppContext, answers
) -> None:
    editor = open_editor(qtbot, ctx, "TC-2027-01")
    end = editor.details.end
    type_date(qtbot, end, "2027-02-26")
    message = editor.details.errors["end"]
    assert message.isVisibleTo(editor)
    assert "2027-02-26 is before the start 2027-03-01" in message.text()
    assert fields(ctx, "TC-2027-01")["end"] == date(2027, 3, 5)
    assert end.date() == QDate(2027, 3, 5)  # back to what is stored
    assert ctx.undo_stack.count() == 0


def test_new_dates_that_leave_marked_sessions_outside_ask_first(
    qtbot: Any, ctx: AppContext, answers: list[str]
) -> None:
    editor = open_editor(qtbot, ctx, "TC-2027-01")
    # An edit before the dates change, to undo after the activity comes back.
    budget = editor.budget
    editor.tabs.setCurrentWidget(budget)
    type_into(qtbot, edit_cell(qtbot, budget.view, 0, 4), "11,000.00")
    settle()
    start = editor.details.start

    answers[0] = "no"
    type_date(qtbot, start, "2027-03-02")
    assert "Sessions outside the new dates: 1. Attendance marks on them: 1." in answers[1]
    assert fields(ctx, "TC-2027-01")["start"] == date(2027, 3, 1)
    assert len(stamps(ctx, "TC-2027-01")) == 5 and marks(ctx) == 1
    assert start.date() == QDate(2027, 3, 1)

    answers[0] = "yes"
    type_date(qtbot, start, "2027-03-02")
    assert fields(ctx, "TC-2027-01")["start"] == date(2027, 3, 2)
    assert stamps(ctx, "TC-2027-01") == [f"2027-03-0{d}" for d in range(2, 6)]
    assert marks(ctx) == 0

    ctx.undo_stack.undo()
    settle()
    assert fields(ctx, "TC-2027-01")["start"] == date(2027, 3, 1)
    assert len(stamps(ctx, "TC-2027-01")) == 5 and marks(ctx) == 1
    assert start.date() == QDate(2027, 3, 1)
    # The budget line came back under a new number; its own edit still undoes.
    ctx.undo_stack.undo()
    actual = ctx.read(lambda s: s.exec(select(Payment.amount_minor)).one())
    assert actual == 1135050
    assert ctx.undo_stack.canRedo()


# ---------------------------------------------------------------- sessions
def test_weekly_sessions_on_tuesday_and_thursday_for_six_weeks(
    qtbot: Any, ctx: AppContext, answers
) -> None:
    editor = open_editor(qtbot, ctx, "TC-2027-02")
    tab = editor.sessions
    editor.tabs.setCurrentWidget(tab)
    gen = tab.recurrence
    gen.pattern.setCurrentIndex(gen.pattern.findData("weekly"))
    gen.days[1].setChecked(True)  # Tuesday
    gen.days[3].setChecked(True)  # Thursday
    gen.for_weeks.setChecked(True)
    gen.weeks.setValue(6)
    assert "Sessions: 12, from 2027-04-06 to 2027-05-13." in gen.preview.text()
    qtbot.mouseClick(gen.generate_button, Qt.MouseButton.LeftButton)
    got = stamps(ctx, "TC-2027-02")
    assert len(got) == 12
    assert {date.fromisoformat(s).weekday() for s in got} == {1, 3}
    assert got[0] == "2027-04-06" and got[-1] == "2027-05-13"
    settle()
    assert tab.model.rowCount() == 12 and tab.count.text() == "Sessions: 12"
    ctx.undo_stack.undo()
    assert stamps(ctx, "TC-2027-02") == []


def test_delete_removes_a_session_after_asking(
    qtbot: Any, ctx: AppContext, answers: list[str]
) -> None:
    editor = open_editor(qtbot, ctx, "TC-2027-01")
    tab = editor.sessions
    editor.tabs.setCurrentWidget(tab)
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(2, 0))

    answers[0] = "no"
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert answers[1] == "Delete the session on 2027-03-03?"
    assert len(stamps(ctx, "TC-2027-01")) == 5

    answers[0] = "yes"
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert "2027-03-03" not in stamps(ctx, "TC-2027-01")
    settle()
    assert tab.model.rowCount() == 4
    ctx.undo_stack.undo()
    assert len(stamps(ctx, "TC-2027-01")) == 5

    # The first session holds a mark: the question says so, and undo brings it back.
    settle()
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert "Attendance marks deleted with them: 1." in answers[-1]
    assert marks(ctx) == 0 and len(stamps(ctx, "TC-2027-01")) == 4
    ctx.undo_stack.undo()
    assert marks(ctx) == 1 and len(stamps(ctx, "TC-2027-01")) == 5


# ---------------------------------------------------------------- seats
def test_seats_are_typed_into_the_cell(qtbot: Any, ctx: AppContext, answers: list[str]) -> None:
    editor = open_editor(qtbot, ctx, "TC-2027-02")
    tab = editor.seats
    editor.tabs.setCurrentWidget(tab)
    assert [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())] == ["KH"]
    spin = edit_cell(qtbot, tab.view, 0, 2)
    assert isinstance(spin, QSpinBox)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "12")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    settle()
    aid = aid_of(ctx, "TC-2027-02")
    assert ctx.read(lambda s: A.quotas_of(s, aid)) == {"KH": 12}
    settle()
    assert tab.model.index(0, 2).data() == "12"
    assert tab.total.text() == "Total seats: 12"
    ctx.undo_stack.undo()
    assert ctx.read(lambda s: A.quotas_of(s, aid)) == {}
    ctx.undo_stack.redo()
    settle()

    # Delete removes the quota, after asking.
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 2))
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert answers[1] == "Remove the seat quotas of KH?"
    assert ctx.read(lambda s: A.quotas_of(s, aid)) == {}
    settle()
    assert tab.model.index(0, 2).data() == "" and tab.total.text() == "Total seats: 0"


# ---------------------------------------------------------------- budget
def test_a_budget_line_takes_amounts_as_typed_and_refuses_too_many_decimals(
    qtbot: Any, ctx: AppContext, answers
) -> None:
    editor = open_editor(qtbot, ctx, "TC-2027-02")
    tab = editor.budget
    editor.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1

    combo = edit_cell(qtbot, tab.view, 0, 2)
    assert isinstance(combo, QComboBox)
    qtbot.keyClicks(combo, "USD")  # a closed combo box finds an item as one types
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    settle()
    type_into(qtbot, edit_cell(qtbot, tab.view, 0, 3), "1,234.50")

    def line() -> tuple[str, int]:
        return ctx.read(
            lambda s: s.exec(
                select(BudgetLine.currency, BudgetLine.planned_minor).where(
                    BudgetLine.activity_id == editor.activity_id
                )
            ).one()
        )

    assert tuple(line()) == ("USD", 123450), tab.status.text()
    settle()
    assert tab.model.index(0, 3).data() == "1,234.50"
    assert tab.model.index(0, 6).data() == "8,764.95"  # at 7.1000 CNY per USD, from metrics
    assert "USD: planned 1,234.50" in tab.by_currency.text()
    assert "planned 8,764.95" in tab.in_base.text()

    type_into(qtbot, edit_cell(qtbot, tab.view, 0, 3), "1.234")
    assert tab.status.isVisibleTo(editor)
    assert tab.status.text() == (
        "Planned: 1.234 has more decimals than USD allows (at most 2 decimal places)"
    )
    assert tuple(line()) == ("USD", 123450), tab.status.text()
    settle()
    assert tab.model.index(0, 3).data() == "1,234.50"

    type_into(qtbot, edit_cell(qtbot, tab.view, 0, 4), "-5")
    assert ">= 0" in tab.status.text()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert tuple(line()) == ("CNY", 0)


def test_a_line_without_a_rate_is_flagged(qtbot: Any, ctx: AppContext, answers) -> None:
    editor = open_editor(qtbot, ctx, "TC-2027-01")
    tab = editor.budget
    assert tab.model.setData(tab.model.index(0, 2), "EUR")  # no EUR rate for 2027
    settle()
    assert "no rate" in tab.model.index(0, 6).data()
    assert "EUR" in tab.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "Lines without an exchange rate for 2027" in tab.warnings.text()


def test_delete_asks_before_deleting_a_budget_line(
    qtbot: Any, ctx: AppContext, answers: list[str]
) -> None:
    editor = open_editor(qtbot, ctx, "TC-2027-01")
    tab = editor.budget
    editor.tabs.setCurrentWidget(tab)
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 1))
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert "Air tickets" in answers[1]
    assert ctx.read(lambda s: s.exec(select(BudgetLine)).all()) == []
    ctx.undo_stack.undo()
    settle()
    assert [r.description for r in tab.model.rows] == ["Air tickets"]


# ---------------------------------------------------------------- enrolments
def test_enrolments_list_and_enrol(
    qtbot: Any, ctx: AppContext, answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(qtbot, ctx, "TC-2027-02")
    tab = editor.enrolments
    assert tab.model.rowCount() == 0

    def choose(dialog: EnrolDialog) -> int:
        dialog.search.insert("សុខ")  # typed in Khmer: the native name
        assert dialog.model.rowCount() == 1
        dialog.status.setCurrentIndex(dialog.status.findData("confirmed"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EnrolDialog, "exec", choose)
    tab.enrol()
    got = ctx.read(lambda s: [(e.status,) for e in s.exec(select(Enrolment))])
    assert sorted(got) == [("confirmed",), ("confirmed",)]
    settle()
    assert [tab.model.index(0, c).data() for c in range(5)] == [
        "P0001",
        "Sok Dara",
        "សុខ តារា",
        "KH",
        "Confirmed",
    ]
    assert tab.count.text() == "Enrolments: 1"
    ctx.undo_stack.undo()
    settle()
    assert tab.model.rowCount() == 0


def test_the_maximum_test_score_is_saved_refused_and_undone(
    qtbot: Any, ctx: AppContext, answers: list[str]
) -> None:
    from planner.services import max_score as M

    aid = aid_of(ctx, "TC-2027-01")  # P0001 scored 55 -> 80
    editor = open_editor(qtbot, ctx, "TC-2027-01")
    field = editor.details.max_score
    assert field.edit.text() == ""  # none yet
    type_into(qtbot, field.edit, "75")  # below the post-test score of 80
    assert "P0001 has a post-test score of 80" in field.error.text()
    assert field.edit.text() == ""
    assert ctx.read(lambda s: M.max_score_of(s, aid)) is None
    type_into(qtbot, field.edit, "90")
    assert field.error.text() == ""
    assert ctx.read(lambda s: M.max_score_of(s, aid)) == "90"
    assert ctx.undo_stack.undoText() == "Change maximum test score of TC-2027-01"
    ctx.undo_stack.undo()
    settle()
    assert ctx.read(lambda s: M.max_score_of(s, aid)) is None
    assert field.edit.text() == ""

"""The attendance page driven as a trainer would: the grid by keyboard, the check-in
desk by typed codes, scores typed into the table; every change undone and redone."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from planner import display
from planner.models import Enrolment, Mark, Participant, TrainingSession
from planner.services import metrics
from planner.store import Database, unit_of_work
from planner.ui.context import AppContext
from planner.ui.pages.attendance import AttendancePage

DAYS = ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes never block: they are recorded instead."""
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def box(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> Any:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return box

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))
    monkeypatch.setattr(display, "default_locale", lambda: "en_US")
    return shown


def attendance_doc(doc: dict[str, Any]) -> dict[str, Any]:
    """The small plan with two administrations, four people enrolled, one
    withdrawn, one not enrolled, and a few marks."""
    doc["administrations"].append(
        {"code": "TH", "name": "Thai Customs Department", "country": "TH"}
    )
    doc["participants"] += [
        {"ref": "P0002", "name": "Wanida Wongsawat", "native_name": "วนิดา วงศ์สวัสดิ์",
         "gender": "F", "administration": "TH"},
        {"ref": "P0003", "name": "Anan Srisuk", "gender": "M", "administration": "TH"},
        {"ref": "P0004", "name": "Chan Sopheap", "native_name": "ចាន់ សុភាព",
         "gender": "F", "administration": "KH"},
        {"ref": "P0005", "name": "Mao Rith", "gender": "M", "administration": "KH"},
        {"ref": "P0006", "name": "Not Enrolled", "gender": "M", "administration": "KH"},
    ]  # fmt: skip
    act = doc["activities"][0]
    act["quotas"][0]["seats"] = 10
    act["enrolments"] += [
        {"participant": "P0002", "status": "confirmed"},
        {"participant": "P0003", "status": "nominated"},
        {"participant": "P0004", "status": "confirmed", "pre_score": "40"},
        {"participant": "P0005", "status": "withdrawn"},
    ]
    act["attendance"] += [
        {"participant": "P0002", "session": "2027-03-01", "status": "late"},
        {"participant": "P0003", "session": "2027-03-01", "status": "absent"},
    ]
    return doc


@pytest.fixture
def ctx(db: Database, load: Callable[[dict[str, Any]], int], small_doc: dict[str, Any]) -> Any:
    plan_id = load(attendance_doc(small_doc))
    return AppContext(db, plan_id)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> AttendancePage:
    p = AttendancePage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    return p


def sessions(db: Database) -> dict[str, int]:
    with unit_of_work(db) as s:
        return {x.starts: x.id for x in s.exec(select(TrainingSession))}  # type: ignore[misc]


def marks(db: Database, ref: str) -> dict[str, tuple[str, str | None]]:
    """session date -> (status, marked_by) of one participant."""
    with unit_of_work(db) as s:
        rows = s.exec(
            select(TrainingSession.starts, Mark.status, Mark.marked_by)
            .join(Mark, Mark.session_id == TrainingSession.id)  # type: ignore[arg-type]
            .join(Enrolment, Enrolment.id == Mark.enrolment_id)  # type: ignore[arg-type]
            .join(Participant, Participant.id == Enrolment.participant_id)  # type: ignore[arg-type]
            .where(Participant.ref == ref)
        ).all()
        return {day: (st, by) for day, st, by in rows}


def row_of(page: AttendancePage, ref: str) -> int:
    m = page.grid_model
    return next(r for r in range(m.rowCount()) if m.person_at(r).ref == ref)


def shown(page: AttendancePage, row: int, column: int) -> str:
    return str(page.grid_model.index(row, column).data())


def figures(page: AttendancePage, row: int) -> tuple[str, str, str]:
    m = page.grid_model
    a, r, c = m.trailing_columns()
    return shown(page, row, a), shown(page, row, r), shown(page, row, c)


def test_the_grid_shows_people_by_administration_with_letters_and_figures(
    page: AttendancePage,
) -> None:
    m = page.grid_model
    assert page.activity.currentText().startswith("TC-2027-01")
    assert [m.person_at(r).ref for r in range(m.rowCount())] == ["P0004", "P0001", "P0003", "P0002"]
    assert m.columnCount() == 3 + 5 + 3
    assert [shown(page, row_of(page, "P0002"), 3 + i) for i in range(5)] == ["L", "", "", "", ""]
    assert shown(page, row_of(page, "P0002"), m.NAME) == "Wanida Wongsawat  วนิดา วงศ์สวัสดิ์"
    # colour and letter both say the status
    cell = m.index(row_of(page, "P0003"), 3)
    assert cell.data() == "A" and cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert figures(page, row_of(page, "P0001")) == ("1", "20.0%", "No")
    # only the sessions scroll; the people and figures stay put beside them
    assert page.grid.isColumnHidden(m.NAME) and not page.frozen.left.isColumnHidden(m.NAME)
    assert page.grid.currentIndex().column() == m.first_session_column()


def test_keys_mark_cycle_and_clear_one_cell_with_undo(
    page: AttendancePage, qtbot: QtBot, db: Database
) -> None:
    m, ctx = page.grid_model, page.ctx
    resets: list[int] = []
    changed_rows: list[tuple[int, int]] = []
    m.modelReset.connect(lambda: resets.append(1))
    m.dataChanged.connect(lambda a, b, *_: changed_rows.append((a.row(), b.row())))
    chan = row_of(page, "P0004")
    page.grid.setCurrentIndex(m.index(chan, 3))  # Chan Sopheap, day 1
    page.grid.setFocus()

    qtbot.keyClick(page.grid, Qt.Key.Key_P)
    assert marks(db, "P0004") == {DAYS[0]: ("present", getpass.getuser())}
    assert shown(page, chan, 3) == "P"
    assert figures(page, chan) == ("1", "20.0%", "No")
    assert changed_rows == [(chan, chan)] and resets == []
    # like Enter in a spreadsheet, a mark moves on to the next person
    assert page.grid.currentIndex().row() == chan + 1
    assert page.grid.currentIndex().column() == 3

    for day in range(1, 4):  # up, right arrow, P, for days 2 to 4: 4 of 5 reaches 80%
        qtbot.keyClick(page.grid, Qt.Key.Key_Up)
        qtbot.keyClick(page.grid, Qt.Key.Key_Right)
        qtbot.keyClick(page.grid, Qt.Key.Key_P)
        assert page.grid.currentIndex().column() == 3 + day
        assert page.grid.currentIndex().row() == chan + 1
    assert figures(page, chan) == ("4", "80.0%", "Yes")
    assert metrics.completed(5, 4, 0, page.grid_model.grid.threshold)  # type: ignore[union-attr]

    qtbot.keyClick(page.grid, Qt.Key.Key_Up)
    qtbot.keyClick(page.grid, Qt.Key.Key_Tab)  # day 5
    seen = []
    for _ in range(5):  # Space cycles the same cell: it does not move
        qtbot.keyClick(page.grid, Qt.Key.Key_Space)
        seen.append(marks(db, "P0004").get(DAYS[4], (None,))[0])
    assert seen == ["present", "late", "excused", "absent", None]
    assert page.grid.currentIndex().row() == chan
    qtbot.keyClick(page.grid, Qt.Key.Key_E)
    assert figures(page, chan) == ("4", "100.0%", "Yes")  # an excused session is not expected
    qtbot.keyClick(page.grid, Qt.Key.Key_Up)
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)  # Delete does not move either
    assert page.grid.currentIndex().row() == chan
    assert DAYS[4] not in marks(db, "P0004")
    qtbot.keyClick(page.grid, Qt.Key.Key_Down)
    qtbot.keyClick(page.grid, Qt.Key.Key_A)
    assert marks(db, "P0001")[DAYS[4]][0] == "absent"
    assert figures(page, chan + 1) == ("1", "20.0%", "No")
    assert resets == [] and all(a == b for a, b in changed_rows)
    assert {a for a, b in changed_rows} == {chan, chan + 1}

    # every key press was one command; undo walks back through them
    stack = ctx.undo_stack
    assert stack.count() == 4 + 5 + 3
    stack.undo()  # the A
    assert DAYS[4] not in marks(db, "P0001") and shown(page, chan + 1, 7) == ""
    stack.undo()  # the Delete
    assert marks(db, "P0004")[DAYS[4]][0] == "excused" and shown(page, chan, 7) == "E"
    for _ in range(6):
        stack.undo()
    assert marks(db, "P0004") == {d: ("present", getpass.getuser()) for d in DAYS[:4]}
    assert figures(page, chan) == ("4", "80.0%", "Yes")
    for _ in range(4):
        stack.undo()
    assert marks(db, "P0004") == {} and figures(page, chan) == ("0", "0.0%", "No")
    stack.redo()
    assert marks(db, "P0004") == {DAYS[0]: ("present", getpass.getuser())}
    assert shown(page, chan, 3) == "P"
    assert resets == []  # undo and redo update rows too, never the whole grid


def test_a_key_on_a_selection_marks_every_selected_cell_in_one_command(
    page: AttendancePage, qtbot: QtBot, db: Database
) -> None:
    m = page.grid_model
    page.grid.setCurrentIndex(m.index(0, 5))
    page.grid.selectionModel().select(
        m.index(m.rowCount() - 1, 5), page.grid.selectionModel().SelectionFlag.Select
    )
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_L)
    assert marks(db, "P0004")[DAYS[2]][0] == "late" and marks(db, "P0002")[DAYS[2]][0] == "late"
    assert page.ctx.undo_stack.count() == 1
    page.ctx.undo_stack.undo()
    assert DAYS[2] not in marks(db, "P0004") and DAYS[2] not in marks(db, "P0002")


def test_the_whole_session_present_fills_empty_cells_or_every_cell(
    page: AttendancePage, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    m, stack = page.grid_model, page.ctx.undo_stack
    page.grid.setCurrentIndex(m.index(0, 3))  # day 1: Sok Dara present, Wanida late, Anan absent
    asked: list[tuple[int, int]] = []
    monkeypatch.setattr(page, "ask_only_empty", lambda e, o: asked.append((e, o)) or True)
    page.grid.setFocus()
    qtbot.keyClick(
        page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert asked == [(1, 2)]
    assert marks(db, "P0004")[DAYS[0]][0] == "present"
    assert marks(db, "P0002")[DAYS[0]][0] == "late" and marks(db, "P0003")[DAYS[0]][0] == "absent"
    assert "4 of 4" not in page.position.text() and "3 of 4" in page.position.text()
    stack.undo()
    assert DAYS[0] not in marks(db, "P0004") and shown(page, row_of(page, "P0004"), 3) == ""

    monkeypatch.setattr(page, "ask_only_empty", lambda e, o: None)  # Cancel
    page.mark_session_present()
    assert stack.count() == 1 and DAYS[0] not in marks(db, "P0004")

    page.mark_session_present(only_empty=False)
    assert {marks(db, r)[DAYS[0]][0] for r in ("P0001", "P0002", "P0003", "P0004")} == {"present"}
    assert "4 of 4 present or late" in page.position.text()
    assert [shown(page, r, 3) for r in range(4)] == ["P"] * 4
    stack.undo()
    assert marks(db, "P0002")[DAYS[0]][0] == "late" and marks(db, "P0003")[DAYS[0]][0] == "absent"
    assert [shown(page, row_of(page, r), 3) for r in ("P0002", "P0003")] == ["L", "A"]
    assert "P0005" not in {m.person_at(r).ref for r in range(m.rowCount())}  # withdrawn


def check_in(page: AttendancePage, qtbot: QtBot, typed: str) -> str:
    qtbot.keyClicks(page.desk.code, typed)
    qtbot.keyClick(page.desk.code, Qt.Key.Key_Return)
    assert page.desk.code.text() == ""  # ready for the next scan
    return page.desk.outcome.text()


def test_the_check_in_desk_takes_typed_codes(
    page: AttendancePage, qtbot: QtBot, db: Database
) -> None:
    page.tabs.setCurrentWidget(page.desk)
    desk = page.desk
    desk.session.setCurrentIndex(desk.session.findData(sessions(db)[DAYS[1]]))
    assert desk.counter.text() == "0 of 4 present"

    said = check_in(page, qtbot, " p 0004")
    assert said == "✔ Present: Chan Sopheap  ចាន់ សុភាព (KH)" and desk.tone == "ok"
    assert marks(db, "P0004") == {DAYS[1]: ("present", getpass.getuser())}
    assert desk.counter.text() == "1 of 4 present"
    assert shown(page, row_of(page, "P0004"), 4) == "P"  # the grid shows it too

    said = check_in(page, qtbot, "P0004")
    assert said.startswith("Already marked present at ") and desk.tone == "warn"
    assert f"by {getpass.getuser()}: Chan Sopheap" in said
    assert check_in(page, qtbot, "X-999") == (
        "✘ Unknown code “X-999”: no participant of this plan has it."
    )
    assert check_in(page, qtbot, "P0006") == "✘ Not Enrolled (KH) is not enrolled in this activity."
    assert "has withdrawn" in check_in(page, qtbot, "p0005") and desk.tone == "error"
    assert check_in(page, qtbot, "P0002").startswith("✔ Present: Wanida")
    assert desk.counter.text() == "2 of 4 present"
    assert desk.log.rowCount() == 6 and "P0002" in desk.log.stringList()[0]
    assert page.ctx.undo_stack.count() == 2  # only the two check-ins

    page.ctx.undo_stack.undo()
    assert DAYS[1] not in marks(db, "P0002") and desk.counter.text() == "1 of 4 present"
    page.ctx.undo_stack.redo()
    assert marks(db, "P0002")[DAYS[1]][0] == "present" and desk.counter.text() == "2 of 4 present"


def test_an_absent_participant_who_turns_up_is_marked_present(
    page: AttendancePage, qtbot: QtBot, db: Database
) -> None:
    page.tabs.setCurrentWidget(page.desk)
    assert page.desk.current_session() == sessions(db)[DAYS[0]]  # not today: the first
    assert check_in(page, qtbot, "P0003").startswith("✔ Present: Anan Srisuk")
    assert check_in(page, qtbot, "P0002").startswith("Already marked late")
    page.ctx.undo_stack.undo()
    assert marks(db, "P0003")[DAYS[0]] == ("absent", None)  # as imported


def test_scores_are_typed_into_the_table_and_refused_values_revert(
    page: AttendancePage, qtbot: QtBot, db: Database
) -> None:
    page.tabs.setCurrentWidget(page.scores_tab)
    sm = page.scores_model
    chan = sm.row_of(next(p.enrolment_id for p in sm.grid.people if p.ref == "P0004"))  # type: ignore[union-attr]
    assert chan is not None
    pre = sm.index(chan, sm.column_of("pre_score"))
    assert pre.data() == "40"

    def score(ref: str) -> tuple[str | None, str | None, str | None]:
        with unit_of_work(db) as s:
            e = s.exec(
                select(Enrolment)
                .join(Participant, Participant.id == Enrolment.participant_id)  # type: ignore[arg-type]
                .where(Participant.ref == ref)
            ).one()
            return e.pre_score, e.post_score, e.satisfaction

    def type_into(index: QModelIndex, text: str) -> None:
        page.scores.setCurrentIndex(index)
        qtbot.keyClick(page.scores, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit), editor
        assert editor.parent() is page.scores.viewport()
        editor.selectAll()
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.scores.state() != page.scores.State.EditingState)

    type_into(sm.index(chan, sm.column_of("post_score")), "101")
    assert score("P0004") == ("40", None, None)
    assert "101 must be <= 100" in page.scores_message.text()
    assert sm.index(chan, sm.column_of("post_score")).data() == ""

    type_into(sm.index(chan, sm.column_of("post_score")), "72.5")
    type_into(sm.index(chan, sm.column_of("satisfaction")), "4")
    type_into(pre, "")
    assert score("P0004") == (None, "72.5", "4")
    assert page.scores_message.text() == ""
    assert sm.index(chan, sm.column_of("post_score")).data() == "72.5"
    type_into(sm.index(chan, sm.column_of("satisfaction")), "6")
    assert "must be <= 5" in page.scores_message.text() and score("P0004")[2] == "4"
    type_into(sm.index(chan, sm.column_of("satisfaction")), "abc")
    assert "not an amount" in page.scores_message.text()

    stack = page.ctx.undo_stack
    assert stack.count() == 3
    stack.undo()
    assert score("P0004") == ("40", "72.5", "4") and pre.data() == "40"
    stack.undo()
    stack.undo()
    assert score("P0004") == ("40", None, None)
    assert sm.index(chan, sm.column_of("post_score")).data() == ""


def test_changes_made_elsewhere_reach_the_grid_row_by_row(
    page: AttendancePage, db: Database
) -> None:
    from planner.services.people import set_mark
    from planner.ui.context import ATTENDANCE

    resets: list[int] = []
    page.grid_model.modelReset.connect(lambda: resets.append(1))
    chan = row_of(page, "P0004")
    eid = page.grid_model.person_at(chan).enrolment_id
    with unit_of_work(db) as s:
        set_mark(s, eid, sessions(db)[DAYS[2]], "excused", by="someone else")
    page.ctx.notify({ATTENDANCE})
    assert shown(page, chan, 5) == "E" and resets == []

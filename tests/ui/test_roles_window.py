"""The window greys out what the user's role may not change, and says why.

A fake Permissions needs no server; the last test signs in as a trainer on the
throw-away server (skipped without one, like the other server tests)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QPushButton

from planner.services.demo import create_demo
from planner.services.permissions import Permissions
from planner.store import Database, open_database, raw_connection, unit_of_work
from planner.store.copy import copy_database
from planner.store.roles import add_user
from planner.ui.activity_editor import ActivityEditor
from planner.ui.context import AppContext
from planner.ui.main_window import MainWindow
from planner.ui.pages.activities import ActivitiesPage
from planner.ui.pages.attendance import AttendancePage
from planner.ui.pages.budget import ACTUAL_COL, PLANNED_COL, BudgetPage
from planner.ui.pages.reference import ReferencePage
from planner.ui.roles import banner
from tests.pg import Server

TRAINER = Permissions(
    role="trainer", plan=False, finance=False, attendance=True, user="li_na", on_server=True
)
FINANCE = Permissions(
    role="finance", plan=False, finance=True, attendance=False, user="wang", on_server=True
)
EDITABLE = Qt.ItemFlag.ItemIsEditable


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    create_demo(path)
    return path


def budget_page(qtbot: Any, db: Database, who: Permissions | None) -> BudgetPage:
    page = BudgetPage(AppContext(db, 1, permissions=who))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.lines_view.setCurrentIndex(page.lines.index(0, PLANNED_COL))
    return page


def test_the_budget_page_is_read_only_for_a_trainer_and_says_why(
    qtbot: Any, demo: Path, tmp_path: Path
) -> None:
    db = open_database(demo)
    page = budget_page(qtbot, db, TRAINER)
    lines = page.lines
    assert lines.rowCount() > 0
    for col in (PLANNED_COL, ACTUAL_COL):
        cell = lines.index(0, col)
        assert not lines.flags(cell) & EDITABLE
        why = lines.data(cell, Qt.ItemDataRole.ToolTipRole)
        assert "li_na (trainer)" in why and "server would refuse" in why
    assert "Only a planner" in lines.data(lines.index(0, PLANNED_COL), Qt.ItemDataRole.ToolTipRole)
    assert "Only finance" in lines.data(lines.index(0, ACTUAL_COL), Qt.ItemDataRole.ToolTipRole)
    panel = page.payments
    assert panel.line_id is not None  # a line is chosen: its payments are shown, greyed
    for button in (panel.add_button, panel.delete_button, panel.import_button):
        assert not button.isEnabled() and "Only finance" in button.toolTip()
    assert panel.view.editTriggers() == panel.view.EditTrigger.NoEditTriggers
    before = panel.model.rowCount()
    panel.add()  # the Insert key still reaches it: refused with the reason, nothing added
    assert panel.model.rowCount() == before and "Only finance" in panel.status.text()
    assert page.ctx.undo_stack.count() == 0
    page.grab().save(str(tmp_path / "budget-trainer.png"))
    if os.environ.get("PLANNER_ROLES_PNG"):
        page.grab().save(os.environ["PLANNER_ROLES_PNG"])
    db.close()


def test_finance_may_type_actual_amounts_and_payments_but_not_planned(
    qtbot: Any, demo: Path
) -> None:
    db = open_database(demo)
    page = budget_page(qtbot, db, FINANCE)
    lines = page.lines
    assert not lines.flags(lines.index(0, PLANNED_COL)) & EDITABLE
    assert lines.flags(lines.index(0, ACTUAL_COL)) & EDITABLE
    assert lines.data(lines.index(0, ACTUAL_COL), Qt.ItemDataRole.ToolTipRole) != (
        lines.data(lines.index(0, PLANNED_COL), Qt.ItemDataRole.ToolTipRole)
    )
    assert page.payments.add_button.isEnabled()
    db.close()


def test_on_a_file_everything_stays_editable(qtbot: Any, demo: Path) -> None:
    db = open_database(demo)
    page = budget_page(qtbot, db, None)  # read from the database: a file's user
    assert page.ctx.permissions.role is None and page.ctx.permissions.everything
    for col in (PLANNED_COL, ACTUAL_COL):
        assert page.lines.flags(page.lines.index(0, col)) & EDITABLE
    assert page.payments.add_button.isEnabled()
    assert banner(page.ctx.permissions) == ""
    db.close()


def test_activities_reference_and_attendance_follow_the_role(qtbot: Any, demo: Path) -> None:
    db = open_database(demo)
    ctx = AppContext(db, 1, permissions=TRAINER)
    activities = ActivitiesPage(ctx)
    qtbot.addWidget(activities)
    activities.show()
    greyed = [b for b in activities.findChildren(QPushButton) if not b.isEnabled()]
    assert len(greyed) == 2 and all("Only a planner" in b.toolTip() for b in greyed)
    count = activities.model.rowCount()
    activities.table.selectRow(0)
    activities.delete_selected()  # the Delete key: nothing happens, no question asked
    assert activities.model.rowCount() == count and ctx.undo_stack.count() == 0
    editor = ActivityEditor(ctx, activities.model.row_at(0).id)
    qtbot.addWidget(editor)
    assert not editor.details.isEnabled() and not editor.sessions.isEnabled()
    assert editor.enrolments.isEnabled()  # a trainer's own tab
    reference = ReferencePage(ctx)
    qtbot.addWidget(reference)
    reference.show()
    assert not reference.plan.isEnabled()
    for section in (reference.themes, reference.rates, reference.envelopes):
        assert section.refused and section.table.editTriggers() == (
            section.table.EditTrigger.NoEditTriggers
        )
    for section in (reference.themes, reference.rates):  # envelopes have no buttons
        buttons = section.findChildren(QPushButton)
        assert buttons and not any(b.isEnabled() for b in buttons)
    attendance = AttendancePage(ctx)
    qtbot.addWidget(attendance)
    attendance.show()
    assert attendance.refused == "" and attendance.desk.code.isEnabled()
    viewer = AttendancePage(
        AppContext(
            db,
            1,
            permissions=Permissions(
                role="viewer",
                plan=False,
                finance=False,
                attendance=False,
                user="ann",
                on_server=True,
            ),
        )
    )
    qtbot.addWidget(viewer)
    viewer.show()
    assert not viewer.whole.isEnabled() and "Only a trainer" in viewer.whole.toolTip()
    assert viewer.write_marks("Mark", [(1, 1, "present")]) is False
    assert "Only a trainer" in viewer.notice.text()
    db.close()


def test_the_banner_says_who_is_signed_in_and_what_they_may_do() -> None:
    assert banner(TRAINER) == (
        "Signed in as li_na (trainer): you can mark attendance, scores and certificates; "
        "other changes are refused by the server."
    )
    assert "(finance): you can change payments" in banner(FINANCE)


def test_a_trainer_on_the_server_sees_the_banner_and_a_read_only_budget(
    qtbot: Any,
    settings: QSettings,
    no_dialogs: list[str],
    demo: Path,
    pg_url: str,
    pg_server: Server,
) -> None:
    copy_database(demo, pg_url)
    name = f"trainer_w{os.getpid()}"
    db = open_database(pg_url)
    with unit_of_work(db) as s:
        add_user(raw_connection(s), name, "trainer")
    db.close()
    parts = pg_url.split("?", 1)
    query = "&".join(q for q in parts[1].split("&") if not q.startswith("user="))
    try:
        win = MainWindow(settings)
        qtbot.addWidget(win)
        win.show()
        assert win.open_database(f"{parts[0]}?{query}&user={name}")
        assert win.ctx is not None and win.ctx.permissions.role == "trainer"
        assert win.role_banner.isVisible()
        assert win.role_banner.text().startswith(f"Signed in as {name} (trainer)")
        budget = next(p for p in win.pages if isinstance(p, BudgetPage))
        cell = budget.lines.index(0, PLANNED_COL)
        assert not budget.lines.flags(cell) & EDITABLE
        win.close_database()
        QThreadPool.globalInstance().waitForDone()
        assert not win.role_banner.isVisible()
        assert no_dialogs == []
    finally:
        with psycopg.connect(pg_server.test_url, autocommit=True) as con:
            con.execute(f"DROP OWNED BY {name}")
            con.execute(f"DROP ROLE IF EXISTS {name}")


def test_two_logins_edit_and_the_history_shows_each_ones_name(
    qtbot: Any,
    settings: QSettings,
    no_dialogs: list[str],
    demo: Path,
    pg_url: str,
    pg_server: Server,
) -> None:
    """Two windows on one server database as two logins with different roles: each
    records its edits under its login (not the name in the settings), and the
    History shows the person's name with the login; who marked attendance too."""
    from planner.services import history
    from planner.services.people import set_mark
    from planner.ui.history_dialog import HistoryDialog

    copy_database(demo, pg_url)
    li_na, chen = f"li_na_w{os.getpid()}", f"chen_w{os.getpid()}"
    db = open_database(pg_url)
    with unit_of_work(db) as s:
        add_user(raw_connection(s), li_na, "planner", "Li Na")
        add_user(raw_connection(s), chen, "trainer", "Chen Jie")
    db.close()
    settings.setValue("user_name", "Somebody Else")  # what a desk calls itself
    parts = pg_url.split("?", 1)
    query = "&".join(q for q in parts[1].split("&") if not q.startswith("user="))
    wins: list[MainWindow] = []
    try:
        for login in (li_na, chen):
            win = MainWindow(settings)
            qtbot.addWidget(win)
            win.show()
            assert win.open_database(f"{parts[0]}?{query}&user={login}")
            wins.append(win)
        planner_win, trainer_win = wins
        assert planner_win.ctx is not None and trainer_win.ctx is not None
        assert planner_win.ctx.user == li_na and trainer_win.ctx.user == chen
        assert planner_win.user_name() == li_na
        # on a server the name comes from the login: no "Your name" to set
        assert all("name" not in a.text() for a in planner_win.edit_menu.actions())
        planner_win.ctx.execute(
            "Moved the venue",
            lambda s: s.connection().exec_driver_sql(
                "UPDATE activity SET venue = 'Hanoi' WHERE id = 1"
            ),
        )
        with unit_of_work(trainer_win.ctx.db) as s:
            enrolment, slot = (
                s.connection()
                .exec_driver_sql("SELECT enrolment_id, session_id FROM mark ORDER BY id LIMIT 1")
                .one()
            )
        by = trainer_win.ctx.user
        trainer_win.ctx.execute(
            "Marked late", lambda s: set_mark(s, enrolment, slot, "late", by=by)
        )
        with unit_of_work(trainer_win.ctx.db) as s:
            marked_by = (
                s.connection()
                .exec_driver_sql(
                    f"SELECT marked_by FROM mark WHERE enrolment_id = {enrolment} "
                    f"AND session_id = {slot}"
                )
                .scalar()
            )
        assert marked_by == chen
        assert trainer_win.ctx.who(marked_by) == f"Chen Jie ({chen})"
        attendance = next(p for p in trainer_win.pages if isinstance(p, AttendancePage))
        assert attendance.grid_model.names[chen] == "Chen Jie"
        # the History, opened in the trainer's window
        dialog = HistoryDialog(trainer_win.ctx.db, history.Filter(plan_id=1), "demo", trainer_win)
        qtbot.addWidget(dialog)
        shown = {
            dialog.changes.index(r, 2).data(): dialog.changes.index(r, 1).data()
            for r in range(dialog.changes.rowCount())
        }
        assert shown["Moved the venue"] == f"Li Na ({li_na})"
        assert shown["Marked late"] == f"Chen Jie ({chen})"
        people = {
            dialog.person.itemData(i): dialog.person.itemText(i)
            for i in range(1, dialog.person.count())
        }
        assert people[li_na] == f"Li Na ({li_na})" and people[chen] == f"Chen Jie ({chen})"
        assert "Somebody Else" not in people
        # choosing a person filters by the login
        dialog.person.setCurrentIndex(dialog.person.findData(li_na))
        assert [dialog.changes.index(r, 2).data() for r in range(dialog.changes.rowCount())] == [
            "Moved the venue"
        ]
        dialog.close()
        for win in wins:
            win.close_database()
        QThreadPool.globalInstance().waitForDone()
        assert no_dialogs == []
    finally:
        for win in wins:
            win.close_database()
        with psycopg.connect(pg_server.test_url, autocommit=True) as con:
            for name in (li_na, chen):
                con.execute(f"DROP OWNED BY {name}")
                con.execute(f"DROP ROLE IF EXISTS {name}")

"""The Participants and Results pages grey out what the signed-in role may not
change, with the reason as tooltip (fake Permissions: no server needed); on a
file everything stays enabled."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QPushButton

from planner.services.demo import create_demo
from planner.services.permissions import Permissions
from planner.store import Database, open_database, raw_connection, unit_of_work
from planner.store.copy import copy_database
from planner.store.roles import add_user
from planner.ui.context import AppContext
from planner.ui.main_window import MainWindow
from planner.ui.pages.participants import ParticipantsPage
from planner.ui.pages.results import ResultsPage
from planner.ui.pages.results_follow_up import FollowUpDialog
from tests.pg import Server


def role(name: str) -> Permissions:
    return Permissions(
        role=name,
        plan=name == "planner",
        finance=name == "finance",
        attendance=name == "trainer",
        user="ann",
        on_server=True,
    )


ROLES = ("planner", "finance", "trainer", "viewer")
FRAMEWORK = ("result", "indicator", "edit", "actual", "delete")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("roles") / "demo.sqlite"
    create_demo(path)
    return path


@pytest.fixture
def db(demo: Path) -> Any:
    db = open_database(demo)
    yield db
    db.close()


def participants(qtbot: Any, db: Database, who: Permissions | None) -> ParticipantsPage:
    page = ParticipantsPage(AppContext(db, 1, permissions=who))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    return page


def results(qtbot: Any, db: Database, who: Permissions | None) -> ResultsPage:
    page = ResultsPage(AppContext(db, 1, permissions=who))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    return page


@pytest.mark.parametrize("name", ROLES)
def test_participants_page_edits_are_the_trainers(qtbot: Any, db: Database, name: str) -> None:
    page = participants(qtbot, db, role(name))
    may = name == "trainer"
    edits = {k: b for k, b in page.buttons.items() if k != "history"}
    assert len(edits) == 12  # 7 directory buttons, import here, 3 statuses, remove
    for key, button in edits.items():
        assert button.isEnabled() is may, key
        tip = button.toolTip()
        if may:
            assert tip == "", key
        else:
            assert tip.startswith("Only a trainer may change this") and "ann (" in tip, key
            assert f"({name})" in tip
    assert page.buttons["history"].isEnabled()  # reading the history is everyone's
    assert page.ctx.undo_stack.count() == 0


def test_participants_keys_and_slots_change_nothing_for_a_viewer(
    qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = participants(qtbot, db, role("viewer"))
    asked: list[str] = []
    monkeypatch.setattr(
        "planner.ui.pages.participants.confirm", lambda *a, **k: asked.append("confirm") or True
    )
    rows = page.model.rowCount()
    assert rows > 0
    page.table.selectRow(0)
    page.delete_selected()  # the Delete key
    page.new_person()  # Insert: would open a dialog (and block) were it not refused
    page.edit_current()  # Enter, double-click
    page.erase_current()
    page.tabs.setCurrentIndex(1)
    page.nominees_view.selectRow(0)
    assert page.selected_enrolments()
    page.set_status("withdrawn")
    page.remove_selected()
    assert page.model.rowCount() == rows and asked == []
    assert page.ctx.undo_stack.count() == 0


@pytest.mark.parametrize("name", ROLES)
def test_results_framework_is_the_planners_follow_ups_the_trainers(
    qtbot: Any, db: Database, name: str
) -> None:
    page = results(qtbot, db, role(name))
    assert page.view is not None and page.view.indicators
    # choosing an indicator enables Edit / Delete only for those who may
    page._select(("indicator", page.view.indicators[0].indicator.id))
    planner = name == "planner"
    for key in FRAMEWORK:
        button = page.buttons[key]
        if planner:
            assert button.toolTip() == "", key
        else:
            assert not button.isEnabled(), key
            assert button.toolTip().startswith("Only a planner may change this"), key
    if planner:
        assert page.buttons["edit"].isEnabled() and page.buttons["delete"].isEnabled()
    assert page.host.isEnabled() is planner
    assert page.buttons["follow"].isEnabled()  # the list is readable by everyone
    dialog = FollowUpDialog(page.ctx, page)
    qtbot.addWidget(dialog)
    trainer = name == "trainer"
    for button in (dialog.record_button, dialog.import_button):
        assert button.isEnabled() is trainer
        assert ("Only a trainer may change this" in button.toolTip()) is not trainer


def test_results_host_country_is_not_saved_for_a_trainer(qtbot: Any, db: Database) -> None:
    page = results(qtbot, db, role("trainer"))
    before = page.view.host_country if page.view else None
    page.host.setText("ZZ")
    page._save_host()  # editingFinished: refused before the server is asked
    page.refresh()
    assert page.view is not None and page.view.host_country == before
    assert page.ctx.undo_stack.count() == 0


def test_on_a_file_both_pages_stay_enabled(qtbot: Any, db: Database) -> None:
    page = participants(qtbot, db, None)  # read from the database: a file's user
    assert page.ctx.permissions.everything and page.refused == ""
    assert all(b.isEnabled() and b.toolTip() == "" for b in page.buttons.values())
    res = results(qtbot, db, None)
    res._select(("indicator", res.view.indicators[0].indicator.id) if res.view else None)
    assert res.refused == "" and res.host.isEnabled()
    for key in ("result", "indicator", "edit", "delete", "follow"):
        assert res.buttons[key].isEnabled(), key
    dialog = FollowUpDialog(res.ctx, res)
    qtbot.addWidget(dialog)
    assert dialog.record_button.isEnabled() and dialog.import_button.isEnabled()
    assert not [b for b in res.findChildren(QPushButton) if b.toolTip()]


@pytest.mark.parametrize("name", (*ROLES, None))
def test_the_window_greys_new_plan_import_and_certificates(
    qtbot: Any,
    settings: QSettings,
    no_dialogs: list[str],
    demo: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str | None,
) -> None:
    """New plan is the planner's; Import plan file the owner's alone (a plan file
    holds every role's part); printing certificates issues them into the register,
    the trainer's. On a file (None) all enabled."""
    if name is not None:
        monkeypatch.setattr("planner.ui.context._permissions", lambda _db: role(name))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    assert win.open_database(demo)
    assert win.ctx is not None
    planner = name in ("planner", None)
    assert win.new_plan_action.isEnabled() is planner
    assert ("Only a planner may change this" in win.new_plan_action.toolTip()) is not planner
    owner = name is None
    assert win.import_action.isEnabled() is owner
    assert (
        "Only the database's owner may import a plan file" in win.import_action.toolTip()
    ) is not owner
    trainer = name in ("trainer", None)
    assert win.certificates_action.isEnabled() is trainer
    assert ("Only a trainer may change this" in win.certificates_action.toolTip()) is not trainer
    budget = next(a for a in win.reports_menu.actions() if a.text() == "Budget (PDF)…")
    assert budget.isEnabled()  # other reports are everyone's
    win.close_database()
    QThreadPool.globalInstance().waitForDone()
    assert no_dialogs == []


def test_a_viewer_on_the_server_sees_participants_and_results_greyed(
    qtbot: Any,
    settings: QSettings,
    no_dialogs: list[str],
    demo: Path,
    pg_url: str,
    pg_server: Server,
) -> None:
    """The role read from the server's grants, not a fake: a viewer login."""
    copy_database(demo, pg_url)
    name = f"viewer_p{os.getpid()}"
    db = open_database(pg_url)
    with unit_of_work(db) as s:
        add_user(raw_connection(s), name, "viewer")
    db.close()
    parts = pg_url.split("?", 1)
    query = "&".join(q for q in parts[1].split("&") if not q.startswith("user="))
    try:
        win = MainWindow(settings)
        qtbot.addWidget(win)
        win.show()
        assert win.open_database(f"{parts[0]}?{query}&user={name}")
        assert win.ctx is not None and win.ctx.permissions.role == "viewer"
        people = next(p for p in win.pages if isinstance(p, ParticipantsPage))
        assert not people.buttons["new"].isEnabled()
        assert f"{name} (viewer)" in people.buttons["new"].toolTip()
        assert people.buttons["history"].isEnabled()
        framework = next(p for p in win.pages if isinstance(p, ResultsPage))
        assert not framework.buttons["result"].isEnabled() and not framework.host.isEnabled()
        assert not win.certificates_action.isEnabled() and not win.new_plan_action.isEnabled()
        win.close_database()
        QThreadPool.globalInstance().waitForDone()
        assert no_dialogs == []
    finally:
        with psycopg.connect(pg_server.test_url, autocommit=True) as con:
            con.execute(f"DROP OWNED BY {name}")
            con.execute(f"DROP ROLE IF EXISTS {name}")


def test_a_refusal_reads_as_two_sentences_in_either_language() -> None:
    from planner.ui.roles import sentences

    assert sentences("The server would refuse it.", "Signed in as ann.") == (
        "The server would refuse it. Signed in as ann."
    )
    # a Chinese full stop carries its own space: no second one after it
    joined = sentences("服务器会拒绝。", "已登录为 ann（计划员）。")
    assert joined == "服务器会拒绝。已登录为 ann（计划员）。"

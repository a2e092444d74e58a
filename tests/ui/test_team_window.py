"""The window on a team database: File > Connect to a team database, the address
remembered without its password, the pages read from the server."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QInputDialog

from planner.services.demo import create_demo
from planner.store import unit_of_work
from planner.store.copy import copy_database
from planner.ui import window_actions
from planner.ui.main_window import MainWindow
from tests.pg import Server


def answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (text, True))


def test_an_address_that_is_not_a_servers_is_refused(
    qtbot, settings: QSettings, no_dialogs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    answer(monkeypatch, "/home/ann/plan.sqlite")
    window_actions.connect_team_database(win)
    assert no_dialogs == ["A team database's address begins with postgresql://"]
    assert win.db is None


def test_an_unreachable_server_is_reported_with_the_password_masked(
    qtbot,
    settings: QSettings,
    no_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    answer(monkeypatch, f"postgresql://ann:s3cret@/plan?host={tmp_path}&port=1")
    window_actions.connect_team_database(win)
    assert len(no_dialogs) == 1
    assert "cannot be reached" in no_dialogs[0] and "s3cret" not in no_dialogs[0]
    assert win.db is None


def test_the_window_opens_the_demo_plan_on_the_server(
    qtbot,
    settings: QSettings,
    no_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    pg_url: str,
) -> None:
    demo = tmp_path / "demo.sqlite"
    create_demo(demo)
    copy_database(demo, pg_url)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    with_password = pg_url.replace("postgresql://", "postgresql://planner:pw@", 1)
    answer(monkeypatch, with_password)
    window_actions.connect_team_database(win)
    assert win.db is not None and win.db.is_server
    assert settings.value("last_database") == pg_url.replace(
        "postgresql://", "postgresql://planner@", 1
    )
    for i in range(len(win.pages)):
        win.show_page(i)
        qtbot.wait(50)
    qtbot.wait(300)
    QThreadPool.globalInstance().waitForDone()  # the pages' background reads, finished
    assert no_dialogs == []
    win.close_database()
    QThreadPool.globalInstance().waitForDone()


def planner_connections(server: Server) -> int:
    """The planner's connections open on the test database (the server's own view)."""
    with psycopg.connect(server.url) as con:
        row = con.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
            "AND application_name = 'planner'",
            (server.name,),
        ).fetchone()
    return int(row[0]) if row else -1


def test_windows_opened_and_closed_on_the_server_leave_no_connection(
    qtbot,
    settings: QSettings,
    no_dialogs: list[str],
    tmp_path: Path,
    pg_url: str,
    pg_server: Server,
) -> None:
    """Open and close the window on the server again and again, closing some while
    their pages are still reading in the background, and use a closed window's
    database as a read finishing late would: no connection stays open."""
    demo = tmp_path / "demo.sqlite"
    create_demo(demo)
    copy_database(demo, pg_url)
    before = planner_connections(pg_server)
    opened = []
    for n in range(6):
        win = MainWindow(settings)
        qtbot.addWidget(win)
        win.show()
        assert win.open_database(pg_url)
        assert win.db is not None and win.live is not None
        db, live = win.db, win.live
        assert planner_connections(pg_server) > before  # it is on the server
        for i in range(len(win.pages)):
            win.show_page(i)  # pages start their reads; odd rounds close at once
            if n % 2 == 0:
                qtbot.wait(30)
        # a connection still held when the window closes (a page's read in flight)
        held = db.engine.connect()
        held.exec_driver_sql("SELECT 1")
        win.close()
        assert win.db is None and win.live is None
        assert not live.timer.isActive()  # the watcher stopped with the window
        held.close()
        # a background read that ends after the close
        with unit_of_work(db) as s:
            assert s.connection().exec_driver_sql("SELECT count(*) FROM plan").scalar() == 1
        opened.append(db)  # kept alive, as a late task would keep it
        QThreadPool.globalInstance().waitForDone()
        assert planner_connections(pg_server) == before, f"after window {n + 1}"
    assert no_dialogs == []


def test_anothers_save_on_the_server_appears_within_2_s_keeping_the_selection(
    qtbot,
    settings: QSettings,
    no_dialogs: list[str],
    tmp_path: Path,
    pg_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window listens (LISTEN/NOTIFY) instead of reading the journal every half
    second: another desk's save shows well within 2 s, selection and scroll kept."""
    import time

    from planner.services import activities, journal, watch
    from planner.store import open_database
    from planner.ui.pages.budget import PLANNED_COL, BudgetPage

    monkeypatch.setattr("planner.display.default_locale", lambda: "en_US")
    demo = tmp_path / "demo.sqlite"
    create_demo(demo)
    copy_database(demo, pg_url)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1280, 600)
    win.show()
    assert win.open_database(pg_url)
    assert win.live is not None
    watcher = win.live.watcher
    assert isinstance(watcher, watch.ServerWatcher) and not watcher.polling
    assert watcher.listener.listening.wait(5)
    qtbot.wait(300)  # the one read when it starts listening (anything missed before)
    reads: list[int] = []
    real = watch.newest_change
    monkeypatch.setattr(watch, "newest_change", lambda db: reads.append(1) or real(db))
    page = win.page(BudgetPage)
    assert isinstance(page, BudgetPage)
    win.show_page(win.pages.index(page))
    view = page.lines_view
    view.setFocus()
    view.selectRow(30)
    view.scrollTo(page.lines.index(30, 0))
    top = view.verticalScrollBar().value()
    assert top > 0
    qtbot.wait(1200)
    assert reads == []  # nothing announced: the journal is not read at all
    line_id = page.lines.row_at(3).id
    with open_database(pg_url) as other:
        with journal.recorded(other, "Raise", user="Wang Fang", plan_id=1) as s:
            activities.update_budget_line(s, line_id, planned="123456.78")
        saved = time.monotonic()
        qtbot.waitUntil(
            lambda: page.lines.row_at(3).display[PLANNED_COL] == "123,456.78", timeout=2000
        )
        shown = time.monotonic() - saved
    print(f"another desk's save shown after {shown * 1000:.0f} ms")
    assert shown < 2.0
    assert view.currentIndex().row() == 30
    assert [i.row() for i in view.selectionModel().selectedRows()] == [30]
    assert view.verticalScrollBar().value() == top
    assert 1 <= len(reads) <= 3  # read once it was told, not every tick
    win.close()
    assert not watcher.listener.listening.is_set()
    assert no_dialogs == []


def test_a_raw_sql_change_outside_the_journal_appears_too(
    qtbot,
    settings: QSettings,
    no_dialogs: list[str],
    tmp_path: Path,
    pg_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A colleague's UPDATE in psql writes no journal entry; the server announces it
    all the same (a statement trigger), so the window reads it within 2 s. The
    planner's own recorded edits are never announced that way."""
    import time

    import psycopg

    from planner.services import activities, journal, watch
    from planner.store import open_database
    from planner.ui.pages.budget import PLANNED_COL, BudgetPage

    monkeypatch.setattr("planner.display.default_locale", lambda: "en_US")
    demo = tmp_path / "demo.sqlite"
    create_demo(demo)
    copy_database(demo, pg_url)
    with (  # a first recorded edit installs the triggers
        open_database(pg_url) as other,
        journal.recorded(other, "Raise", user="Wang Fang", plan_id=1) as s,
    ):
        activities.update_budget_line(s, 1, planned="1000.00")
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1280, 600)
    win.show()
    assert win.open_database(pg_url)
    assert win.live is not None
    watcher = win.live.watcher
    assert isinstance(watcher, watch.ServerWatcher)
    assert watcher.listener.listening.wait(5)
    page = win.page(BudgetPage)
    assert isinstance(page, BudgetPage)
    win.show_page(win.pages.index(page))
    qtbot.wait(300)
    heard: list[int] = []
    real = watcher.unrecorded
    monkeypatch.setattr(watcher.listener, "unrecorded", lambda: heard.append(1) or real())
    assert page.set_amount(page.lines.row_at(3).id, "planned", "2222.00")  # recorded
    qtbot.wait(600)
    assert heard == []  # the planner's own edit is a journal entry, not "unrecorded"
    line_id = page.lines.row_at(5).id
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("UPDATE budget_line SET planned_minor = 7654321 WHERE id = %s", (line_id,))
    saved = time.monotonic()
    qtbot.waitUntil(lambda: page.lines.row_at(5).display[PLANNED_COL] == "76,543.21", timeout=10000)
    print(f"a raw SQL change shown after {(time.monotonic() - saved) * 1000:.0f} ms")
    assert heard == [1]
    win.close()
    assert no_dialogs == []

"""Faults on a team database: the server restarts or the network drops while the
window is open. A banner says so and goes by itself when the connection is back;
an edit in flight is saved or clearly reported as not saved, never half; nothing
committed is lost. The server's side of a drop is simulated by ending the window's
connections (``pg_terminate_backend``: what a restart or a dropped network does to
them) and by making the database refuse new ones for a while."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import psycopg
import pytest
from PySide6.QtCore import QSettings, QThreadPool

from planner.errors import ConnectionLost, NotConfirmed, PlannerError
from planner.services import activities, journal
from planner.services.demo import create_demo
from planner.store import open_database
from planner.store.copy import copy_database
from planner.ui.main_window import MainWindow
from planner.ui.pages.budget import PLANNED_COL, BudgetPage
from tests.pg import Server

LINE_ROW = 3  # the budget page's row whose planned amount the tests change


def kill_backends(server: Server) -> int:
    """End every connection the planner holds on the test database (the listener's
    and the pool's), as a server restart or a dropped network would."""
    with psycopg.connect(server.url, autocommit=True) as con:
        rows = con.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
            "AND application_name = 'planner' AND pid <> pg_backend_pid()",
            (server.name,),
        ).fetchall()
    return len(rows)


def refuse_connections(server: Server, refuse: bool) -> None:
    with psycopg.connect(server.url, autocommit=True) as con:
        con.execute(
            f'ALTER DATABASE "{server.name}" ALLOW_CONNECTIONS {"false" if refuse else "true"}'
        )


@contextmanager
def server_away(server: Server) -> Iterator[None]:
    """The database unreachable: its connections ended and new ones refused (as
    while a server restarts), until the block ends."""
    refuse_connections(server, True)
    try:
        kill_backends(server)
        yield
    finally:
        refuse_connections(server, False)


def planned_minor(server: Server, line_id: int) -> int:
    with psycopg.connect(server.test_url) as con:
        row = con.execute("SELECT planned_minor FROM budget_line WHERE id = %s", (line_id,))
        return int(row.fetchone()[0])  # type: ignore[index]


def newest_change(server: Server) -> int:
    with psycopg.connect(server.test_url) as con:
        return int(con.execute("SELECT coalesce(max(id), 0) FROM change").fetchone()[0])  # type: ignore[index]


class Window:
    """A window on the demo plan on the server, showing its budget page."""

    def __init__(self, win: MainWindow, page: BudgetPage, banners: list[tuple[bool, float]]):
        self.win = win
        self.page = page
        self.banners = banners

    @property
    def ctx(self) -> Any:
        assert self.win.ctx is not None
        return self.win.ctx

    @property
    def line_id(self) -> int:
        return int(self.page.lines.row_at(LINE_ROW).id)

    def shown(self) -> str:
        return str(self.page.lines.row_at(LINE_ROW).display[PLANNED_COL])

    def banner(self) -> bool:
        return self.win.connection_banner.isVisible()


@pytest.fixture
def window(
    qtbot: Any,
    settings: QSettings,
    tmp_path: Path,
    pg_url: str,
    pg_server: Server,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Window]:
    yield from open_window(qtbot, settings, tmp_path, pg_url, pg_url, pg_server, monkeypatch)


def open_window(
    qtbot: Any,
    settings: QSettings,
    tmp_path: Path,
    pg_url: str,
    address: str,
    pg_server: Server,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Window]:
    """The demo plan copied to ``pg_url``, a window opened on ``address`` (the same
    database, perhaps by another way)."""
    monkeypatch.setattr("planner.display.default_locale", lambda: "en_US")
    demo = tmp_path / "demo.sqlite"
    create_demo(demo)
    copy_database(demo, pg_url)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    assert win.open_database(address)
    assert win.live is not None
    assert win.live.watcher.listener.listening.wait(5)  # type: ignore[attr-defined]
    page = win.page(BudgetPage)
    assert isinstance(page, BudgetPage)
    win.show_page(win.pages.index(page))
    qtbot.waitUntil(lambda: page.lines.rowCount() > LINE_ROW, timeout=5000)
    banners: list[tuple[bool, float]] = []
    win.live.lost_changed.connect(lambda lost: banners.append((lost, time.monotonic())))
    yield Window(win, page, banners)
    refuse_connections(pg_server, False)
    win.close()
    QThreadPool.globalInstance().waitForDone()


def wait_banner(qtbot: Any, w: Window, shown: bool, timeout: int) -> float:
    """Wait until the banner is shown (or hidden); when that happened (monotonic)."""
    qtbot.waitUntil(lambda: w.banner() is shown, timeout=timeout)
    return next(t for lost, t in reversed(w.banners) if lost is shown)


def test_a_dropped_connection_shows_the_banner_which_goes_when_it_is_back(
    qtbot: Any, window: Window, pg_server: Server, no_dialogs: list[str]
) -> None:
    """The window's connections are ended (a server restart, a dropped network):
    the banner shows within 2 s, the window reconnects by itself, the banner goes,
    and what another desk saved meanwhile shows."""
    w = window
    assert not w.banner()
    lost_at = time.monotonic()
    assert kill_backends(pg_server) >= 1
    shown_at = wait_banner(qtbot, w, True, 3000)
    # another desk saves while this window is reconnecting
    with (
        open_database(pg_server.test_url) as other,
        journal.recorded(other, "Raise", user="Wang Fang", plan_id=1) as s,
    ):
        activities.update_budget_line(s, w.line_id, planned="7654.32")
    back_at = wait_banner(qtbot, w, False, 6000)
    print(
        f"banner after {(shown_at - lost_at) * 1000:.0f} ms, "
        f"gone after {(back_at - lost_at) * 1000:.0f} ms"
    )
    assert shown_at - lost_at < 2.0
    assert [lost for lost, _t in w.banners] == [True, False]
    qtbot.waitUntil(lambda: w.shown() == "7,654.32", timeout=10000)  # it caught up
    assert w.win.live is not None and w.win.live.watcher.listener.listening.is_set()  # type: ignore[attr-defined]
    assert no_dialogs == []


def test_an_edit_while_the_server_is_away_is_not_saved_and_works_once_it_is_back(
    qtbot: Any, window: Window, pg_server: Server, no_dialogs: list[str]
) -> None:
    w = window
    before = planned_minor(pg_server, w.line_id)
    last = newest_change(pg_server)
    undo = (w.ctx.undo_stack.count(), w.ctx.undo_stack.index())
    with server_away(pg_server):
        wait_banner(qtbot, w, True, 3000)
        assert not w.page.set_amount(w.line_id, "planned", "4321.00")
        status = w.page.status.text()
        assert status.startswith("Not saved: the database server cannot be reached")
        assert "nothing was changed" in status
        assert (w.ctx.undo_stack.count(), w.ctx.undo_stack.index()) == undo
        qtbot.wait(500)
        assert w.banner()  # still away
    back_at = wait_banner(qtbot, w, False, 6000)
    assert time.monotonic() - back_at < 6
    assert planned_minor(pg_server, w.line_id) == before  # nothing half-written
    assert newest_change(pg_server) == last
    assert (w.ctx.undo_stack.count(), w.ctx.undo_stack.index()) == undo
    # the same edit, now that the server is back
    assert w.page.set_amount(w.line_id, "planned", "4321.00")
    assert planned_minor(pg_server, w.line_id) == 432100
    assert w.ctx.undo_stack.index() == undo[1] + 1
    w.ctx.undo_stack.undo()
    assert planned_minor(pg_server, w.line_id) == before
    assert no_dialogs == []


def test_an_undo_while_the_server_is_away_is_refused_and_the_stack_comes_back(
    qtbot: Any, window: Window, pg_server: Server, no_dialogs: list[str]
) -> None:
    w = window
    before = planned_minor(pg_server, w.line_id)
    assert w.page.set_amount(w.line_id, "planned", "2468.00")
    stack = w.ctx.undo_stack
    done = stack.index()
    with server_away(pg_server):
        wait_banner(qtbot, w, True, 3000)
        stack.undo()
        assert len(no_dialogs) == 1
        assert no_dialogs[0].startswith("<p>Could not undo or redo")
        assert "cannot be reached" in no_dialogs[0]
    wait_banner(qtbot, w, False, 6000)
    assert planned_minor(pg_server, w.line_id) == 246800  # the undo changed nothing
    assert stack.index() == done  # the stack as the server has it: still undoable
    stack.undo()
    assert planned_minor(pg_server, w.line_id) == before
    assert len(no_dialogs) == 1


def test_a_connection_dropped_in_the_middle_of_an_edit_saves_none_of_it(
    qtbot: Any, window: Window, pg_server: Server, no_dialogs: list[str]
) -> None:
    """The edit's first write is made, then its connection ends: the whole edit is
    refused (one transaction), the first write too; the undo stack is unchanged."""
    w = window
    lines = [w.line_id, int(w.page.lines.row_at(LINE_ROW + 1).id)]
    before = [planned_minor(pg_server, i) for i in lines]
    last = newest_change(pg_server)
    undo = (w.ctx.undo_stack.count(), w.ctx.undo_stack.index())

    def two_writes(s: Any) -> None:
        activities.update_budget_line(s, lines[0], planned="1.11")
        s.flush()
        pid = s.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
        with psycopg.connect(pg_server.url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        activities.update_budget_line(s, lines[1], planned="2.22")

    with pytest.raises(ConnectionLost) as caught:
        w.ctx.execute("Two lines", two_writes)
    assert not isinstance(caught.value, NotConfirmed)
    assert "cannot be reached" in caught.value.message
    assert [planned_minor(pg_server, i) for i in lines] == before
    assert newest_change(pg_server) == last
    assert (w.ctx.undo_stack.count(), w.ctx.undo_stack.index()) == undo
    # the pool's next connection is a new one: the same edit is saved whole
    w.ctx.execute(
        "Two lines",
        lambda s: [
            activities.update_budget_line(s, lines[0], planned="1.11"),
            activities.update_budget_line(s, lines[1], planned="2.22"),
        ],
    )
    assert [planned_minor(pg_server, i) for i in lines] == [111, 222]
    assert w.ctx.undo_stack.index() == undo[1] + 1
    assert no_dialogs == []


def break_commit(
    monkeypatch: pytest.MonkeyPatch,
    w: Window,
    admin_url: str,
    *,
    after: bool,
    then: Callable[[], None],
) -> None:
    """The next COMMIT of the window's database loses its connection: before the
    server gets it (``after`` False: the backend is ended first), or after the
    server committed (the answer lost). ``then`` runs at that moment."""
    dialect = w.ctx.db.engine.dialect
    real = dialect.do_commit
    calls: list[int] = []

    def do_commit(dbapi_connection: Any) -> None:
        if calls:
            real(dbapi_connection)
            return
        calls.append(1)
        if after:
            real(dbapi_connection)
            then()
            raise psycopg.OperationalError("server closed the connection unexpectedly")
        pid = dbapi_connection.dbapi_connection.info.backend_pid
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        then()
        real(dbapi_connection)

    monkeypatch.setattr(dialect, "do_commit", do_commit)


def test_a_commit_whose_connection_is_lost_before_the_server_commits_is_not_saved(
    qtbot: Any,
    window: Window,
    pg_server: Server,
    no_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """COMMIT sent on a connection that just ended: the window asks the server (on
    a new connection) whether the change is in its journal; it is not, so the
    message says plainly that it was not saved."""
    w = window
    before = planned_minor(pg_server, w.line_id)
    last = newest_change(pg_server)
    undo = (w.ctx.undo_stack.count(), w.ctx.undo_stack.index())
    break_commit(monkeypatch, w, pg_server.url, after=False, then=lambda: None)
    assert not w.page.set_amount(w.line_id, "planned", "5555.55")
    assert w.page.status.text() == (
        "Not saved: the connection to the server was lost while saving: the server did "
        "not save the change; nothing was changed, try again"
    )
    assert planned_minor(pg_server, w.line_id) == before
    assert newest_change(pg_server) == last
    assert (w.ctx.undo_stack.count(), w.ctx.undo_stack.index()) == undo
    assert w.page.set_amount(w.line_id, "planned", "5555.55")  # tried again: saved
    assert planned_minor(pg_server, w.line_id) == 555555
    assert no_dialogs == []


def test_a_commit_whose_answer_is_lost_is_found_saved(
    qtbot: Any,
    window: Window,
    pg_server: Server,
    no_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server committed and the answer was lost: the window finds the change in
    the journal, so the edit counts as saved and is on the undo stack."""
    w = window
    undo = w.ctx.undo_stack.index()
    break_commit(monkeypatch, w, pg_server.url, after=True, then=lambda: None)
    assert w.page.set_amount(w.line_id, "planned", "6666.66")
    assert w.page.status.text() == ""
    assert planned_minor(pg_server, w.line_id) == 666666
    assert w.ctx.undo_stack.index() == undo + 1
    qtbot.waitUntil(lambda: w.shown() == "6,666.66", timeout=10000)
    assert no_dialogs == []


def test_a_commit_whose_answer_is_lost_while_the_server_stays_away_is_reported_unsure(
    qtbot: Any,
    window: Window,
    pg_server: Server,
    no_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Committed, the answer lost, and the server unreachable to ask: the message
    says it may not have been saved; once the server is back the window re-reads
    and shows the saved value, and the undo stack holds the change."""
    w = window
    undo = w.ctx.undo_stack.index()
    away = server_away(pg_server)
    break_commit(monkeypatch, w, pg_server.url, after=True, then=away.__enter__)
    try:
        assert not w.page.set_amount(w.line_id, "planned", "7777.77")
        status = w.page.status.text()
        assert status == (
            "Not saved: the connection to the server was lost while saving: the change may "
            "not have been saved; the window re-reads the server when it answers again"
        )
        assert w.ctx.undo_stack.index() == undo  # not pushed: not known to be saved
        wait_banner(qtbot, w, True, 3000)
    finally:
        away.__exit__(None, None, None)
    wait_banner(qtbot, w, False, 6000)
    assert planned_minor(pg_server, w.line_id) == 777777  # it was committed: not lost
    qtbot.waitUntil(lambda: w.shown() == "7,777.77", timeout=10000)
    assert w.ctx.undo_stack.index() == undo + 1  # read again from the server's stack
    assert no_dialogs == []


class Proxy:
    """A TCP relay to the server that can stop relaying for a while, as a network
    that goes silent (no error, no answer) and comes back: what is sent meanwhile
    waits, as in a network's buffers, and is delivered when it resumes."""

    def __init__(self, port: int) -> None:
        import socket
        import threading

        self.port = port
        self.flowing = threading.Event()
        self.flowing.set()
        self.closed = threading.Event()
        self.sockets: list[socket.socket] = []
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.1)
        self.address = self.server.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket
        import threading

        while not self.closed.is_set():
            try:
                client, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.port))
            self.sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source: Any, target: Any) -> None:
        import select

        while not self.closed.is_set():
            if not self.flowing.is_set():
                self.flowing.wait(0.05)
                continue
            try:
                ready, _, _ = select.select([source], [], [], 0.05)
                if not ready:
                    continue
                data = source.recv(65536)
                if not data:
                    break
                target.sendall(data)
            except (OSError, ValueError):  # closed meanwhile by the other direction's
                break  # pump: select() then gets fd -1 (ValueError)
        for s in (source, target):
            s.close()

    def close(self) -> None:
        self.closed.set()
        self.server.close()
        for s in self.sockets:
            s.close()


def test_a_network_gone_silent_shows_the_banner_and_it_goes_when_it_answers(
    qtbot: Any,
    settings: QSettings,
    tmp_path: Path,
    pg_url: str,
    pg_server: Server,
    monkeypatch: pytest.MonkeyPatch,
    no_dialogs: list[str],
) -> None:
    """The window reaches the server over TCP through a relay; the relay stops
    relaying for 4 s (a network dropped silently: no error, only no answer): the
    banner shows within about 2 s and goes once the network answers again; what
    another desk saved meanwhile shows."""
    port = parse_qs(urlsplit(pg_server.url).query).get("port", [""])[0]
    if not port:
        pytest.skip("the test server's port is not in its address")
    proxy = Proxy(int(port))
    address = f"postgresql://127.0.0.1:{proxy.address}/{pg_server.name}?user=planner"
    windows = open_window(qtbot, settings, tmp_path, pg_url, address, pg_server, monkeypatch)
    w = next(windows)
    try:
        qtbot.wait(1000)
        assert not w.banner()  # the pings are answered: nothing to say
        assert w.page.set_amount(w.line_id, "planned", "1000.00")  # one edit to undo
        # its announcement read back before the network goes silent (the relay answers
        # TCP for the server, so a read caught in the silence would wait for ever)
        qtbot.wait(1000)
        proxy.flowing.clear()
        silent_at = time.monotonic()
        shown_at = wait_banner(qtbot, w, True, 4000)
        # an edit while the banner shows is refused at once, not after the network's
        # time-out (it held the window for about 10 s), and changes nothing
        undo = (w.ctx.undo_stack.count(), w.ctx.undo_stack.index())
        started = time.monotonic()
        assert not w.page.set_amount(w.line_id, "planned", "1111.00")
        refused_in = time.monotonic() - started
        assert refused_in < 2.0, refused_in  # not the ~10 s of the network's time-out
        assert w.page.status.text().startswith("Not saved: the database server cannot be reached")
        assert (w.ctx.undo_stack.count(), w.ctx.undo_stack.index()) == undo
        started = time.monotonic()
        w.ctx.undo_stack.undo()  # so is an undo (the stack is read again once back)
        assert time.monotonic() - started < 2.0
        assert len(no_dialogs) == 1 and "cannot be reached" in no_dialogs.pop()
        assert planned_minor(pg_server, w.line_id) == 100000  # read past the relay
        with (
            open_database(pg_server.test_url) as other,
            journal.recorded(other, "Raise", user="Wang Fang", plan_id=1) as s,
        ):
            activities.update_budget_line(s, w.line_id, planned="3210.98")
        qtbot.wait(max(0, round((4.0 - (time.monotonic() - silent_at)) * 1000)))
        assert w.banner()
        proxy.flowing.set()
        answers_at = time.monotonic()
        back_at = wait_banner(qtbot, w, False, 5000)
        print(
            f"silent network: banner after {(shown_at - silent_at) * 1000:.0f} ms; "
            f"answering again: banner gone after {(back_at - answers_at) * 1000:.0f} ms"
        )
        assert 1.5 < shown_at - silent_at < 5.0  # about 2 s; the time-out would be ~10 s
        qtbot.waitUntil(lambda: w.shown() == "3,210.98", timeout=10000)
        assert w.page.set_amount(w.line_id, "planned", "3211.00")
        assert planned_minor(pg_server, w.line_id) == 321100
        assert no_dialogs == []
    finally:
        proxy.flowing.set()
        next(windows, None)
        proxy.close()


def data_folder(url: str) -> Path | None:
    """The test server's data folder, when it is one scripts/pg-test-server runs."""
    host = parse_qs(urlsplit(url).query).get("host", [""])[0]
    data = Path(host) / "data"
    return data if host and (data / "postmaster.pid").exists() else None


@pytest.mark.skipif(
    os.environ.get("PLANNER_TEST_PG_RESTART") != "1",
    reason="stops and starts the test server (set PLANNER_TEST_PG_RESTART=1)",
)
def test_a_real_server_restart(
    qtbot: Any, window: Window, pg_server: Server, no_dialogs: list[str]
) -> None:
    """The server stopped (pg_ctl stop) for 2 s, then started again with the same
    data and port: banner, an edit refused meanwhile, reconnected by itself, every
    committed change kept."""
    import shlex
    import shutil

    w = window
    data = data_folder(pg_server.url)
    if data is None:
        pytest.skip("not a server scripts/pg-test-server started")
    assert w.page.set_amount(w.line_id, "planned", "8888.88")
    pg_ctl = shutil.which("pg_ctl") or str(next(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")))
    as_owner = ["runuser", "-u", _user(data.stat().st_uid), "--"] if os.getuid() == 0 else []
    # started again as it was: the options it runs with (socket folder, port)
    words = shlex.split((data / "postmaster.opts").read_text())[1:]
    at = words.index("-D")
    options = shlex.join(words[:at] + words[at + 2 :])

    def pg_ctl_run(*args: str) -> None:
        # the server's output to its log: a pipe it kept open would never end the run
        subprocess.run(
            [*as_owner, pg_ctl, "-D", str(data), "-l", str(data.parent / "server.log"), *args],
            check=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=60,
        )

    try:
        pg_ctl_run("-m", "fast", "-w", "stop")
        stopped_at = time.monotonic()
        shown_at = wait_banner(qtbot, w, True, 3000)
        assert not w.page.set_amount(w.line_id, "planned", "1.00")
        assert "cannot be reached" in w.page.status.text()
        qtbot.wait(2000)
        assert w.banner()
    finally:
        pg_ctl_run("-o", options, "-w", "start")
    started_at = time.monotonic()
    back_at = wait_banner(qtbot, w, False, 10000)
    print(
        f"server stopped: banner after {(shown_at - stopped_at) * 1000:.0f} ms; "
        f"started: banner gone after {(back_at - started_at) * 1000:.0f} ms"
    )
    assert shown_at - stopped_at < 2.0
    assert planned_minor(pg_server, w.line_id) == 888888  # committed before: kept
    assert w.shown() == "8,888.88"
    assert w.page.set_amount(w.line_id, "planned", "9999.99")
    assert planned_minor(pg_server, w.line_id) == 999999
    assert no_dialogs == []


def _user(uid: int) -> str:
    import pwd

    return pwd.getpwuid(uid).pw_name


def test_an_address_where_no_server_answers_is_a_lost_connection(tmp_path: Path) -> None:
    """Opening an address where no server runs: a ConnectionLost, a PlannerError."""
    from planner.store import open_database as open_db

    with pytest.raises(ConnectionLost) as caught:
        open_db(f"postgresql:///x?host={tmp_path}&port=1")
    assert isinstance(caught.value, PlannerError)
    assert "cannot be reached" in caught.value.message


def test_going_through_the_pages_while_the_server_is_away_shows_no_traceback(
    qtbot: Any, window: Window, pg_server: Server, no_dialogs: list[str]
) -> None:
    """Every page shown while the server cannot be reached (their reads, in the
    window's thread or in the background, fail): no traceback; once it is back,
    each page shown reads again."""
    w = window
    win = w.win
    with server_away(pg_server):
        wait_banner(qtbot, w, True, 3000)
        for i in range(len(win.pages)):
            win.show_page(i)
            qtbot.wait(100)
        QThreadPool.globalInstance().waitForDone()
        qtbot.wait(200)
        assert no_dialogs == []  # the banner says it; no box per page
    with (
        open_database(pg_server.test_url) as other,
        journal.recorded(other, "Raise", user="Wang Fang", plan_id=1) as s,
    ):
        activities.update_budget_line(s, w.line_id, planned="1357.90")
    wait_banner(qtbot, w, False, 6000)
    for i in range(len(win.pages)):
        win.show_page(i)
        qtbot.wait(100)
    QThreadPool.globalInstance().waitForDone()
    win.show_page(win.pages.index(w.page))
    qtbot.waitUntil(lambda: w.shown() == "1,357.90", timeout=10000)
    assert no_dialogs == []

"""Undo and redo keys, and Enter moving down like a spreadsheet, under a real X
server (Xvfb, the xcb platform).

Offscreen, Qt knows no platform key bindings, so a key bound twice to one action
(Ctrl+Shift+Z and StandardKey.Redo, which is Ctrl+Shift+Z on X11) looked fine
there and did nothing on a Linux desktop: the shortcut was ambiguous.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.services.demo import create_demo

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sqlite3, sys
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from planner.services import activities as A
from planner.ui.app import make_app
from planner.ui.main_window import MainWindow

db = Path(sys.argv[1])
app = make_app(sys.argv[:1])
win = MainWindow(QSettings(sys.argv[2], QSettings.Format.IniFormat))
win.show()
assert win.open_database(db)
assert QTest.qWaitForWindowExposed(win, 20000)
win.activateWindow()
assert QTest.qWaitForWindowActive(win, 20000)  # the keys go to it
win.ctx.execute("Rename venue", lambda s: A.update_activity(s, 1, venue="Xvfb City"))

def venue():
    with sqlite3.connect(db) as con:
        return con.execute("SELECT venue FROM activity WHERE id = 1").fetchone()[0]

seen = [venue()]
ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
for key, mods in ((Qt.Key.Key_Z, ctrl), (Qt.Key.Key_Z, ctrl | shift), (Qt.Key.Key_Z, ctrl)):
    QTest.keyClick(win, key, mods)
    QTest.qWait(200)
    seen.append(venue())
print("|".join(seen))
"""


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh Xvfb; -displayfd picks a free display and writes its number once the
    server accepts clients (a fixed pause was a guess that a busy machine could beat)."""
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb (scripts/setup.sh installs it)")
    ready, told = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(told), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(told,),
    )
    os.close(told)
    try:
        number = b""
        while not number.endswith(b"\n"):
            if not select.select([ready], [], [], 30)[0]:
                pytest.fail("Xvfb did not say it was ready in 30 s")
            chunk = os.read(ready, 16)
            if not chunk:
                pytest.fail(f"Xvfb ended before it was ready (exit status {server.wait(5)})")
            number += chunk
        yield f":{int(number)}"
    finally:
        os.close(ready)
        server.terminate()
        server.wait(5)


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo_on_x11(display: str, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    create_demo(db)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db), str(tmp_path / "settings.ini")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    before = "Vientiane"
    assert done.stdout.strip().splitlines()[-1] == f"Xvfb City|{before}|Xvfb City|{before}"


ENTER_SCRIPT = r"""
import sqlite3, sys
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from planner.ui.app import make_app
from planner.ui.main_window import MainWindow
from planner.ui.pages.attendance import AttendancePage

db = Path(sys.argv[1])
app = make_app(sys.argv[:1])
win = MainWindow(QSettings(sys.argv[2], QSettings.Format.IniFormat))
win.show()
assert win.open_database(db)
assert QTest.qWaitForWindowExposed(win, 20000)
win.activateWindow()
assert QTest.qWaitForWindowActive(win, 20000)  # the keys go to it
page = win.page(AttendancePage)
win.show_page(win.pages.index(page))
page.activity.setCurrentIndex(page.activity.findData(20))  # TC-2029-03, nobody marked
QTest.qWait(200)
m, grid = page.grid_model, page.grid
grid.setFocus()
grid.setCurrentIndex(m.index(0, m.first_session_column()))
QTest.keyClick(grid, Qt.Key.Key_P)
QTest.qWait(100)
rows = [grid.currentIndex().row()]
page.tabs.setCurrentWidget(page.scores_tab)
QTest.qWait(100)
view, sm = page.scores, page.scores_model
post = sm.column_of("post_score")
view.setFocus()
view.setCurrentIndex(sm.index(0, post))
QTest.keyClicks(view, "7")
QTest.qWait(100)
editor = QApplication.focusWidget()
QTest.keyClicks(editor, "5")
QTest.keyClick(editor, Qt.Key.Key_Return)
QTest.qWait(300)
rows.append(view.currentIndex().row())
eid = sm.grid.people[0].enrolment_id
with sqlite3.connect(db) as con:
    score = con.execute("SELECT post_score FROM enrolment WHERE id = ?", (eid,)).fetchone()[0]
print(f"{rows[0]}|{rows[1]}|{score}|{m.index(0, m.first_session_column()).data()}")
"""


def test_enter_and_a_mark_move_down_on_x11(display: str, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    create_demo(db)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-c", ENTER_SCRIPT, str(db), str(tmp_path / "settings.ini")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    # the mark moved to the second person; the score 75 was saved and the cursor moved down
    assert done.stdout.strip().splitlines()[-1] == "1|1|75|P"

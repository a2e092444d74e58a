"""Child processes of bench_window.py (each timed whole by the launcher).

window_children.py reference [OUT]    bare PySide6: import Qt, paint a 20,000-row table
window_children.py planner DB [OUT]   the planner's window as ``planner.ui.app.run`` starts
                                      it: frame painted, database opened in the background,
                                      first page's data shown
window_children.py interactive DB     in-process timings on an open window, as JSON

With OUT, the child writes its milestones as JSON to OUT, in seconds since
``PLANNER_BENCH_T0`` (a ``time.time()`` the benchmark sets just before starting
the process), so that both children are timed from the same instant.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def reference() -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    class Model(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows = [
                (
                    f"A-{i:05d}",
                    f"Activity number {i}",
                    str(i % 40),
                    "2027-03-01",
                    "Nanning",
                    "delivered",
                    f"{i * 3.5:.2f}",
                    "CN",
                )
                for i in range(20_000)
            ]

        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return len(self.rows)

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 8

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

    app = QApplication(sys.argv[:1])
    view = QTableView()
    view.setModel(Model())
    view.resize(1400, 860)
    view.show()
    app.processEvents()
    view.grab()  # paint
    _milestones({"painted": _since_t0()})


def _since_t0() -> float:
    return time.time() - float(os.environ.get("PLANNER_BENCH_T0", "nan"))


def _milestones(found: dict[str, float]) -> None:
    if len(sys.argv) > 3 or (sys.argv[1] == "reference" and len(sys.argv) > 2):
        Path(sys.argv[-1]).write_text(json.dumps(found), encoding="utf-8")


def _window(db: Path | str):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from planner.ui.app import make_app
    from planner.ui.main_window import MainWindow

    app = make_app()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(1400, 860)
    window.show()
    window.open_database(db)
    app.processEvents()
    window.grab()  # paint the first page
    return app, window


def planner_window(db: Path | str) -> None:
    """The start a user sees: the frame, then the database opened in the background
    (planner.ui.first_open) while keys are answered, then the first page's data.
    A thread posts a key to the page list every 20 ms from the frame on; each key's
    delay until the window handles it is recorded."""
    import threading

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
    from PySide6.QtGui import QKeyEvent

    from planner.ui.app import make_app
    from planner.ui.main_window import MainWindow

    app = make_app()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    window.grab()  # the frame and the empty first page, before any database code
    found = {"frame": _since_t0()}

    posted: list[float] = []
    delays: list[float] = []
    first_key: list[float] = []

    class Keys(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.KeyPress and posted:
                delays.append(time.perf_counter() - posted.pop(0))
                if not first_key:
                    first_key.append(_since_t0())
                return True
            return False

    keys = Keys()
    window.nav.installEventFilter(keys)
    # Qt makes the keyboard device on the first key event: in this thread, not the poster's
    QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    stop = threading.Event()

    def post() -> None:
        while not stop.wait(0.02):
            posted.append(time.perf_counter())
            event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
            QCoreApplication.postEvent(window.nav, event)

    poster = threading.Thread(target=post, daemon=True)
    poster.start()
    window.open_database_later(db)
    while not (window.pages and window.pages[0].isVisible()):
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    window.grab()  # the first page with its data
    found["data"] = _since_t0()
    stop.set()
    poster.join()
    app.processEvents()
    found["keys"] = first_key[0] if first_key else found["data"]
    found["worst_key"] = max(delays, default=0.0)
    _milestones(found)


def interactive(db: Path | str) -> None:
    from planner.ui.models.rows import Column, RowTableModel, make_row
    from planner.ui.pages.activities import ActivitiesPage

    app, window = _window(db)
    figures: dict[str, float] = {}
    page = window.page(ActivitiesPage)
    assert isinstance(page, ActivitiesPage)
    window.show_page(window.pages.index(page))
    app.processEvents()

    def per_key(set_text, text: str) -> float:  # type: ignore[no-untyped-def]
        worst = 0.0
        for i in range(1, len(text) + 1):
            started = time.perf_counter()
            set_text(text[:i])
            app.processEvents()
            worst = max(worst, time.perf_counter() - started)
        return worst

    figures["activities_rows"] = page.model.rowCount()
    figures["activities_search_worst_key_s"] = per_key(page.search.setText, "single window")
    page.search.clear()
    started = time.perf_counter()
    page.status.setCurrentIndex(page.status.findData("delivered"))
    app.processEvents()
    figures["activities_filter_s"] = time.perf_counter() - started
    page.status.setCurrentIndex(0)

    # any list up to 100,000 rows: the same model and view with 100,000 rows
    from PySide6.QtWidgets import QTableView

    model = RowTableModel([Column("Ref"), Column("Name"), Column("Native"), Column("Adm")])
    names = ["Sok Dara សុខ តារា", "Nguyễn Thị Hương", "王小明", "สมชาย ใจดี", "ສົມສັກ"]
    model.set_rows(
        [make_row(i, [f"P{i:06d}", names[i % 5], names[(i + 2) % 5], "KH"]) for i in range(100_000)]
    )
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    figures["list100k_search_worst_key_s"] = per_key(lambda t: model.set_filter(t), "nguyễn p0123")
    started = time.perf_counter()
    for _ in range(20):
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 5000)
        app.processEvents()
        view.viewport().grab()
    figures["list100k_scroll_page_s"] = (time.perf_counter() - started) / 20

    try:
        from planner.ui.activity_editor import ActivityEditor
    except ImportError:
        figures["open_activity_s"] = float("nan")
    else:
        activity_id = page.model.row_at(0).id
        started = time.perf_counter()
        editor = ActivityEditor(window.ctx, activity_id, window)
        editor.show()
        app.processEvents()
        editor.grab()
        figures["open_activity_s"] = time.perf_counter() - started
        editor.close()
    print(json.dumps(figures))


if __name__ == "__main__":
    kind = sys.argv[1]
    # a server's address stays a string (Path would fold its "//")
    where = sys.argv[2] if len(sys.argv) > 2 and "://" in sys.argv[2] else None
    if kind == "reference":
        reference()
    elif kind == "planner":
        planner_window(where or Path(sys.argv[2]))
    else:
        interactive(where or Path(sys.argv[2]))

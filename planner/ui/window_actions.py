"""The main window's File and Reports actions: choosing a database, importing and
exporting a plan file, writing a report or the calendar in the background.

Each takes the window (its texts are the window's: ``window.tr``); the window keeps
one method per action that calls these.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from planner import APP_NAME
from planner.errors import PlannerError
from planner.i18n import writing
from planner.services import exchange
from planner.services.plan_choices import report_activities
from planner.services.workspace import transaction
from planner.ui import worker
from planner.ui.dialogs import show_error
from planner.ui.report_language import language_for

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

T = TypeVar("T")
REPORT_FOLDER = "reports/folder"  # the settings key of the last folder a report went to


# ------------------------------------------------------------------ databases
def new_database(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window,
        window.tr("New planner database"),
        str(Path.home() / "plan.sqlite"),
        window.tr("Planner databases (*.sqlite)"),
    )
    if path:
        if Path(path).exists():
            show_error(
                window,
                PlannerError(window.tr("{0} already exists; choose a new name").format(path)),
            )
            return
        if window.open_database(Path(path), create=True):
            window.new_plan()


def choose_database(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        window.tr("Open planner database"),
        str(Path.home()),
        window.tr("Planner databases (*.sqlite);;All files (*)"),
    )
    if path:
        window.open_database(Path(path))


def connect_team_database(window: MainWindow) -> None:
    """Open a planner database on a PostgreSQL server, by its address."""
    servers = [p for p in window.recent() if p.startswith(("postgresql://", "postgres://"))]
    address, ok = QInputDialog.getText(
        window,
        window.tr("Connect to a team database"),
        window.tr(
            "The database's address, for example postgresql://server/planner.\n"
            "The password comes from your PostgreSQL password file (~/.pgpass) "
            "and is never stored by the planner."
        ),
        QLineEdit.EchoMode.Normal,
        servers[0] if servers else "postgresql://",
    )
    address = address.strip()
    if not ok or not address:
        return
    if not address.startswith(("postgresql://", "postgres://")):
        QMessageBox.warning(
            window,
            window.tr("Connect to a team database"),
            window.tr("A team database's address begins with postgresql://"),
        )
        return
    window.open_database(address)


# ------------------------------------------------------------------ plan files
def import_file(window: MainWindow) -> None:
    if window.db is None:
        return
    path, _ = QFileDialog.getOpenFileName(
        window,
        window.tr("Import a plan file"),
        str(Path.home()),
        window.tr("Plan files (*.json);;All files (*)"),
    )
    if not path:
        return
    import_plan(window, Path(path), replace=False)


def import_plan(window: MainWindow, path: Path, *, replace: bool) -> None:
    """Read, check and import ``path`` in the background; a plan of the same name
    is replaced only if the user says so."""
    db = window.db
    assert db is not None

    def work(progress: worker.Progress) -> int:
        progress(0, 2, window.tr("Reading and checking the file…"))
        doc = exchange.read_document(path)
        exchange.check_document(doc)
        progress(1, 2, window.tr("Writing…"))
        with transaction(db) as s:
            return exchange.import_document(
                s, doc, replace=replace, source=path.name, user=window.user_name()
            )

    def failed(message: str, is_bug: bool) -> None:
        if "--replace" in message and not is_bug:
            if (
                QMessageBox.question(
                    window,
                    window.tr("Replace the plan?"),
                    window.tr(
                        "A plan of the same name is already in this database. Replace it with "
                        "the plan from the file? The current plan will be deleted."
                    ),
                )
                == QMessageBox.StandardButton.Yes
            ):
                import_plan(window, path, replace=True)
            return
        show_error(
            window,
            PlannerError(message) if not is_bug else RuntimeError(message),
            window.tr("Not imported"),
        )

    def imported(plan_id: int) -> None:
        window.load_plans(select_id=plan_id)

    run_in_background(window, window.tr("Importing {0}").format(path.name), work, imported, failed)


def export_file(window: MainWindow) -> None:
    ctx = window.ctx
    if ctx is None or ctx.plan_id is None:
        return
    path, _ = QFileDialog.getSaveFileName(
        window,
        window.tr("Export the plan"),
        str(Path.home() / "plan.json"),
        window.tr("Plan files (*.json)"),
    )
    if not path:
        return
    plan_id = ctx.plan_id

    def work(progress: worker.Progress) -> str:
        from planner.outputs import write_atomically

        with transaction(ctx.db) as s:
            text = exchange.dumps(exchange.export_document(s, plan_id))
        write_atomically(Path(path), text.encode("utf-8"), ctx.db.files, "json")
        return path

    def exported(written: str) -> None:
        window.statusBar().showMessage(window.tr("Exported to {0}").format(written), 8000)

    run_in_background(window, window.tr("Exporting"), work, exported)


def run_in_background(
    window: MainWindow,
    title: str,
    work: Callable[[worker.Progress], T],
    done: Callable[[T], Any],
    failed: Callable[[str, bool], Any] | None = None,
) -> None:
    """Run ``work`` in the thread pool behind a progress dialog (shown after 300 ms)
    that can cancel it; ``done`` gets its result, ``failed`` its refusal."""
    dialog = QProgressDialog(title, window.tr("Cancel"), 0, 0, window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def finish() -> None:
        dialog.reset()
        window._task = None

    def finished(result: T) -> None:
        finish()
        done(result)

    def show_failure(message: str, is_bug: bool) -> None:
        finish()
        if failed is not None:
            failed(message, is_bug)
        else:
            show_error(window, RuntimeError(message) if is_bug else PlannerError(message))

    def show_progress(done_: int, total: int, text: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done_)
        dialog.setLabelText(text)

    task = worker.start(
        work,
        finished=finished,
        failed=show_failure,
        cancelled=finish,
        progress=show_progress,
    )
    window._task = task
    dialog.canceled.connect(task.cancel)


# ------------------------------------------------------------------ reports
def open_activity(window: MainWindow) -> int | None:
    """The activity open on the page shown (``Page.report_activity()``), if any."""
    ask = getattr(window.stack.currentWidget(), "report_activity", None)
    found = ask() if callable(ask) else None
    return found if isinstance(found, int) else None


def choose_activity(window: MainWindow, delivered_only: bool) -> str | None:
    """The code of the activity a report is about, asked from the user; the list
    starts on the activity open on the page."""
    ctx = window.ctx
    assert ctx is not None
    plan_id = ctx.plan_id
    rows = [
        a
        for a in ctx.read(lambda s: report_activities(s, plan_id))
        if a.status == "delivered" or not delivered_only
    ]
    items = [f"{a.code} — {a.title}" for a in rows]
    if not items:
        QMessageBox.information(window, APP_NAME, window.tr("No activity fits this report yet."))
        return None
    here = open_activity(window)
    start = next((i for i, a in enumerate(rows) if a.id == here), 0)
    item, ok = QInputDialog.getItem(
        window, window.tr("Which activity?"), window.tr("Activity:"), items, start, False
    )
    return item.split(" — ", 1)[0] if ok and item else None


def report_folder(window: MainWindow) -> Path:
    """Where the last report was saved (the home folder at first)."""
    folder = Path(str(window.settings.value(REPORT_FOLDER, "") or Path.home()))
    return folder if folder.is_dir() else Path.home()


def write_report(
    window: MainWindow, kind: str, fmt: str, path: str | None, activity: str | None
) -> None:
    """Ask where, then write the report in the background with progress."""
    from planner.reports.registry import NEEDS_ACTIVITY, renderer

    ctx = window.ctx
    if ctx is None or ctx.plan_id is None:
        return
    if kind in NEEDS_ACTIVITY and activity is None:
        activity = choose_activity(window, delivered_only=kind == "certificates")
        if activity is None:
            return
    if path is None:
        suggested = report_folder(window) / f"{kind}{'-' + activity if activity else ''}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(
            window, window.tr("Save the report"), str(suggested), f"*.{fmt}"
        )
        if not path:
            return
        window.settings.setValue(REPORT_FOLDER, str(Path(path).parent))
    plan_id, target = ctx.plan_id, Path(path)
    # Reports ▸ Report language; on the worker's thread only, the window keeps its own
    language = language_for(window.settings, kind, fmt)

    def work(progress: worker.Progress) -> str:
        from planner.outputs import write_atomically

        progress(0, 2, window.tr("Gathering the figures…"))
        render = renderer(kind, fmt)
        if kind == "certificates":  # printing issues them into the register: undoable
            with ctx.recorded(issued) as s, writing(language):
                data = render(s, plan_id, activity=activity)
            change_ids.append(s.info.get("change_id"))
        else:
            with transaction(ctx.db) as s, writing(language):
                data = render(s, plan_id, activity=activity)
        progress(1, 2, window.tr("Writing {0}…").format(target.name))
        write_atomically(target, data, ctx.db.files, fmt)
        return str(target)

    issued = window.tr("Issue the certificates of {0}").format(activity)
    change_ids: list[int | None] = []

    def written(where: str) -> None:
        if change_ids:
            ctx.push_recorded(issued, change_ids[0], ("activities",))
        window.statusBar().showMessage(window.tr("Report written to {0}").format(where), 10000)

    run_in_background(window, window.tr("Writing the report"), work, written)


def write_calendar(window: MainWindow) -> None:
    ctx = window.ctx
    if ctx is None or ctx.plan_id is None:
        return
    path, _ = QFileDialog.getSaveFileName(
        window, window.tr("Save the calendar"), str(report_folder(window) / "sessions.ics"), "*.ics"
    )
    if not path:
        return
    window.settings.setValue(REPORT_FOLDER, str(Path(path).parent))
    plan_id = ctx.plan_id

    def work(progress: worker.Progress) -> str:
        from planner.outputs import write_atomically
        from planner.services.calendar import calendar_bytes

        with transaction(ctx.db) as s:
            data = calendar_bytes(s, plan_id)
        write_atomically(Path(path), data, ctx.db.files, "ics")
        return path

    def written(where: str) -> None:
        window.statusBar().showMessage(window.tr("Calendar written to {0}").format(where), 10000)

    run_in_background(window, window.tr("Writing the calendar"), work, written)

"""The main window: menus, the page list on the left, one page at a time."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QStringListModel, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QToolBar,
)

from planner import APP_NAME
from planner.errors import PlannerError
from planner.services import exchange, plans
from planner.store import Database, open_database, unit_of_work
from planner.ui import worker
from planner.ui.context import ALL, AppContext
from planner.ui.dialogs import NewPlanDialog, plain, show_error
from planner.ui.pages import Page

log = logging.getLogger(__name__)
MAX_RECENT = 8


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.db: Database | None = None
        self.ctx: AppContext | None = None
        self.pages: list[Page] = []
        self._task: worker.Task | None = None
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(900, 600)

        self.nav_model = QStringListModel(self)
        self.nav = QListView()
        self.nav.setModel(self.nav_model)
        self.nav.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.nav.setMaximumWidth(240)
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("No database is open. Use File ▸ New database or Open."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1100])
        self.setCentralWidget(self.splitter)
        self.nav.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.show_page(current.row())
        )
        self.plan_box = QComboBox()
        self.plan_box.setMinimumContentsLength(30)
        self.plan_box.activated.connect(self._plan_chosen)
        self._build_menus()
        self._restore_layout()

    # ------------------------------------------------------------ menus
    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(
            self._action(self.tr("&New database…"), self.new_database, QKeySequence.StandardKey.New)
        )
        file.addAction(
            self._action(
                self.tr("&Open database…"), self.choose_database, QKeySequence.StandardKey.Open
            )
        )
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        self.new_plan_action = self._action(self.tr("New &plan…"), self.new_plan)
        file.addAction(self.new_plan_action)
        self.import_action = self._action(self.tr("&Import plan file…"), self.import_file, "Ctrl+I")
        self.export_action = self._action(self.tr("&Export plan file…"), self.export_file, "Ctrl+E")
        file.addAction(self.import_action)
        file.addAction(self.export_action)
        file.addSeparator()
        file.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.reports_menu = bar.addMenu(self.tr("&Reports"))
        for text, kind, fmt in (
            (self.tr("Budget (PDF)…"), "budget", "pdf"),
            (self.tr("Budget (Excel)…"), "budget", "xlsx"),
            (self.tr("Cost-effectiveness (PDF)…"), "cost-effectiveness", "pdf"),
            (self.tr("Cost-effectiveness (Excel)…"), "cost-effectiveness", "xlsx"),
            (self.tr("Action plan (PDF)…"), "plan", "pdf"),
            (self.tr("Attendance (PDF)…"), "attendance", "pdf"),
            (self.tr("Attendance (Excel)…"), "attendance", "xlsx"),
            (self.tr("Sign-in sheets (PDF)…"), "sign-in", "pdf"),
            (self.tr("Certificates (PDF)…"), "certificates", "pdf"),
            (self.tr("Figures as CSV…"), "cost-effectiveness", "csv"),
        ):
            self.reports_menu.addAction(
                self._action(text, lambda _=False, k=kind, f=fmt: self.write_report(k, f))
            )
        self.reports_menu.addSeparator()
        self.reports_menu.addAction(
            self._action(self.tr("Calendar of sessions (.ics)…"), self.write_calendar)
        )
        self.reports_menu.setEnabled(False)
        toolbar = QToolBar(self.tr("Plan"))
        toolbar.setObjectName("planToolbar")
        toolbar.addWidget(QLabel(self.tr("Plan: ")))
        toolbar.addWidget(self.plan_box)
        self.addToolBar(toolbar)
        self._enable_plan_actions(False)

    def _enable_plan_actions(self, on: bool) -> None:
        for action in (self.new_plan_action, self.import_action):
            action.setEnabled(self.db is not None)
        self.export_action.setEnabled(on)
        self.reports_menu.setEnabled(on)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent():
            self.recent_menu.addAction(path, lambda p=path: self.open_database(Path(p)))
        if not self.recent():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def recent(self) -> list[str]:
        value = self.settings.value("recent_databases", [])
        return [str(v) for v in (value if isinstance(value, list) else [value]) if v]

    # ------------------------------------------------------------ layout memory
    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        for page in self.pages:
            save = getattr(page, "save_state", None)
            if save is not None:
                save(self.settings)
        self.close_database()
        super().closeEvent(event)

    # ------------------------------------------------------------ databases
    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New planner database"),
            str(Path.home() / "plan.sqlite"),
            self.tr("Planner databases (*.sqlite)"),
        )
        if path:
            if Path(path).exists():
                show_error(
                    self,
                    PlannerError(self.tr("{0} already exists; choose a new name").format(path)),
                )
                return
            if self.open_database(Path(path), create=True):
                self.new_plan()

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open planner database"),
            str(Path.home()),
            self.tr("Planner databases (*.sqlite);;All files (*)"),
        )
        if path:
            self.open_database(Path(path))

    def open_database(self, path: Path, *, create: bool = False) -> bool:
        try:
            db = open_database(path, create=create)
        except PlannerError as e:
            show_error(self, e, self.tr("Cannot open the database"))
            return False
        self.close_database()
        self.db = db
        self.settings.setValue("last_database", str(path))
        recent = [str(path)] + [p for p in self.recent() if p != str(path)]
        self.settings.setValue("recent_databases", recent[:MAX_RECENT])
        self.setWindowTitle(f"{path.name} — {APP_NAME}")
        if db.backup_path is not None:
            self.statusBar().showMessage(
                self.tr("Upgraded; the old file was kept as {0}").format(db.backup_path)
            )
        self.load_plans()
        return True

    def close_database(self) -> None:
        for page in self.pages:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = []
        self.nav_model.setStringList([])
        self.go_menu.clear()
        self.edit_menu.clear()
        if self.ctx is not None:
            self.ctx.deleteLater()
            self.ctx = None
        if self.db is not None:
            self.db.close()
            self.db = None
        self.plan_box.clear()
        self.stack.setCurrentWidget(self.empty)
        self._enable_plan_actions(False)

    def load_plans(self, select_id: int | None = None) -> None:
        assert self.db is not None
        with unit_of_work(self.db) as s:
            found = [(p.id, p.name) for p in plans.list_plans(s)]
        self.plan_box.clear()
        for pid, name in found:
            self.plan_box.addItem(name, pid)
        if not found:
            self.empty.setText(
                self.tr(
                    "This database holds no plan yet. Use File ▸ New plan "
                    "or File ▸ Import plan file."
                )
            )
            self.stack.setCurrentWidget(self.empty)
            self._enable_plan_actions(False)
            return
        last = select_id if select_id is not None else self.settings.value("last_plan")
        index = max(0, self.plan_box.findData(int(last))) if last is not None else 0
        self.plan_box.setCurrentIndex(index)
        self._plan_chosen(index)

    def _plan_chosen(self, index: int) -> None:
        plan_id = self.plan_box.itemData(index)
        if plan_id is None or self.db is None:
            return
        self.settings.setValue("last_plan", plan_id)
        self._build_pages(int(plan_id))

    def _build_pages(self, plan_id: int) -> None:
        from planner.ui.pages.registry import make_pages

        assert self.db is not None
        current = self.nav.currentIndex().row()
        for page in self.pages:
            self.stack.removeWidget(page)
            page.deleteLater()
        if self.ctx is not None:
            self.ctx.deleteLater()
        self.ctx = AppContext(self.db, plan_id, self)
        self.ctx.failed.connect(lambda text: QMessageBox.warning(self, APP_NAME, plain(text)))
        self.edit_menu.clear()
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.addAction(undo)
        self.addAction(redo)
        self.pages = make_pages(self.ctx, self)
        for page in self.pages:
            restore = getattr(page, "restore_state", None)
            if restore is not None:
                restore(self.settings)
        self.go_menu.clear()
        for i, page in enumerate(self.pages):
            self.stack.addWidget(page)
            action = self._action(
                page.title(),
                lambda _=False, n=i: self.show_page(n),
                f"Ctrl+{i + 1}" if i < 9 else None,
            )
            self.go_menu.addAction(action)
        self.nav_model.setStringList([p.title() for p in self.pages])
        self._enable_plan_actions(True)
        self.show_page(current if 0 <= current < len(self.pages) else 0)

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        self.stack.setCurrentWidget(self.pages[index])
        if self.nav.currentIndex().row() != index:
            self.nav.setCurrentIndex(self.nav_model.index(index))
        self.pages[index].setFocus()

    def page(self, kind: type[Page]) -> Page | None:
        return next((p for p in self.pages if isinstance(p, kind)), None)

    # ------------------------------------------------------------ plans
    def new_plan(self) -> None:
        if self.db is None:
            return
        db = self.db

        def create(**fields: object) -> int:
            with unit_of_work(db) as s:
                plan = plans.create_plan(s, **fields)
                assert plan.id is not None
                return plan.id

        dialog = NewPlanDialog(self, create)
        if dialog.exec() and dialog.plan_id is not None:
            self.load_plans(select_id=dialog.plan_id)

    def import_file(self) -> None:
        if self.db is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a plan file"),
            str(Path.home()),
            self.tr("Plan files (*.json);;All files (*)"),
        )
        if not path:
            return
        self._import(Path(path), replace=False)

    def _import(self, path: Path, *, replace: bool) -> None:
        db = self.db
        assert db is not None

        def work(progress: worker.Progress) -> int:
            progress(0, 2, self.tr("Reading and checking the file…"))
            doc = exchange.read_document(path)
            exchange.check_document(doc)
            progress(1, 2, self.tr("Writing…"))
            with unit_of_work(db) as s:
                return exchange.import_document(s, doc, replace=replace)

        def failed(message: str, is_bug: bool) -> None:
            if "--replace" in message and not is_bug:
                if (
                    QMessageBox.question(
                        self,
                        self.tr("Replace the plan?"),
                        self.tr(
                            "A plan of the same name is already in this database. Replace it with "
                            "the plan from the file? The current plan will be deleted."
                        ),
                    )
                    == QMessageBox.StandardButton.Yes
                ):
                    self._import(path, replace=True)
                return
            show_error(
                self,
                PlannerError(message) if not is_bug else RuntimeError(message),
                self.tr("Not imported"),
            )

        self._run_in_background(
            self.tr("Importing {0}").format(path.name),
            work,
            lambda plan_id: self.load_plans(select_id=plan_id),
            failed,
        )

    def export_file(self) -> None:
        if self.ctx is None or self.ctx.plan_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the plan"),
            str(Path.home() / "plan.json"),
            self.tr("Plan files (*.json)"),
        )
        if not path:
            return
        ctx = self.ctx

        def work(progress: worker.Progress) -> str:
            from planner.outputs import write_atomically

            with unit_of_work(ctx.db) as s:
                text = exchange.dumps(exchange.export_document(s, ctx.plan_id))  # type: ignore[arg-type]
            write_atomically(Path(path), text.encode("utf-8"), [ctx.db.path], "json")
            return path

        self._run_in_background(
            self.tr("Exporting"),
            work,
            lambda p: self.statusBar().showMessage(self.tr("Exported to {0}").format(p), 8000),
        )

    def _run_in_background(
        self, title: str, work: object, done: object, failed: object = None
    ) -> None:
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def finish() -> None:
            dialog.reset()
            self._task = None

        def show_failure(message: str, is_bug: bool) -> None:
            finish()
            if failed is not None:
                failed(message, is_bug)  # type: ignore[operator]
            else:
                show_error(self, RuntimeError(message) if is_bug else PlannerError(message))

        def show_progress(done_: int, total: int, text: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done_)
            dialog.setLabelText(text)

        task = worker.start(
            work,  # type: ignore[arg-type]
            finished=lambda r: (finish(), done(r)),  # type: ignore[operator]
            failed=show_failure,
            cancelled=finish,
            progress=show_progress,
        )
        self._task = task
        dialog.canceled.connect(task.cancel)

    # ------------------------------------------------------------ reports
    def _choose_activity(self, delivered_only: bool) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        assert self.ctx is not None
        plan_id = self.ctx.plan_id
        rows = self.ctx.read(
            lambda s: (
                s.connection()
                .exec_driver_sql(
                    "SELECT code, title, status FROM activity WHERE plan_id = ? "
                    "ORDER BY start_date, code",
                    (plan_id,),
                )
                .all()
            )
        )
        items = [f"{c} — {t}" for c, t, st in rows if st == "delivered" or not delivered_only]
        if not items:
            QMessageBox.information(self, APP_NAME, self.tr("No activity fits this report yet."))
            return None
        item, ok = QInputDialog.getItem(
            self, self.tr("Which activity?"), self.tr("Activity:"), items, 0, False
        )
        return item.split(" — ", 1)[0] if ok and item else None

    def write_report(
        self, kind: str, fmt: str, path: str | None = None, activity: str | None = None
    ) -> None:
        """Ask where, then write the report in the background with progress."""
        from planner.reports.registry import NEEDS_ACTIVITY, renderer

        if self.ctx is None or self.ctx.plan_id is None:
            return
        if kind in NEEDS_ACTIVITY and activity is None:
            activity = self._choose_activity(delivered_only=kind == "certificates")
            if activity is None:
                return
        if path is None:
            suggested = Path.home() / f"{kind}{'-' + activity if activity else ''}.{fmt}"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the report"), str(suggested), f"*.{fmt}"
            )
            if not path:
                return
        ctx, plan_id, target = self.ctx, self.ctx.plan_id, Path(path)

        def work(progress: worker.Progress) -> str:
            from planner.outputs import write_atomically

            progress(0, 2, self.tr("Gathering the figures…"))
            render = renderer(kind, fmt)
            with unit_of_work(ctx.db) as s:
                data = render(s, plan_id, activity=activity)
            progress(1, 2, self.tr("Writing {0}…").format(target.name))
            write_atomically(target, data, [ctx.db.path], fmt)
            return str(target)

        self._run_in_background(
            self.tr("Writing the report"),
            work,
            lambda p: self.statusBar().showMessage(
                self.tr("Report written to {0}").format(p), 10000
            ),
        )

    def write_calendar(self) -> None:
        if self.ctx is None or self.ctx.plan_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the calendar"), str(Path.home() / "sessions.ics"), "*.ics"
        )
        if not path:
            return
        ctx, plan_id = self.ctx, self.ctx.plan_id

        def work(progress: worker.Progress) -> str:
            from planner.outputs import write_atomically
            from planner.services.calendar import calendar_bytes

            with unit_of_work(ctx.db) as s:
                data = calendar_bytes(s, plan_id)
            write_atomically(Path(path), data, [ctx.db.path], "ics")
            return path

        self._run_in_background(
            self.tr("Writing the calendar"),
            work,
            lambda p: self.statusBar().showMessage(
                self.tr("Calendar written to {0}").format(p), 10000
            ),
        )

    def refresh_all(self) -> None:
        if self.ctx is not None:
            self.ctx.notify(ALL)

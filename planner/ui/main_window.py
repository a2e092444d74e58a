"""The main window: menus, the page list on the left, one page at a time.

Its File and Reports actions (databases, plan files, reports, the calendar) are in
planner.ui.window_actions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QStringListModel, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME
from planner.addresses import location, remembered, short_name
from planner.errors import PlannerError
from planner.ui import user_name, worker
from planner.ui.dialogs import NewPlanDialog, plain, show_error
from planner.ui.language import language_menu
from planner.ui.pages import Page
from planner.ui.report_language import report_language_menu
from planner.ui.widgets import banner_label, redo_keys

if TYPE_CHECKING:
    # The database side (SQLAlchemy, SQLModel: most of the start-up) is imported when
    # a database is opened, so the window's frame is painted first.
    from planner.services.workspace import Workspace
    from planner.ui.context import AppContext
    from planner.ui.live import LiveRefresh

log = logging.getLogger(__name__)
MAX_RECENT = 8
Shortcut = QKeySequence | QKeySequence.StandardKey | str


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.db: Workspace | None = None
        self.ctx: AppContext | None = None
        self.live: LiveRefresh | None = None
        self.pages: list[Page] = []
        self._task: worker.Task | None = None
        self._opening: worker.Task | None = None  # a database opening in the background
        self._first: tuple[int, Any] | None = None  # (plan id, its first page's data)
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
        # on a server, one line under the toolbar: who is signed in and what they may do
        self.role_banner = banner_label(
            "roleBanner",
            "background: #fff4d6; color: #5a3d00; padding: 4px 8px;"
            "border-bottom: 1px solid #e0c68a;",
        )
        # on a server, while the connection is lost (planner.ui.live): what it means
        self.connection_banner = banner_label(
            "connectionBanner",
            "background: #fde2e1; color: #7a1712; padding: 4px 8px; font-weight: bold;"
            "border-bottom: 1px solid #e8a6a2;",
        )
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.connection_banner)
        column.addWidget(self.role_banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
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
        self, text: str, slot: Callable[..., object], shortcut: Shortcut | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file = bar.addMenu(self.tr("&File"))
        file.addAction(
            self._action(self.tr("&New database…"), self.new_database, QKeySequence.StandardKey.New)
        )
        file.addAction(
            self._action(
                self.tr("&Open database…"), self.choose_database, QKeySequence.StandardKey.Open
            )
        )
        file.addAction(
            self._action(self.tr("Connect to a &team database…"), self.connect_team_database)
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
        bar.addMenu(self.tr("&View")).addMenu(language_menu(self, self.settings))
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
            (self.tr("Results (PDF)…"), "results", "pdf"),
            (self.tr("Results (Excel)…"), "results", "xlsx"),
            (self.tr("Figures as CSV…"), "cost-effectiveness", "csv"),
        ):
            action = self._action(text, lambda _=False, k=kind, f=fmt: self.write_report(k, f))
            self.reports_menu.addAction(action)
            if kind == "certificates":  # printing issues them: the trainer's (roles)
                self.certificates_action = action
        self.reports_menu.addSeparator()
        self.reports_menu.addAction(
            self._action(self.tr("Calendar of sessions (.ics)…"), self.write_calendar)
        )
        self.reports_menu.addSeparator()
        self.reports_menu.addMenu(report_language_menu(self, self.settings))
        self.reports_menu.setEnabled(False)
        toolbar = QToolBar(self.tr("Plan"))
        toolbar.setObjectName("planToolbar")
        toolbar.addWidget(QLabel(self.tr("Plan: ")))
        toolbar.addWidget(self.plan_box)
        self.addToolBar(toolbar)
        self._enable_plan_actions(False)

    def _enable_plan_actions(self, on: bool) -> None:
        from planner.ui.roles import import_refusal, refusal

        # on a server, what the role may not do is greyed with the reason (roles)
        mine = self.ctx.permissions if on and self.ctx is not None else None
        planning = refusal(mine, "plan")  # a new plan is the planner's
        # a plan file holds every role's part of a plan: only the owner imports one
        importing = import_refusal(mine)
        for action, why in ((self.new_plan_action, planning), (self.import_action, importing)):
            action.setEnabled(self.db is not None and not why)
            action.setToolTip(why)
        self.file_menu.setToolTipsVisible(bool(planning or importing))
        self.export_action.setEnabled(on)
        self.reports_menu.setEnabled(on)
        issuing = refusal(mine, "attendance")  # printing certificates issues them
        self.certificates_action.setEnabled(not issuing)
        self.certificates_action.setToolTip(issuing)
        self.reports_menu.setToolTipsVisible(bool(issuing))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent():
            self.recent_menu.addAction(path, self._opener(location(path)))
        if not self.recent():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _opener(self, path: Path | str) -> Callable[[], bool]:
        return lambda: self.open_database(path)

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
        self._opening = None  # a database still opening is closed when it arrives
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
        from planner.ui import window_actions

        window_actions.new_database(self)

    def choose_database(self) -> None:
        from planner.ui import window_actions

        window_actions.choose_database(self)

    def connect_team_database(self) -> None:
        from planner.ui import window_actions

        window_actions.connect_team_database(self)

    def open_database(self, path: Path | str, *, create: bool = False) -> bool:
        from planner.services.workspace import open_workspace

        try:
            db = open_workspace(path, create=create)
        except PlannerError as e:
            show_error(self, e, self.tr("Cannot open the database"))
            return False
        self._opened(db, path)
        return True

    def open_database_later(self, path: Path | str, *, create: bool = False) -> None:
        """Open ``path`` in the background: the window is painted and answers keys
        while the database side is imported, the file opened and checked, and the
        first page's data read (planner.ui.first_open)."""
        from planner.ui.first_open import open_first_later

        waiting = self.tr("Opening {0}…").format(short_name(path))
        open_first_later(self, path, create, waiting, self.tr("Cannot open the database"))

    def _opened(
        self, db: Workspace, path: Path | str, plans: Sequence[tuple[int, str]] | None = None
    ) -> None:
        self.close_database()
        self.db = db
        kept = remembered(path)  # a server's address without its password
        self.settings.setValue("last_database", kept)
        recent = [kept] + [p for p in self.recent() if p != kept]
        self.settings.setValue("recent_databases", recent[:MAX_RECENT])
        self.setWindowTitle(f"{short_name(path)} — {APP_NAME}")
        if db.backup_path is not None:
            self.statusBar().showMessage(
                self.tr("Upgraded; the old file was kept as {0}").format(db.backup_path)
            )
        self.load_plans(plans=plans)

    def close_database(self) -> None:
        for page in self.pages:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = []
        self.nav_model.setStringList([])
        self.go_menu.clear()
        self.edit_menu.clear()
        if self.live is not None:
            self.live.stop()  # before the database closes
            self.live = None
        if self.ctx is not None:
            self.ctx.deleteLater()
            self.ctx = None
        self.role_banner.hide()
        self.connection_banner.hide()
        if self.db is not None:
            self.db.close()
            self.db = None
        self.plan_box.clear()
        self.stack.setCurrentWidget(self.empty)
        self._enable_plan_actions(False)

    def load_plans(
        self, select_id: int | None = None, plans: Sequence[tuple[int, str]] | None = None
    ) -> None:
        """Fill the plan list (from ``plans`` when they were read already) and show
        the chosen plan."""
        assert self.db is not None
        if plans is None:
            from planner.services.plan_choices import plan_choices
            from planner.services.workspace import transaction

            with transaction(self.db) as s:
                plans = plan_choices(s)
        found = list(plans)
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
        from planner.ui.context import AppContext
        from planner.ui.pages.registry import make_pages

        assert self.db is not None
        current = self.nav.currentIndex().row()
        for page in self.pages:
            self.stack.removeWidget(page)
            page.deleteLater()
        if self.live is not None:
            self.live.stop()  # before the database closes
            self.live = None
        if self.ctx is not None:
            self.ctx.deleteLater()
        self.ctx = AppContext(self.db, plan_id, self, user=self.user_name())
        from planner.ui.roles import banner

        self.role_banner.setText(banner(self.ctx.permissions))
        self.role_banner.setVisible(bool(self.role_banner.text()))
        # others' edits appear by themselves
        from planner.ui.live import LiveRefresh

        self.live = LiveRefresh(self.ctx, self.stack.currentWidget, self.ctx)
        self.connection_banner.hide()
        self.live.lost_changed.connect(self._connection_lost)
        self.ctx.failed.connect(lambda text: QMessageBox.warning(self, APP_NAME, plain(text)))
        self.edit_menu.clear()
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(redo_keys())
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.addAction(undo)
        self.addAction(redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(
            self._action(self.tr("&History of the plan…"), self.show_history, "Ctrl+H")
        )
        if not self.db.is_server:  # on a server the journal records the login
            self.edit_menu.addAction(self._action(self.tr("Your &name…"), self.ask_user_name))
        self.pages = make_pages(self.ctx, self)
        first, self._first = self._first, None
        prefetch = getattr(self.pages[0], "prefetch", None) if self.pages else None
        if first is not None and first[0] == plan_id and prefetch is not None:
            prefetch(first[1])  # its data, read while the window was opening
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

    def _connection_lost(self, lost: bool) -> None:
        """Show or hide the banner saying the server's connection is lost."""
        self.connection_banner.setText(
            self.tr(
                "The connection to the server was lost: reconnecting… Your saved changes "
                "are safe; edits may be refused until it is back."
            )
        )
        self.connection_banner.setVisible(lost)

    # ------------------------------------------------------------ history
    def user_name(self) -> str:
        """The name the journal records for this user's edits."""
        return user_name.recorded_name(self)

    def ask_user_name(self) -> None:
        user_name.ask(self)

    def show_history(self) -> None:
        from planner.services.history import Filter
        from planner.ui.history_dialog import HistoryDialog

        if self.ctx is None or self.ctx.plan_id is None:
            return
        title = self.windowTitle().split(" — ")[0]
        HistoryDialog(self.ctx.db, Filter(plan_id=self.ctx.plan_id), title, self).exec()

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
        from planner.services.plan_choices import create_plan
        from planner.services.workspace import transaction

        def create(**fields: object) -> int:
            with transaction(db) as s:
                return create_plan(s, **fields)

        dialog = NewPlanDialog(self, create)
        if dialog.exec() and dialog.plan_id is not None:
            self.load_plans(select_id=dialog.plan_id)

    def import_file(self) -> None:
        from planner.ui import window_actions

        window_actions.import_file(self)

    def export_file(self) -> None:
        from planner.ui import window_actions

        window_actions.export_file(self)

    # ------------------------------------------------------------ reports
    def write_report(
        self, kind: str, fmt: str, path: str | None = None, activity: str | None = None
    ) -> None:
        """Ask where, then write the report in the background with progress."""
        from planner.ui import window_actions

        window_actions.write_report(self, kind, fmt, path, activity)

    def write_calendar(self) -> None:
        from planner.ui import window_actions

        window_actions.write_calendar(self)

    def refresh_all(self) -> None:
        from planner.ui.context import ALL

        if self.ctx is not None:
            self.ctx.notify(ALL)

"""All activities of the plan: search as you type, filters, sorting, bulk status."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.models import Kind, Status
from planner.services import activities as A
from planner.services.activity_list import activity_list
from planner.services.workspace import Transaction
from planner.ui.context import ACTIVITIES, BUDGET, PLAN, REFERENCE, SESSIONS, AppContext
from planner.ui.dialogs import confirm, show_error
from planner.ui.fit import ElidedComboBox
from planner.ui.models.rows import Column, Row, RowTableModel, select_ids
from planner.ui.pages import Page
from planner.ui.pages.activities_table import activities_view, activity_row
from planner.ui.roles import refusal, restrict
from planner.ui.sheet import FirstMatchKeys
from planner.ui.texts import kind_text, status_text


class ActivitiesPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = RowTableModel(
            [
                Column(self.tr("Code")),
                Column(self.tr("Kind")),
                Column(self.tr("Title")),
                Column(self.tr("Theme")),
                Column(self.tr("Status")),
                Column(self.tr("Start")),
                Column(self.tr("End")),
                Column(self.tr("Venue")),
                Column(self.tr("Seats"), True),
                Column(self.tr("Planned"), True),
                Column(self.tr("Actual"), True),
            ],
            self,
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code, title, venue, theme…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        FirstMatchKeys(self.search, self.first_match)
        self.year = ElidedComboBox()
        self.theme = ElidedComboBox()
        self.kind = ElidedComboBox()
        self.status = ElidedComboBox()
        self.admin = ElidedComboBox()
        for box in (self.year, self.theme, self.kind, self.status, self.admin):
            box.currentIndexChanged.connect(self.apply_filter)
        self.kind.addItem(self.tr("All kinds"), None)
        for k in Kind:
            self.kind.addItem(kind_text(k), k.value)
        self.status.addItem(self.tr("All statuses"), None)
        for st in Status:
            self.status.addItem(status_text(st), st.value)
        self.kind.fit_to_first()
        self.status.fit_to_first()

        self.table = activities_view(self.model)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        new = QPushButton(self.tr("&New activity…"))
        new.clicked.connect(self.new_activity)
        self.bulk = QPushButton(self.tr("Set &status"))
        self.bulk.setMenu(self._status_menu())
        self._add_shortcuts()
        # a role that may not change activities sees them, greyed buttons say why
        self.refused = refusal(ctx.permissions, "plan")
        restrict(self.refused, new, self.bulk)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for box in (self.year, self.theme, self.kind, self.status, self.admin):
            filters.addWidget(box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.bulk)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)

    def title(self) -> str:
        return self.tr("Activities")

    def watches(self) -> frozenset[str]:
        return frozenset({PLAN, REFERENCE, ACTIVITIES, BUDGET, SESSIONS})

    # ------------------------------------------------------------ data
    def refresh(self) -> None:
        plan_id = self.ctx.plan_id
        assert plan_id is not None
        selected = self.selected_ids()
        found = self.ctx.read(lambda s: activity_list(s, plan_id))
        first = found.start_year
        self._fill(
            self.year,
            self.tr("All years"),
            [(str(y), y) for y in range(first, first + found.years)],
        )
        self._fill(
            self.theme,
            self.tr("All themes"),
            [(f"{t.code} — {t.name}", t.code) for t in found.themes],
        )
        self._fill(
            self.admin,
            self.tr("All administrations"),
            [(f"{a.code} — {a.name}", a.code) for a in found.administrations],
        )
        self.model.set_rows([activity_row(r) for r in found.rows])
        self.apply_filter()
        self.select_ids(selected)

    def _fill(self, box: ElidedComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for text, data in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)
        box.fit_to_first()

    def apply_filter(self) -> None:
        year, theme = self.year.currentData(), self.theme.currentData()
        kind, status, admin = (
            self.kind.currentData(),
            self.status.currentData(),
            self.admin.currentData(),
        )
        tests: list[Callable[[Row], bool]] = []
        if year is not None:
            tests.append(lambda r: r.data["year"] == year)
        if theme is not None:
            tests.append(lambda r: r.data["theme"] == theme)
        if kind is not None:
            tests.append(lambda r: r.data["kind"] == kind)
        if status is not None:
            tests.append(lambda r: r.data["status"] == status)
        if admin is not None:
            tests.append(lambda r: admin in r.data["admins"])
        predicate = (lambda r: all(t(r) for t in tests)) if tests else None
        self.model.set_filter(self.search.text(), predicate)

    # ------------------------------------------------------------ selection
    def first_match(self) -> None:
        """Enter or Down in the search: the first activity shown, ready to open."""
        if self.model.rowCount() == 0:
            return
        self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.selectRow(0)
        self.table.setFocus()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def report_activity(self) -> int | None:
        """The activity a report starts on: the current row's."""
        here = self.table.currentIndex()
        return self.model.row_at(here.row()).id if here.isValid() else None

    def select_ids(self, ids: list[int]) -> None:
        select_ids(self.table, self.model, ids)

    # ------------------------------------------------------------ actions
    def _add_shortcuts(self) -> None:
        for keys, slot in (
            ((QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)), self.open_current),
            ((QKeySequence(QKeySequence.StandardKey.Delete),), self.delete_selected),
            ((QKeySequence("Ctrl+F"),), self.search.setFocus),
            ((QKeySequence("Ctrl+Shift+N"), QKeySequence(Qt.Key.Key_Insert)), self.new_activity),
        ):
            action = QAction(self)
            action.setShortcuts(list(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _status_menu(self) -> QMenu:
        menu = QMenu(self)
        for st in Status:
            menu.addAction(status_text(st), self._status_setter(st.value))
        return menu

    def _status_setter(self, status: str) -> Callable[[], None]:
        return lambda: self.set_status(status)

    def _context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.open_current)
        status = menu.addMenu(self._status_menu())
        status.setText(self.tr("Set status"))
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete…"), self.delete_selected)
        for action in (status, delete):
            action.setEnabled(not self.refused)
            action.setToolTip(self.refused)
        menu.setToolTipsVisible(bool(self.refused))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_activity(self.model.row_at(index.row()).id)

    def open_activity(self, activity_id: int | None) -> None:
        from planner.ui.activity_editor import ActivityEditor

        editor = ActivityEditor(self.ctx, activity_id, self)
        editor.exec()
        chosen = editor.activity_id
        editor.deleteLater()
        if chosen is not None:
            self.select_ids([chosen])

    def new_activity(self) -> None:
        if not self.refused:
            self.open_activity(None)

    def set_status(self, status: str) -> None:
        ids = self.selected_ids()
        if not ids or self.refused:
            return

        def do(s: Transaction) -> None:
            for i in ids:
                A.update_activity(s, i, status=status)

        try:
            self.ctx.execute(
                self.tr("Set status of %n activity(ies) to {0}", "", len(ids)).format(
                    status_text(status)
                ),
                do,
                {ACTIVITIES},
            )
        except Exception as e:
            show_error(self, e)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.refused:
            return
        codes = [self.model.row_at(self.model.view_row_of(i) or 0).display[0] for i in ids]
        if not confirm(
            self,
            self.tr("Delete activities"),
            self.tr(
                "Delete {0} activities ({1}) with their sessions, budget lines, enrolments and "
                "attendance? You can undo this with Ctrl+Z."
            ).format(len(ids), ", ".join(codes[:5]) + ("…" if len(codes) > 5 else "")),
            self.tr("Delete"),
        ):
            return

        def do(s: Transaction) -> None:
            for i in ids:
                A.delete_activity(s, i)

        try:
            # the journal records every row deleted: undo brings them back as they were
            self.ctx.execute(
                self.tr("Delete activities {0}").format(", ".join(codes)),
                do,
                {ACTIVITIES, BUDGET, SESSIONS},
            )
        except Exception as e:
            show_error(self, e)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("activities/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("activities/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

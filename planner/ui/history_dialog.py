"""History: who changed what and when, for the plan or one activity, budget line
or participant, filterable by person and by date; each change opens on its
fields, old -> new, in the user's language and formats."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner import display
from planner.services import history
from planner.services.workspace import Workspace, transaction
from planner.ui.models.rows import Column, RowTableModel, make_row
from planner.ui.widgets import DateField

#: At most this many changes are listed (newest first); filters narrow them.
LIMIT = 2000


class HistoryDialog(QDialog):
    def __init__(
        self, db: Workspace, where: history.Filter, scope: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: {0}").format(scope))
        self.resize(1000, 640)
        self._db = db
        self._where = where
        kinds = {
            "edit": self.tr("edit"),
            "undo": self.tr("undo"),
            "redo": self.tr("redo"),
            "import": self.tr("import"),
            "erase": self.tr("erasure"),
        }
        self._kinds = kinds
        #: the fields' names as the window's forms call them
        self._fields = {
            "code": self.tr("Code"),
            "title": self.tr("Title"),
            "kind": self.tr("Kind"),
            "status": self.tr("Status"),
            "start_date": self.tr("Start"),
            "end_date": self.tr("End"),
            "venue": self.tr("Venue"),
            "country": self.tr("Country"),
            "mode": self.tr("Mode"),
            "hours_per_session": self.tr("Hours per session"),
            "theme_id": self.tr("Theme"),
            "description": self.tr("Description"),
            "category": self.tr("Category"),
            "currency": self.tr("Currency"),
            "planned": self.tr("Planned"),
            "actual": self.tr("Actual"),
            "funding_source_id": self.tr("Funding source"),
            "name": self.tr("Name"),
            "native_name": self.tr("Name in own script"),
            "gender": self.tr("Gender"),
            "position": self.tr("Position"),
            "email": self.tr("E-mail"),
            "ref": self.tr("Reference"),
            "seats": self.tr("Seats"),
            "starts": self.tr("Session"),
            "pre_score": self.tr("Pre-test score"),
            "post_score": self.tr("Post-test score"),
            "satisfaction": self.tr("Rating"),
            "marked_at": self.tr("Marked at"),
            "marked_by": self.tr("Marked by"),
        }

        self.person = QComboBox()
        self.person.addItem(self.tr("Everyone"), None)
        with transaction(db) as s:
            #: login -> the person's name, on a server
            self._names = history.display_names(s)
            for user in history.users(s, where.plan_id):
                self.person.addItem(history.who(user, self._names), user)
        self.use_since = QCheckBox(self.tr("From"))
        self.since = DateField(date.today() - timedelta(days=30))
        self.use_until = QCheckBox(self.tr("to"))
        self.until = DateField(date.today())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Who")))
        filters.addWidget(self.person, 1)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        filters.addWidget(self.use_until)
        filters.addWidget(self.until)
        filters.addStretch(1)

        self.changes = RowTableModel(
            [
                Column(self.tr("When")),
                Column(self.tr("Who")),
                Column(self.tr("What was done")),
                Column(self.tr("Kind")),
                Column(self.tr("Rows"), numeric=True),
            ],
            self,
        )
        self.change_view = self._view(self.changes)
        self.fields = RowTableModel(
            [
                Column(self.tr("Row")),
                Column(self.tr("Field")),
                Column(self.tr("Before")),
                Column(self.tr("After")),
            ],
            self,
        )
        self.field_view = self._view(self.fields)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.change_view)
        split.addWidget(self.field_view)
        split.setSizes([380, 200])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        self.person.currentIndexChanged.connect(self.reload)
        for box in (self.use_since, self.use_until):
            box.toggled.connect(self.reload)
        for field in (self.since, self.until):
            field.dateChanged.connect(self.reload)
        self.change_view.selectionModel().currentRowChanged.connect(self._show_fields)
        self.reload()

    def _view(self, model: RowTableModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return view

    def current_filter(self) -> history.Filter:
        w = self._where
        return history.Filter(
            plan_id=w.plan_id,
            activity_id=w.activity_id,
            participant_id=w.participant_id,
            budget_line_id=w.budget_line_id,
            user=self.person.currentData(),
            since=_day(self.since.date()) if self.use_since.isChecked() else None,
            until=_day(self.until.date()) if self.use_until.isChecked() else None,
        )

    def reload(self) -> None:
        where = self.current_filter()
        with transaction(self._db) as s:
            found = history.entries(s, where, limit=LIMIT)
        self.changes.set_rows(
            [
                make_row(
                    e.change_id,
                    [
                        display.moment(e.at, QLocale().name()),
                        history.who(e.user, self._names),
                        e.action,
                        self._kinds.get(e.kind, e.kind),
                        display.number(e.rows, 0, QLocale().name()),
                    ],
                    [e.at, e.user, e.action, e.kind, e.rows],
                )
                for e in found
            ]
        )
        self.change_view.resizeColumnsToContents()
        self.summary.setText(
            self.tr("%Ln change(s), newest first", "", len(found))
            if len(found) < LIMIT
            else self.tr("The newest {0} changes; narrow the filters to see older ones").format(
                LIMIT
            )
        )
        self.fields.set_rows([])
        if found:
            self.change_view.selectRow(0)

    def _show_fields(self) -> None:
        index = self.change_view.currentIndex()
        if not index.isValid():
            self.fields.set_rows([])
            return
        change_id = self.changes.row_at(index.row()).id
        with transaction(self._db) as s:
            rows = history.fields_of_change(s, change_id, self._where)
        self.fields.set_rows(
            [
                make_row(i, [f.row, self._fields.get(f.field, f.field), f.old, f.new])
                for i, f in enumerate(rows)
            ]
        )
        self.field_view.resizeColumnsToContents()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())

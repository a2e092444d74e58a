"""Importing a nomination list: pick a file, map its columns, see every bad row,
then import all or nothing in the background (planner.services.nominations).

Reading and checking run off the GUI thread too (a 5,000-row list takes about a
second), each time the file, the mapping, the activity or the status changes;
a result that arrives after a newer request is dropped.

The shared widgets are in planner.ui.nomination_widgets, the preview's layout in
planner.ui.nomination_preview.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.errors import Problem, ValidationError
from planner.services import nominations as N
from planner.services.nomination_files import FIELDS, ColumnMap
from planner.services.workspace import Transaction, transaction
from planner.ui import worker
from planner.ui.context import ATTENDANCE, PEOPLE, AppContext
from planner.ui.dialogs import ERROR_STYLE
from planner.ui.models.rows import Column, RowTableModel
from planner.ui.nomination_preview import PREVIEW_ROWS, show_preview
from planner.ui.nomination_widgets import (
    BAD,
    MarkedRowsModel,
    NominateDialog,
    activity_box,
    status_box,
    table_view,
)

__all__ = [
    "BAD",
    "PREVIEW_ROWS",
    "MarkedRowsModel",
    "NominateDialog",
    "NominationImportDialog",
    "activity_box",
    "status_box",
]


class NominationImportDialog(QDialog):
    """Pick a file, map its columns, check every row, import all or nothing."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        activity_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import a nomination list"))
        self.resize(1100, 760)
        self.path: Path | None = None
        self.table: N.Table | None = None
        self.preview: N.Preview | None = None
        self.imported: N.ImportResult | None = None
        self.error = ""
        self._generation = 0
        self._task: worker.Task | None = None
        self._importing = False

        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("A CSV file or an Excel workbook (.xlsx)"))
        choose = QPushButton(self.tr("&Choose file…"))
        choose.clicked.connect(self.choose_file)
        self.activity = activity_box(ctx, self.tr("No activity: add to the directory only"))
        if activity_id is not None:
            self.activity.setCurrentIndex(max(0, self.activity.findData(activity_id)))
        self.status = status_box()
        self.activity.currentIndexChanged.connect(self.recheck)
        self.status.currentIndexChanged.connect(self.recheck)

        top = QFormLayout()
        line = QHBoxLayout()
        line.addWidget(self.file, 1)
        line.addWidget(choose)
        top.addRow(self.tr("File:"), line)
        top.addRow(self.tr("Nominate to:"), self.activity)
        top.addRow(self.tr("As:"), self.status)

        mapping = self._mapping_box()

        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.preview_model = MarkedRowsModel([Column(self.tr("Line"), True)], self)
        self.preview_view = table_view(self.preview_model)
        self.problems_model = RowTableModel(
            [Column(self.tr("Line"), True), Column(self.tr("Column")), Column(self.tr("Problem"))],
            self,
        )
        self.problems_view = table_view(self.problems_model)
        self.similar_model = RowTableModel(
            [Column(self.tr("Line"), True), Column(self.tr("Looks like")), Column(self.tr("Why"))],
            self,
        )
        self.similar_view = table_view(self.similar_model)
        for view, widths in ((self.problems_view, (60, 170)), (self.similar_view, (60, 110))):
            for col, width in enumerate(widths):
                view.horizontalHeader().resizeSection(col, width)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview_view, self.tr("Preview"))
        self.tabs.addTab(self.problems_view, self.tr("Problems"))
        self.tabs.addTab(self.similar_view, self.tr("Look-alikes"))
        self.tabs.addTab(self.warnings, self.tr("Seats"))

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping)
        layout.addWidget(self.notes)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def _mapping_box(self) -> QGroupBox:
        """One chooser per field of a person: which column of the file holds it."""
        self.columns: dict[str, QComboBox] = {}
        grid = QGridLayout()
        labels = {
            "ref": self.tr("Ref"),
            "name": self.tr("Name (Latin) *"),
            "native_name": self.tr("Native-script name"),
            "gender": self.tr("Gender"),
            "administration": self.tr("Administration *"),
            "position": self.tr("Position"),
            "email": self.tr("E-mail"),
        }
        self.labels = labels
        for i, field in enumerate(FIELDS):
            box = QComboBox()
            box.setMinimumContentsLength(16)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.currentIndexChanged.connect(self.recheck)
            self.columns[field] = box
            label = QLabel(labels[field])
            label.setBuddy(box)
            grid.addWidget(label, i // 4, 2 * (i % 4))
            grid.addWidget(box, i // 4, 2 * (i % 4) + 1)
        mapping = QGroupBox(self.tr("Which column holds what (* required)"))
        mapping.setLayout(grid)
        return mapping

    # ------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        return self._task is not None

    def activity_id(self) -> int | None:
        data = self.activity.currentData()
        return None if data is None else int(data)

    def enrolment_status(self) -> str:
        return str(self.status.currentData())

    def mapping(self) -> ColumnMap:
        return {f: box.currentData() for f, box in self.columns.items()}

    def _run(
        self, work: Callable[[worker.Progress], Any], done: Callable[[Any], None]
    ) -> worker.Task:
        """Background work whose result is dropped if a newer request came since."""
        self._generation += 1
        generation = self._generation
        # Connected before it starts: worker.start() would start it at once, and a
        # quick task could finish before anyone listens.
        task = worker.Task(work)
        self._task = task

        def finished(result: Any) -> None:
            if generation == self._generation:
                self._task = None
                done(result)

        def failed(message: str, is_bug: bool) -> None:
            if generation == self._generation:
                self._task = None
                self.show_refusal(message if not is_bug else self.tr("Internal error: ") + message)

        def cancelled() -> None:
            if generation == self._generation:
                self._task = None
                self._end_import()
                self.summary.setText(self.tr("Cancelled: nothing was imported."))

        task.signals.finished.connect(finished)
        task.signals.failed.connect(failed)
        task.signals.cancelled.connect(cancelled)
        self._update_button()
        return task

    def _start(self, task: worker.Task) -> None:
        QThreadPool.globalInstance().start(task)

    # ------------------------------------------------------------ file
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a nomination list"),
            str(self.path.parent if self.path else Path.home()),
            self.tr("Nomination lists (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read ``path`` in the background, guess its columns, then check it."""
        self.path = path
        self.file.setText(str(path))
        self.table = self.preview = None
        self.error = ""
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Reading {0}…").format(path.name))
        self._show_preview()
        self._start(self._run(lambda _progress: N.read_table(path), self._loaded))

    def _loaded(self, table: N.Table) -> None:
        self.table = table
        guess = N.guess_mapping(table.headers)
        for field, box in self.columns.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(not in the file)"), None)
            for col, header in enumerate(table.headers):
                box.addItem(header or self.tr("column {0}").format(col + 1), col)
            box.setCurrentIndex(max(0, box.findData(guess[field])))
            box.blockSignals(False)
        notes = [
            self.tr("{0}: {1} rows; the header row is line {2}.").format(
                table.name, f"{len(table.rows):,}", table.header_line
            )
        ]
        notes += table.notes
        self.notes.setText(" ".join(notes))
        self.recheck()

    def show_refusal(self, message: str) -> None:
        """The file (or the import) was refused: say why, offer nothing to import."""
        self.error = message
        self._end_import()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(self.tr("Refused, nothing was imported: {0}").format(message))
        self._update_button()

    # ------------------------------------------------------------ checking
    def recheck(self) -> None:
        table = self.table
        if table is None or self._importing:
            return
        plan_id, db = self.ctx.plan_id, self.ctx.db
        assert plan_id is not None
        mapping, activity_id, status = self.mapping(), self.activity_id(), self.enrolment_status()
        self.preview = None
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking %Ln row(s)…", "", len(table.rows)))

        def work(_progress: worker.Progress) -> N.Preview:
            with transaction(db) as s:
                return N.check_rows(s, plan_id, table, mapping, activity_id, status=status)

        self._start(self._run(work, self._checked))

    def _checked(self, preview: N.Preview) -> None:
        self.preview = preview
        self._show_preview()
        self._update_button()

    def _show_preview(self) -> None:
        show_preview(self)

    def _update_button(self) -> None:
        p = self.preview
        ok = p is not None and not p.problems and bool(p.rows) and not self.busy
        self.import_button.setEnabled(ok)
        self.import_button.setText(
            self.tr("&Import %Ln row(s)", "", len(p.rows)) if ok and p else self.tr("&Import")
        )

    # ------------------------------------------------------------ importing
    def start_import(self) -> None:
        table, preview = self.table, self.preview
        if table is None or preview is None or preview.problems or self.busy:
            return
        plan_id = self.ctx.plan_id
        assert plan_id is not None
        mapping, activity_id, status = self.mapping(), self.activity_id(), self.enrolment_status()

        def write(
            s: Transaction, progress: Callable[[int, int, str], None] | None
        ) -> N.ImportResult:
            # Checked again inside the writing transaction: the plan may have
            # changed since the preview.
            fresh = N.check_rows(s, plan_id, table, mapping, activity_id, status=status)
            if fresh.problems:
                raise ValidationError(
                    [Problem(f"line {p.line}", p.message) for p in fresh.problems]
                )
            return N.import_rows(s, plan_id, fresh, activity_id, status, progress)

        name = self.table.name if self.table else ""
        text = self.tr("Import nomination list {0}").format(name)
        recorded: list[int | None] = [None]

        def work(progress: worker.Progress) -> N.ImportResult:
            # one recorded change: undo removes exactly the rows it wrote
            with self.ctx.recorded(text) as s:
                result = write(s, progress)
            recorded[0] = s.info.get("change_id")
            return result

        self._importing = True
        for widget in (*self.columns.values(), self.activity, self.status):
            widget.setEnabled(False)
        self.progress.setRange(0, max(1, len(preview.rows)))
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Importing…"))
        task = self._run(work, lambda result: self._imported(result, text, recorded[0]))
        task.signals.progress.connect(lambda done, total, _text: self.progress.setValue(done))
        self._start(task)

    def _imported(self, result: N.ImportResult, text: str, change_id: int | None) -> None:
        self.imported = result
        self._end_import()
        changes = {PEOPLE, ATTENDANCE} if self.activity_id() is not None else {PEOPLE}
        self.ctx.push_recorded(text, change_id, changes)
        self.accept()

    def _end_import(self) -> None:
        self._importing = False
        self.progress.hide()
        for widget in (*self.columns.values(), self.activity, self.status):
            widget.setEnabled(True)

    def reject(self) -> None:
        if self._task is not None and self._importing:
            self._task.cancel()  # the import rolls back; the dialog stays to say so
            return
        self._generation += 1  # drop whatever is still running
        super().reject()

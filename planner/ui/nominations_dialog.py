"""Importing a nomination list: pick a file, map its columns, see every bad row,
then import all or nothing in the background (planner.services.nominations).

Reading and checking run off the GUI thread too (a 5,000-row list takes about a
second), each time the file, the mapping, the activity or the status changes;
a result that arrives after a newer request is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QThreadPool
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from planner.errors import Problem, ValidationError
from planner.models import EnrolmentStatus
from planner.services import nominations as N
from planner.store import unit_of_work
from planner.ui import worker
from planner.ui.context import ATTENDANCE, PEOPLE, AppContext, ServiceCommand
from planner.ui.dialogs import ERROR_STYLE
from planner.ui.models.rows import Column, Row, RowTableModel, make_row
from planner.ui.texts import enrolment_text

#: Rows of the file shown in the preview (all rows are checked).
PREVIEW_ROWS = 200
BAD = QColor("#fde2e1")


class MarkedRowsModel(RowTableModel):
    """Rows whose ``data["bad"]`` is true get a light red background (their text
    says what is wrong as well: colour is never the only sign)."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            if self.row_at(index.row()).data.get("bad"):
                return QBrush(BAD)
            return None
        return super().data(index, role)


def _table_view(model: RowTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def activity_box(ctx: AppContext, none_text: str | None) -> QComboBox:
    """The plan's activities ("code — title"); first ``none_text`` (no activity) if given."""
    plan_id = ctx.plan_id
    assert plan_id is not None
    box = QComboBox()
    box.setMinimumContentsLength(40)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    if none_text is not None:
        box.addItem(none_text, None)
    for aid, code, title in ctx.read(lambda s: N.activity_choices(s, plan_id)):
        box.addItem(f"{code} — {title}", aid)
    return box


def status_box() -> QComboBox:
    box = QComboBox()
    for status in EnrolmentStatus:
        box.addItem(enrolment_text(status.value), status.value)
    return box


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
        for i, field in enumerate(N.FIELDS):
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

        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.preview_model = MarkedRowsModel([Column(self.tr("Line"), True)], self)
        self.preview_view = _table_view(self.preview_model)
        self.problems_model = RowTableModel(
            [Column(self.tr("Line"), True), Column(self.tr("Column")), Column(self.tr("Problem"))],
            self,
        )
        self.problems_view = _table_view(self.problems_model)
        self.similar_model = RowTableModel(
            [Column(self.tr("Line"), True), Column(self.tr("Looks like")), Column(self.tr("Why"))],
            self,
        )
        self.similar_view = _table_view(self.similar_model)
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

    # ------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        return self._task is not None

    def activity_id(self) -> int | None:
        data = self.activity.currentData()
        return None if data is None else int(data)

    def enrolment_status(self) -> str:
        return str(self.status.currentData())

    def mapping(self) -> N.ColumnMap:
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
        self.summary.setText(self.tr("Checking {0} rows…").format(f"{len(table.rows):,}"))

        def work(_progress: worker.Progress) -> N.Preview:
            with unit_of_work(db) as s:
                return N.check_rows(s, plan_id, table, mapping, activity_id, status=status)

        self._start(self._run(work, self._checked))

    def _checked(self, preview: N.Preview) -> None:
        self.preview = preview
        self._show_preview()
        self._update_button()

    def _show_preview(self) -> None:
        table, preview = self.table, self.preview
        mapping = self.mapping()
        fields = [f for f in N.FIELDS if mapping.get(f) is not None]
        self.preview_model.columns = [
            Column(self.tr("Line"), True),
            *(Column(self.labels[f].removesuffix(" *")) for f in fields),
            Column(self.tr("Check")),
        ]
        problems: dict[int, list[N.RowProblem]] = {}
        for p in preview.problems if preview else []:
            problems.setdefault(p.line, []).append(p)
        checked = {r.line: r for r in preview.rows} if preview else {}
        rows: list[Row] = []
        if table is not None:
            for line, cells in list(zip(table.lines, table.rows, strict=True))[:PREVIEW_ROWS]:
                values = [
                    cells[c] if (c := mapping[f]) is not None and c < len(cells) else ""
                    for f in fields
                ]
                found = problems.get(line)
                if found:
                    check = self.tr("⚠ {0}").format("; ".join(str(p.message) for p in found))
                elif preview is None:
                    check = ""
                elif line in checked and checked[line].existing_ref:
                    row = checked[line]
                    check = (
                        self.tr("already enrolled: {0}").format(row.existing_ref)
                        if row.enrolled
                        else self.tr("in the directory: {0}").format(row.existing_ref)
                    )
                else:
                    check = self.tr("new")
                rows.append(
                    make_row(line, [str(line), *values, check], [line, *values, check], bad=found)
                )
        self.preview_model.set_rows(rows)
        self.preview_view.horizontalHeader().resizeSection(0, 50)
        widths = {"name": 190, "native_name": 170, "email": 210, "gender": 70, "ref": 70}
        for col, field in enumerate(fields, start=1):
            self.preview_view.horizontalHeader().resizeSection(col, widths.get(field, 120))
        self.problems_model.set_rows(
            [
                make_row(i, [str(p.line), p.column, p.message], [p.line, p.column, p.message])
                for i, p in enumerate(preview.problems if preview else [])
            ]
        )
        self.similar_model.set_rows(
            [
                make_row(i, [str(s.line), s.ref, s.reason], [s.line, s.ref, s.reason])
                for i, s in enumerate(preview.similar if preview else [])
            ]
        )
        warnings = preview.warnings if preview else []
        self.warnings.setText(
            "\n".join("⚠ " + w for w in warnings)
            if warnings
            else self.tr("No administration goes over its quota.")
        )
        n_problems = len(preview.problems) if preview else 0
        n_similar = len(preview.similar) if preview else 0
        self.tabs.setTabText(1, self.tr("Problems ({0})").format(n_problems))
        self.tabs.setTabText(2, self.tr("Look-alikes ({0})").format(n_similar))
        self.tabs.setTabText(3, self.tr("Seats ({0})").format(len(warnings)))
        if preview is None:
            return
        if preview.problems:
            lines = len({p.line for p in preview.problems})
            self.summary.setStyleSheet(ERROR_STYLE)
            where = (
                self.tr("1 problem on line {0}").format(preview.problems[0].line)
                if n_problems == 1
                else self.tr("{0} problems on {1} lines").format(n_problems, lines)
            )
            self.summary.setText(
                where
                + self.tr(
                    ": correct the file (or the columns) and choose it again. "
                    "Nothing is imported while there are problems."
                )
            )
            self.tabs.setCurrentIndex(1)
        else:
            existing = len(preview.rows) - preview.new_people
            text = self.tr("{0} rows are good: {1} new people, {2} already in the directory.")
            text = text.format(f"{len(preview.rows):,}", f"{preview.new_people:,}", existing)
            if n_similar:
                text += " " + self.tr("Some look like someone else: see Look-alikes ({0}).").format(
                    n_similar
                )
            if warnings:
                text += " " + self.tr("Some administrations go over their quota: see Seats.")
            self.summary.setStyleSheet("")
            self.summary.setText(text)

    def _update_button(self) -> None:
        p = self.preview
        ok = p is not None and not p.problems and bool(p.rows) and not self.busy
        self.import_button.setEnabled(ok)
        self.import_button.setText(
            self.tr("&Import {0} rows").format(f"{len(p.rows):,}")
            if ok and p
            else self.tr("&Import")
        )

    # ------------------------------------------------------------ importing
    def start_import(self) -> None:
        table, preview = self.table, self.preview
        if table is None or preview is None or preview.problems or self.busy:
            return
        plan_id, db = self.ctx.plan_id, self.ctx.db
        assert plan_id is not None
        mapping, activity_id, status = self.mapping(), self.activity_id(), self.enrolment_status()

        def write(s: Session, progress: Callable[[int, int, str], None] | None) -> N.ImportResult:
            # Checked again inside the writing transaction: the plan may have
            # changed since the preview.
            fresh = N.check_rows(s, plan_id, table, mapping, activity_id, status=status)
            if fresh.problems:
                raise ValidationError(
                    [Problem(f"line {p.line}", p.message) for p in fresh.problems]
                )
            return N.import_rows(s, plan_id, fresh, activity_id, status, progress)

        def work(progress: worker.Progress) -> N.ImportResult:
            with unit_of_work(db) as s:
                return write(s, progress)

        self._importing = True
        for widget in (*self.columns.values(), self.activity, self.status):
            widget.setEnabled(False)
        self.progress.setRange(0, max(1, len(preview.rows)))
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Importing…"))
        task = self._run(work, lambda result: self._imported(result, write))
        task.signals.progress.connect(lambda done, total, _text: self.progress.setValue(done))
        self._start(task)

    def _imported(
        self, result: N.ImportResult, write: Callable[[Session, Any], N.ImportResult]
    ) -> None:
        self.imported = result
        self._end_import()
        done = [result]

        def redo(s: Session) -> None:
            done[0] = write(s, None)

        def undo(s: Session) -> None:
            N.remove_imported(s, done[0])

        name = self.table.name if self.table else ""
        changes = {PEOPLE, ATTENDANCE} if self.activity_id() is not None else {PEOPLE}
        # Already done in the background: the command's first redo does nothing.
        self.ctx.undo_stack.push(
            ServiceCommand(
                self.ctx, self.tr("Import nomination list {0}").format(name), redo, undo, changes
            )
        )
        self.ctx.notify(changes)
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


class NominateDialog(QDialog):
    """Choose the activity (and status) to nominate the selected people to."""

    def __init__(self, ctx: AppContext, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nominate {0} people").format(count))
        self.activity = activity_box(ctx, None)
        self.status = status_box()
        form = QFormLayout(self)
        form.addRow(self.tr("Activity:"), self.activity)
        form.addRow(self.tr("As:"), self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> tuple[int, str] | None:
        if self.activity.currentData() is None:
            return None
        return int(self.activity.currentData()), str(self.status.currentData())

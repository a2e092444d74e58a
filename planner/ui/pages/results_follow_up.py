"""The Results page's follow-up window: the completers due for a follow-up N
months after their course, a form to record one, and the import of a CSV or
XLSX file of follow-ups (all or nothing). Each is one undoable change."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.services import follow_up as F
from planner.ui.context import ATTENDANCE, RESULTS, AppContext
from planner.ui.dialogs import FormDialog, show_error
from planner.ui.roles import refusal, restrict


class RecordDialog(FormDialog):
    def __init__(self, parent: QWidget | None, due: F.Due, save: Any) -> None:
        super().__init__(parent, self.tr("Follow-up of {0}").replace("{0}", due.name))
        self.save = save
        self.day = self.add("date", self.tr("Asked on"), QLineEdit(date.today().isoformat()))
        self.applies = self.add("applies", self.tr("Applies what was learned"), QComboBox())
        for label, value in (
            (self.tr("yes"), "yes"),
            (self.tr("partly"), "partly"),
            (self.tr("no"), "no"),
            (self.tr("(no answer)"), None),
        ):
            self.applies.addItem(label, value)
        self.note = self.add("note", self.tr("Note"), QLineEdit())
        self.finish()

    def accept_values(self) -> None:
        self.save(
            {
                "date": self.day.text().strip(),
                "applies": self.applies.currentData(),
                "note": self.note.text(),
            }
        )


class FollowUpDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.due: list[F.Due] = []
        self.today = date.today()  # the day the list is drawn up for
        self.setWindowTitle(self.tr("Follow-ups"))
        self.resize(820, 480)
        self.months = QSpinBox()
        self.months.setRange(0, 120)
        self.months.setValue(6)
        self.months.valueChanged.connect(self.refresh)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Activity"),
                self.tr("Participant"),
                self.tr("Name"),
                self.tr("Administration"),
                self.tr("Due since"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(2, 240)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.record_button = record = QPushButton(self.tr("Record follow-up…"))
        record.clicked.connect(self.record)
        self.import_button = load = QPushButton(self.tr("Import a file…"))
        load.clicked.connect(self.import_file)
        # follow-ups are the trainer's: another role reads the list, greyed buttons say why
        self.refused = refusal(ctx.permissions, "attendance")
        restrict(self.refused, record, load)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Completers due for a follow-up, months after the course:")))
        top.addWidget(self.months)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(record)
        buttons.addWidget(load)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        plan_id, months, today = self.ctx.plan_id, self.months.value(), self.today
        if plan_id is None:
            return
        self.due = self.ctx.read(lambda s: F.due_for_follow_up(s, plan_id, months, today))
        self.table.setRowCount(len(self.due))
        for r, d in enumerate(self.due):
            for c, text in enumerate(
                (d.activity, d.participant, d.name, d.administration, d.due.isoformat())
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def record(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        plan_id = self.ctx.plan_id
        if not rows or plan_id is None or self.refused:
            return
        due = self.due[rows[0].row()]

        def save(obj: dict[str, Any]) -> None:
            self.ctx.execute(
                self.tr("Record a follow-up of {0}").replace("{0}", due.participant),
                lambda s: F.record_follow_up(s, plan_id, due.activity, due.participant, obj),
                {RESULTS, ATTENDANCE},
            )

        if RecordDialog(self, due, save).exec():
            self.refresh()

    def import_file(self) -> None:
        plan_id = self.ctx.plan_id
        if self.refused:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import follow-ups"), "", self.tr("Follow-up lists (*.csv *.xlsx)")
        )
        if not path or plan_id is None:
            return
        try:
            self.ctx.execute(
                self.tr("Import follow-ups"),
                lambda s: F.import_follow_ups(s, plan_id, path),
                {RESULTS, ATTENDANCE},
            )
        except PlannerError as e:
            show_error(self, e, self.tr("Nothing was imported"))
        self.refresh()

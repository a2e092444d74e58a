"""The Enrolments tab: who takes part (read-only for now) and enrolling one more."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.models import EnrolmentStatus
from planner.services import people as P
from planner.services.editor_data import PersonRow, candidates, enrolments
from planner.services.workspace import Transaction
from planner.ui.context import PEOPLE, AppContext
from planner.ui.editor.common import Host, attempt, button, tr
from planner.ui.editor.tables import size_columns, table_view
from planner.ui.models.rows import Column, RowTableModel, make_row
from planner.ui.texts import enrolment_text


def person_columns() -> list[Column]:
    return [
        Column(tr("Ref")),
        Column(tr("Name")),
        Column(tr("Native name")),
        Column(tr("Administration")),
    ]


class EnrolDialog(QDialog):
    """Choose a participant of the plan (search as you type) and a status."""

    def __init__(self, parent: QWidget, people: list[PersonRow]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Enrol a participant"))
        self.people = people
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search name, native name, ref or administration…"))
        self.search.setClearButtonEnabled(True)
        self.model = RowTableModel(person_columns(), self)
        self.model.set_rows(
            [
                make_row(i, [p.ref, p.name, p.native_name, p.administration])
                for i, p in enumerate(people)
            ]
        )
        self.view = table_view(self.model)
        size_columns(self.view, (8, 24, 18, 14), stretch=1)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.accept)
        self.status = QComboBox()
        for s in (EnrolmentStatus.NOMINATED, EnrolmentStatus.CONFIRMED):
            self.status.addItem(enrolment_text(s), s.value)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Enrol"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Status:")))
        row.addWidget(self.status)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.resize(720, 480)
        self._filter()

    def _filter(self) -> None:
        self.model.set_filter(self.search.text())
        if self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def keyPressEvent(self, event: Any) -> None:
        # Up and Down in the search box move through the list.
        if self.search.hasFocus() and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.view.setFocus()
            self.view.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def chosen(self) -> PersonRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.people[self.model.row_at(index.row()).id]


class EnrolmentsTab(QWidget):
    def __init__(self, ctx: AppContext, host: Host) -> None:
        super().__init__()
        self.ctx, self.host = ctx, host
        self.model = RowTableModel(
            [
                *person_columns(),
                Column(tr("Status")),
                Column(tr("Pre-test"), True),
                Column(tr("Post-test"), True),
                Column(tr("Rating"), True),
            ],
            self,
        )
        self.view = table_view(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        size_columns(self.view, (8, 20, 16, 14, 10, 8, 8, 6), stretch=1)
        self.count = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(button(tr("Enro&l…"), self.enrol, tr("Enrol a participant of the plan")))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    @property
    def aid(self) -> int:
        aid = self.host.activity_id
        assert aid is not None
        return aid

    def refresh(self) -> None:
        aid = self.aid
        rows = self.ctx.read(lambda s: enrolments(s, aid))
        self.model.set_rows(
            [
                make_row(
                    r.id,
                    [
                        r.ref,
                        r.name,
                        r.native_name,
                        r.administration,
                        enrolment_text(r.status),
                        r.pre_score,
                        r.post_score,
                        r.satisfaction,
                    ],
                    [
                        r.ref,
                        r.name.casefold(),
                        r.native_name,
                        r.administration,
                        r.status,
                        _num(r.pre_score),
                        _num(r.post_score),
                        _num(r.satisfaction),
                    ],
                )
                for r in rows
            ]
        )
        withdrawn = sum(r.status == EnrolmentStatus.WITHDRAWN.value for r in rows)
        text = tr("Enrolments: %1", len(rows))
        if withdrawn:
            text += " " + tr("(withdrawn: %1)", withdrawn)
        self.count.setText(text)

    def enrol(self) -> None:
        plan_id, aid = self.ctx.plan_id, self.aid
        assert plan_id is not None
        people = self.ctx.read(lambda s: candidates(s, plan_id, aid))
        dialog = EnrolDialog(self, people)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        person, status = dialog.chosen(), dialog.status.currentData()
        if person is None:
            return
        pid = person.id

        def do(s: Transaction) -> None:
            P.enrol(s, aid, pid, status)

        attempt(
            self.ctx,
            self,
            tr("Enrol %1", f"{person.ref} {person.name}"),
            do,
            {PEOPLE},
        )


def _num(text: str) -> Any:
    from decimal import Decimal

    return Decimal(text) if text else None

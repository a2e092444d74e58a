"""Participants: the directory of everyone, and the nominations of one activity
against the seat quotas of each administration."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from planner.errors import PlannerError
from planner.models import Enrolment, EnrolmentStatus, Gender, Participant
from planner.services import directory as D
from planner.services import nominations as N
from planner.services import people as P
from planner.services.common import get, participant_refs
from planner.ui.context import ACTIVITIES, ATTENDANCE, PEOPLE, PLAN, REFERENCE, AppContext
from planner.ui.dialogs import FormDialog, confirm, show_error
from planner.ui.models.rows import Column, Row, RowTableModel, make_row, select_ids
from planner.ui.nominations_dialog import MarkedRowsModel, NominateDialog, NominationImportDialog
from planner.ui.pages import Page
from planner.ui.texts import enrolment_text, gender_text

CHANGES = {PEOPLE, ATTENDANCE}  # enrolments count in attendance and the figures


def person_rows(entries: list[D.Entry]) -> list[Row]:
    rows = []
    for e in entries:
        display = (
            e.ref,
            e.name,
            e.native_name or "",
            gender_text(e.gender),
            e.administration,
            e.position or "",
            e.email or "",
            str(e.activities),
        )
        # Search sees the name without accents too: "nguyen" finds "Nguyễn".
        search = " ".join(display).casefold() + " " + D.fold(e.name)
        rows.append(
            Row(
                e.id,
                display,
                (
                    e.ref,
                    D.fold(e.name),
                    e.native_name or "",
                    e.gender or "",
                    e.administration,
                    (e.position or "").casefold(),
                    (e.email or "").casefold(),
                    e.activities,
                ),
                search,
                {"admin": e.administration, "activities": e.activities},
            )
        )
    return rows


def _view(model: RowTableModel, widths: tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for col, width in enumerate(widths):
        header.resizeSection(col, width)
    return view


def _selected_ids(view: QTableView, model: RowTableModel) -> list[int]:
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [model.row_at(r).id for r in rows]


def ask_save_anyway(parent: QWidget, found: list[tuple[str, str]]) -> bool:
    """The similar-person warning: True to save a new record all the same."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        parent.tr("Someone like this is already in the directory"),
        parent.tr(
            "This person looks like:\n{0}\n\nIf it is the same person, cancel and use "
            "the existing record. Save a new record anyway?"
        ).format("\n".join(f"• {ref} — {reason}" for ref, reason in found)),
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and reasons shown as typed
    save = box.addButton(parent.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is save


# ================================================================== dialogs
class PersonDialog(FormDialog):
    """A new person, or one to edit; the core's messages show next to the fields."""

    def __init__(
        self,
        page: ParticipantsPage,
        admins: list[tuple[str, str]],
        person_id: int | None = None,
        fields: dict[str, Any] | None = None,
    ) -> None:
        title = page.tr("New person") if person_id is None else page.tr("Edit person")
        super().__init__(page, title)
        self.page = page
        self.person_id = person_id
        self.ref = QLineEdit()
        self.add("ref", self.tr("Ref (sign-in code)"), self.ref)
        if person_id is None:
            self.ref.setPlaceholderText(self.tr("assigned automatically"))
        self.name = QLineEdit()
        self.add("name", self.tr("Name (Latin)"), self.name)
        self.native = QLineEdit()
        self.add("native_name", self.tr("Native-script name"), self.native)
        self.gender = QComboBox()
        self.gender.addItem("", None)
        for g in Gender:
            self.gender.addItem(gender_text(g.value), g.value)
        self.add("gender", self.tr("Gender"), self.gender)
        self.admin = QComboBox()
        for code, name in admins:
            self.admin.addItem(f"{code} — {name}", code)
        self.add("administration", self.tr("Administration"), self.admin)
        self.position = QLineEdit()
        self.add("position", self.tr("Position"), self.position)
        self.email = QLineEdit()
        self.add("email", self.tr("E-mail"), self.email)
        for edit in (self.name, self.native, self.position, self.email):
            edit.setMinimumWidth(320)
        if fields:
            self.ref.setText(fields["ref"] or "")
            self.name.setText(fields["name"] or "")
            self.native.setText(fields["native_name"] or "")
            self.gender.setCurrentIndex(max(0, self.gender.findData(fields["gender"])))
            self.admin.setCurrentIndex(max(0, self.admin.findData(fields["administration"])))
            self.position.setText(fields["position"] or "")
            self.email.setText(fields["email"] or "")
        self.finish()
        self.saved_id: int | None = None

    def values(self) -> dict[str, Any]:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return {
            "ref": text(self.ref),
            "name": self.name.text().strip(),
            "native_name": text(self.native),
            "gender": self.gender.currentData(),
            "administration": self.admin.currentData(),
            "position": text(self.position),
            "email": text(self.email),
        }

    def _try_accept(self) -> None:
        values = self.values()
        if self.person_id is None and values["name"]:
            plan_id = self.page.ctx.plan_id
            assert plan_id is not None
            found = self.page.ctx.read(
                lambda s: D.similar(
                    s,
                    plan_id,
                    values["name"],
                    values["administration"],
                    values["email"],
                    native_name=values["native_name"],
                )
            )
            if found and not ask_save_anyway(self, found):
                return
        super()._try_accept()

    def accept_values(self) -> None:
        self.saved_id = self.page.save_person(self.person_id, self.values())


class MergeDialog(QDialog):
    """Two people: choose which record to keep, see what moves."""

    def __init__(self, page: ParticipantsPage, ids: list[int]) -> None:
        super().__init__(page)
        self.page = page
        self.ids = ids
        self.setWindowTitle(self.tr("Merge two records"))
        people = page.ctx.read(lambda s: [s.get(Participant, i) for i in ids])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Keep which record? The other one is merged into it.")))
        self.choice = QButtonGroup(self)
        for n, person in enumerate(people):
            assert person is not None
            label = f"{person.ref}  {person.name}"
            if person.native_name:
                label += f"  ({person.native_name})"
            if person.email:
                label += f"  <{person.email}>"
            button = QRadioButton(label)
            self.choice.addButton(button, n)
            layout.addWidget(button)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setMinimumWidth(520)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.choice.idToggled.connect(self._toggled)
        self.choice.button(0).setChecked(True)

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self.show_plan()

    def keep_drop(self) -> tuple[int, int]:
        keep = self.choice.checkedId()
        return self.ids[keep], self.ids[1 - keep]

    def show_plan(self) -> None:
        keep, drop = self.keep_drop()
        try:
            summary = self.page.ctx.read(lambda s: D.plan_merge(s, keep, drop))
        except PlannerError as e:
            self.details.setText(e.message)
            self.merge_button.setEnabled(False)
            return
        self.merge_button.setEnabled(True)
        self.details.setText("\n".join(summary.lines()))


# ================================================================== the page
class SeatsModel(MarkedRowsModel):
    """Seats per administration; rows over quota are marked in text and colour."""


class ParticipantsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.admins: list[tuple[str, str]] = []
        self.tabs = QTabWidget()
        self.tabs.addTab(self._directory_tab(), self.tr("&Directory"))
        self.tabs.addTab(self._nominations_tab(), self.tr("&Nominations"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._add_shortcuts()

    def title(self) -> str:
        return self.tr("Participants")

    def watches(self) -> frozenset[str]:
        return frozenset({PLAN, REFERENCE, ACTIVITIES, PEOPLE, ATTENDANCE})

    # ------------------------------------------------------------ building
    def _directory_tab(self) -> QWidget:
        self.model = RowTableModel(
            [
                Column(self.tr("Ref")),
                Column(self.tr("Name")),
                Column(self.tr("Native name")),
                Column(self.tr("Gender")),
                Column(self.tr("Administration")),
                Column(self.tr("Position")),
                Column(self.tr("E-mail")),
                Column(self.tr("Activities"), True),
            ],
            self,
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, native name, e-mail, ref…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.admin = QComboBox()
        # Administration names are long: the box keeps a sensible width, its list
        # shows them whole.
        self.admin.setMinimumContentsLength(28)
        self.admin.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.admin.view().setMinimumWidth(520)
        self.admin.currentIndexChanged.connect(self.apply_filter)
        self.table = _view(self.model, (70, 230, 170, 70, 105, 170, 230, 70))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.count = QLabel()

        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&New person…"), self.new_person),
            (self.tr("&Edit…"), self.edit_current),
            (self.tr("De&lete"), self.delete_selected),
            (self.tr("&Merge two…"), self.merge_selected),
            (self.tr("N&ominate to activity…"), self.nominate_selected),
            (self.tr("&Import nomination list…"), self.import_list),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.admin, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return tab

    def _nominations_tab(self) -> QWidget:
        self.activity = QComboBox()
        self.activity.setMinimumContentsLength(50)
        self.activity.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.activity.currentIndexChanged.connect(self.refresh_nominations)
        self.seats_model = SeatsModel(
            [
                Column(self.tr("Admin.")),
                Column(self.tr("Administration")),
                Column(self.tr("Quota"), True),
                Column(self.tr("Nominated"), True),
                Column(self.tr("Confirmed"), True),
                Column(self.tr("Withdrawn"), True),
                Column(self.tr("Seats filled"), True),
                Column(self.tr("Check")),
            ],
            self,
        )
        self.seats_view = _view(self.seats_model, (60, 300, 60, 80, 80, 80, 90, 150))
        self.seats_view.setSortingEnabled(False)
        self.seats_total = QLabel()
        self.seats_total.setWordWrap(True)
        self.nominees_model = RowTableModel(
            [
                Column(self.tr("Ref")),
                Column(self.tr("Name")),
                Column(self.tr("Native name")),
                Column(self.tr("Administration")),
                Column(self.tr("Status")),
            ],
            self,
        )
        self.nominees_view = _view(self.nominees_model, (70, 240, 200, 110, 100))
        self.nominees_view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.nominee_search = QLineEdit()
        self.nominee_search.setPlaceholderText(self.tr("Search the nominees…"))
        self.nominee_search.setClearButtonEnabled(True)
        self.nominee_search.textChanged.connect(lambda text: self.nominees_model.set_filter(text))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Activity:")))
        top.addWidget(self.activity, 1)
        import_here = QPushButton(self.tr("Import nomination list…"))
        import_here.clicked.connect(lambda: self.import_list(self.current_activity()))
        top.addWidget(import_here)
        status_buttons = QHBoxLayout()
        status_buttons.addWidget(QLabel(self.tr("Set the selected to:")))
        for status in EnrolmentStatus:
            button = QPushButton(enrolment_text(status.value))
            button.clicked.connect(lambda _=False, s=status.value: self.set_status(s))
            status_buttons.addWidget(button)
        remove = QPushButton(self.tr("Remove from activity"))
        remove.clicked.connect(self.remove_selected)
        status_buttons.addWidget(remove)
        status_buttons.addStretch(1)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(QLabel(self.tr("Seats per administration")))
        upper_layout.addWidget(self.seats_view, 1)
        upper_layout.addWidget(self.seats_total)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.nominee_search)
        lower_layout.addWidget(self.nominees_view, 1)
        lower_layout.addLayout(status_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([330, 400])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        return tab

    def _add_shortcuts(self) -> None:
        for keys, slot in (
            ((QKeySequence("Ctrl+F"),), self._focus_search),
            ((QKeySequence("Ctrl+Shift+N"), QKeySequence(Qt.Key.Key_Insert)), self.new_person),
        ):
            action = QAction(self)
            action.setShortcuts(list(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        for keys, slot in (
            ((QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)), self.edit_current),
            ((QKeySequence(QKeySequence.StandardKey.Delete),), self.delete_selected),
        ):
            action = QAction(self.table)
            action.setShortcuts(list(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)

    def _focus_search(self) -> None:
        (self.search if self.tabs.currentIndex() == 0 else self.nominee_search).setFocus()

    # ------------------------------------------------------------ data
    def refresh(self) -> None:
        plan_id = self.ctx.plan_id
        assert plan_id is not None
        selected = _selected_ids(self.table, self.model)
        entries, admins, activities = self.ctx.read(
            lambda s: (
                D.listing(s, plan_id),
                [
                    (c, n)
                    for c, n in s.connection()
                    .exec_driver_sql(
                        "SELECT code, name FROM administration WHERE plan_id = ? ORDER BY id",
                        (plan_id,),
                    )
                    .all()
                ],
                N.activity_choices(s, plan_id),
            )
        )
        self.admins = admins
        current = self.admin.currentData()
        self.admin.blockSignals(True)
        self.admin.clear()
        self.admin.addItem(self.tr("All administrations"), None)
        for code, name in admins:
            self.admin.addItem(f"{code} — {name}", code)
        self.admin.setCurrentIndex(max(0, self.admin.findData(current)))
        self.admin.blockSignals(False)
        self.model.set_rows(person_rows(entries))
        self.apply_filter()
        self.select_ids(selected)

        chosen = self.activity.currentData()
        self.activity.blockSignals(True)
        self.activity.clear()
        for aid, code, title in activities:
            self.activity.addItem(f"{code} — {title}", aid)
        self.activity.setCurrentIndex(max(0, self.activity.findData(chosen)))
        self.activity.blockSignals(False)
        self.refresh_nominations()

    def apply_filter(self) -> None:
        admin = self.admin.currentData()
        predicate = None if admin is None else (lambda r: r.data["admin"] == admin)
        self.model.set_filter(self.search.text(), predicate)
        shown, total = self.model.rowCount(), len(self.model.all_rows())
        if shown == total:
            text = self.tr("1 person") if total == 1 else self.tr("{0} people").format(f"{total:,}")
        else:
            text = self.tr("{0} of {1} people").format(f"{shown:,}", f"{total:,}")
        self.count.setText(text)

    def select_ids(self, ids: list[int]) -> None:
        select_ids(self.table, self.model, ids)

    def selected_ids(self) -> list[int]:
        return _selected_ids(self.table, self.model)

    def current_activity(self) -> int | None:
        data = self.activity.currentData()
        return None if data is None else int(data)

    def refresh_nominations(self) -> None:
        activity_id = self.current_activity()
        if activity_id is None:
            self.seats_model.set_rows([])
            self.nominees_model.set_rows([])
            self.seats_total.setText(self.tr("The plan has no activities yet."))
            return
        seats, nominees = self.ctx.read(
            lambda s: (N.seats(s, activity_id), N.nominees(s, activity_id))
        )
        rows = []
        for n, st in enumerate(seats):
            if st.quota is None:
                check = self.tr("⚠ no quota: {0} over").format(st.over) if st.filled else ""
            elif st.over:
                check = self.tr("⚠ over quota by {0}").format(st.over)
            elif st.filled == st.quota:
                check = self.tr("full")
            else:
                check = self.tr("{0} free").format(st.quota - st.filled)
            display = [
                st.code,
                st.name,
                "—" if st.quota is None else str(st.quota),
                str(st.nominated),
                str(st.confirmed),
                str(st.withdrawn),
                str(st.filled),
                check,
            ]
            rows.append(make_row(n, display, bad=bool(st.over), code=st.code))
        self.seats_model.set_rows(rows)
        quota = sum(s.quota or 0 for s in seats)
        filled = sum(s.filled for s in seats)
        over = [s.code for s in seats if s.over]
        text = self.tr("{0} seats; {1} filled ({2} confirmed, {3} nominated); {4} withdrawn.")
        text = text.format(
            quota,
            filled,
            sum(s.confirmed for s in seats),
            sum(s.nominated for s in seats),
            sum(s.withdrawn for s in seats),
        )
        if over:
            text += " " + self.tr("⚠ Over quota: {0}.").format(", ".join(over))
        self.seats_total.setText(text)
        self.nominees_model.set_rows(
            [
                make_row(
                    n.enrolment_id,
                    [
                        n.ref,
                        n.name,
                        n.native_name or "",
                        n.administration,
                        enrolment_text(n.status),
                    ],
                    [n.ref, D.fold(n.name), n.native_name or "", n.administration, n.status],
                    status=n.status,
                )
                for n in nominees
            ]
        )
        self.nominees_model.set_filter(self.nominee_search.text())

    # ------------------------------------------------------------ people
    def save_person(self, person_id: int | None, values: dict[str, Any]) -> int:
        """Create or update through the services, undoably; returns the person's id."""
        plan_id = self.ctx.plan_id
        assert plan_id is not None
        if person_id is not None:
            before = self.ctx.read(
                lambda s: P.participant_fields(s, get(s, Participant, person_id, "participant"))
            )
            self.ctx.execute(
                self.tr("Edit {0}").format(values["name"]),
                lambda s: P.update_participant(s, person_id, **values),
                lambda s: P.update_participant(s, person_id, **before),
                {PEOPLE},
            )
            return person_id
        made: dict[str, Any] = {}

        def do(s: Session) -> int:
            person = P.create_participant(s, plan_id, **{**values, "ref": made.get("ref")})
            made["ref"], made["id"] = person.ref, person.id
            assert person.id is not None
            return person.id

        def undo(s: Session) -> None:
            found = participant_refs(s, plan_id).get(made["ref"])
            if found is not None:
                P.delete_participant(s, found)

        if values["ref"] is not None:
            made["ref"] = values["ref"]
        return int(
            self.ctx.execute(self.tr("New person {0}").format(values["name"]), do, undo, {PEOPLE})
        )

    def _person_dialog(self, person_id: int | None) -> PersonDialog:
        fields = None
        if person_id is not None:
            fields = self.ctx.read(
                lambda s: P.participant_fields(s, get(s, Participant, person_id, "participant"))
            )
        return PersonDialog(self, self.admins, person_id, fields)

    def new_person(self) -> None:
        dialog = self._person_dialog(None)
        if dialog.exec() and dialog.saved_id is not None:
            self.search.clear()
            self.admin.setCurrentIndex(0)
            self.select_ids([dialog.saved_id])

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._person_dialog(self.model.row_at(index.row()).id).exec()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = [self.model.row_at(self.model.view_row_of(i) or 0).display[1] for i in ids]
        if not confirm(
            self,
            self.tr("Delete people"),
            self.tr("Delete {0} ({1})? You can undo this with Ctrl+Z.").format(
                self.tr("{0} people").format(len(ids)) if len(ids) > 1 else names[0],
                ", ".join(names[:5]) + ("…" if len(names) > 5 else ""),
            ),
            self.tr("Delete"),
        ):
            return
        snapshot = self.ctx.read(lambda s: D.snapshot(s, ids))

        def do(s: Session) -> None:
            for i in ids:
                P.delete_participant(s, i)

        try:
            self.ctx.execute(
                self.tr("Delete {0} people").format(len(ids)),
                do,
                lambda s: D.restore(s, snapshot),
                {PEOPLE},
            )
        except Exception as e:
            show_error(self, e)

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            QMessageBox.information(
                self,
                self.tr("Merge two records"),
                self.tr("Select the two records of the same person (Ctrl+click), then Merge."),
            )
            return
        dialog = MergeDialog(self, ids)
        if not dialog.exec():
            return
        self.merge(*dialog.keep_drop())

    def merge(self, keep: int, drop: int) -> D.MergeSummary | None:
        snapshot = self.ctx.read(lambda s: D.snapshot(s, [keep, drop]))
        try:
            summary: D.MergeSummary = self.ctx.execute(
                self.tr("Merge two records"),
                lambda s: D.merge(s, keep, drop),
                lambda s: D.restore(s, snapshot),
                CHANGES,
            )
        except Exception as e:
            show_error(self, e)
            return None
        self.select_ids([keep])
        return summary

    # ------------------------------------------------------------ nominations
    def nominate_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = NominateDialog(self.ctx, len(ids), self)
        if dialog.exec() and (choice := dialog.choice()) is not None:
            self.nominate(ids, *choice)

    def nominate(self, ids: list[int], activity_id: int, status: str) -> int:
        """Enrol these people (those not enrolled yet) with undo; returns how many."""
        made: list[int] = []

        def do(s: Session) -> int:
            enrolled = {n.participant_id for n in N.nominees(s, activity_id)}
            made.clear()
            for pid in ids:
                if pid not in enrolled:
                    row = P.enrol(s, activity_id, pid, status)
                    assert row.id is not None
                    made.append(row.id)
            return len(made)

        def undo(s: Session) -> None:
            for eid in made:
                P.delete_enrolment(s, eid)

        try:
            n = int(
                self.ctx.execute(self.tr("Nominate {0} people").format(len(ids)), do, undo, CHANGES)
            )
        except Exception as e:
            show_error(self, e)
            return 0
        self.activity.setCurrentIndex(max(0, self.activity.findData(activity_id)))
        self.refresh_nominations()
        over = [s for s in self.ctx.read(lambda s: N.seats(s, activity_id)) if s.over]
        if over:
            QMessageBox.warning(
                self,
                self.tr("Over quota"),
                self.tr("Now over quota: {0}").format(
                    ", ".join(f"{s.code} ({s.filled}/{s.quota or 0})" for s in over)
                ),
            )
        return n

    def selected_enrolments(self) -> list[int]:
        return _selected_ids(self.nominees_view, self.nominees_model)

    def set_status(self, status: str) -> None:
        ids = self.selected_enrolments()
        if not ids:
            return
        before = {
            i: self.nominees_model.row_at(self.nominees_model.view_row_of(i) or 0).data["status"]
            for i in ids
        }

        def do(s: Session) -> None:
            for i in ids:
                P.update_enrolment(s, i, status=status)

        def undo(s: Session) -> None:
            for i, old in before.items():
                P.update_enrolment(s, i, status=old)

        try:
            self.ctx.execute(
                self.tr("Set {0} nominations to {1}").format(len(ids), enrolment_text(status)),
                do,
                undo,
                CHANGES,
            )
        except Exception as e:
            show_error(self, e)

    def remove_selected(self) -> None:
        ids = self.selected_enrolments()
        activity_id = self.current_activity()
        if not ids or activity_id is None:
            return
        if not confirm(
            self,
            self.tr("Remove from the activity"),
            self.tr(
                "Remove {0} people from this activity? Withdrawing keeps the record; "
                "removing deletes it. You can undo this with Ctrl+Z."
            ).format(len(ids)),
            self.tr("Remove"),
        ):
            return
        rows = self.ctx.read(
            lambda s: [
                (e.participant_id, e.status, e.pre_score, e.post_score, e.satisfaction)
                for e in (get(s, Enrolment, i, "enrolment") for i in ids)
            ]
        )

        def do(s: Session) -> None:
            for i in ids:
                P.delete_enrolment(s, i)

        def undo(s: Session) -> None:
            ids.clear()
            for pid, status, pre, post, sat in rows:
                row = P.enrol(
                    s, activity_id, pid, status, pre_score=pre, post_score=post, satisfaction=sat
                )
                assert row.id is not None
                ids.append(row.id)

        try:
            self.ctx.execute(
                self.tr("Remove {0} people from the activity").format(len(ids)), do, undo, CHANGES
            )
        except Exception as e:
            show_error(self, e)

    def import_list(self, activity_id: int | None = None) -> None:
        NominationImportDialog(self.ctx, self, activity_id).exec()

    # ------------------------------------------------------------ window state
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("participants/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("participants/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

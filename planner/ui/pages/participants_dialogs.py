"""The Participants page's dialogs: a person to add or edit (warned of look-alikes)
and two records of one person to merge."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.models import Gender
from planner.services import directory as D
from planner.services import participant_list as PL
from planner.ui.dialogs import FormDialog
from planner.ui.texts import gender_text

if TYPE_CHECKING:
    from planner.ui.pages.participants import ParticipantsPage


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
        people = page.ctx.read(lambda s: PL.people(s, ids))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Keep which record? The other one is merged into it.")))
        self.choice = QButtonGroup(self)
        for n, person in enumerate(people):
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

"""Participants: the directory of everyone, and the nominations of one activity
against the seat quotas of each administration.

The tabs are built in planner.ui.pages.participants_tabs, their rows in
planner.ui.pages.participants_tables, the dialogs in planner.ui.pages.participants_dialogs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.services import directory as D
from planner.services import nominations as N
from planner.services import participant_list as PL
from planner.services import people as P
from planner.services.workspace import Transaction
from planner.ui.context import ACTIVITIES, ATTENDANCE, PEOPLE, PLAN, REFERENCE, AppContext
from planner.ui.dialogs import confirm, show_error
from planner.ui.models.rows import RowTableModel, select_ids
from planner.ui.nominations_dialog import NominateDialog, NominationImportDialog
from planner.ui.pages import Page
from planner.ui.pages.participants_dialogs import MergeDialog, PersonDialog, ask_save_anyway
from planner.ui.pages.participants_tables import (
    SeatsModel,
    nominee_rows,
    person_rows,
    seat_rows,
    seats_summary,
    selected_row_ids,
)
from planner.ui.pages.participants_tabs import add_shortcuts, directory_tab, nominations_tab
from planner.ui.roles import refusal, restrict
from planner.ui.texts import enrolment_text

__all__ = [
    "MergeDialog",
    "ParticipantsPage",
    "PersonDialog",
    "SeatsModel",
    "ask_save_anyway",
    "person_rows",
]

CHANGES = {PEOPLE, ATTENDANCE}  # enrolments count in attendance and the figures


class ParticipantsPage(Page):
    # the directory tab (participants_tabs.directory_tab)
    model: RowTableModel
    search: QLineEdit
    admin: QComboBox
    table: QTableView
    count: QLabel
    # the nominations tab (participants_tabs.nominations_tab)
    activity: QComboBox
    seats_model: SeatsModel
    seats_view: QTableView
    seats_total: QLabel
    nominees_model: RowTableModel
    nominees_view: QTableView
    nominee_search: QLineEdit
    # every button, by key ("new", "edit", …, "import_here", "status_<status>", "remove")
    buttons: dict[str, QPushButton]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.admins: list[tuple[str, str]] = []
        self.tabs = QTabWidget()
        self.tabs.addTab(directory_tab(self), self.tr("&Directory"))
        self.tabs.addTab(nominations_tab(self), self.tr("&Nominations"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        add_shortcuts(self)
        # people and enrolments are the trainer's: another role sees them, greyed
        # buttons say why (the History stays open to everyone)
        self.refused = refusal(ctx.permissions, "attendance")
        restrict(self.refused, *(b for k, b in self.buttons.items() if k != "history"))

    def title(self) -> str:
        return self.tr("Participants")

    def watches(self) -> frozenset[str]:
        return frozenset({PLAN, REFERENCE, ACTIVITIES, PEOPLE, ATTENDANCE})

    def focus_search(self) -> None:
        (self.search if self.tabs.currentIndex() == 0 else self.nominee_search).setFocus()

    # ------------------------------------------------------------ data
    def refresh(self) -> None:
        plan_id = self.ctx.plan_id
        assert plan_id is not None
        selected = selected_row_ids(self.table, self.model)
        entries, admins, activities = self.ctx.read(
            lambda s: (
                D.listing(s, plan_id),
                [(a.code, a.name) for a in PL.administrations(s, plan_id)],
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
        return selected_row_ids(self.table, self.model)

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
        self.seats_model.set_rows(seat_rows(self, seats))
        self.seats_total.setText(seats_summary(self, seats))
        self.nominees_model.set_rows(nominee_rows(nominees))
        self.nominees_model.set_filter(self.nominee_search.text())

    # ------------------------------------------------------------ people
    def save_person(self, person_id: int | None, values: dict[str, Any]) -> int:
        """Create or update through the services, undoably; returns the person's id."""
        plan_id = self.ctx.plan_id
        assert plan_id is not None
        if person_id is not None:
            self.ctx.execute(
                self.tr("Edit {0}").format(values["name"]),
                lambda s: P.update_participant(s, person_id, **values),
                {PEOPLE},
            )
            return person_id

        def do(s: Transaction) -> int:
            return PL.create_person(s, plan_id, {**values, "ref": values["ref"]}).id

        return int(self.ctx.execute(self.tr("New person {0}").format(values["name"]), do, {PEOPLE}))

    def _person_dialog(self, person_id: int | None) -> PersonDialog:
        fields = None
        if person_id is not None:
            fields = self.ctx.read(lambda s: PL.person_fields(s, person_id))
        return PersonDialog(self, self.admins, person_id, fields)

    def new_person(self) -> None:
        if self.refused:  # Insert / Ctrl+Shift+N still reach it
            return
        dialog = self._person_dialog(None)
        if dialog.exec() and dialog.saved_id is not None:
            self.search.clear()
            self.admin.setCurrentIndex(0)
            self.select_ids([dialog.saved_id])

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and not self.refused:
            self._person_dialog(self.model.row_at(index.row()).id).exec()

    def history_current(self) -> None:
        from planner.services.history import Filter
        from planner.ui.history_dialog import HistoryDialog

        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        where = Filter(plan_id=self.ctx.plan_id, participant_id=row.id)
        HistoryDialog(self.ctx.db, where, row.display[1], self).exec()

    def erase_current(self) -> None:
        """A data-protection request: the person's personal data leave the plan and
        its history for good (their attendance and scores stay, unnamed)."""
        from planner.services.history import erase_participant

        index = self.table.currentIndex()
        if not index.isValid() or self.refused:
            return
        row = self.model.row_at(index.row())
        if not confirm(
            self,
            self.tr("Erase personal data"),
            self.tr(
                "Erase the name, position and e-mail of {0} ({1}) from the plan and from its "
                'history? Their attendance and scores stay, as those of "a person (erased)". '
                "This cannot be undone. Backups and files exported earlier still hold the "
                "data: delete them too."
            ).format(row.display[1], row.display[0]),
            self.tr("Erase"),
        ):
            return
        try:
            erase_participant(self.ctx.db, row.id, user=self.ctx.user)
        except Exception as e:
            show_error(self, e)
            return
        self.ctx.sync()  # the person's edits left the undo stack
        self.ctx.notify({PEOPLE, ATTENDANCE})

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.refused:  # the Delete key still reaches it
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

        def do(s: Transaction) -> None:
            for i in ids:
                P.delete_participant(s, i)

        try:
            self.ctx.execute(self.tr("Delete {0} people").format(len(ids)), do, {PEOPLE})
        except Exception as e:
            show_error(self, e)

    def merge_selected(self) -> None:
        if self.refused:
            return
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
        try:
            summary: D.MergeSummary = self.ctx.execute(
                self.tr("Merge two records"), lambda s: D.merge(s, keep, drop), CHANGES
            )
        except Exception as e:
            show_error(self, e)
            return None
        self.select_ids([keep])
        return summary

    # ------------------------------------------------------------ nominations
    def nominate_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.refused:
            return
        dialog = NominateDialog(self.ctx, len(ids), self)
        if dialog.exec() and (choice := dialog.choice()) is not None:
            self.nominate(ids, *choice)

    def nominate(self, ids: list[int], activity_id: int, status: str) -> int:
        """Enrol these people (those not enrolled yet), undoably; returns how many."""

        def do(s: Transaction) -> int:
            return len(PL.enrol_new(s, activity_id, ids, status))

        try:
            n = int(self.ctx.execute(self.tr("Nominate {0} people").format(len(ids)), do, CHANGES))
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
        return selected_row_ids(self.nominees_view, self.nominees_model)

    def set_status(self, status: str) -> None:
        ids = self.selected_enrolments()
        if not ids or self.refused:
            return

        def do(s: Transaction) -> None:
            for i in ids:
                P.update_enrolment(s, i, status=status)

        try:
            self.ctx.execute(
                self.tr("Set %n nomination(s) to {0}", "", len(ids)).format(enrolment_text(status)),
                do,
                CHANGES,
            )
        except Exception as e:
            show_error(self, e)

    def remove_selected(self) -> None:
        ids = self.selected_enrolments()
        activity_id = self.current_activity()
        if not ids or activity_id is None or self.refused:
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

        def do(s: Transaction) -> None:
            for i in ids:
                P.delete_enrolment(s, i)

        try:
            self.ctx.execute(
                self.tr("Remove {0} people from the activity").format(len(ids)), do, CHANGES
            )
        except Exception as e:
            show_error(self, e)

    def import_list(self, activity_id: int | None = None) -> None:
        if not self.refused:
            NominationImportDialog(self.ctx, self, activity_id).exec()

    # ------------------------------------------------------------ window state
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("participants/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("participants/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

"""The Participants page's two tabs, built onto the page: the directory (search,
administration filter, table, buttons) and the nominations of one activity (seats per
administration above, nominees below), with the page's keyboard shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.models import EnrolmentStatus
from planner.ui.fit import fit_columns
from planner.ui.models.rows import Column, RowTableModel
from planner.ui.pages.participants_tables import SeatsModel, table_view
from planner.ui.texts import enrolment_text

if TYPE_CHECKING:
    from planner.ui.pages.participants import ParticipantsPage


def directory_tab(page: ParticipantsPage) -> QWidget:
    page.model = RowTableModel(
        [
            Column(page.tr("Ref")),
            Column(page.tr("Name")),
            Column(page.tr("Native name")),
            Column(page.tr("Gender")),
            Column(page.tr("Administration")),
            Column(page.tr("Position")),
            Column(page.tr("E-mail")),
            Column(page.tr("Activities"), True),
        ],
        page,
    )
    page.search = QLineEdit()
    page.search.setPlaceholderText(page.tr("Search name, native name, e-mail, ref…"))
    page.search.setClearButtonEnabled(True)
    page.search.textChanged.connect(page.apply_filter)
    page.admin = QComboBox()
    # Administration names are long: the box keeps a sensible width, its list
    # shows them whole.
    page.admin.setMinimumContentsLength(28)
    page.admin.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    page.admin.view().setMinimumWidth(520)
    page.admin.currentIndexChanged.connect(page.apply_filter)
    page.table = table_view(page.model, ())
    page.table.horizontalHeader().setStretchLastSection(False)
    # sized from sample texts, the name taking what is left: fits 1280 pixels wide
    fit_columns(
        page.table,
        (
            "P00000",
            "Muhammad Syafiq bin Abdul",
            "ສົມພອນ ວົງສະຫວັນ",
            "Woman",
            "BN",
            "Assistant Director",
            "p0000@customs.example.org",
            "000",
        ),
        1,
    )
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    page.table.doubleClicked.connect(lambda _i: page.edit_current())
    page.count = QLabel()

    buttons = QHBoxLayout()
    page.buttons = {}
    for key, text, slot in (
        ("new", page.tr("&New person…"), page.new_person),
        ("edit", page.tr("&Edit…"), page.edit_current),
        ("delete", page.tr("De&lete"), page.delete_selected),
        ("merge", page.tr("&Merge two…"), page.merge_selected),
        ("history", page.tr("&History…"), page.history_current),
        ("erase", page.tr("E&rase personal data…"), page.erase_current),
        ("nominate", page.tr("N&ominate to activity…"), page.nominate_selected),
        ("import", page.tr("&Import nomination list…"), page.import_list),
    ):
        button = QPushButton(text)
        button.clicked.connect(lambda _=False, slot=slot: slot())
        buttons.addWidget(button)
        page.buttons[key] = button
    buttons.addStretch(1)
    buttons.addWidget(page.count)
    filters = QHBoxLayout()
    filters.addWidget(page.search, 3)
    filters.addWidget(page.admin, 1)
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.addLayout(filters)
    layout.addWidget(page.table, 1)
    layout.addLayout(buttons)
    return tab


def nominations_tab(page: ParticipantsPage) -> QWidget:
    page.activity = QComboBox()
    page.activity.setMinimumContentsLength(50)
    page.activity.setSizeAdjustPolicy(
        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    page.activity.currentIndexChanged.connect(page.refresh_nominations)
    page.seats_model = SeatsModel(
        [
            Column(page.tr("Admin.")),
            Column(page.tr("Administration")),
            Column(page.tr("Quota"), True),
            Column(page.tr("Nominated"), True),
            Column(page.tr("Confirmed"), True),
            Column(page.tr("Withdrawn"), True),
            Column(page.tr("Seats filled"), True),
            Column(page.tr("Check")),
        ],
        page,
    )
    page.seats_view = table_view(page.seats_model, (60, 300, 60, 80, 80, 80, 90, 150))
    page.seats_view.setSortingEnabled(False)
    page.seats_total = QLabel()
    page.seats_total.setWordWrap(True)
    page.nominees_model = RowTableModel(
        [
            Column(page.tr("Ref")),
            Column(page.tr("Name")),
            Column(page.tr("Native name")),
            Column(page.tr("Administration")),
            Column(page.tr("Status")),
        ],
        page,
    )
    page.nominees_view = table_view(page.nominees_model, (70, 240, 200, 110, 100))
    page.nominees_view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    page.nominee_search = QLineEdit()
    page.nominee_search.setPlaceholderText(page.tr("Search the nominees…"))
    page.nominee_search.setClearButtonEnabled(True)
    page.nominee_search.textChanged.connect(lambda text: page.nominees_model.set_filter(text))

    top = QHBoxLayout()
    top.addWidget(QLabel(page.tr("Activity:")))
    top.addWidget(page.activity, 1)
    import_here = QPushButton(page.tr("Import nomination list…"))
    import_here.clicked.connect(lambda: page.import_list(page.current_activity()))
    top.addWidget(import_here)
    page.buttons["import_here"] = import_here
    status_buttons = QHBoxLayout()
    status_buttons.addWidget(QLabel(page.tr("Set the selected to:")))
    for status in EnrolmentStatus:
        button = QPushButton(enrolment_text(status.value))
        button.clicked.connect(lambda _=False, s=status.value: page.set_status(s))
        status_buttons.addWidget(button)
        page.buttons[f"status_{status.value}"] = button
    remove = QPushButton(page.tr("Remove from activity"))
    remove.clicked.connect(page.remove_selected)
    status_buttons.addWidget(remove)
    page.buttons["remove"] = remove
    status_buttons.addStretch(1)

    upper = QWidget()
    upper_layout = QVBoxLayout(upper)
    upper_layout.setContentsMargins(0, 0, 0, 0)
    upper_layout.addWidget(QLabel(page.tr("Seats per administration")))
    upper_layout.addWidget(page.seats_view, 1)
    upper_layout.addWidget(page.seats_total)
    lower = QWidget()
    lower_layout = QVBoxLayout(lower)
    lower_layout.setContentsMargins(0, 0, 0, 0)
    lower_layout.addWidget(page.nominee_search)
    lower_layout.addWidget(page.nominees_view, 1)
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


def add_shortcuts(page: ParticipantsPage) -> None:
    """Ctrl+F searches, Ctrl+Shift+N (or Insert) adds a person; on the table, Enter
    edits and Delete deletes."""
    for keys, slot in (
        ((QKeySequence("Ctrl+F"),), page.focus_search),
        ((QKeySequence("Ctrl+Shift+N"), QKeySequence(Qt.Key.Key_Insert)), page.new_person),
    ):
        action = QAction(page)
        action.setShortcuts(list(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        page.addAction(action)
    for keys, slot in (
        ((QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)), page.edit_current),
        ((QKeySequence(QKeySequence.StandardKey.Delete),), page.delete_selected),
    ):
        action = QAction(page.table)
        action.setShortcuts(list(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        page.table.addAction(action)

"""The list of activities as a table: one prepared row per activity (what each
column shows, what it sorts by, what the filters test) and the view set up for
sorting, selecting many and reading long lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from planner import display
from planner.models import Kind, Status
from planner.services.activity_list import ActivityRow
from planner.ui.fit import fit_columns
from planner.ui.models.rows import Row, RowTableModel, make_row
from planner.ui.texts import kind_text, status_text

TITLE_COL = 2  # takes the room the other columns leave
START_COL = 5


def activity_row(r: ActivityRow) -> Row:
    """One row, with its costs in base currency (⚠: some line has no exchange rate)."""
    planned = display.money(r.planned)
    actual = display.money(r.actual) if r.has_actuals else ""
    if r.missing_rate:
        planned += " ⚠"
    return make_row(
        r.id,
        [
            r.code,
            kind_text(r.kind),
            r.title,
            r.theme,
            status_text(r.status),
            r.start,
            r.end,
            r.venue,
            str(r.seats),
            planned,
            actual,
        ],
        [
            r.code,
            r.kind,
            r.title.casefold(),
            r.theme,
            list(Status).index(Status(r.status)),
            r.start,
            r.end,
            r.venue.casefold(),
            r.seats,
            r.planned,
            r.actual,
        ],
        year=int(r.start[:4]),
        kind=r.kind,
        theme=r.theme,
        status=r.status,
        admins=r.admins,
    )


def activities_view(model: RowTableModel) -> QTableView:
    """The table: sorted by start date, rows selected (several with Shift or Ctrl)."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(START_COL, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    longest_kind = max((kind_text(k) for k in Kind), key=len)
    longest_status = max((status_text(s) for s in Status), key=len)
    samples = (
        "TC-2027-01",
        longest_kind,
        "Customs data analytics and risk",
        "ORIGIN",
        longest_status,
        "2027-03-08",
        "2027-03-08",
        "Kuala Lumpur",
        "99",
        "1,274,350.00",
        "1,274,350.00",
    )
    fit_columns(table, samples, TITLE_COL)  # fits 1280 pixels wide
    return table

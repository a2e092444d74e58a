"""The plan overview's grid: one cell is current (as in any table) and, inside
it, one card; arrows move card by card and across cells, Enter or a click opens
the card."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from planner.ui.pages.overview_cards import CardDelegate, CardGeometry
from planner.ui.pages.overview_header import BandHeader
from planner.ui.pages.overview_model import Card, OverviewModel


class CardTable(QTableView):
    """The grid. One cell is current (as in any table) and, inside it, one card:
    arrows move card by card and across cells, Enter or a click opens the card."""

    cardActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.geometry_ = CardGeometry(self.font())
        self.card_index: int | None = None
        self._pressed: int | None = None
        self.setHorizontalHeader(BandHeader(Qt.Orientation.Horizontal, self))
        self.setVerticalHeader(BandHeader(Qt.Orientation.Vertical, self))
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(CardGeometry.MIN_WIDTH + 2 * CardGeometry.MARGIN)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.update_row_heights())
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # the theme labels are sticky, so a scroll repaints them rather than moving pixels
        self.verticalScrollBar().valueChanged.connect(
            lambda _v: self.verticalHeader().viewport().update()
        )

    def overview(self) -> OverviewModel:
        model = self.model()
        assert isinstance(model, OverviewModel)
        return model

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.geometry_ = CardGeometry(self.font())
            self.update_row_heights()
        super().changeEvent(event)

    def update_row_heights(self) -> None:
        model = self.model()
        if not isinstance(model, OverviewModel):
            return
        header = self.verticalHeader()
        floor = header.minimum_row_height() if isinstance(header, BandHeader) else 40
        for row in range(model.rowCount()):
            height = floor
            for col in range(model.columnCount()):
                n = len(model.cards(row, col))
                height = max(height, self.geometry_.cell_height(self.columnWidth(col), n))
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)

    # -- the current card ----------------------------------------------------
    def current_card(self) -> Card | None:
        index = self.currentIndex()
        if not index.isValid() or self.card_index is None:
            return None
        cards = self.overview().cards(index.row(), index.column())
        return cards[self.card_index] if self.card_index < len(cards) else None

    def select_card(self, row: int, column: int, i: int | None) -> None:
        index = self.overview().index(row, column)
        if not index.isValid():
            return
        self.card_index = None  # so currentChanged does not choose for us
        self.setCurrentIndex(index)
        self.card_index = i
        self.scrollTo(index)
        if i is not None:
            self.ensure_card_visible(index, i)
        self.viewport().update()

    def select_activity(self, activity_id: int) -> bool:
        where = self.overview().locate(activity_id)
        if where is None:
            return False
        self.select_card(*where)
        return True

    def card_rect(self, activity_id: int) -> QRect | None:
        """Where an activity's card is, in viewport coordinates."""
        where = self.overview().locate(activity_id)
        if where is None:
            return None
        row, col, i = where
        cell = self.visualRect(self.overview().index(row, col))
        return self.geometry_.rect(cell, len(self.overview().cards(row, col)), i)

    def card_at(self, pos: QPoint) -> Card | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        cards = self.overview().cards(index.row(), index.column())
        i = self.geometry_.hit(self.visualRect(index), len(cards), pos)
        return None if i is None else cards[i]

    def ensure_card_visible(self, index: QModelIndex, i: int) -> None:
        cards = self.overview().cards(index.row(), index.column())
        rect = self.geometry_.rect(self.visualRect(index), len(cards), i)
        bar, height = self.verticalScrollBar(), self.viewport().height()
        if rect.bottom() > height:
            bar.setValue(bar.value() + rect.bottom() - height + CardGeometry.MARGIN)
        elif rect.top() < 0:
            bar.setValue(bar.value() + rect.top() - CardGeometry.MARGIN)

    # -- keyboard ------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        model = self.model()
        if not isinstance(model, OverviewModel) or model.rowCount() == 0:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            card = self.current_card()
            if card is not None:
                self.cardActivated.emit(card.id)
            event.accept()
            return
        if key not in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            super().keyPressEvent(event)
            return
        event.accept()
        index = self.currentIndex()
        if not index.isValid():
            self.select_card(0, 0, 0 if model.cards(0, 0) else None)
            return
        row, col, i = index.row(), index.column(), self.card_index
        n = len(model.cards(row, col))
        per = self.geometry_.per_line(self.columnWidth(col))
        rows, cols = model.rowCount(), model.columnCount()

        def first(r: int, c: int) -> int | None:
            return 0 if model.cards(r, c) else None

        def last(r: int, c: int) -> int | None:
            m = len(model.cards(r, c))
            return m - 1 if m else None

        if key == Qt.Key.Key_Right:
            if i is not None and i + 1 < n:
                self.select_card(row, col, i + 1)
            elif i is None and n:
                self.select_card(row, col, 0)
            elif col + 1 < cols:
                self.select_card(row, col + 1, first(row, col + 1))
        elif key == Qt.Key.Key_Left:
            if i is not None and i > 0:
                self.select_card(row, col, i - 1)
            elif col > 0:
                self.select_card(row, col - 1, last(row, col - 1))
        elif key == Qt.Key.Key_Down:
            if i is not None and i + per < n:
                self.select_card(row, col, i + per)
            elif row + 1 < rows:
                m = len(model.cards(row + 1, col))
                self.select_card(row + 1, col, min((i or 0) % per, m - 1) if m else None)
        elif key == Qt.Key.Key_Up:
            if i is not None and i - per >= 0:
                self.select_card(row, col, i - per)
            elif row > 0:
                m = len(model.cards(row - 1, col))
                if m:
                    last_line = (m - 1) // per * per
                    self.select_card(row - 1, col, min(last_line + (i or 0) % per, m - 1))
                else:
                    self.select_card(row - 1, col, None)

    # -- mouse ---------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton or not index.isValid():
            super().mousePressEvent(event)
            return
        cards = self.overview().cards(index.row(), index.column())
        i = self.geometry_.hit(self.visualRect(index), len(cards), pos)
        self.card_index = None
        self.setCurrentIndex(index)
        self.card_index = i
        self._pressed = None if i is None else cards[i].id
        self.viewport().update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        if event.button() == Qt.MouseButton.LeftButton and pressed is not None:
            card = self.card_at(event.position().toPoint())
            if card is not None and card.id == pressed:
                event.accept()
                self.cardActivated.emit(card.id)
                return
        super().mouseReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        index = self.currentIndex()
        if (
            self.card_index is None
            and index.isValid()
            and self.overview().cards(index.row(), index.column())
        ):
            self.card_index = 0  # arriving by Tab: on the first card of the cell
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()  # one click already opened the card

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.card_at(event.position().toPoint()) is not None
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor
        )
        event.accept()

"""Fitting a page into a small screen (1280x800): combo boxes that elide their
text (the whole of it in the tooltip) and table columns sized from sample texts
in the window's font, one column taking the room left over.

A user's own column widths are kept: the pages save each table's header state
in the settings and restore it when the window opens."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableView,
    QWidget,
)

PADDING = 14  # cell margins and the header's sort arrow


class ElidedComboBox(QComboBox):
    """A combo box as wide as its first item ("All …"), whose longer items are
    elided when shown (in full in the tooltip and in the open list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(self._tip)

    def fit_to_first(self) -> None:
        """As wide as the first item; the open list as wide as the longest."""
        if self.count():
            self.setMinimumContentsLength(len(self.itemText(0)) + 1)
            opt = QStyleOptionComboBox()
            self.initStyleOption(opt)
            first = self.fontMetrics().horizontalAdvance(self.itemText(0))
            size = self.style().sizeFromContents(
                QStyle.ContentsType.CT_ComboBox, opt, QSize(first + 4, 0), self
            )
            self.setMinimumWidth(size.width())  # the first item always shows whole
            widest = max(
                self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())
            )
            self.view().setMinimumWidth(widest + 40)
        self._tip()

    def _tip(self, *_: object) -> None:
        self.setToolTip(self.currentText())

    def is_elided(self) -> bool:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().horizontalAdvance(self.currentText()) > field.width()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        opt.currentText = self.fontMetrics().elidedText(
            opt.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)


def text_width(view: QWidget, sample: str) -> int:
    """The width of the longest line of ``sample`` in the widget's font, with margins."""
    fm = view.fontMetrics()
    return max(fm.horizontalAdvance(line) for line in sample.split("\n")) + PADDING


def fit_columns(view: QTableView, samples: Sequence[str], stretch: int) -> None:
    """Each column as wide as its sample or its title, whichever is wider; column
    ``stretch`` takes what is left of the table's width (at least its sample)."""
    header = view.horizontalHeader()
    model = view.model()
    widths = []
    for col, sample in enumerate(samples):
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        widths.append(max(text_width(view, sample), text_width(header, title)))
        header.resizeSection(col, widths[-1])
    view.viewport().installEventFilter(_Rest(view, stretch, widths[stretch]))


class _Rest(QObject):
    """Column ``column`` takes the room the others leave (never less than ``least``)."""

    def __init__(self, view: QTableView, column: int, least: int) -> None:
        super().__init__(view)
        self._view, self._column, self._least = view, column, least

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            header = self._view.horizontalHeader()
            others = sum(
                header.sectionSize(c)
                for c in range(header.count())
                if c != self._column and not header.isSectionHidden(c)
            )
            room = self._view.viewport().width() - others
            header.resizeSection(self._column, max(self._least, room))
        return False

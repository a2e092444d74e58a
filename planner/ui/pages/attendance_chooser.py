"""The Attendance page's activity box: a searchable list of the activities with
enrolments. What is typed into it is either taken (it names one activity: its
code, its whole line, or words found in that line only) or refused visibly: the
box shows the open activity again and says why. The box never shows one
activity while the grid shows another.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from planner.services.attendance import ActivityChoice
from planner.ui.texts import status_text

# The item role holding an activity's code.
CODE_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class ActivityBox(QComboBox):
    """Choose the activity by list, by completion, or by typing its code."""

    # A typed text was refused: the message to show.
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer, search = self.completer(), self.lineEdit()
        assert completer is not None and search is not None
        self.search: QLineEdit = search
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.search.setPlaceholderText(self.tr("Search an activity by code or title…"))
        self.search.editingFinished.connect(self.take_typed)
        self.currentIndexChanged.connect(self.show_current)

    def set_choices(self, choices: Sequence[ActivityChoice], keep: int | None) -> int:
        """Fill the list (no signal); select ``keep`` if listed; returns its index or -1."""
        with QSignalBlocker(self):
            self.clear()
            for c in choices:
                self.addItem(
                    f"{c.code} — {c.title} ({status_text(c.status)}, {c.start.isoformat()})", c.id
                )
                self.setItemData(self.count() - 1, c.code, CODE_ROLE)
                self.setItemData(self.count() - 1, self.itemText(self.count() - 1),
                                 Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        return self.findData(keep) if keep is not None else -1

    def activity_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def _containing(self, typed: str) -> list[int]:
        wanted = " ".join(typed.split()).casefold()
        return [i for i in range(self.count()) if wanted in self.itemText(i).casefold()]

    def find_typed(self, typed: str) -> int:
        """The index of the one activity ``typed`` names, or -1: a code or a whole
        line (any case), else words that only one line contains."""
        wanted = " ".join(typed.split()).casefold()
        if not wanted:
            return -1
        for i in range(self.count()):
            if wanted in (str(self.itemData(i, CODE_ROLE)).casefold(), self.itemText(i).casefold()):
                return i
        found = self._containing(typed)
        return found[0] if len(found) == 1 else -1

    def take_typed(self) -> None:
        """Enter, Tab or leaving the box: open what was typed, or refuse it."""
        typed = self.search.text()
        current = self.currentIndex()
        if current >= 0 and typed == self.itemText(current):
            self.search.setCursorPosition(0)
            return
        index = self.find_typed(typed)
        if index >= 0 and index != current:
            self.setCurrentIndex(index)  # the page loads it
            return
        self.show_current()
        if index < 0 and typed.strip():
            several = len(self._containing(typed)) > 1
            message = (
                self.tr("“{0}” matches several activities: type one code.")
                if several
                else self.tr("No activity with enrolments has the code “{0}”.")
            )
            self.refused.emit(message.format(typed.strip()))

    def show_current(self, *_: object) -> None:
        """The box shows the open activity, from its start (code first)."""
        current = self.currentIndex()
        with QSignalBlocker(self.search):
            self.search.setText(self.itemText(current) if current >= 0 else "")
            self.search.setCursorPosition(0)
        self.setToolTip(self.itemText(current) if current >= 0 else "")  # a long title whole

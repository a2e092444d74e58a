"""The date field takes dates typed in full (QDateEdit dropped the typed year)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from planner.ui.widgets import DateField, parse_typed_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2030-09-02", date(2030, 9, 2)),
        ("2030/9/2", date(2030, 9, 2)),
        ("2030.09.02", date(2030, 9, 2)),
        ("20300902", date(2030, 9, 2)),
        ("2030-02-30", None),
        ("02/09/2030", None),
        ("next week", None),
    ],
)
def test_typed_dates(text: str, expected: date | None) -> None:
    assert parse_typed_date(text) == expected


def test_typing_over_a_date_changes_the_year_too(qtbot: Any) -> None:
    field = DateField(QDate(2027, 1, 1))
    qtbot.addWidget(field)
    finished: list[QDate] = []
    field.editingFinished.connect(lambda: finished.append(field.date()))
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "2030-09-02")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.date() == QDate(2030, 9, 2)
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "2030-13-40")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.date() == QDate(2030, 9, 2) and field.text() == "2030-09-02"
    assert finished == [QDate(2030, 9, 2), QDate(2030, 9, 2)]


def test_a_date_picked_in_the_calendar(qtbot: Any) -> None:
    field = DateField(QDate(2027, 1, 1))
    qtbot.addWidget(field)
    field.calendarWidget().clicked.emit(QDate(2028, 5, 6))
    assert field.date() == QDate(2028, 5, 6) and field.text() == "2028-05-06"


def test_bar_labels_break_between_words_or_characters(qtbot: Any) -> None:
    """A chart's category name takes two lines where rows have room: English breaks
    between words, Chinese between characters, and only what still does not fit is
    elided; one line is elided as before."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from planner.ui.chart_bars import label_lines

    fm = QFontMetricsF(QFont())
    name = "Network-based Inspection of Place of Origin"
    width = fm.horizontalAdvance("Network-based Inspection of") + 1
    assert label_lines(fm, name, width, 2) == ["Network-based Inspection of", "Place of Origin"]
    one = label_lines(fm, name, width, 1)
    assert len(one) == 1 and one[0].endswith("…") and one[0].startswith("Network")
    assert label_lines(fm, "Short", width, 2) == ["Short"]  # fits: one line
    zh = "原产地网络核查与执法互助合作"
    first, second = label_lines(fm, zh, fm.horizontalAdvance(zh[:8]) + 0.5, 2)
    assert first == zh[:8] and second == zh[8:]
    # too long even for two lines: the second is elided
    long = " ".join(["Administration"] * 6)
    lines = label_lines(fm, long, fm.horizontalAdvance("Administration") + 1, 2)
    assert lines[0] == "Administration" and lines[1].endswith("…")

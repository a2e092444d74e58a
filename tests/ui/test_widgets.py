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

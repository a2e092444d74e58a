"""The Results page's forms: a result, an indicator (with its targets per year),
an entered actual. Each hands its values to the page, which saves them as one
undoable edit; a refusal shows next to its field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from planner.services.results_framework import IndicatorRow, ResultRow
from planner.services.results_rules import figure_names
from planner.services.results_view import FIGURES, ResultsView
from planner.ui.dialogs import FormDialog

Save = Callable[[dict[str, Any]], None]


def _combo(items: list[tuple[str, Any]], current: Any) -> QComboBox:
    box = QComboBox()
    for label, value in items:
        box.addItem(label, value)
    index = box.findData(current)
    box.setCurrentIndex(max(index, 0))
    return box


def _chinese(hint: str, value: str | None) -> QLineEdit:
    """An optional Chinese name's field (blank: none, the English one is shown)."""
    edit = QLineEdit(value or "")
    edit.setPlaceholderText(hint)
    return edit


class ResultDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, view: ResultsView, save: Save, row: ResultRow | None = None
    ) -> None:
        super().__init__(parent, self.tr("Result") if row else self.tr("New result"))
        self.save = save
        self.code = self.add("code", self.tr("Code"), QLineEdit(row.code if row else ""))
        levels = [
            (self.tr("objective"), "objective"),
            (self.tr("outcome"), "outcome"),
            (self.tr("output"), "output"),
        ]
        self.level = self.add("level", self.tr("Level"), _combo(levels, row.level if row else None))
        self.title_edit = self.add("title", self.tr("Title"), QLineEdit(row.title if row else ""))
        self.title_zh = self.add(
            "title_zh",
            self.tr("Title in Chinese"),
            _chinese(
                self.tr("optional: shown in Chinese reports and windows"),
                row.title_zh if row else None,
            ),
        )
        parents = [(self.tr("(none)"), None)] + [
            (f"{r.code} {r.shown_title}", r.code)
            for r in view.results
            if not row or r.code != row.code
        ]
        self.parent_box = self.add(
            "parent", self.tr("Part of"), _combo(parents, row.parent if row else None)
        )
        themes = [(self.tr("(none)"), None)] + [(t, t) for t in view.themes]
        self.theme = self.add("theme", self.tr("Theme"), _combo(themes, row.theme if row else None))
        self.finish()

    def accept_values(self) -> None:
        self.save(
            {
                "code": self.code.text().strip(),
                "level": self.level.currentData(),
                "title": self.title_edit.text(),
                "title_zh": self.title_zh.text(),
                "parent": self.parent_box.currentData(),
                "theme": self.theme.currentData(),
            }
        )


class IndicatorDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        view: ResultsView,
        save: Save,
        row: IndicatorRow | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Indicator") if row else self.tr("New indicator"))
        self.save = save
        self.row = row
        self.code = self.add("code", self.tr("Code"), QLineEdit(row.code if row else ""))
        self.name = self.add("name", self.tr("Name"), QLineEdit(row.name if row else ""))
        hint = self.tr("optional: shown in Chinese reports and windows")
        self.name_zh = self.add(
            "name_zh", self.tr("Name in Chinese"), _chinese(hint, row.name_zh if row else None)
        )
        results = [(self.tr("(none)"), None)] + [
            (f"{r.code} {r.shown_title}", r.code) for r in view.results
        ]
        self.result_box = self.add(
            "result", self.tr("Result"), _combo(results, row.result if row else None)
        )
        self.unit = self.add("unit", self.tr("Unit"), QLineEdit(row.unit if row else ""))
        self.unit_zh = self.add(
            "unit_zh", self.tr("Unit in Chinese"), _chinese(hint, row.unit_zh if row else None)
        )
        self.baseline = self.add(
            "baseline", self.tr("Baseline"), QLineEdit(row.baseline if row else "0")
        )
        self.baseline_year = self.add("baseline_year", self.tr("Baseline year"), QSpinBox())
        self.baseline_year.setRange(2000, 2100)
        self.baseline_year.setValue(row.baseline_year if row else view.years[0] - 1)
        directions = [
            (self.tr("higher is better"), "higher"),
            (self.tr("lower is better"), "lower"),
        ]
        self.direction = self.add(
            "direction", self.tr("Direction"), _combo(directions, row.direction if row else None)
        )
        self.source = self.add("source", self.tr("Source"), QLineEdit(row.source if row else ""))
        names = figure_names()
        figures = [(self.tr("(entered by hand)"), None)] + [(names.get(f, f), f) for f in FIGURES]
        self.figure = self.add(
            "figure", self.tr("Computed from"), _combo(figures, row.figure if row else None)
        )
        themes = [(self.tr("(whole plan)"), None)] + [(t, t) for t in view.themes]
        self.theme = self.add(
            "theme", self.tr("For theme"), _combo(themes, row.theme if row else None)
        )
        self.cumulative = self.add("cumulative", self.tr("Plan to date"), QCheckBox())
        self.cumulative.setChecked(bool(row and row.cumulative))
        self.targets: dict[int, QLineEdit] = {}
        for y in view.years:
            edit = QLineEdit(row.targets.get(y, "") if row else "")
            self.targets[y] = self.add(
                f"target{y}", self.tr("Target {0}").replace("{0}", str(y)), edit
            )
        self.finish()

    def accept_values(self) -> None:
        self.save(
            {
                "code": self.code.text().strip(),
                "name": self.name.text(),
                "name_zh": self.name_zh.text(),
                "result": self.result_box.currentData(),
                "unit": self.unit.text(),
                "unit_zh": self.unit_zh.text(),
                "baseline": self.baseline.text().strip(),
                "baseline_year": self.baseline_year.value(),
                "direction": self.direction.currentData(),
                "source": self.source.text(),
                "figure": self.figure.currentData(),
                "theme": self.theme.currentData(),
                "cumulative": self.cumulative.isChecked(),
                "targets": [
                    {"year": y, "value": e.text().strip()}
                    for y, e in self.targets.items()
                    if e.text().strip()
                ],
            }
        )


class ActualDialog(FormDialog):
    def __init__(self, parent: QWidget | None, years: list[int], save: Save) -> None:
        super().__init__(parent, self.tr("Enter an actual value"))
        self.save = save
        self.year = self.add("year", self.tr("Year"), _combo([(str(y), y) for y in years], None))
        self.value = self.add("value", self.tr("Value"), QLineEdit())
        self.day = self.add("date", self.tr("Measured on"), QLineEdit())
        self.day.setPlaceholderText("YYYY-MM-DD")
        self.source = self.add("source", self.tr("Source"), QLineEdit())
        self.note = self.add("note", self.tr("Note"), QLineEdit())
        self.finish()

    def accept_values(self) -> None:
        self.save(
            {
                "year": self.year.currentData(),
                "value": self.value.text().strip(),
                "date": self.day.text().strip() or None,
                "source": self.source.text(),
                "note": self.note.text(),
            }
        )

"""The plan overview's content: one frozen record per card, per year and per
theme, built from what :mod:`planner.services.overview_view` read, and the table
model that holds them (themes down, years across)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from planner import display
from planner.models import Status
from planner.money import exponent_of
from planner.services.overview_view import OverviewData

Index = QModelIndex | QPersistentModelIndex
CARDS_ROLE = Qt.ItemDataRole.UserRole + 10
BAND_ROLE = Qt.ItemDataRole.UserRole + 11

#: Status -> (fill, text on the fill). Chosen to read on light and dark palettes.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    Status.PLANNED.value: ("#607d8b", "#ffffff"),
    Status.APPROVED.value: ("#f2b705", "#1f1f1f"),
    Status.SCHEDULED.value: ("#1e6fd9", "#ffffff"),
    Status.DELIVERED.value: ("#2e7d32", "#ffffff"),
    Status.CANCELLED.value: ("#c62828", "#ffffff"),
}


# ------------------------------------------------------------------ records
@dataclass(frozen=True)
class Card:
    id: int
    code: str
    kind: str
    title: str
    status: str
    start: date
    end: date
    venue: str
    planned: str  # formatted, from metrics


@dataclass(frozen=True)
class YearBand:
    year: int
    planned: str
    input: str
    actual: str
    rate: Decimal | None  # execution rate from metrics
    over: bool  # planned above input
    missing_rate: bool  # some budget lines of the year have no exchange rate


@dataclass(frozen=True)
class ThemeBand:
    code: str
    name: str
    count: int
    planned: str


@dataclass(frozen=True)
class Overview:
    currency: str
    years: list[YearBand]
    themes: list[ThemeBand]
    cells: dict[tuple[int, int], list[Card]]
    warnings: list[str]


def build_overview(data: OverviewData) -> Overview:
    """Everything the page shows, from what the service read; figures from metrics."""
    figures = data.figures
    places = exponent_of(figures.base_currency)
    row_of = {theme.id: r for r, theme in enumerate(data.themes)}
    planned = {r.key: r.figures for r in figures.scope("activity")}
    cells: dict[tuple[int, int], list[Card]] = defaultdict(list)
    for a in data.activities:
        f = planned.get(a.code)
        cost = display.money(f.planned_cost, places) if f is not None else ""
        card = Card(a.id, a.code, a.kind, a.title, a.status, a.start, a.end, a.venue, cost)
        cells[(row_of[a.theme_id], a.start.year - figures.start_year)].append(card)
    by_year = {r.key: r.figures for r in figures.scope("year")}
    years = []
    for y in figures.inputs:
        f = by_year[str(y.year)]
        years.append(
            YearBand(
                y.year,
                display.money(f.planned_cost, places),
                display.money(y.input, places),
                display.money(y.actual_cost, places),
                y.execution_rate,
                y.input > 0 and f.planned_cost > y.input,
                bool(f.lines_without_rate),
            )
        )
    by_theme = {r.key: r.figures for r in figures.scope("theme")}
    bands = [
        ThemeBand(
            theme.code,
            theme.name,
            sum(len(cells.get((r, c), ())) for c in range(figures.years)),
            display.money(by_theme[theme.code].planned_cost, places),
        )
        for r, theme in enumerate(data.themes)
    ]
    return Overview(figures.base_currency, years, bands, dict(cells), figures.warnings)


# ------------------------------------------------------------------ model
class OverviewModel(QAbstractTableModel):
    """Rows are themes, columns are years; each cell holds its cards (CARDS_ROLE)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.data_ = Overview("", [], [], {}, [])
        self._where: dict[int, tuple[int, int, int]] = {}

    def set_overview(self, overview: Overview) -> None:
        self.beginResetModel()
        self.data_ = overview
        self._where = {
            card.id: (r, c, i)
            for (r, c), cards in overview.cells.items()
            for i, card in enumerate(cards)
        }
        self.endResetModel()

    def cards(self, row: int, column: int) -> list[Card]:
        return self.data_.cells.get((row, column), [])

    def locate(self, activity_id: int) -> tuple[int, int, int] | None:
        """(row, column, position in the cell) of an activity's card."""
        return self._where.get(activity_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.data_.themes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.data_.years)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cards = self.cards(index.row(), index.column())
        if role == CARDS_ROLE:
            return cards
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return None  # the delegate paints; no text under the cards
            theme = self.data_.themes[index.row()].code
            year = self.data_.years[index.column()].year
            return self.tr("{0} {1}: %n activity(ies)", "", len(cards)).format(theme, year) + (
                " (" + ", ".join(c.code for c in cards) + ")" if cards else ""
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        bands: list[Any] = self.data_.years if horizontal else self.data_.themes
        if not 0 <= section < len(bands):
            return None
        band = bands[section]
        if role == BAND_ROLE:
            return band
        if role == Qt.ItemDataRole.DisplayRole:
            return str(band.year) if horizontal else band.code
        if role == Qt.ItemDataRole.ToolTipRole:
            if horizontal:
                return self.tr(
                    "{0}\nPlanned: {1}\nInput (envelopes): {2}\nActual: {3}\n"
                    "Execution rate (actual / input): {4}"
                ).format(
                    band.year,
                    band.planned,
                    band.input,
                    band.actual,
                    display.percent(band.rate),
                ) + (
                    self.tr(
                        "\n⚠ Some budget lines of {0} have no exchange rate: they are left "
                        "out of the planned and actual costs (see Reference data)."
                    ).format(band.year)
                    if band.missing_rate
                    else ""
                )
            return f"{band.code} — {band.name}"
        return None

"""The action plan's timeline laid out: lanes of themes, bars of activities in sub-rows.

Bars whose codes would overlap are stacked in sub-rows of their lane; a plan too
full for that at a legible size is split over two pages by years; past that,
bars get thinner and codes are left out where they do not fit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib import colors
from reportlab.lib.colors import Color

from planner.i18n import _
from planner.models import Status
from planner.reports.common import INK
from planner.reports.drawn_text import text_width
from planner.reports.formats import status_names
from planner.services.rows import PlanActivityRow

LANE_LABEL = 96.0  # width of the theme names left of the lanes
HEAD = 24.0  # year and quarter rows above the lanes
LANE_GAP = 3.0  # space above and below the sub-rows of a lane
LABEL_SIZES = (8.0, 7.5, 7.0, 6.5)  # codes: the largest that fits is taken
ROW_PER_POINT = 1.5  # a sub-row is this many times the codes' size, at least
MAX_ROW_PER_POINT = 2.4  # and at most this, when the page has room to spare
SMALL_LABEL = 6.0  # codes where they fit, when bars get thin
MIN_LABELLED_ROW = 7.0  # below this, codes are left out
CHIP = 8.0  # smallest bar, wide enough for the status letter
GAP = 3.0  # between a code and the next bar in a sub-row


@dataclass(frozen=True)
class StatusLook:
    letter: str
    name: str
    fill: Color
    ink: Color  # of the letter
    stroke: Color | None = None


def looks() -> dict[str, StatusLook]:
    """Colour, letter and name of each status (the letter reads without colour)."""
    name = status_names()
    red = colors.HexColor("#9b2c2c")
    return {
        Status.PLANNED.value: StatusLook(
            _("P"), name["planned"], colors.white, INK, colors.HexColor("#52606d")
        ),
        Status.APPROVED.value: StatusLook(
            _("A"), name["approved"], colors.HexColor("#b9d3ee"), INK
        ),
        Status.SCHEDULED.value: StatusLook(
            _("S"), name["scheduled"], colors.HexColor("#3a6fb0"), colors.white
        ),
        Status.DELIVERED.value: StatusLook(
            _("D"), name["delivered"], colors.HexColor("#276749"), colors.white
        ),
        Status.CANCELLED.value: StatusLook(
            _("C"), name["cancelled"], colors.HexColor("#f2c4c4"), red, red
        ),
    }


@dataclass
class _Item:
    row: PlanActivityRow
    x0: float  # the bar, from the lanes' left edge
    x1: float
    label_w: float
    label_left: bool = False  # the code before the bar (at the right end of the page)
    sub: int = 0

    def reach(self, labelled: bool) -> tuple[float, float]:
        """The room the item takes in its sub-row."""
        if not labelled:
            return self.x0, self.x1 + 1.0
        if self.label_left:
            return self.x0 - GAP - self.label_w, self.x1 + GAP
        return self.x0, self.x1 + GAP + self.label_w


@dataclass
class _Lane:
    code: str
    name: str
    items: list[_Item] = field(default_factory=list)
    rows: int = 1


def _pack(items: list[_Item], labelled: bool) -> int:
    """Put each item in the first sub-row it does not overlap in (with its code,
    when ``labelled``); returns the number of sub-rows."""
    ends: list[float] = []
    for item in sorted(items, key=lambda i: i.reach(labelled)[0]):
        start, stop = item.reach(labelled)
        for i, end in enumerate(ends):
            if end <= start:
                ends[i] = stop
                item.sub = i
                break
        else:
            item.sub = len(ends)
            ends.append(stop)
    return max(1, len(ends))


@dataclass
class Timeline:
    """The lanes of one window of years, packed for one drawing."""

    years: list[int]
    lanes: list[_Lane]
    labelled: bool  # every code shown (else only where there is room)
    label_size: float
    row: float = 0.0  # height of a sub-row, set by :meth:`fit_to`

    @property
    def rows(self) -> int:
        return sum(lane.rows for lane in self.lanes)

    def height(self, row: float) -> float:
        return HEAD + self.rows * row + 2 * LANE_GAP * len(self.lanes)

    def fit_to(self, height: float) -> bool:
        """Choose the sub-row height for ``height`` points; False if the codes would
        not be legible (a labelled timeline then needs another layout)."""
        room = (height - self.height(0.0)) / max(self.rows, 1)  # a plan without themes
        if self.labelled:
            self.row = min(room, self.label_size * MAX_ROW_PER_POINT)
            return room >= self.label_size * ROW_PER_POINT
        self.row = max(0.6, min(room, SMALL_LABEL * MAX_ROW_PER_POINT))
        return True


def plot_width(width: float) -> float:
    return width - LANE_LABEL


def span_of(years: Sequence[int]) -> tuple[date, date]:
    return date(years[0], 1, 1), date(years[-1] + 1, 1, 1)


def _lay_out(
    rows: Sequence[PlanActivityRow],
    themes: Sequence[tuple[str, str]],
    years: list[int],
    width: float,
    labelled: bool,
    label_size: float,
) -> Timeline:
    first, last = span_of(years)
    plot_w = plot_width(width)
    scale = plot_w / (last - first).days
    lanes = {code: _Lane(code, name) for code, name in themes}
    for r in rows:
        if r.end < first or r.start >= last:
            continue
        lane = lanes.setdefault(r.theme, _Lane(r.theme, r.theme))
        x0 = max(0.0, (r.start - first).days * scale)
        x1 = min(plot_w, ((r.end - first).days + 1) * scale)
        x1 = max(x1, x0 + (CHIP if labelled else 1.5))
        label_w = text_width(r.code, label_size)
        item = _Item(r, x0, x1, label_w, label_left=x1 + GAP + label_w > plot_w)
        lane.items.append(item)
    for lane in lanes.values():
        lane.items.sort(key=lambda item: (item.x0, item.row.code))
        lane.rows = _pack(lane.items, labelled)
    return Timeline(years, list(lanes.values()), labelled, label_size)


def plan_timelines(
    rows: Sequence[PlanActivityRow],
    themes: Sequence[tuple[str, str]],
    years: list[int],
    width: float,
    heights: tuple[float, float],
) -> list[Timeline]:
    """The timeline on one page when every code fits legibly, else on two (the years
    split in halves), else on two with thinner bars and codes only where they fit."""
    half = math.ceil(len(years) / 2)
    windows = [years[:half], years[half:]] if len(years) > 1 else [years]

    def fitting(layout: list[list[int]], size: float) -> list[Timeline] | None:
        parts = [_lay_out(rows, themes, w, width, True, size) for w in layout]
        fits = [t.fit_to(h) for t, h in zip(parts, heights, strict=False)]
        return parts if all(fits) else None

    for layout in ([years], windows):
        if fitting(layout, LABEL_SIZES[-1]) is None:
            continue  # not even the smallest codes fit: the larger ones will not
        for size in LABEL_SIZES:
            found = fitting(layout, size)
            if found is not None:
                return found
    parts = [_lay_out(rows, themes, w, width, False, SMALL_LABEL) for w in windows]
    for t, h in zip(parts, heights, strict=False):
        t.fit_to(h)
    return parts

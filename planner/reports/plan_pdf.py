"""The action-plan PDF: a timeline of the plan on one or two landscape pages, then
the activities of each year with their dates, venue, seats and planned cost.

This is the document a planner sends to partner administrations. The timeline
is a ReportLab ``Drawing`` sized to the page's frame: years and quarters as
columns, one lane per theme, each activity a bar from its first to its last day,
coloured by status and marked with the status's letter (so it reads in black and
white too). Bars whose codes would overlap are stacked in sub-rows of their
lane. A plan too full for that at a legible size is split over two pages by
years; past that, bars get thinner and codes are left out where they do not fit
(the list below has every activity).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO

from babel.dates import get_month_names
from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepInFrame, PageBreak, Spacer
from sqlmodel import Session, select

from planner import display
from planner.errors import PlannerError
from planner.i18n import _
from planner.models import Mode, Status
from planner.models.plan import Plan, Theme
from planner.reports.ce_charts import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    GRID,
    Formats,
    cell,
    compact_table,
    fit,
    new_drawing,
    status_names,
    text,
    text_width,
)
from planner.reports.common import (
    BODY,
    HEADING,
    INK,
    MUTED,
    RULE,
    TITLE,
    ZEBRA_FILL,
    build_pdf,
    para,
)
from planner.services.rows import PlanActivityRow, plan_activities

SUBTITLE = ParagraphStyle("PlanSubtitle", parent=BODY, textColor=MUTED, spaceAfter=2)

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


# --- the data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanOutline:
    name: str
    owner: str
    start_year: int
    years: int
    base_currency: str
    themes: list[tuple[str, str]]  # (code, name) in the plan's order


def outline(session: Session, plan_id: int) -> PlanOutline:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise PlannerError(f"there is no plan number {plan_id}")
    query = select(Theme).where(Theme.plan_id == plan_id).order_by(Theme.id)  # type: ignore[arg-type]
    themes = session.exec(query).all()
    return PlanOutline(
        plan.name,
        plan.owner,
        plan.start_year,
        plan.years,
        plan.base_currency,
        [(t.code, t.name) for t in themes],
    )


# --- the timeline ------------------------------------------------------------------------


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


def _plot_width(width: float) -> float:
    return width - LANE_LABEL


def _span(years: Sequence[int]) -> tuple[date, date]:
    return date(years[0], 1, 1), date(years[-1] + 1, 1, 1)


def _lay_out(
    rows: Sequence[PlanActivityRow],
    themes: Sequence[tuple[str, str]],
    years: list[int],
    width: float,
    labelled: bool,
    label_size: float,
) -> Timeline:
    first, last = _span(years)
    plot_w = _plot_width(width)
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


def _wrap_words(value: str, size: float, width: float, lines: int) -> list[str]:
    words, out = value.split(), []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if text_width(candidate, size) <= width or not current:
            current = candidate
        else:
            out.append(current)
            current = word
    if current:
        out.append(current)
    if len(out) > lines:
        out = [*out[: lines - 1], " ".join(out[lines - 1 :])]
    return [fit(line, size, width) for line in out]


def draw_timeline(
    t: Timeline, width: float, height: float, loc: str | None = None
) -> tuple[Drawing, int]:
    """The drawing of one timeline, ``width`` x ``height`` points, and the number of
    activities whose code was left out. ``loc``: the locale of month names."""
    first, last = _span(t.years)
    days = (last - first).days
    plot_w = _plot_width(width)
    left = LANE_LABEL
    drawing = new_drawing(width, height)
    style = looks()
    top = height - HEAD

    def x_of(day: date) -> float:
        return left + plot_w * (day - first).days / days

    # lanes: backgrounds and theme names
    y = top
    lane_tops = []
    for i, lane in enumerate(t.lanes):
        lane_h = lane.rows * t.row + 2 * LANE_GAP
        lane_tops.append(y)
        if i % 2 == 0:
            drawing.add(Rect(0, y - lane_h, width, lane_h, fillColor=ZEBRA_FILL, strokeColor=None))
        drawing.add(Line(0, y - lane_h, width, y - lane_h, strokeColor=GRID, strokeWidth=0.4))
        size = min(7.0, max(4.0, lane_h - 2))
        drawing.add(
            text(fit(lane.code, size, left - 6, bold=True), 2, y - size - 1, size, bold=True)
        )
        name_lines = int((lane_h - size - 3) // 7)
        if name_lines >= 1 and lane.name != lane.code:
            for n, line in enumerate(_wrap_words(lane.name, 6, left - 8, min(name_lines, 3))):
                drawing.add(text(line, 2, y - size - 8 - 7 * n, 6, color=MUTED))
        y -= lane_h
    bottom = y

    # columns: years and quarters (and months, where a month is wide enough to name)
    months = plot_w / (12 * len(t.years)) >= 28
    month_names = get_month_names("abbreviated", locale=loc or display.default_locale())
    for year in t.years:
        x_start, x_end = x_of(date(year, 1, 1)), x_of(date(year + 1, 1, 1))
        year_x, anchor = (x_start + 3, "start") if months else ((x_start + x_end) / 2, "middle")
        drawing.add(text(str(year), year_x, height - 9, 8, bold=True, anchor=anchor))
        for q in range(4):
            q_start = x_of(date(year, 3 * q + 1, 1))
            q_end = x_of(date(year + (q == 3), (3 * q + 3) % 12 + 1, 1))
            if q:
                drawing.add(
                    Line(
                        q_start,
                        bottom,
                        q_start,
                        top + 10,
                        strokeColor=RULE if months else GRID,
                        strokeWidth=0.4,
                    )
                )
            if q_end - q_start >= 14:
                quarter = _("Q{n}").format(n=q + 1)
                q_y = height - 9 if months else top + 3
                drawing.add(
                    text(quarter, (q_start + q_end) / 2, q_y, 6.5, color=MUTED, anchor="middle")
                )
        for month in range(1, 13) if months else ():
            m_start = x_of(date(year, month, 1))
            m_end = x_of(date(year + (month == 12), month % 12 + 1, 1))
            if month % 3 != 1:
                drawing.add(Line(m_start, bottom, m_start, top, strokeColor=GRID, strokeWidth=0.3))
            drawing.add(
                text(
                    month_names[month],
                    (m_start + m_end) / 2,
                    top + 3,
                    6.5,
                    color=MUTED,
                    anchor="middle",
                )
            )
        drawing.add(Line(x_start, bottom, x_start, height, strokeColor=RULE, strokeWidth=0.8))
    drawing.add(
        Line(left + plot_w, bottom, left + plot_w, height, strokeColor=RULE, strokeWidth=0.8)
    )
    drawing.add(Line(0, top, width, top, strokeColor=RULE, strokeWidth=0.8))

    # bars, each with its status letter where it fits and its code
    bar_h = min(t.row - (2.0 if t.row >= 5 else 0.2), 12.0)
    size = t.label_size
    show_codes = t.row >= MIN_LABELLED_ROW
    omitted = 0
    for lane, lane_top in zip(t.lanes, lane_tops, strict=True):
        following: dict[int, float] = {}  # sub-row -> start of the next bar in it
        for item in sorted(lane.items, key=lambda i: -i.x0):
            room = following.get(item.sub, plot_w) - item.x1 - GAP
            following[item.sub] = item.x0
            look = style.get(item.row.status, style[Status.PLANNED.value])
            y0 = lane_top - LANE_GAP - (item.sub + 1) * t.row + (t.row - bar_h) / 2
            x0, x1 = left + item.x0, left + item.x1
            drawing.add(
                Rect(
                    x0,
                    y0,
                    x1 - x0,
                    bar_h,
                    fillColor=look.fill,
                    strokeColor=look.stroke,
                    strokeWidth=0.5 if look.stroke else 0,
                )
            )
            cancelled = item.row.status == Status.CANCELLED.value
            letter = min(6.5, bar_h - 1.5)
            if x1 - x0 >= CHIP - 0.5 and letter >= 4:
                drawing.add(
                    text(
                        look.letter,
                        x0 + CHIP / 2,
                        y0 + (bar_h - letter * 0.72) / 2,
                        letter,
                        bold=True,
                        color=look.ink,
                        anchor="middle",
                    )
                )
            elif cancelled:  # too thin for a letter: crossed out
                drawing.add(Line(x0, y0, x1, y0 + bar_h, strokeColor=look.ink, strokeWidth=0.5))
            baseline = y0 + (bar_h - size * 0.72) / 2
            if t.labelled or (show_codes and item.label_w <= room):
                x = x0 - 1.5 - item.label_w if t.labelled and item.label_left else x1 + 1.5
                drawing.add(text(item.row.code, x, baseline, size))
                if cancelled:  # struck through, as a cancelled line in a list
                    y = baseline + size * 0.3
                    drawing.add(
                        Line(x, y, x + item.label_w, y, strokeColor=look.ink, strokeWidth=0.6)
                    )
            else:
                omitted += 1
    return drawing, omitted


def legend(width: float) -> Drawing:
    drawing = new_drawing(width, 12)
    x = 0.0
    for look in looks().values():
        drawing.add(
            Rect(
                x,
                1,
                CHIP + 2,
                8,
                fillColor=look.fill,
                strokeColor=look.stroke,
                strokeWidth=0.5 if look.stroke else 0,
            )
        )
        drawing.add(text(look.letter, x + 5, 2.8, 6, bold=True, color=look.ink, anchor="middle"))
        drawing.add(text(look.name, x + CHIP + 5, 2.5, 7.5))
        x += CHIP + 5 + text_width(look.name, 7.5) + 14
    explain = _(
        "Each bar runs from an activity's first to last day (short ones at a minimum width)."
    )
    drawing.add(text(fit(explain, 7, width - x), x + 6, 2.5, 7, color=MUTED))
    return drawing


# --- the list ----------------------------------------------------------------------------


def _mode_name(mode: str) -> str:
    return {Mode.ONLINE.value: _("online"), Mode.HYBRID.value: _("hybrid")}.get(mode, "")


def _venue(r: PlanActivityRow) -> str:
    place = r.venue or ""
    if r.country:
        place = f"{place} ({r.country})" if place else r.country
    mode = _mode_name(r.mode)
    if mode and mode.lower() not in place.lower():
        place = f"{place}, {mode}" if place else mode
    return place


def activity_list(rows: Sequence[PlanActivityRow], fmt: Formats, currency: str) -> list[Flowable]:
    style = looks()
    header = [
        _("Code"),
        _("Activity"),
        _("Theme"),
        _("Status"),
        _("Dates"),
        _("Venue"),
        _("Seats"),
        _("Planned cost ({currency})").format(currency=currency),
    ]
    widths = [64.0, 0.0, 56.0, 62.0, 100.0, 118.0, 36.0, 70.0]
    widths[1] = FRAME_WIDTH - sum(widths)
    story: list[Flowable] = []
    by_year: dict[int, list[PlanActivityRow]] = {}
    for r in rows:
        by_year.setdefault(r.start.year, []).append(r)
    for year, year_rows in sorted(by_year.items()):
        table_rows = [
            [
                cell(r.code, bold=True),
                cell(r.title, wrap=True),
                cell(r.theme),
                cell(
                    f"{style[r.status].letter} · {style[r.status].name}"
                    if r.status in style
                    else r.status
                ),
                cell(fmt.period(r.start, r.end)),
                cell(_venue(r), wrap=True),
                cell(fmt.count(r.seats), right=True),
                cell(fmt.money(r.planned_cost), right=True),
            ]
            for r in year_rows
        ]
        story += [CondPageBreak(90), para(str(year), HEADING)]
        story += compact_table(header, table_rows, widths, frozenset({6, 7}))
    if not rows:
        story.append(para(_("The plan has no activities yet."), BODY))
    return story


# --- the document ------------------------------------------------------------------------


def _period(years: Sequence[int]) -> str:
    if len(years) == 1:
        return str(years[0])
    return _("{first} to {last}").format(first=years[0], last=years[-1])


def build(
    plan: PlanOutline,
    rows: Sequence[PlanActivityRow],
    *,
    year: int | None = None,
    generated: date | None = None,
    locale: str | None = None,
) -> bytes:
    fmt = Formats(locale or display.default_locale())
    generated = generated or date.today()
    if year is not None:
        years = [year]
    else:
        years = list(range(plan.start_year, plan.start_year + plan.years))
        seen = [y for r in rows for y in (r.start.year, r.end.year)]
        if seen:
            years = list(range(min(years[0], *seen), max(years[-1], *seen) + 1))
    title = _("Action plan {period}").format(period=_period(years))
    subtitle = _("{plan} · {owner} · generated {date}").format(
        plan=plan.name, owner=plan.owner, date=fmt.day(generated)
    )
    head = [para(title, TITLE), para(subtitle, SUBTITLE), legend(FRAME_WIDTH), Spacer(0, 5)]
    head_h = 76.0  # title, subtitle, legend as laid out above
    heights = (FRAME_HEIGHT - head_h, FRAME_HEIGHT - 30.0)
    timelines = plan_timelines(rows, plan.themes, years, FRAME_WIDTH, heights)
    story: list[Flowable] = []
    for n, t in enumerate(timelines):
        drawing, omitted = draw_timeline(t, FRAME_WIDTH, t.height(t.row) + 1, fmt.loc)
        if n == 0:
            page: list[Flowable] = list(head)
        else:
            shown = _period(t.years)
            page = [para(_("Action plan {period} (continued)").format(period=shown), HEADING)]
        page.append(drawing)
        if omitted:
            page.append(
                para(
                    _(
                        "Codes of {n} activities are left out where they do not fit; "
                        "the list below has every activity."
                    ).format(n=fmt.count(omitted)),
                    SUBTITLE,
                )
            )
        story += [KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, page, mode="shrink"), PageBreak()]
    story += [para(_("Activities by year"), TITLE)]
    story += activity_list(rows, fmt, plan.base_currency)
    out = BytesIO()
    build_pdf(
        out,
        story,
        title=_("Action plan"),
        header_right=plan.name,
        footer_left=_("Generated on {date}").format(date=fmt.day(generated)),
        author=plan.owner,
        subject=plan.name,
        landscape=True,
    )
    return out.getvalue()


def render(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    generated: date | None = None,
    locale: str | None = None,
) -> bytes:
    """The action-plan PDF of a plan (or of one year or activity of it)."""
    plan = outline(session, plan_id)
    rows = plan_activities(session, plan_id, year=year, activity=activity)
    return build(plan, rows, year=year, generated=generated, locale=locale)

"""The action plan's timeline drawn: years and quarters, lanes, bars, codes, a legend."""

from __future__ import annotations

from datetime import date

from babel.dates import get_month_names
from reportlab.graphics.shapes import Drawing, Line, Rect

from planner.i18n import _
from planner.models import Status
from planner.reports.common import MUTED, RULE, ZEBRA_FILL
from planner.reports.drawn_text import GRID, fit, new_drawing, text, text_width
from planner.reports.formats import report_locale
from planner.reports.plan.timeline import (
    CHIP,
    GAP,
    HEAD,
    LANE_GAP,
    LANE_LABEL,
    MIN_LABELLED_ROW,
    Timeline,
    looks,
    plot_width,
    span_of,
)


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
    first, last = span_of(t.years)
    days = (last - first).days
    plot_w = plot_width(width)
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
    month_names = get_month_names("abbreviated", locale=loc or report_locale())
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

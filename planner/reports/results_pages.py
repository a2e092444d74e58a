"""The results PDF's later pages: figures by sex and by delivery mode, follow-up
(application and coverage) by year, theme and activity, and a chart per indicator."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Table, TableStyle

from planner.i18n import _, flat
from planner.reports.common import FRAME_WIDTH, HEADING, SMALL, para
from planner.reports.compact import NOTE_STYLE, Stack, cell, compact_table, note
from planner.reports.drawn_text import fit, is_plain, new_drawing, text, text_width
from planner.reports.fonts import BASE_FONT
from planner.reports.formats import Formats
from planner.reports.results_chart import indicator_chart
from planner.reports.results_data import ResultsReport, kind_of, mode_names, sex_names

FONT = ("FONTNAME", (0, 0), (-1, -1), BASE_FONT)


def breakdowns(fmt: Formats, r: ResultsReport) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(160), para(_("By sex"), HEADING)]
    sexes = sex_names()
    rows = [
        [
            cell(sexes[s]),
            cell(fmt.count(t.participants), right=True),
            cell(fmt.count(t.completers), right=True),
            cell(fmt.rate(t.completion_rate), right=True),
            cell(fmt.number(t.learning_gain), right=True),
            cell(fmt.count(t.gain_count), right=True),
        ]
        for s, t in r.plan.reach.by_sex.items()
    ]
    story += compact_table(
        [
            _("Sex"),
            _("Participations"),
            _("Completers"),
            _("Completion rate"),
            _("Learning gain"),
            _("Respondents"),
        ],
        rows,
        [120, 90, 90, 90, 90, 90],
        frozenset({1, 2, 3, 4, 5}),
    )
    story += [CondPageBreak(140), para(_("By delivery mode"), HEADING)]
    modes = mode_names()
    rows = [
        [
            cell(modes[m]),
            cell(fmt.money(g.figures.actual_cost), right=True),
            cell(fmt.count(g.figures.participants), right=True),
            cell(fmt.count(g.people_reached), right=True),
            cell(fmt.count(g.figures.completers), right=True),
            cell(fmt.money(g.figures.cost_per_participant_day), right=True),
            cell(fmt.money(g.figures.cost_per_completer), right=True),
            cell(
                _("{value} (n = {n})").format(
                    value=fmt.rate(g.normalised_gain), n=g.normalised_gain_respondents
                ),
                right=True,
            ),
            cell(fmt.money(g.cost_per_gain_point), right=True),
        ]
        for m, g in r.modes
    ]
    story += compact_table(
        [
            _("Mode"),
            _("Actual cost"),
            _("Participations"),
            _("People reached"),
            _("Completers"),
            _("Cost per participant-day"),
            _("Cost per completer"),
            _("Normalised gain"),
            _("Cost per learning-gain point"),
        ],
        rows,
        # the last heading is the longest: in Chinese (每前后测成绩提升分成本) it
        # left its last character alone on a second line in 80 points
        [90, *[80] * 7, FRAME_WIDTH - 90 - 7 * 80],
        frozenset(range(1, 9)),
    )
    return story


def follow_up(fmt: Formats, r: ResultsReport) -> list[Flowable]:
    """Application rate and coverage (Kirkpatrick level 3) by year, theme and activity."""
    if not r.follow_up:
        return []
    story: list[Flowable] = [
        CondPageBreak(140),
        para(_("Follow-up: applying what was learned"), HEADING),
    ]
    story.append(
        para(
            _(
                "Application rate = (yes + partly / 2) / follow-ups with an answer; coverage = "
                "completers followed up / completers."
            ),
            SMALL,
        )
    )
    scopes = {"year": _("Year"), "theme": _("Theme"), "activity": _("Activity")}
    rows = [
        [
            cell(scopes[scope]),
            Stack([cell(key, bold=True), note(label)]) if label != key else cell(key, bold=True),
            cell(fmt.count(g.figures.completers), right=True),
            cell(fmt.count(g.reach.followed), right=True),
            cell(fmt.rate(g.follow_up_coverage), right=True),
            cell(
                _("{value} (n = {n})").format(
                    value=fmt.rate(g.application_rate), n=g.application_respondents
                ),
                right=True,
            ),
        ]
        for scope, key, label, g in r.follow_up
    ]
    story += compact_table(
        [
            _("Group"),
            "",
            _("Completers"),
            _("Followed up"),
            _("Follow-up coverage"),
            _("Application rate"),
        ],
        rows,
        [70, FRAME_WIDTH - 70 - 4 * 90, 90, 90, 90, 90],
        frozenset({2, 3, 4, 5}),
    )
    return story


def name_lines(name: str, width: float, size: float, lines: int = 2) -> list[str]:
    """``name`` broken into at most ``lines`` lines of ``width`` points, at spaces
    (Latin) or between any two characters (Chinese), the last cut with "…"."""
    import re

    pieces = re.findall(r"\S+\s*", name) if is_plain(name) else list(name)
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if out and text_width((out[-1] + piece).rstrip(), size) <= width:
            out[-1] += piece
        elif len(out) < lines:
            out.append(piece)
        else:
            out[-1] = fit(out[-1] + "".join(pieces[i:]), size, width)
            break
    return [line.rstrip() for line in out]


class _Name(Flowable):
    """An indicator's name over its chart: two lines (the last cut with "…" if
    it needs more), always two lines high, so that the charts of a row line up."""

    LINES = 2
    GAP = 3.0  # clear of the chart's top axis label

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.size, self.leading = NOTE_STYLE.fontSize, NOTE_STYLE.leading

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.leading * self.LINES + self.GAP
        return self.width, self.height

    def draw(self) -> None:
        d = new_drawing(max(self.width, 1), self.height)
        y = self.height - self.size
        for line in name_lines(self.name, self.width, self.size, self.LINES):
            d.add(text(line, 0, y, self.size, color=NOTE_STYLE.textColor))
            y -= self.leading
        d.drawOn(self.canv, 0, 0)


def charts(fmt: Formats, r: ResultsReport) -> list[Flowable]:
    if not r.indicators:
        return []
    story: list[Flowable] = [
        PageBreak(),
        para(
            _("Each indicator: actuals (bars) against targets (line) and baseline (dashed)"),
            HEADING,
        ),
    ]
    per_row = 4
    w = FRAME_WIDTH / per_row
    cells = []
    for e in r.indicators:
        scale = Decimal(100) if kind_of(e) == "rate" else Decimal(1)
        cells.append(
            Stack(
                [
                    cell(e.indicator.code, bold=True),
                    _Name(flat(e.indicator.shown_name)),
                    indicator_chart(fmt, e, w - 8, 95, scale),
                ]
            )
        )
    grid = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    grid[-1] += [cell("")] * (per_row - len(grid[-1]))
    t = Table(grid, colWidths=[w] * per_row, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]
        )
    )
    story.append(t)
    return story

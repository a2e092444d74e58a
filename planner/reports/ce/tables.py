"""The cost-effectiveness PDF's tables: figures by year, theme, kind, administration
and activity, in the CSV's columns and rounding."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from planner.i18n import _
from planner.models import Status
from planner.reports.common import BODY, FRAME_WIDTH, HEADING, MUTED, SMALL, para
from planner.reports.compact import NOTE_STYLE, Stack, TextCell, cell, compact_table, note
from planner.reports.drawn_text import is_plain
from planner.reports.formats import Formats, kind_names, status_names
from planner.services.metrics import Figures, PlanFigures, Row
from planner.services.results_figures import Extras


@dataclass(frozen=True)
class Column:
    header: str
    show: Callable[[Formats, Figures], str]
    #: for a mean: the number of values behind it, shown under it (spec/results.md)
    respondents: Callable[[Figures], int] | None = None


def columns() -> list[Column]:
    """The figures of a table row, in the order of the CSV's columns."""
    return [
        Column(_("Planned cost"), lambda f, x: f.money(x.planned_cost)),
        Column(_("Actual cost"), lambda f, x: f.money(x.actual_cost)),
        Column(_("Participants"), lambda f, x: f.count(x.participants)),
        Column(_("Completers"), lambda f, x: f.count(x.completers)),
        # "\n" after the hyphen: where the header may break in its narrow column
        Column(_("Participant-\ndays"), lambda f, x: f.count(x.participant_days)),
        Column(_("Participant-\nhours"), lambda f, x: f.number(x.participant_hours)),
        Column(_("Cost per participant"), lambda f, x: f.money(x.cost_per_participant)),
        # "\n": where a translation breaks in the narrow column (每名结业 / 学员成本)
        Column(_("Cost per\ncompleter"), lambda f, x: f.money(x.cost_per_completer)),
        Column(_("Cost per participant-\nday"), lambda f, x: f.money(x.cost_per_participant_day)),
        Column(_("Cost per participant-\nhour"), lambda f, x: f.money(x.cost_per_participant_hour)),
        Column(_("Completion rate"), lambda f, x: f.rate(x.completion_rate)),
        Column(_("Learning\ngain"), lambda f, x: f.number(x.learning_gain), lambda x: x.gain_count),
        Column(
            _("Rating (1-5)"),
            lambda f, x: f.number(x.satisfaction),
            lambda x: x.satisfaction_count,
        ),
        Column(_("Women's share"), lambda f, x: f.rate(x.women_share)),
    ]


# Widths (points) of the figure columns; the first column takes what is left.
# The rating's is wide enough for 评分（1-5）on one line (it broke after "1-").
FIGURE_WIDTHS = [52, 58, 48, 46, 45, 48, 45, 45, 45, 45, 46, 38, 44, 38]
KEY_WIDTH = FRAME_WIDTH - sum(FIGURE_WIDTHS)


def _status_name(status: str) -> str:
    return status_names().get(status, status)


def _kind_name(kind: str) -> str:
    return kind_names().get(kind, kind)


class _Mean(TextCell):
    """A mean and, small under it, the number of values behind it (spec/results.md),
    drawn as two strings like a :class:`TextCell` (a Stack of two cells per mean
    cost a 1,000-activity table a third more time)."""

    def __init__(self, value: str, n: int, *, bold: bool = False) -> None:
        super().__init__(value, right=True, bold=bold)
        self.n = TextCell(f"n = {n}", NOTE_STYLE.fontSize, right=True, color=MUTED)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = super().wrap(availWidth, availHeight)
        self.n.wrap(availWidth, availHeight)
        self.height = height + self.n.height
        return width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        own = self.height - self.n.height
        self.height = own
        super().drawOn(canvas, x, y + self.n.height, _sW)
        self.height = own + self.n.height
        self.n.drawOn(canvas, x, y, _sW)


def _mean(value: str, n: int, bold: bool) -> Flowable:
    if is_plain(value):
        return _Mean(value, n, bold=bold)
    # "n/a" in Chinese: a shaped paragraph, with the count under it
    return Stack(
        [
            cell(value, right=True, bold=bold),
            TextCell(f"n = {n}", NOTE_STYLE.fontSize, right=True, color=MUTED),
        ]
    )


def _figure_cells(
    fmt: Formats, figures: Figures, shown: Sequence[Column], bold: bool = False
) -> list[Flowable]:
    return [
        cell(c.show(fmt, figures), right=True, bold=bold)
        if c.respondents is None
        else _mean(c.show(fmt, figures), c.respondents(figures), bold)
        for c in shown
    ]


def _group_table(
    fmt: Formats,
    first_header: str,
    rows: Sequence[Row],
    label: Callable[[Row], Flowable],
    total: Row | None = None,
) -> list[Flowable]:
    shown = columns()
    body: list[list[Any]] = [[label(r), *_figure_cells(fmt, r.figures, shown)] for r in rows]
    if total is not None:
        body.append(
            [cell(_("Whole plan"), bold=True), *_figure_cells(fmt, total.figures, shown, True)]
        )
    header = [first_header, *(c.header for c in shown)]
    return compact_table(
        header, body, [KEY_WIDTH, *FIGURE_WIDTHS], frozenset(range(1, len(header)))
    )


def _named(r: Row) -> Flowable:
    """A key cell: the code, and the name under it when it says more."""
    if not r.label or r.label == r.key:
        return cell(r.key, bold=True)
    return Stack([cell(r.key, bold=True), note(r.label)])


def _titled(r: Row) -> Flowable:
    """An activity's cell: its code, and its title cut to one line (the action-plan
    PDF has it whole), so that a long list keeps two lines a row."""
    if not r.label or r.label == r.key:
        return cell(r.key, bold=True)
    return Stack([cell(r.key, bold=True), note(r.label, one_line_in=KEY_WIDTH - 6)])


def tables(fmt: Formats, figures: PlanFigures) -> list[Flowable]:
    story: list[Flowable] = [para(_("Figures by year"), HEADING)]
    story += _group_table(
        fmt, _("Year"), figures.scope("year"), lambda r: cell(r.key), figures.total
    )
    story += [CondPageBreak(120), para(_("Figures by theme"), HEADING)]
    story += _group_table(fmt, _("Theme"), figures.scope("theme"), _named)
    # two or three rows: kept with their heading on one page, never split
    story.append(
        KeepTogether(
            [
                para(_("Figures by kind of activity"), HEADING),
                *_group_table(
                    fmt, _("Kind"), figures.scope("kind"), lambda r: cell(_kind_name(r.key))
                ),
            ]
        )
    )
    story += [CondPageBreak(140), para(_("Figures by administration"), HEADING)]
    story.append(
        para(
            _(
                "An activity's cost is shared out to administrations in proportion to their "
                "participants' days; activities without attendance share out nothing, so "
                "these rows need not add up to the plan's totals."
            ),
            SMALL,
        )
    )
    story += _group_table(fmt, _("Administration"), figures.scope("administration"), _named)

    activities = figures.scope("activity")
    delivered = [r for r in activities if r.extra.get("status") == Status.DELIVERED.value]
    story += [CondPageBreak(140), para(_("Delivered activities"), HEADING)]
    if delivered:
        story += _group_table(fmt, _("Activity"), delivered, _titled)
    else:
        story.append(para(_("No activity has been delivered yet."), BODY))
    spent = [
        r
        for r in activities
        if r.extra.get("status") != Status.DELIVERED.value and r.figures.actual_cost
    ]
    if spent:
        story += [
            CondPageBreak(100),
            para(_("Spending on activities not delivered"), HEADING),
            para(
                _(
                    "Money already spent on activities that are cancelled or not yet "
                    "delivered; it counts in every total above."
                ),
                SMALL,
            ),
        ]
        rows = [
            [
                _titled(r),
                cell(_status_name(str(r.extra.get("status", "")))),
                cell(fmt.money(r.figures.planned_cost), right=True),
                cell(fmt.money(r.figures.actual_cost), right=True),
            ]
            for r in spent
        ]
        story += compact_table(
            [_("Activity"), _("Status"), _("Planned cost"), _("Actual cost")],
            rows,
            [KEY_WIDTH, 70, FIGURE_WIDTHS[0], FIGURE_WIDTHS[1]],
            frozenset({2, 3}),
        )
    return story


def mode_table(fmt: Formats, extras: Extras) -> list[Flowable]:
    """Every figure per delivery mode: an online course's cost per day is not
    comparable with a residential one's."""
    from planner.reports.results_data import mode_names

    names = mode_names()
    rows = [Row("mode", m, names[m], g.figures) for m, g in extras.modes]
    heading = para(_("Figures by delivery mode"), HEADING)
    return [KeepTogether([heading, *_group_table(fmt, _("Mode"), rows, lambda r: cell(r.label))])]

"""Page 2 of the cost-effectiveness PDF: cost per completer by theme and administration,
learning gain against cost per participant."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table

from planner.i18n import _
from planner.models import Kind, Status
from planner.reports import ce_charts as charts
from planner.reports.ce.summary import LAYOUT
from planner.reports.ce_charts import Point
from planner.reports.common import FRAME_HEIGHT, FRAME_WIDTH, HEADING, para
from planner.reports.formats import Formats, kind_names
from planner.services.metrics import PlanFigures


def chart_page(fmt: Formats, figures: PlanFigures) -> Flowable:
    half = FRAME_WIDTH / 2 - 8
    no_completers = _("No completers yet: cost per completer is n/a")
    themes = charts.hbar_chart(
        [(r.key, r.figures.cost_per_completer) for r in figures.scope("theme")],
        width=half,
        height=180,
        fmt=fmt,
        color=charts.TEAL,
        empty=no_completers,
    )
    admins = charts.hbar_chart(
        [(r.key, r.figures.cost_per_completer) for r in figures.scope("administration")],
        width=half,
        height=180,
        fmt=fmt,
        color=charts.PLUM,
        empty=no_completers,
    )
    unit = f" ({figures.base_currency})"
    bars = Table(
        [
            [
                para(_("Cost per completer, by theme") + unit, HEADING),
                para(_("Cost per completer, by administration") + unit, HEADING),
            ],
            [themes, admins],
        ],
        colWidths=[FRAME_WIDTH / 2] * 2,
    )
    bars.setStyle(LAYOUT)
    kinds = kind_names()
    groups = {
        Kind.COURSE.value: (kinds[Kind.COURSE.value], charts.BLUE),
        Kind.SYMPOSIUM.value: (kinds[Kind.SYMPOSIUM.value], charts.ORANGE),
    }
    points = [
        Point(r.key, f.cost_per_participant, f.learning_gain, str(r.extra.get("kind", "")))
        for r in figures.scope("activity")
        if r.extra.get("status") == Status.DELIVERED.value
        for f in [r.figures]
        if f.cost_per_participant is not None and f.learning_gain is not None
    ]
    scatter = charts.scatter_chart(
        points,
        groups,
        width=FRAME_WIDTH,
        height=215,
        fmt=fmt,
        x_title=_("Cost per participant ({currency})").format(currency=figures.base_currency),
        y_title=_("Learning gain (points)"),
        empty=_("No delivered activity has both a cost per participant and a learning gain yet"),
    )
    content = [
        bars,
        Spacer(0, 4),
        para(_("Learning gain against cost per participant, by delivered activity"), HEADING),
        scatter,
    ]
    return KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, content, mode="shrink")

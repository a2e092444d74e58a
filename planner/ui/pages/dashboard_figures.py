"""What the dashboard shows of a snapshot: the cards' texts, the scope line and the
charts' categories and points, with their tooltips. Each function takes the page
(the texts are the page's: ``page.tr``) and lays out metrics' figures; nothing here
computes a figure."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from planner import display
from planner.services import metrics
from planner.services.dashboard_view import ADMIN, KIND, THEME, Row, Snapshot
from planner.ui.charts import (
    ACTUAL_FILL,
    BAR_FILL,
    INPUT_FILL,
    Category,
    LabelledBarChart,
    Point,
    Series,
)
from planner.ui.pages.dashboard_widgets import rich
from planner.ui.texts import kind_text

if TYPE_CHECKING:
    from planner.ui.pages.dashboard import DashboardPage

#: Card key -> (value, unit, detail, tooltip line)
CardTexts = dict[str, tuple[str, str, str, str]]


# ------------------------------------------------------------------ numbers
def na(page: DashboardPage) -> str:
    return page.tr("n/a")


def money(page: DashboardPage, value: Decimal | None) -> str:
    return na(page) if value is None else display.money(value)


def percent(page: DashboardPage, value: Decimal | None) -> str:
    return na(page) if value is None else display.percent(value)


def count(value: int) -> str:
    return display.number(value, 0)


def respondents(page: DashboardPage, n: int) -> str:
    """The number of values behind a mean."""
    return page.tr("respondents: {0}").format(count(n))


def trend(value: Decimal) -> str:
    return ("+" if value > 0 else "") + display.percent(value / 100)  # trend is in %


# ------------------------------------------------------------------ text
def scope_text(page: DashboardPage, snap: Snapshot) -> str:
    """What is shown: the whole plan or a group, and the years."""
    whole, req, group = snap.whole, snap.request, snap.group
    if group is None:
        parts = [page.tr("Whole plan")]
    else:
        name = {
            THEME: page.tr("Theme"),
            KIND: page.tr("Kind"),
            ADMIN: page.tr("Administration"),
        }
        label = kind_text(group.key) if req.scope == KIND else f"{group.key} — {group.label}"
        parts = [f"{name[group.scope]}: {label}"]
    end = whole.start_year + whole.years - 1
    parts.append(str(req.year) if req.year is not None else f"{whole.start_year}–{end}")
    return " · ".join(parts)


def cards(page: DashboardPage, snap: Snapshot) -> CardTexts:
    """Card key -> (value, unit, detail, tooltip line)."""
    f, cur, learn = snap.figures, snap.whole.base_currency, snap.learning
    n_a = na(page)
    gain, rating = f.learning_gain, f.satisfaction
    threshold = snap.whole.threshold
    whole_percent = (threshold * 100) % 1 == 0  # 80%, or 87.5%
    texts: CardTexts = {
        "actual_cost": (
            money(page, f.actual_cost),
            cur,
            page.tr("planned {0}").format(money(page, f.planned_cost)),
            page.tr("Money spent, cancelled activities included."),
        ),
        "participants": (count(f.participants), "", page.tr("participations"), ""),
        "completers": (
            count(f.completers),
            "",
            page.tr("attendance ≥ {0}").format(
                display.percent(threshold, 0 if whole_percent else 1)
            ),
            "",
        ),
        "participant_days": (count(f.participant_days), "", "", ""),
        "completion_rate": (percent(page, f.completion_rate), "", page.tr("of participants"), ""),
        "cost_per_participant": (money(page, f.cost_per_participant), cur, "", ""),
        "cost_per_completer": (money(page, f.cost_per_completer), cur, "", ""),
        "cost_per_participant_day": (money(page, f.cost_per_participant_day), cur, "", ""),
        "learning_gain": (
            n_a if gain is None else display.number(gain, 2),
            page.tr("points"),
            respondents(page, f.gain_count),
            page.tr("Post − pre score, mean over completers with both scores."),
        ),
        "normalised_gain": (
            percent(page, learn.normalised_gain),
            "",
            respondents(page, learn.normalised_respondents),
            page.tr(
                "(post − pre) / (maximum score − pre), mean over completers with both "
                "scores in activities that have a maximum score: 1 is all there was to learn."
            ),
        ),
        "cost_per_gain_point": (
            money(page, learn.cost_per_gain_point),
            cur,
            page.tr("actual cost / gain points"),
            page.tr(
                "Actual cost over the sum of the completers' learning gains (post − pre), "
                "counting completers with both scores."
            ),
        ),
        "satisfaction": (
            n_a if rating is None else display.number(rating, 2),
            page.tr("/ 5"),
            respondents(page, f.satisfaction_count),
            page.tr("Mean rating."),
        ),
        "women_share": (percent(page, f.women_share), "", page.tr("of participants"), ""),
    }
    year_input = snap.current.inputs[0] if snap.request.year is not None else None
    if snap.group is not None:
        why = page.tr("Inputs are set for the whole plan, year by year, not for a group.")
        for key in ("input", "execution_rate", "trend"):
            texts[key] = (n_a, "", page.tr("plan-level figure"), why)
    elif year_input is None:
        current = snap.current
        texts["input"] = (
            money(page, current.total_input),
            cur,
            page.tr("envelopes, all years"),
            "",
        )
        texts["execution_rate"] = (
            percent(page, current.execution_rate),
            "",
            page.tr("actual cost / input, all years"),
            "",
        )
    else:
        texts["input"] = (
            money(page, year_input.input),
            cur,
            page.tr("envelopes of the year"),
            "",
        )
        texts["execution_rate"] = (
            percent(page, year_input.execution_rate),
            "",
            page.tr("actual cost / input"),
            "",
        )
    if snap.group is None:
        texts["trend"] = trend_card(page, snap, year_input)
    # an undefined figure has no unit: "n/a", not "n/a CNY"
    return {k: (v, "" if v == n_a else u, d, t) for k, (v, u, d, t) in texts.items()}


def trend_card(
    page: DashboardPage, snap: Snapshot, year_input: metrics.YearInput | None
) -> tuple[str, str, str, str]:
    inputs = snap.whole.inputs
    first = next((i for i in inputs if i.cost_per_completer is not None), None)
    # the whole plan: the latest year that has a trend
    shown = year_input or next((i for i in reversed(inputs) if i.trend is not None), None)
    tip = page.tr("Cost per completer against the first year that has completers.")
    if shown is None or shown.trend is None or first is None:
        return (na(page), "", page.tr("no year to compare"), tip)
    detail = page.tr("{0} against {1}").format(shown.year, first.year)
    return (trend(shown.trend), "", detail, tip)


# ------------------------------------------------------------------ charts
def year_charts(page: DashboardPage, snap: Snapshot) -> None:
    """The two charts by year: the plan's input and actual cost (or a group's
    planned and actual cost), and the cost per completer."""
    cur, req = snap.whole.base_currency, snap.request
    line = page.tr("{0}: {1} {2}")
    cats, cpc = [], []
    if snap.by_year is None or snap.group is None:
        page.money_chart.set_title(page.tr("Input and actual cost by year"))
        series = [
            Series(page.tr("Input"), INPUT_FILL),
            Series(page.tr("Actual cost"), ACTUAL_FILL),
        ]
        for i in snap.whole.inputs:
            tip = rich(
                str(i.year),
                line.format(page.tr("Input"), money(page, i.input), cur),
                line.format(page.tr("Actual cost"), money(page, i.actual_cost), cur),
                page.tr("Execution rate: {0}").format(percent(page, i.execution_rate)),
                page.tr("Click to list the activities of the year"),
            )
            here = i.year == req.year
            cats.append(Category(i.year, str(i.year), (i.input, i.actual_cost), tip, here))
            tip = rich(
                str(i.year),
                line.format(page.tr("Cost per completer"), money(page, i.cost_per_completer), cur),
                page.tr("Trend: {0}").format(na(page) if i.trend is None else trend(i.trend)),
                page.tr("Click to list the activities of the year"),
            )
            cpc.append(Category(i.year, str(i.year), (i.cost_per_completer,), tip, here))
    else:
        page.money_chart.set_title(page.tr("Planned and actual cost by year"))
        series = [
            Series(page.tr("Planned"), INPUT_FILL),
            Series(page.tr("Actual cost"), ACTUAL_FILL),
        ]
        for y, row in snap.by_year.items():
            f, here = row.figures, y == req.year
            tip = rich(
                str(y),
                line.format(page.tr("Planned"), money(page, f.planned_cost), cur),
                line.format(page.tr("Actual cost"), money(page, f.actual_cost), cur),
            )
            cats.append(Category(y, str(y), (f.planned_cost, f.actual_cost), tip, here))
            cpc.append(
                Category(y, str(y), (f.cost_per_completer,), row_tip(page, str(y), row, cur), here)
            )
    page.money_chart.set_data(series, cats, cur)
    page.cpc_year_chart.set_data([Series(page.tr("Cost per completer"), BAR_FILL)], cpc, cur)


def row_tip(page: DashboardPage, title: str, row: Row, cur: str) -> str:
    f = row.figures
    return rich(
        title,
        page.tr("Cost per completer: {0} {1}").format(money(page, f.cost_per_completer), cur),
        page.tr("Actual cost: {0} {1}").format(money(page, f.actual_cost), cur),
        page.tr("Completers: {0}").format(count(f.completers)),
        page.tr("Click to list these activities"),
    )


def group_chart(page: DashboardPage, chart: LabelledBarChart, snap: Snapshot, scope: str) -> None:
    """Cost per completer by theme or by administration (said, not drawn, when
    another kind of group is chosen: there are no cross figures)."""
    req, cur = snap.request, snap.whole.base_currency
    if req.scope is not None and req.scope != scope:
        empty = {
            THEME: page.tr("Figures by administration within one theme are not available."),
            KIND: page.tr("Figures by theme or administration within one kind are not available."),
            ADMIN: page.tr("Figures by theme within one administration are not available."),
        }
        chart.set_data([], empty=empty[req.scope])
        return
    chart.set_data(
        [
            Category(
                r.key,
                r.label,
                (r.figures.cost_per_completer,),
                row_tip(page, f"{r.key} — {r.label}", r, cur),
                r.key == req.key,
            )
            for r in snap.current.scope(scope)
        ],
        cur,
    )


def scatter(page: DashboardPage, snap: Snapshot) -> None:
    """Learning gain against cost per participant, one point per activity shown."""
    cur = snap.whole.base_currency
    points = []
    for r in snap.activity_rows():
        x, y = r.figures.cost_per_participant, r.figures.learning_gain
        if x is not None and y is not None:
            points.append(Point(r.key, x, y, r.key, point_tip(page, r, cur)))
    page.scatter.set_data(
        points,
        page.tr("Cost per participant ({0})").format(cur),
        page.tr("Learning gain (points), by activity"),
        page.tr("No activity has both a learning gain and a cost per participant yet."),
    )


def point_tip(page: DashboardPage, row: Row, cur: str) -> Callable[[], str]:
    def tip() -> str:  # built on hover: a large plan has a thousand points
        f = row.figures
        return rich(
            f"{row.key} — {row.label}",
            page.tr("Cost per participant: {0} {1}").format(
                money(page, f.cost_per_participant), cur
            ),
            page.tr("Learning gain: {0} points").format(display.number(f.learning_gain, 2)),
            page.tr("Click to open the activity"),
        )

    return tip

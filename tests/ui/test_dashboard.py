"""The dashboard: metrics' figures on cards and charts, filters, clicks, live updates."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from pytestqt.qtbot import QtBot
from sqlmodel import select

from planner import display
from planner.models import Activity, BudgetLine, Payment
from planner.services import activities as A
from planner.services import metrics
from planner.services.demo import create_demo
from planner.store import Database, open_database, unit_of_work
from planner.ui.context import BUDGET, SESSIONS, AppContext
from planner.ui.main_window import MainWindow
from planner.ui.pages import dashboard as D
from planner.ui.pages.activities import ActivitiesPage
from planner.ui.pages.dashboard import DashboardPage

TIMEOUT = 15_000


# ------------------------------------------------------------------ fixtures
@pytest.fixture(autouse=True)
def no_background_work_left() -> Iterator[None]:
    """No computation may outlive its test (and its database)."""
    yield
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite"
    create_demo(path)
    with open_database(path) as database:
        yield database


def plan_id_of(db: Database) -> int:
    with unit_of_work(db) as s:
        return int(s.connection().exec_driver_sql("SELECT min(id) FROM plan").scalar_one())


def figures(db: Database, **kw: Any) -> metrics.PlanFigures:
    with unit_of_work(db) as s:
        return metrics.compute(s, plan_id_of(db), **kw)


def settle(qtbot: QtBot, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: page.snapshot is not None and not page.busy(), timeout=TIMEOUT)


@pytest.fixture
def page(qtbot: QtBot, demo: Database) -> DashboardPage:
    ctx = AppContext(demo, plan_id_of(demo))
    widget = DashboardPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1230, 780)
    widget.show()
    settle(qtbot, widget)
    return widget


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, tmp_path: Path, no_dialogs: list[str]) -> MainWindow:
    path = tmp_path / "window-demo.sqlite"
    create_demo(path)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    assert win.open_database(path)
    return win


def dashboard_of(window: MainWindow, qtbot: QtBot) -> DashboardPage:
    page = window.page(DashboardPage)
    assert isinstance(page, DashboardPage)
    window.show_page(window.pages.index(page))
    settle(qtbot, page)
    return page


def click(qtbot: QtBot, chart: Any, key: Any) -> None:
    rect = chart.hit_rect(key)
    assert rect is not None, f"{key!r} is not on the chart"
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())


def expected_cards(f: metrics.Figures, currency: str) -> dict[str, str]:
    def money(v: Decimal | None) -> str:
        return display.money(v) + f" {currency}" if v is not None else display.NA

    def scored(v: Decimal | None, unit: str) -> str:
        return display.number(v, 2) + unit if v is not None else display.NA

    return {
        "actual_cost": money(f.actual_cost),
        "participants": display.number(f.participants, 0),
        "completers": display.number(f.completers, 0),
        "participant_days": display.number(f.participant_days, 0),
        "completion_rate": display.percent(f.completion_rate),
        "cost_per_participant": money(f.cost_per_participant),
        "cost_per_completer": money(f.cost_per_completer),
        "cost_per_participant_day": money(f.cost_per_participant_day),
        "learning_gain": scored(f.learning_gain, " points"),
        "satisfaction": scored(f.satisfaction, " / 5"),
        "women_share": display.percent(f.women_share),
    }


def shown_cards(page: DashboardPage) -> dict[str, str]:
    return {key: page.card(key).text() for key in page.CARDS}


# ------------------------------------------------------------------ figures
def test_cards_show_the_plan_row_of_metrics(page: DashboardPage, demo: Database) -> None:
    whole = figures(demo)
    shown = shown_cards(page)
    for key, text in expected_cards(whole.total.figures, whole.base_currency).items():
        assert shown[key] == text, key
    # input and execution rate over all the plan's years; the trend is the latest year's
    assert page.card("input").value() == display.money(whole.total_input)
    assert page.card("execution_rate").value() == display.percent(whole.execution_rate)
    latest = [i for i in whole.inputs if i.trend is not None][-1]
    assert latest.trend is not None
    assert page.card("trend").value() == "+" + display.percent(latest.trend / 100)
    assert str(latest.year) in page.card("trend").detail()
    # the charts carry the same figures
    assert [c.values for c in page.money_chart.categories()] == [
        (i.input, i.actual_cost) for i in whole.inputs
    ]
    by_theme = {c.key: c.values[0] for c in page.theme_chart.categories()}
    assert by_theme == {r.key: r.figures.cost_per_completer for r in whole.scope("theme")}
    plotted = {p.key for p in page.scatter.points()}
    assert plotted == {
        r.key
        for r in whole.scope("activity")
        if r.figures.learning_gain is not None and r.figures.cost_per_participant is not None
    }
    assert "⚠" in page.notes.text()  # metrics' warnings are one hover away


def test_learning_cards_show_their_respondents(page: DashboardPage, demo: Database) -> None:
    from planner.services.dashboard_view import Request, gather

    f = figures(demo).total.figures
    with unit_of_work(demo) as s:
        learn = gather(s, plan_id_of(demo), Request()).learning
    assert learn.normalised_gain is not None and learn.cost_per_gain_point is not None
    assert page.card("learning_gain").detail() == f"respondents: {f.gain_count}"
    assert page.card("satisfaction").detail() == f"respondents: {f.satisfaction_count}"
    card = page.card("normalised_gain")
    assert card.value() == display.percent(learn.normalised_gain)  # as the PDFs show it
    assert card.detail() == f"respondents: {learn.normalised_respondents}"
    # the demo's courses have a maximum score; its seminars and workshops do not
    assert 0 < learn.normalised_respondents < f.gain_count
    assert page.card("cost_per_gain_point").value() == display.money(learn.cost_per_gain_point)


def test_a_year_without_completers_is_a_labelled_gap_not_zero(page: DashboardPage) -> None:
    cpc = {c.key: c for c in page.cpc_year_chart.categories()}
    assert cpc[2030].values == (None,)
    assert page.cpc_year_chart.value_labels(2030) == ["n/a"]
    assert page.cpc_year_chart.value_labels(2027) != ["n/a"]


def test_filtering_by_year_shows_that_years_figures(
    page: DashboardPage, demo: Database, qtbot: QtBot
) -> None:
    page.year.setCurrentIndex(page.year.findData(2028))
    settle(qtbot, page)
    year = figures(demo, year=2028)
    shown = shown_cards(page)
    for key, text in expected_cards(year.total.figures, year.base_currency).items():
        assert shown[key] == text, key
    (inp,) = year.inputs
    assert inp.trend is not None
    assert shown["input"] == f"{display.money(inp.input)} {year.base_currency}"
    assert shown["execution_rate"] == display.percent(inp.execution_rate)
    assert shown["trend"] == "+" + display.percent(inp.trend / 100)
    by_admin = {c.key: c.values[0] for c in page.admin_chart.categories()}
    assert by_admin == {r.key: r.figures.cost_per_completer for r in year.scope("administration")}
    assert [c.key for c in page.cpc_year_chart.categories() if c.highlight] == [2028]
    assert all("-2028-" in p.key for p in page.scatter.points())


def test_filtering_by_a_theme_shows_its_row_and_its_activities(
    page: DashboardPage, demo: Database, qtbot: QtBot
) -> None:
    page.theme.setCurrentIndex(page.theme.findData("SW"))
    settle(qtbot, page)
    whole = figures(demo)
    (sw,) = [r for r in whole.scope("theme") if r.key == "SW"]
    shown = shown_cards(page)
    for key, text in expected_cards(sw.figures, whole.base_currency).items():
        assert shown[key] == text, key
    assert shown["input"] == "n/a" and shown["trend"] == "n/a"  # plan-level figures
    with unit_of_work(demo) as s:
        sw_codes = {
            code
            for (code,) in s.connection().exec_driver_sql(
                "SELECT a.code FROM activity a JOIN theme t ON t.id = a.theme_id "
                "WHERE t.code = 'SW'"
            )
        }
    assert {p.key for p in page.scatter.points()} <= sw_codes
    # the theme's row in each year, from compute(year=Y)
    per_year = {
        y: next(r for r in figures(demo, year=y).scope("theme") if r.key == "SW")
        for y in range(2027, 2032)
    }
    assert {c.key: c.values for c in page.cpc_year_chart.categories()} == {
        y: (r.figures.cost_per_completer,) for y, r in per_year.items()
    }
    assert [c.key for c in page.theme_chart.categories() if c.highlight] == ["SW"]
    assert page.admin_chart.empty_text()  # no theme x administration figures: said, not drawn
    # one group at a time
    page.admin.setCurrentIndex(page.admin.findData("KH"))
    assert page.theme.currentData() is None
    settle(qtbot, page)
    (kh,) = [r for r in whole.scope("administration") if r.key == "KH"]
    assert page.card("completers").value() == display.number(kh.figures.completers, 0)
    assert "KH" in page.scope_label.full_text()


def test_a_filter_changed_midway_shows_only_the_last_choice(
    page: DashboardPage, demo: Database, qtbot: QtBot
) -> None:
    page.theme.setCurrentIndex(page.theme.findData("SW"))
    page.theme.setCurrentIndex(page.theme.findData("AEO"))  # before SW's figures came
    settle(qtbot, page)
    assert page.snapshot is not None and page.snapshot.request == D.Request(None, "theme", "AEO")
    per_year = {
        y: next(r for r in figures(demo, year=y).scope("theme") if r.key == "AEO")
        for y in range(2027, 2032)
    }
    assert {c.key: c.values for c in page.cpc_year_chart.categories()} == {
        y: (r.figures.cost_per_completer,) for y, r in per_year.items()
    }
    assert page.card("completers").value() == display.number(
        sum(r.figures.completers for r in per_year.values()), 0
    )


def test_long_names_are_elided_with_the_full_name_in_the_tooltip(
    page: DashboardPage, qtbot: QtBot
) -> None:
    full = "General Administration of Customs of the People's Republic of China"
    assert page.admin_chart.shown_label("CN") == full  # whole where there is room
    page.resize(560, 780)  # a narrow window
    qtbot.waitUntil(lambda: page.admin_chart.shown_label("CN") != full, timeout=TIMEOUT)
    shown = page.admin_chart.shown_label("CN")
    assert shown != full and shown.endswith("…")
    assert full in page.admin_chart.tooltip_of("CN")


# ------------------------------------------------------------------ live updates
def test_an_edit_updates_the_dashboard(page: DashboardPage, demo: Database, qtbot: QtBot) -> None:
    with unit_of_work(demo) as s:
        # a line with one payment: its actual is typed over as one amount
        count: dict[int, int] = {}
        for p in s.exec(select(Payment)):
            count[p.budget_line_id] = count.get(p.budget_line_id, 0) + 1
        line = next(
            b for k, n in count.items() if n == 1 and (b := s.get(BudgetLine, k)) is not None
        )
        assert line is not None
        line_id, old = line.id, A.line_fields(s, line)["actual"]
        assert line_id is not None
    before = page.card("actual_cost").text()
    page.ctx.execute(
        "Change an actual",
        lambda s: A.update_budget_line(s, line_id, actual=old + Decimal("12345")),
        {BUDGET},
    )
    after = figures(demo)
    want = expected_cards(after.total.figures, after.base_currency)["actual_cost"]
    qtbot.waitUntil(lambda: page.card("actual_cost").text() == want, timeout=TIMEOUT)
    assert want != before
    assert (
        page.card("cost_per_completer").text()
        == (expected_cards(after.total.figures, after.base_currency)["cost_per_completer"])
    )
    page.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: page.card("actual_cost").text() == before, timeout=TIMEOUT)


def test_a_burst_of_changes_is_computed_once_or_twice(
    page: DashboardPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[D.Request] = []
    real = D.gather

    def counting(
        session: Any, plan_id: int, request: D.Request, *rest: Any, **kw: Any
    ) -> D.Snapshot:
        calls.append(request)
        return real(session, plan_id, request, *rest, **kw)

    monkeypatch.setattr(D, "gather", counting)
    for _ in range(20):
        page.ctx.notify({BUDGET})
    settle(qtbot, page)
    assert 1 <= len(calls) <= 2


def test_previous_figures_stay_until_the_new_ones_arrive(page: DashboardPage, qtbot: QtBot) -> None:
    shown = page.card("cost_per_completer").text()
    page.ctx.notify({BUDGET})
    assert page.busy()
    assert page.card("cost_per_completer").text() == shown  # not blanked meanwhile
    settle(qtbot, page)


def test_a_plan_with_nothing_delivered_shows_na_not_zero(
    qtbot: QtBot, db: Database, load: Any, small_doc: dict[str, Any]
) -> None:
    for activity in small_doc["activities"]:
        activity["status"] = "scheduled"
        activity["attendance"] = []
    plan_id = load(small_doc)
    page = DashboardPage(AppContext(db, plan_id))
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page)
    assert page.card("participants").value() == "0"  # a count: zero is a figure
    for key in (
        "cost_per_participant",
        "cost_per_completer",
        "cost_per_participant_day",
        "completion_rate",
        "learning_gain",
        "satisfaction",
        "women_share",
        "trend",
    ):
        assert page.card(key).value() == "n/a", key
    assert all(c.values == (None,) for c in page.cpc_year_chart.categories())
    assert all(c.values == (None,) for c in page.theme_chart.categories())
    assert page.scatter.points() == [] and page.scatter.empty_text()
    page.grab()  # paints without an error


# ------------------------------------------------------------------ in the window
def test_clicking_a_bar_lists_the_activities_behind_it(window: MainWindow, qtbot: QtBot) -> None:
    page = dashboard_of(window, qtbot)
    click(qtbot, page.theme_chart, "SW")
    activities = window.stack.currentWidget()
    assert isinstance(activities, ActivitiesPage)
    assert activities.theme.currentData() == "SW"
    assert activities.year.currentData() is None
    shown = [activities.model.row_at(r) for r in range(activities.model.rowCount())]
    assert shown and all(r.data["theme"] == "SW" for r in shown)

    # a year bar keeps the dashboard's group; an administration bar keeps its year
    page = dashboard_of(window, qtbot)
    page.year.setCurrentIndex(page.year.findData(2028))
    settle(qtbot, page)
    click(qtbot, page.admin_chart, "KH")
    assert window.stack.currentWidget() is activities
    assert (activities.year.currentData(), activities.admin.currentData()) == (2028, "KH")
    assert activities.theme.currentData() is None
    rows = [activities.model.row_at(r) for r in range(activities.model.rowCount())]
    assert rows and all(r.data["year"] == 2028 and "KH" in r.data["admins"] for r in rows)

    page = dashboard_of(window, qtbot)
    page.year.setCurrentIndex(0)
    page.kind.setCurrentIndex(page.kind.findData("symposium"))
    settle(qtbot, page)
    click(qtbot, page.cpc_year_chart, 2027)
    assert (activities.year.currentData(), activities.kind.currentData()) == (2027, "symposium")


def test_clicking_a_point_opens_its_activity(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int | None] = []
    monkeypatch.setattr(ActivitiesPage, "open_activity", lambda self, i: opened.append(i))
    page = dashboard_of(window, qtbot)
    point = page.scatter.points()[0]
    assert point.key in page.scatter.tooltip_of(point.key)  # hover names the activity
    click(qtbot, page.scatter, point.key)
    assert window.db is not None
    with unit_of_work(window.db) as s:
        activity = s.exec(select(Activity).where(Activity.code == point.key)).one()
    assert opened == [activity.id]


def test_the_keyboard_reaches_every_bar(window: MainWindow, qtbot: QtBot) -> None:
    page = dashboard_of(window, qtbot)
    chart = page.cpc_year_chart
    chart.setFocus()
    for _ in range(2):
        qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    activities = window.stack.currentWidget()
    assert isinstance(activities, ActivitiesPage)
    assert activities.year.currentData() == 2028


def test_sources_over_their_ceiling_are_named(page: DashboardPage, qtbot: QtBot) -> None:
    # the demo's CACF and COFUND spend more than their 2028 envelopes
    qtbot.waitUntil(lambda: "over ceiling" in page.notes.full_text(), timeout=TIMEOUT)
    assert "CACF 2028" in page.notes.full_text() and "COFUND 2028" in page.notes.full_text()
    assert "GACC" not in page.notes.full_text()
    assert "COFUND 2028" in page.notes.toolTip()  # whole when the line is elided


def shown_as_computed(page: DashboardPage, demo: Database, qtbot: QtBot) -> None:
    """Every figure on the page is metrics.compute's, the whole plan's and (the year
    filter, answered from the figures in hand) each year's."""
    settle(qtbot, page)
    whole = figures(demo)
    shown = shown_cards(page)
    for key, text in expected_cards(whole.total.figures, whole.base_currency).items():
        assert shown[key] == text, key
    assert page.card("input").value() == display.money(whole.total_input)
    assert display.money(whole.total.figures.planned_cost) in page.card("actual_cost").detail()
    assert [c.values for c in page.money_chart.categories()] == [
        (i.input, i.actual_cost) for i in whole.inputs
    ]
    assert [c.values for c in page.cpc_year_chart.categories()] == [
        (i.cost_per_completer,) for i in whole.inputs
    ]
    for chart, scope in ((page.theme_chart, "theme"), (page.admin_chart, "administration")):
        assert [(c.key, c.values) for c in chart.categories()] == [
            (r.key, (r.figures.cost_per_completer,)) for r in whole.scope(scope)
        ]
    points = {(p.key, p.x, p.y) for p in page.scatter.points()}
    assert points == {
        (r.key, r.figures.cost_per_participant, r.figures.learning_gain)
        for r in whole.scope("activity")
        if r.figures.cost_per_participant is not None and r.figures.learning_gain is not None
    }
    for year in range(whole.start_year, whole.start_year + whole.years):
        page.year.setCurrentIndex(page.year.findData(year))
        settle(qtbot, page)
        figs = figures(demo, year=year)
        shown = shown_cards(page)
        for key, text in expected_cards(figs.total.figures, figs.base_currency).items():
            assert shown[key] == text, (year, key)
    page.year.setCurrentIndex(0)
    settle(qtbot, page)


def test_after_edits_of_every_kind_the_dashboard_shows_metrics_figures(
    page: DashboardPage, demo: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.services import attendance_marks as AM
    from planner.services import attendance_view as AV
    from planner.services import dashboard_live
    from planner.services import payments as P
    from planner.store import raw_connection
    from planner.ui.context import ACTIVITIES, ATTENDANCE

    whole_counts: list[int] = []
    real = dashboard_live.metrics.count_plan

    def counting(session: Any, plan_id: int) -> Any:
        whole_counts.append(plan_id)
        return real(session, plan_id)

    monkeypatch.setattr(dashboard_live.metrics, "count_plan", counting)

    def one(sql: str) -> Any:
        with unit_of_work(demo) as s:
            return raw_connection(s).execute(sql).fetchone()

    delivered = (
        "FROM enrolment e JOIN activity a ON a.id = e.activity_id WHERE a.status = 'delivered'"
    )
    eid, sid = one(
        "SELECT e.id, m.session_id FROM enrolment e JOIN activity a ON a.id = e.activity_id "
        "JOIN mark m ON m.enrolment_id = e.id WHERE a.status = 'delivered' "
        "AND m.status = 'present' ORDER BY e.id LIMIT 1"
    )
    scored, post = one(  # a completer with both scores (present at every session)
        f"SELECT e.id, e.post_score {delivered} AND e.post_score IS NOT NULL "
        "AND e.pre_score IS NOT NULL AND (SELECT count(*) FROM mark m WHERE "
        "m.enrolment_id = e.id AND m.status = 'present') = (SELECT count(*) FROM session x "
        "WHERE x.activity_id = a.id) ORDER BY e.id DESC LIMIT 1"
    )
    line_id, aid = one(
        "SELECT b.id, a.id FROM budget_line b JOIN activity a ON a.id = b.activity_id "
        "WHERE a.status = 'delivered' ORDER BY b.id LIMIT 1"
    )
    other_theme = one(
        f"SELECT t.code FROM theme t, activity a WHERE a.id = {aid} AND t.plan_id = a.plan_id "
        "AND t.id != a.theme_id LIMIT 1"
    )[0]
    edits: list[tuple[str, Any, set[str]]] = [
        ("a mark", lambda s: AM.apply_marks(s, [(eid, sid, "absent")]), {ATTENDANCE}),
        (
            "a score",
            lambda s: AV.set_score(s, scored, "post_score", Decimal(post) - 7),
            {ATTENDANCE},
        ),
        (
            "a payment",
            lambda s: P.add_payment(s, line_id, amount="1234.56", date=None),
            {BUDGET},
        ),
        (
            "a budget line",
            lambda s: A.update_budget_line(s, line_id, planned=Decimal("987654.32")),
            {BUDGET},
        ),
        (
            "a theme",
            lambda s: A.update_activity(s, aid, theme=other_theme),
            {ACTIVITIES},
        ),
    ]

    def cards_now() -> dict[str, tuple[str, str]]:
        return {key: (page.card(key).text(), page.card(key).detail()) for key in page.CARDS}

    for text, do, changes in edits:
        before = cards_now()
        page.ctx.execute(text, do, changes)
        shown_as_computed(page, demo, qtbot)
        assert cards_now() != before or text == "a theme", text
    # its year: moved a year on (its sessions go with its dates: they are dropped)
    with unit_of_work(demo) as s:
        act = s.get(Activity, aid)
        assert act is not None
        start, end = act.start_date, act.end_date
    page.ctx.execute(
        "a year",
        lambda s: A.update_activity(
            s,
            aid,
            start=start.replace(year=start.year + 1),
            end=end.replace(year=end.year + 1),
            drop_sessions_outside=True,
        ),
        {ACTIVITIES, SESSIONS},
    )
    shown_as_computed(page, demo, qtbot)
    page.ctx.undo_stack.undo()
    shown_as_computed(page, demo, qtbot)
    assert whole_counts == []  # each edit counted for its own activity alone


def test_figures_that_did_not_change_are_not_laid_out_or_painted_again(
    page: DashboardPage, qtbot: QtBot
) -> None:
    charts = [page.money_chart, page.cpc_year_chart, page.theme_chart, page.admin_chart]
    charts.append(page.scatter)
    laid_out: list[str] = []
    for chart in charts:
        assert chart.keys()  # laid out

        def counted(area: Any, c: Any = chart, real: Any = chart._layout) -> None:
            laid_out.append(c.title())
            real(area)

        chart._layout = counted  # type: ignore[method-assign]
    painted: list[str] = []
    for key in page.CARDS:
        card = page.card(key)
        card.update = lambda k=key: painted.append(k)  # type: ignore[method-assign]
    codes = page.scatter.keys()
    tips = [page.scatter.tooltip_of(k) for k in codes]
    page.ctx.notify({BUDGET})  # counted again (whole: nothing in the journal), same figures
    settle(qtbot, page)
    assert page.snapshot is not None and page.snapshot.seconds > 0
    assert laid_out == []
    assert painted == []
    assert [page.scatter.tooltip_of(k) for k in codes] == tips
    # a figure that moves: that card and the charts that show it are done again
    with unit_of_work(page.ctx.db) as s:
        line = s.exec(select(BudgetLine)).first()
        assert line is not None and line.id is not None
        line_id, planned = line.id, A.line_fields(s, line)["planned"]
    page.ctx.execute(
        "planned",
        lambda s: A.update_budget_line(s, line_id, planned=planned + Decimal("1000")),
        {BUDGET},
    )
    settle(qtbot, page)
    assert "actual_cost" in painted  # its detail: the planned cost
    assert "participants" not in painted
    assert laid_out == []  # no chart shows the planned cost
    # an activity's title: in its point's tooltip, nothing moves
    code = codes[0]
    with unit_of_work(page.ctx.db) as s:
        act = s.exec(select(Activity).where(Activity.code == code)).one()
        assert act.id is not None
        aid = act.id
    page.ctx.execute(
        "title", lambda s: A.update_activity(s, aid, title="Renamed for the tooltip"), {BUDGET}
    )
    settle(qtbot, page)
    assert "Renamed for the tooltip" in page.scatter.tooltip_of(code)
    assert laid_out == []

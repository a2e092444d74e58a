"""Cost-effectiveness at a glance: headline figures as cards, five charts, filters.

Every figure comes from :func:`planner.services.metrics.compute`; this page only
picks rows and lays them out. A year filter shows ``compute(year=Y)``; a theme,
kind or administration filter shows that group's row and the activity rows of
that group. metrics has no cross rows (theme x administration, ...), so one group
is chosen at a time (with or without a year), and a chart that would need cross
figures says so instead of drawing.

Figures are computed off the GUI thread (planner.ui.worker) in their own unit of
work and come back by signal. Changes are coalesced: at most one computation in
flight and at most one start per ``COALESCE_MS``; the previous figures stay on
screen until new ones arrive. One count of the plan gives every year's figures
(``metrics.compute_years``), so while the data is unchanged a filter is answered
at once from the figures on screen (``dashboard_view.regather``), without the
worker. The count is kept between edits (planner.services.dashboard_live): an edit
is counted anew for the activities it touched alone, the whole plan's figures are
shown at once and every year's follow in a second short computation, started
once the new figures are painted. Cards and charts whose figures did not change
are neither laid out nor painted again.

The figures are gathered by planner.services.dashboard_view, laid out as texts and
chart data by planner.ui.pages.dashboard_figures; the cards are
planner.ui.pages.dashboard_widgets.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.models import Kind
from planner.services.dashboard_live import LiveDashboard
from planner.services.dashboard_view import (
    ADMIN,
    KIND,
    THEME,
    Request,
    Row,
    Snapshot,
    gather,
    gather_years,
    regather,
)
from planner.services.workspace import transaction
from planner.ui import worker
from planner.ui.charts import GroupedBarChart, LabelledBarChart, ScatterChart
from planner.ui.context import ALL, AppContext
from planner.ui.pages import Page
from planner.ui.pages import dashboard_figures as F
from planner.ui.pages.dashboard_widgets import (
    ElidedLabel,
    FigureCard,
    fill_box,
    framed,
    place,
    rich,
)
from planner.ui.texts import kind_text

__all__ = [
    "ADMIN",
    "BUSY_AFTER_MS",
    "COALESCE_MS",
    "KIND",
    "THEME",
    "DashboardPage",
    "ElidedLabel",
    "FigureCard",
    "Request",
    "Row",
    "Snapshot",
    "gather",
    "gather_years",
    "rich",
]

log = logging.getLogger(__name__)

#: Changes closer together than this share one computation.
COALESCE_MS = 100
#: "Updating…" appears only when new figures take longer than this.
BUSY_AFTER_MS = 250


class _Relay(QObject):
    """Carries the first part of a computation back to the GUI thread."""

    partial = Signal(object)


# ------------------------------------------------------------------ the page
class DashboardPage(Page):
    """Headline figures and charts of the plan, of a year, of a theme, kind or
    administration (or both a year and a group)."""

    #: Emitted whenever new figures are on screen (tests, benchmarks).
    updated = Signal()

    CARDS = (
        "input",
        "actual_cost",
        "execution_rate",
        "participants",
        "completers",
        "participant_days",
        "completion_rate",
        "cost_per_participant",
        "cost_per_completer",
        "cost_per_participant_day",
        "learning_gain",
        "normalised_gain",
        "cost_per_gain_point",
        "satisfaction",
        "women_share",
        "trend",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.snapshot: Snapshot | None = None
        self.apply_seconds = 0.0  # GUI-thread time of the last update
        self._asked: Request | None = None
        self._task: worker.Task | None = None
        self._dirty = False
        self._last_start = -1e9
        # data changes seen (refresh) and the one the shown figures were counted after:
        # while they match, a filter is answered from the figures in hand (regather)
        self._generation = 0
        self._task_generation = -1
        self._shown_generation = -1
        # the plan's counts kept between edits, patched with what an edit touched
        # (of the database it was counted in: another file may hold a plan of that id)
        self._live: tuple[Any, LiveDashboard] | None = None
        # the whole plan's figures are shown first; every year's follow in a second,
        # short computation (a filter needs them; the whole plan's charts do not)
        self._years_next = False
        self._relay = _Relay(self)
        self._relay.partial.connect(self._partial)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self._busy = QTimer(self)
        self._busy.setSingleShot(True)
        self._busy.timeout.connect(lambda: self.status.setText(self.tr("Updating…")))
        self._build()

    def _build(self) -> None:
        self.year, self.theme, self.kind, self.admin = (QComboBox() for _ in range(4))
        for box, width in ((self.year, 6), (self.theme, 14), (self.kind, 8), (self.admin, 16)):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(width)
        fill_box(self.year, self.tr("All years"), [])
        fill_box(self.theme, self.tr("All themes"), [])
        fill_box(self.kind, self.tr("All kinds"), [(kind_text(k), k.value) for k in Kind])
        fill_box(self.admin, self.tr("All administrations"), [])
        one_group = self.tr("One group at a time: a theme, a kind or an administration.")
        for box in (self.theme, self.kind, self.admin):
            box.setToolTip(one_group)
            box.currentIndexChanged.connect(lambda _i, b=box: self._group_chosen(b))
        self.year.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.scope_label = ElidedLabel()
        self.status = QLabel()
        self.notes = ElidedLabel()  # a long over-ceiling list elides, never widens the page
        self.notes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._filters = QHBoxLayout()
        self._filters.addWidget(QLabel(self.tr("Show:")))
        for box in (self.year, self.theme, self.kind, self.admin):
            self._filters.addWidget(box)
        self._filters.addSpacing(12)
        self._filters.addStretch(0)  # takes the room only when nothing else does
        self._info = QHBoxLayout()  # what is shown: beside the filters, or below if narrow

        captions = (
            self.tr("Input"),
            self.tr("Actual cost"),
            self.tr("Execution rate"),
            self.tr("Participants"),
            self.tr("Completers"),
            self.tr("Participant-days"),
            self.tr("Completion rate"),
            self.tr("Cost per participant"),
            self.tr("Cost per completer"),
            self.tr("Cost per participant-day"),
            self.tr("Learning gain"),
            self.tr("Normalised gain"),
            self.tr("Cost per learning-gain point"),
            self.tr("Satisfaction"),
            self.tr("Women's share"),
            self.tr("Cost per completer, trend"),
        )
        self.cards = {k: FigureCard(c) for k, c in zip(self.CARDS, captions, strict=True)}
        self._cards_grid = QGridLayout()
        self._cards_grid.setSpacing(6)
        self.money_chart = GroupedBarChart(self.tr("Input and actual cost by year"))
        self.cpc_year_chart = GroupedBarChart(self.tr("Cost per completer by year"))
        self.theme_chart = LabelledBarChart(self.tr("Cost per completer by theme"))
        self.admin_chart = LabelledBarChart(self.tr("Cost per completer by administration"))
        self.scatter = ScatterChart(self.tr("Learning gain against cost per participant"))
        self._frames = framed(
            [
                self.money_chart,
                self.cpc_year_chart,
                self.theme_chart,
                self.admin_chart,
                self.scatter,
            ]
        )
        self._charts_grid = QGridLayout()
        self._charts_grid.setSpacing(8)
        self._columns = 0
        self._reflow(1400)
        self.money_chart.clicked.connect(lambda y: self.open_activities(year=y))
        self.cpc_year_chart.clicked.connect(lambda y: self.open_activities(year=y))
        self.theme_chart.clicked.connect(lambda t: self.open_activities(theme=t))
        self.admin_chart.clicked.connect(lambda a: self.open_activities(admin=a))
        self.scatter.clicked.connect(self.open_activity)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self._filters)
        layout.addLayout(self._info)
        layout.addLayout(self._cards_grid)
        layout.addLayout(self._charts_grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _reflow(self, width: int) -> None:
        """Eight cards a row and charts three across on a wide page; fewer when narrow
        (cards and charts are never squeezed below their size: the page scrolls)."""
        columns = 3 if width >= 1100 else 2
        if columns == self._columns:
            return
        self._columns = columns
        cards = [self.cards[key] for key in self.CARDS]
        place(columns, cards, self._cards_grid, self._frames, self._charts_grid)
        info = self._filters if columns == 3 else self._info
        info.addWidget(self.scope_label, 1)
        info.addWidget(self.status)
        info.addWidget(self.notes)

    def resizeEvent(self, event: Any) -> None:
        self._reflow(self.width())
        super().resizeEvent(event)

    def title(self) -> str:
        return self.tr("Dashboard")

    def watches(self) -> frozenset[str]:
        return ALL  # every kind of change moves some figure

    def card(self, key: str) -> FigureCard:
        return self.cards[key]

    # ------------------------------------------------------------ filters
    def _group_chosen(self, chosen: QComboBox) -> None:
        if chosen.currentData() is not None:
            for box in (self.theme, self.kind, self.admin):
                if box is not chosen:
                    box.blockSignals(True)
                    box.setCurrentIndex(0)
                    box.blockSignals(False)
        self._filter_changed()

    def _filter_changed(self) -> None:
        """A filter moved: answered at once from the figures on screen when the data
        has not changed since they were counted, else counted again."""
        snap = self.snapshot
        if (
            snap is not None
            and snap.per_year
            and not self.busy()
            and self._shown_generation == self._generation
        ):
            self._show(regather(snap, self.request()))
            self.updated.emit()
            return
        self._want()

    def request(self) -> Request:
        """What the filters ask for."""
        for scope, box in ((THEME, self.theme), (KIND, self.kind), (ADMIN, self.admin)):
            if box.currentData() is not None:
                return Request(self.year.currentData(), scope, box.currentData())
        return Request(self.year.currentData())

    # ------------------------------------------------------------ refreshing
    def refresh(self) -> None:
        """A watched change (or the first show): compute again, in the background."""
        self._generation += 1
        if self._live is not None:
            self._live[1].stale()
        self._want()

    def busy(self) -> bool:
        """Whether newer figures are on their way."""
        return self._task is not None or self._timer.isActive() or self._dirty

    def _want(self) -> None:
        self._dirty = True
        if self._task is not None:
            self._task.cancel()  # drops only the per-year part of a group filter
        self._schedule()

    def _schedule(self) -> None:
        if self._task is not None or self._timer.isActive():
            return  # the running computation is followed by another
        since = (time.monotonic() - self._last_start) * 1000
        self._timer.start(int(max(0.0, COALESCE_MS - since)))

    def _start(self) -> None:
        if self._task is not None or self.ctx.plan_id is None:
            return
        self._dirty = False
        self._last_start = time.monotonic()
        db, plan_id, relay = self.ctx.db, self.ctx.plan_id, self._relay
        if self._live is None or self._live[0] is not db or self._live[1].plan_id != plan_id:
            self._live = (db, LiveDashboard(plan_id))
        live = self._live[1]
        request = self._asked = self.request()
        self._task_generation = self._generation
        years, self._years_next = self._years_next, False

        def work(progress: worker.Progress) -> Snapshot:
            with transaction(db) as session:
                # the whole plan's cards and charts first, while the years are assembled
                snap = gather(session, plan_id, request, relay.partial.emit, live, years=years)
                if snap.years_ready:
                    return snap
                relay.partial.emit(snap)
                return gather_years(session, plan_id, snap, lambda: progress(0, 0))

        self._task = worker.start(
            work, finished=self._finished, failed=self._failed, cancelled=self._done
        )
        self._busy.start(BUSY_AFTER_MS)

    def _partial(self, snap: Snapshot) -> None:
        if self._task is not None and self._asked == self.request():
            self._show(snap)
            self.updated.emit()

    def _finished(self, snap: Snapshot) -> None:
        shown = self._asked == self.request()
        if shown:
            self._show(snap)
            self._shown_generation = self._task_generation
            if not snap.years_counted:
                # the years next, from the counts in hand, COALESCE_MS after the figures
                # are shown: after their painting, which it would slow (the GIL)
                self._years_next = self._dirty = True
                self._last_start = time.monotonic()
        else:
            self._dirty = True  # the filters moved meanwhile
        self._done()
        if shown:
            self.updated.emit()  # after _done: busy() tells whether more is coming

    def _failed(self, message: str, is_bug: bool) -> None:
        self._done()
        self.status.setText(self.tr("Figures not updated: {0}").format(message))
        (log.error if is_bug else log.warning)("dashboard figures failed: %s", message)

    def _done(self) -> None:
        self._task = None
        self._busy.stop()
        self.status.setText("")
        if self._dirty:
            self._schedule()

    def _show(self, snap: Snapshot) -> None:
        started = time.perf_counter()
        self._apply(snap)
        self.apply_seconds = time.perf_counter() - started
        log.debug(
            "dashboard: %.0f ms computing, %.0f ms showing",
            snap.seconds * 1000,
            self.apply_seconds * 1000,
        )

    # ------------------------------------------------------------ showing
    def _apply(self, snap: Snapshot) -> None:
        before, self.snapshot = self.snapshot, snap
        whole = snap.whole
        years = range(whole.start_year, whole.start_year + whole.years)
        fill_box(self.year, self.tr("All years"), [(str(y), y) for y in years])
        for box, scope, everything in (
            (self.theme, THEME, self.tr("All themes")),
            (self.admin, ADMIN, self.tr("All administrations")),
        ):
            fill_box(box, everything, [(f"{r.key} — {r.label}", r.key) for r in whole.scope(scope)])
        for key, (value, unit, detail, tip) in F.cards(self, snap).items():
            self.cards[key].set_figure(value, unit, detail, tip)
        self.scope_label.set_full_text(F.scope_text(self, snap))
        n = len(whole.warnings)
        notes = self.tr("⚠ %n note(s)", "", n) if n else ""
        if snap.over_ceiling:
            over = self.tr("⚠ over ceiling: {0}").format(", ".join(snap.over_ceiling))
            notes = f"{notes} · {over}" if notes else over
        self.notes.set_full_text(notes)
        over_tip = [self.notes.full_text()] if snap.over_ceiling else []
        self.notes.setToolTip(rich(self.tr("Notes on the figures"), *whole.warnings, *over_tip))
        if snap.years_ready:
            F.year_charts(self, snap)
        elif before is None or before.request != snap.request:
            # a new group: its per-year series are on their way
            for chart in (self.money_chart, self.cpc_year_chart):
                chart.set_data([], [], empty=self.tr("Computing the years…"))
        F.group_chart(self, self.theme_chart, snap, THEME)
        F.group_chart(self, self.admin_chart, snap, ADMIN)
        if before is None or before.current is not snap.current or before.members != snap.members:
            F.scatter(self, snap)  # else the same rows (the same figures): the same points

    # ------------------------------------------------------------ what is behind
    def open_activities(
        self, *, year: int | None = None, theme: str | None = None, admin: str | None = None
    ) -> None:
        """Switch to the Activities page, filtered to the activities behind a bar."""
        from planner.ui.main_window import MainWindow
        from planner.ui.pages.activities import ActivitiesPage

        win = self.window()
        page = win.page(ActivitiesPage) if isinstance(win, MainWindow) else None
        if not isinstance(win, MainWindow) or not isinstance(page, ActivitiesPage):
            return
        req = self.request()

        def mine(scope: str) -> str | None:
            return req.key if req.scope == scope else None

        wanted = (
            (page.year, year if year is not None else req.year),
            (page.theme, theme if theme is not None else mine(THEME)),
            (page.kind, mine(KIND)),
            (page.admin, admin if admin is not None else mine(ADMIN)),
            (page.status, None),
        )
        win.show_page(win.pages.index(page))
        if page.year.count() <= 1:  # never shown: its lists are not filled yet
            page.refresh()
        page.search.clear()
        for box, value in wanted:
            box.setCurrentIndex(0 if value is None else max(0, box.findData(value)))

    def open_activity(self, code: str) -> None:
        """Open the editor of the activity behind a point of the scatter."""
        from planner.ui.main_window import MainWindow
        from planner.ui.pages.activities import ActivitiesPage

        win, snap = self.window(), self.snapshot
        if isinstance(win, MainWindow) and snap is not None and code in snap.ids:
            page = win.page(ActivitiesPage)
            if isinstance(page, ActivitiesPage):
                page.open_activity(snap.ids[code])

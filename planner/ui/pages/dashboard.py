"""Cost-effectiveness at a glance: headline figures as cards, five charts, filters.

Every figure comes from :func:`planner.services.metrics.compute`; this page only
picks rows and lays them out. A year filter uses ``compute(year=Y)``; a theme,
kind or administration filter shows that group's row and the activity rows of
that group. metrics has no cross rows (theme x administration, ...), so one group
is chosen at a time (with or without a year), and a chart that would need cross
figures says so instead of drawing.

Figures are computed off the GUI thread (planner.ui.worker) in their own unit of
work and come back by signal. Changes are coalesced: at most one computation in
flight and at most one start per ``COALESCE_MS``; the previous figures stay on
screen until new ones arrive. With a group filter the per-year series of the group
need one ``compute(year=Y)`` per year, so they come second (the cards and the
other charts are shown first) and are abandoned if another change arrives.
"""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
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
from sqlmodel import Session

from planner import display
from planner.models import Kind
from planner.services import metrics
from planner.store import raw_connection, unit_of_work
from planner.ui import worker
from planner.ui.charts import (
    ACTUAL_FILL,
    BAR_FILL,
    INPUT_FILL,
    Category,
    GroupedBarChart,
    LabelledBarChart,
    Point,
    ScatterChart,
    Series,
)
from planner.ui.context import ALL, AppContext
from planner.ui.pages import Page
from planner.ui.texts import kind_text

log = logging.getLogger(__name__)

#: Changes closer together than this share one computation.
COALESCE_MS = 100
#: "Updating…" appears only when new figures take longer than this.
BUSY_AFTER_MS = 250

THEME, KIND, ADMIN = "theme", "kind", "administration"
Row = metrics.Row


# ------------------------------------------------------------------ gathering (no Qt)
@dataclass(frozen=True)
class Request:
    """What the dashboard shows: a year or all, and at most one group."""

    year: int | None = None
    scope: str | None = None  # THEME, KIND or ADMIN
    key: str | None = None  # theme code, kind or administration code


@dataclass(frozen=True)
class Snapshot:
    """metrics' figures for one request, gathered in a worker thread."""

    request: Request
    whole: metrics.PlanFigures
    current: metrics.PlanFigures  # compute(year=Y), or the whole plan
    group: Row | None  # the filtered group's row (None: no group filter)
    members: frozenset[str] | None  # activity codes of the group
    ids: dict[str, int]  # activity code -> id
    by_year: dict[int, Row] | None = None  # the group's row in each year, once gathered
    seconds: float = 0.0

    @property
    def figures(self) -> metrics.Figures:
        return (self.group or self.current.total).figures

    @property
    def years_ready(self) -> bool:
        return self.group is None or self.by_year is not None

    def activity_rows(self) -> list[Row]:
        rows = self.current.scope("activity")
        return rows if self.members is None else [r for r in rows if r.key in self.members]


def _find(figures: metrics.PlanFigures, scope: str, key: str | None) -> Row | None:
    return next((r for r in figures.scope(scope) if r.key == key), None)


def gather(session: Session, plan_id: int, request: Request) -> Snapshot:
    """The figures of ``request`` (a group's per-year rows come from gather_years).
    A year or group that no longer exists is dropped from the answered request."""
    started = time.perf_counter()
    whole = metrics.compute(session, plan_id)
    year = request.year
    if year is not None and not whole.start_year <= year < whole.start_year + whole.years:
        year = None
    current = whole if year is None else metrics.compute(session, plan_id, year=year)
    con = raw_connection(session)
    found = con.execute(
        "SELECT a.code, a.id, t.code FROM activity a JOIN theme t ON t.id = a.theme_id "
        "WHERE a.plan_id = ?",
        (plan_id,),
    ).fetchall()
    scope, key = request.scope, request.key
    group = None if scope is None else _find(current, scope, key)
    members = None
    if group is None:
        scope = key = None
    elif scope == THEME:
        members = frozenset(code for code, _, theme in found if theme == key)
    elif scope == KIND:
        members = frozenset(r.key for r in current.scope("activity") if r.extra["kind"] == key)
    else:  # an administration's row counts the delivered activities its people attended
        members = frozenset(
            code
            for (code,) in con.execute(
                "SELECT DISTINCT a.code FROM activity a "
                "JOIN enrolment e ON e.activity_id = a.id "
                "JOIN participant p ON p.id = e.participant_id "
                "JOIN administration ad ON ad.id = p.administration_id "
                "WHERE a.plan_id = ? AND a.status = 'delivered' "
                "AND e.status != 'withdrawn' AND ad.code = ?",
                (plan_id, key),
            )
        )
    return Snapshot(
        Request(year, scope, key),
        whole,
        current,
        group,
        members,
        {code: aid for code, aid, _ in found},
        seconds=time.perf_counter() - started,
    )


def gather_years(
    session: Session, plan_id: int, snap: Snapshot, checkpoint: Callable[[], None]
) -> Snapshot:
    """The filtered group's row in each year of the plan (one compute per year);
    ``checkpoint`` raises to abandon the work between years."""
    started = time.perf_counter()
    req, whole = snap.request, snap.whole
    by_year: dict[int, Row] = {}
    if req.scope is not None:
        for y in range(whole.start_year, whole.start_year + whole.years):
            checkpoint()
            figures = snap.current if y == req.year else metrics.compute(session, plan_id, year=y)
            row = _find(figures, req.scope, req.key)
            if row is not None:
                by_year[y] = row
    return replace(snap, by_year=by_year, seconds=snap.seconds + time.perf_counter() - started)


def rich(title: str, *lines: str) -> str:
    """A tooltip from plain lines (escaped: names may hold ``<``)."""
    body = "".join(f"<br>{html.escape(line, quote=False)}" for line in lines if line)
    return f"<qt><b>{html.escape(title, quote=False)}</b>{body}</qt>"


# ------------------------------------------------------------------ widgets
class ElidedLabel(QLabel):
    """One line that elides rather than widening its layout; full text as tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(rich(text))
        self._elide()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class FigureCard(QWidget):
    """One headline figure: caption, value (shrunk to fit, never cut), unit, detail."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = caption
        self._value, self._unit, self._detail = "…", "", ""
        self.setAccessibleName(caption)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def caption(self) -> str:
        return self._caption

    def value(self) -> str:
        return self._value

    def unit(self) -> str:
        return self._unit

    def detail(self) -> str:
        return self._detail

    def text(self) -> str:
        """Value and unit, as read aloud."""
        return f"{self._value} {self._unit}".strip()

    def set_figure(self, value: str, unit: str = "", detail: str = "", tip: str = "") -> None:
        self._value, self._unit, self._detail = value, unit, detail
        self.setToolTip(rich(f"{self._caption}: {self.text()}", detail, tip))
        self.setAccessibleDescription(self.text())
        self.update()

    def _fonts(self) -> tuple[QFont, QFont]:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        big = QFont(self.font())
        big.setBold(True)
        big.setPointSizeF(self.font().pointSizeF() * 1.45)
        return small, big

    def sizeHint(self) -> QSize:
        small, big = self._fonts()
        return QSize(160, int(2 * QFontMetricsF(small).height() + QFontMetricsF(big).height() + 18))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        p.drawRoundedRect(box, 5, 5)
        small, big = self._fonts()
        sfm = QFontMetricsF(small)
        inner = box.adjusted(9, 6, -9, -6)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        def line(y: float, text: str) -> None:
            p.drawText(
                QRectF(inner.left(), y, inner.width(), sfm.height()),
                left,
                sfm.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()),
            )

        p.setFont(small)
        p.setPen(muted)
        line(inner.top(), self._caption)
        line(inner.bottom() - sfm.height(), self._detail)
        # the value shrinks (down to the body size) until it and its unit fit
        unit_w = sfm.horizontalAdvance(self._unit) + 4 if self._unit else 0.0
        room = inner.width() - unit_w
        while big.pointSizeF() > self.font().pointSizeF():
            if QFontMetricsF(big).horizontalAdvance(self._value) <= room:
                break
            big.setPointSizeF(big.pointSizeF() - 0.5)
        bfm = QFontMetricsF(big)
        value = bfm.elidedText(self._value, Qt.TextElideMode.ElideRight, room)
        rect = QRectF(inner.left(), inner.top() + sfm.height() + 2, room, bfm.height() + 2)
        p.setFont(big)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        p.drawText(rect, left, value)
        if self._unit:
            baseline = rect.top() + (rect.height() + bfm.ascent() - bfm.descent()) / 2
            x = inner.left() + bfm.horizontalAdvance(value) + 4
            p.setFont(small)
            p.setPen(muted)
            p.drawText(QRectF(x, baseline - sfm.ascent(), unit_w, sfm.height()), left, self._unit)
        p.end()


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
        self._fill(self.year, self.tr("All years"), [])
        self._fill(self.theme, self.tr("All themes"), [])
        self._fill(self.kind, self.tr("All kinds"), [(kind_text(k), k.value) for k in Kind])
        self._fill(self.admin, self.tr("All administrations"), [])
        one_group = self.tr("One group at a time: a theme, a kind or an administration.")
        for box in (self.theme, self.kind, self.admin):
            box.setToolTip(one_group)
            box.currentIndexChanged.connect(lambda _i, b=box: self._group_chosen(b))
        self.year.currentIndexChanged.connect(lambda _i: self._want())
        self.scope_label = ElidedLabel()
        self.status = QLabel()
        self.notes = QLabel()
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
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
        self._frames: list[QFrame] = []
        for chart in self._chart_order():
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            inside = QVBoxLayout(frame)
            inside.setContentsMargins(2, 2, 2, 2)
            inside.addWidget(chart)
            self._frames.append(frame)
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

    def _chart_order(self) -> list[QWidget]:
        return [
            self.money_chart,
            self.cpc_year_chart,
            self.theme_chart,
            self.admin_chart,
            self.scatter,
        ]

    def _reflow(self, width: int) -> None:
        """Seven cards a row and charts three across on a wide page; fewer when narrow
        (cards and charts are never squeezed below their size: the page scrolls)."""
        columns = 3 if width >= 1100 else 2
        if columns == self._columns:
            return
        self._columns = columns
        per_row = 7 if columns == 3 else 4
        for i, key in enumerate(self.CARDS):
            self._cards_grid.addWidget(self.cards[key], i // per_row, i % per_row)
        money, cpc, theme, admin, scatter = self._frames
        places = (
            [
                (money, 0, 0, 1),
                (cpc, 0, 1, 1),
                (theme, 0, 2, 1),
                (admin, 1, 0, 2),
                (scatter, 1, 2, 1),
            ]
            if columns == 3
            else [
                (money, 0, 0, 1),
                (cpc, 0, 1, 1),
                (theme, 1, 0, 1),
                (scatter, 1, 1, 1),
                (admin, 2, 0, 2),
            ]
        )
        for frame, row, col, span in places:
            self._charts_grid.addWidget(frame, row, col, 1, span)
        rows = 2 if columns == 3 else 3
        for i in range(3):
            self._charts_grid.setColumnStretch(i, 1 if i < columns else 0)
            self._charts_grid.setRowStretch(i, 1 if i < rows else 0)
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
    def _fill(self, box: QComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
        wanted = [(everything, None), *items]
        if [(box.itemText(i), box.itemData(i)) for i in range(box.count())] == wanted:
            return  # unchanged: no relayout
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for text, data in items:
            box.addItem(text, data)
            box.setItemData(box.count() - 1, rich(text), Qt.ItemDataRole.ToolTipRole)
        box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
        box.blockSignals(False)
        box.view().setMinimumWidth(box.view().sizeHintForColumn(0) + 24)

    def _group_chosen(self, chosen: QComboBox) -> None:
        if chosen.currentData() is not None:
            for box in (self.theme, self.kind, self.admin):
                if box is not chosen:
                    box.blockSignals(True)
                    box.setCurrentIndex(0)
                    box.blockSignals(False)
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
        request = self._asked = self.request()

        def work(progress: worker.Progress) -> Snapshot:
            with unit_of_work(db) as session:
                snap = gather(session, plan_id, request)
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
        self._fill(self.year, self.tr("All years"), [(str(y), y) for y in years])
        for box, scope, everything in (
            (self.theme, THEME, self.tr("All themes")),
            (self.admin, ADMIN, self.tr("All administrations")),
        ):
            self._fill(
                box, everything, [(f"{r.key} — {r.label}", r.key) for r in whole.scope(scope)]
            )
        for key, (value, unit, detail, tip) in self._cards(snap).items():
            self.cards[key].set_figure(value, unit, detail, tip)
        self.scope_label.set_full_text(self._scope_text(snap))
        n = len(whole.warnings)
        self.notes.setText(self.tr("⚠ %n note(s)", "", n) if n else "")
        self.notes.setToolTip(rich(self.tr("Notes on the figures"), *whole.warnings))
        if snap.years_ready:
            self._year_charts(snap)
        elif before is None or before.request != snap.request:
            # a new group: its per-year series are on their way
            for chart in (self.money_chart, self.cpc_year_chart):
                chart.set_data([], [], empty=self.tr("Computing the years…"))
        self._group_chart(self.theme_chart, snap, THEME)
        self._group_chart(self.admin_chart, snap, ADMIN)
        self._scatter(snap)

    def _scope_text(self, snap: Snapshot) -> str:
        whole, req, group = snap.whole, snap.request, snap.group
        if group is None:
            parts = [self.tr("Whole plan")]
        else:
            name = {
                THEME: self.tr("Theme"),
                KIND: self.tr("Kind"),
                ADMIN: self.tr("Administration"),
            }
            label = kind_text(group.key) if req.scope == KIND else f"{group.key} — {group.label}"
            parts = [f"{name[group.scope]}: {label}"]
        end = whole.start_year + whole.years - 1
        parts.append(str(req.year) if req.year is not None else f"{whole.start_year}–{end}")
        return " · ".join(parts)

    def _na(self) -> str:
        return self.tr("n/a")

    def _money(self, value: Decimal | None) -> str:
        return self._na() if value is None else display.money(value)

    def _percent(self, value: Decimal | None) -> str:
        return self._na() if value is None else display.percent(value)

    def _count(self, value: int) -> str:
        return display.number(value, 0)

    def _trend(self, value: Decimal) -> str:
        return ("+" if value > 0 else "") + display.percent(value / 100)  # trend is in %

    def _cards(self, snap: Snapshot) -> dict[str, tuple[str, str, str, str]]:
        """Card key -> (value, unit, detail, tooltip line)."""
        f, cur = snap.figures, snap.whole.base_currency
        na, tr = self._na(), self.tr
        gain, rating = f.learning_gain, f.satisfaction
        threshold = snap.whole.threshold
        whole = (threshold * 100) % 1 == 0  # 80%, or 87.5%
        cards = {
            "actual_cost": (
                self._money(f.actual_cost),
                cur,
                tr("planned {0}").format(self._money(f.planned_cost)),
                tr("Money spent, cancelled activities included."),
            ),
            "participants": (self._count(f.participants), "", tr("participations"), ""),
            "completers": (
                self._count(f.completers),
                "",
                tr("attendance ≥ {0}").format(display.percent(threshold, 0 if whole else 1)),
                "",
            ),
            "participant_days": (self._count(f.participant_days), "", "", ""),
            "completion_rate": (self._percent(f.completion_rate), "", tr("of participants"), ""),
            "cost_per_participant": (self._money(f.cost_per_participant), cur, "", ""),
            "cost_per_completer": (self._money(f.cost_per_completer), cur, "", ""),
            "cost_per_participant_day": (self._money(f.cost_per_participant_day), cur, "", ""),
            "learning_gain": (
                na if gain is None else display.number(gain, 2),
                tr("points"),
                tr("post − pre score"),
                tr("Mean over completers with both scores."),
            ),
            "satisfaction": (
                na if rating is None else display.number(rating, 2),
                tr("/ 5"),
                tr("mean rating"),
                "",
            ),
            "women_share": (self._percent(f.women_share), "", tr("of participants"), ""),
        }
        year_input = snap.current.inputs[0] if snap.request.year is not None else None
        if snap.group is not None:
            why = tr("Inputs are set for the whole plan, year by year, not for a group.")
            for key in ("input", "execution_rate", "trend"):
                cards[key] = (na, "", tr("plan-level figure"), why)
        elif year_input is None:
            whole = snap.current
            cards["input"] = (self._money(whole.total_input), cur, tr("envelopes, all years"), "")
            cards["execution_rate"] = (
                self._percent(whole.execution_rate),
                "",
                tr("actual cost / input, all years"),
                "",
            )
        else:
            cards["input"] = (self._money(year_input.input), cur, tr("envelopes of the year"), "")
            cards["execution_rate"] = (
                self._percent(year_input.execution_rate),
                "",
                tr("actual cost / input"),
                "",
            )
        if snap.group is None:
            cards["trend"] = self._trend_card(snap, year_input)
        # an undefined figure has no unit: "n/a", not "n/a CNY"
        return {k: (v, "" if v == na else u, d, t) for k, (v, u, d, t) in cards.items()}

    def _trend_card(
        self, snap: Snapshot, year_input: metrics.YearInput | None
    ) -> tuple[str, str, str, str]:
        inputs = snap.whole.inputs
        first = next((i for i in inputs if i.cost_per_completer is not None), None)
        # the whole plan: the latest year that has a trend
        shown = year_input or next((i for i in reversed(inputs) if i.trend is not None), None)
        tip = self.tr("Cost per completer against the first year that has completers.")
        if shown is None or shown.trend is None or first is None:
            return (self._na(), "", self.tr("no year to compare"), tip)
        detail = self.tr("{0} against {1}").format(shown.year, first.year)
        return (self._trend(shown.trend), "", detail, tip)

    # ------------------------------------------------------------ charts
    def _year_charts(self, snap: Snapshot) -> None:
        cur, req, tr = snap.whole.base_currency, snap.request, self.tr
        money = tr("{0}: {1} {2}")
        cats, cpc = [], []
        if snap.by_year is None or snap.group is None:
            self.money_chart.set_title(tr("Input and actual cost by year"))
            series = [Series(tr("Input"), INPUT_FILL), Series(tr("Actual cost"), ACTUAL_FILL)]
            for i in snap.whole.inputs:
                tip = rich(
                    str(i.year),
                    money.format(tr("Input"), self._money(i.input), cur),
                    money.format(tr("Actual cost"), self._money(i.actual_cost), cur),
                    tr("Execution rate: {0}").format(self._percent(i.execution_rate)),
                    tr("Click to list the activities of the year"),
                )
                here = i.year == req.year
                cats.append(Category(i.year, str(i.year), (i.input, i.actual_cost), tip, here))
                tip = rich(
                    str(i.year),
                    money.format(tr("Cost per completer"), self._money(i.cost_per_completer), cur),
                    tr("Trend: {0}").format(
                        self._na() if i.trend is None else self._trend(i.trend)
                    ),
                    tr("Click to list the activities of the year"),
                )
                cpc.append(Category(i.year, str(i.year), (i.cost_per_completer,), tip, here))
        else:
            self.money_chart.set_title(tr("Planned and actual cost by year"))
            series = [Series(tr("Planned"), INPUT_FILL), Series(tr("Actual cost"), ACTUAL_FILL)]
            for y, row in snap.by_year.items():
                f, here = row.figures, y == req.year
                tip = rich(
                    str(y),
                    money.format(tr("Planned"), self._money(f.planned_cost), cur),
                    money.format(tr("Actual cost"), self._money(f.actual_cost), cur),
                )
                cats.append(Category(y, str(y), (f.planned_cost, f.actual_cost), tip, here))
                cpc.append(
                    Category(
                        y, str(y), (f.cost_per_completer,), self._row_tip(str(y), row, cur), here
                    )
                )
        self.money_chart.set_data(series, cats, cur)
        self.cpc_year_chart.set_data([Series(tr("Cost per completer"), BAR_FILL)], cpc, cur)

    def _row_tip(self, title: str, row: Row, cur: str) -> str:
        f, tr = row.figures, self.tr
        return rich(
            title,
            tr("Cost per completer: {0} {1}").format(self._money(f.cost_per_completer), cur),
            tr("Actual cost: {0} {1}").format(self._money(f.actual_cost), cur),
            tr("Completers: {0}").format(self._count(f.completers)),
            tr("Click to list these activities"),
        )

    def _group_chart(self, chart: LabelledBarChart, snap: Snapshot, scope: str) -> None:
        req, cur = snap.request, snap.whole.base_currency
        if req.scope is not None and req.scope != scope:
            empty = {
                THEME: self.tr("Figures by administration within one theme are not available."),
                KIND: self.tr(
                    "Figures by theme or administration within one kind are not available."
                ),
                ADMIN: self.tr("Figures by theme within one administration are not available."),
            }
            chart.set_data([], empty=empty[req.scope])
            return
        chart.set_data(
            [
                Category(
                    r.key,
                    r.label,
                    (r.figures.cost_per_completer,),
                    self._row_tip(f"{r.key} — {r.label}", r, cur),
                    r.key == req.key,
                )
                for r in snap.current.scope(scope)
            ],
            cur,
        )

    def _scatter(self, snap: Snapshot) -> None:
        cur = snap.whole.base_currency
        points = []
        for r in snap.activity_rows():
            x, y = r.figures.cost_per_participant, r.figures.learning_gain
            if x is not None and y is not None:
                points.append(Point(r.key, x, y, r.key, self._point_tip(r, cur)))
        self.scatter.set_data(
            points,
            self.tr("Cost per participant ({0})").format(cur),
            self.tr("Learning gain (points), by activity"),
            self.tr("No activity has both a learning gain and a cost per participant yet."),
        )

    def _point_tip(self, row: Row, cur: str) -> Callable[[], str]:
        def tip() -> str:  # built on hover: a large plan has a thousand points
            f, tr = row.figures, self.tr
            return rich(
                f"{row.key} — {row.label}",
                tr("Cost per participant: {0} {1}").format(
                    self._money(f.cost_per_participant), cur
                ),
                tr("Learning gain: {0} points").format(display.number(f.learning_gain, 2)),
                tr("Click to open the activity"),
            )

        return tip

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

"""The budget report as a PDF (``planner report budget -o FILE.pdf``).

Layers (DESIGN.md, convention 11):

1. :func:`gather` collects the figures into a frozen :class:`BudgetReport`: the
   year, kind and plan rows and the envelopes of :func:`metrics.compute`, the
   lines of :func:`data.budget_lines` (the CSV's own rows), and two groupings of
   those lines' base-currency amounts, by category and by funding source
   (:func:`group_lines`), made with the rule metrics uses for every group: planned
   amounts of cancelled activities left out, actual amounts all counted. The XLSX
   report uses the same gathering.
2. :func:`story` lays it out: cover, summary by year with a data-quality box,
   category, funding source and kind tables, a bar chart, and an annex with every
   line in its own and in base currency.
3. :func:`planner.reports.common.build_pdf` prints it on landscape A4 pages
   with the plan in the header and "Page x of y" in the footer.

Money is shown with :func:`planner.display.money`: 2 decimals and the reader's
thousands separators; a negative variance has a minus sign and is red. A line in
a currency without an exchange rate for its year is never converted: it is left
out of every base-currency total, listed in the data-quality box and marked
"no rate" in the annex.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlmodel import Session

from planner import display
from planner.i18n import _
from planner.models import Category, Status
from planner.money import exponent_of
from planner.reports import data
from planner.reports.charts import planned_actual_by_year
from planner.reports.common import (
    BODY,
    CELL,
    HEADER_CELL,
    HEADER_NUMBER_CELL,
    HEADING,
    NUMBER_CELL,
    RULE,
    SMALL,
    TITLE,
    build_pdf,
    data_table,
    para,
)
from planner.reports.data import BudgetLineRow
from planner.reports.fonts import BASE_BOLD, BASE_FONT, markup
from planner.services import metrics
from planner.store import raw_connection

CANCELLED = Status.CANCELLED.value
NO_SOURCE = ""  # key of the lines without a funding source
ANNEX_CHUNK_ROWS = 60  # rows per annex table (about 2 pages): splitting costs its length
CELL_PADDING = 8.5  # left and right padding of a table cell (common._table_style), and a bit
MISSING_RATE_LIST = 25  # missing-rate lines listed by name in the data-quality box

RED = colors.HexColor("#b00020")
WARN_FILL = colors.HexColor("#fff4e5")
WARN_RULE = colors.HexColor("#d9822b")
GROUP_FILL = colors.HexColor("#eef1f4")
DASH = "\u2014"


# --- 1. the figures ------------------------------------------------------------------


@dataclass(frozen=True)
class GroupTotal:
    """Money of one group of lines in base currency (planned of cancelled activities
    left out, as in every group of metrics), and how many lines it holds."""

    key: str
    label: str
    planned: Decimal
    actual: Decimal
    lines: int = 0
    lines_without_rate: int = 0

    @property
    def variance(self) -> Decimal:
        return self.actual - self.planned


@dataclass(frozen=True)
class YearSummary:
    year: int
    envelope: Decimal | None  # None: the year is outside the plan's period
    planned: Decimal
    actual: Decimal
    variance: Decimal
    execution_rate: Decimal | None


@dataclass(frozen=True)
class ActivityLines:
    code: str
    title: str
    kind: str
    status: str
    year: int
    planned: Decimal  # the activity's own figures (whatever its status), from metrics
    actual: Decimal
    variance: Decimal
    lines_without_rate: int
    lines: tuple[BudgetLineRow, ...]


@dataclass(frozen=True)
class BudgetReport:
    plan_name: str
    owner: str
    base_currency: str
    first_year: int
    last_year: int
    year: int | None  # the --year filter
    activity: str | None  # the --activity filter
    generated: date
    years: tuple[YearSummary, ...]
    total: GroupTotal  # the plan row of metrics
    total_input: Decimal  # envelopes of the years shown (metrics)
    total_execution_rate: Decimal | None
    by_category: tuple[GroupTotal, ...]
    by_source: tuple[GroupTotal, ...]
    by_kind: tuple[GroupTotal, ...]
    activities: tuple[ActivityLines, ...]
    cancelled_planned: Decimal  # planned amounts of cancelled activities' lines
    missing_rate: tuple[BudgetLineRow, ...]
    without_lines: tuple[str, ...]  # codes of activities that have no budget line
    warnings: tuple[str, ...]  # metrics' warnings about money

    @property
    def line_count(self) -> int:
        return sum(len(a.lines) for a in self.activities)


def group_lines(
    lines: Iterable[BudgetLineRow], key: Callable[[BudgetLineRow], str]
) -> dict[str, tuple[Decimal, Decimal, int, int]]:
    """key -> (planned, actual, lines, lines without a rate), in base currency.

    Sums the already converted and rounded base amounts of ``data.budget_lines``
    (the CSV's figures), with the group rule of spec/metrics.md: the planned
    amounts of cancelled activities are left out, every actual amount counts, a
    line without an actual counts 0 and a line without an exchange rate is left
    out (and counted). A candidate for :mod:`planner.services.metrics`.
    """
    out: dict[str, tuple[Decimal, Decimal, int, int]] = {}
    zero = Decimal(0)
    for line in lines:
        planned, actual, n, no_rate = out.get(key(line), (zero, zero, 0, 0))
        n += 1
        if line.planned_base is None:
            no_rate += 1
        else:
            if line.status != CANCELLED:
                planned += line.planned_base
            actual += line.actual_base or zero
        out[key(line)] = (planned, actual, n, no_rate)
    return out


def cancelled_planned(lines: Iterable[BudgetLineRow]) -> Decimal:
    """The planned amounts (base currency) of cancelled activities' lines: what the
    CSV's planned column holds beyond the planned totals."""
    return sum(
        (x.planned_base for x in lines if x.status == CANCELLED and x.planned_base is not None),
        Decimal(0),
    )


def _ordered(
    groups: dict[str, tuple[Decimal, Decimal, int, int]],
    order: Sequence[str],
    labels: dict[str, str],
) -> tuple[GroupTotal, ...]:
    rank = {k: i for i, k in enumerate(order)}
    keys = sorted(groups, key=lambda k: (k not in rank, rank.get(k, 0), k))
    return tuple(GroupTotal(k, labels.get(k, k), *groups[k]) for k in keys)


def _from_row(row: metrics.Row, label: str | None = None) -> GroupTotal:
    f = row.figures
    return GroupTotal(
        row.key,
        row.label if label is None else label,
        f.planned_cost,
        f.actual_cost,
        int(f.lines),
        int(f.lines_without_rate),
    )


def gather(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    generated: date | None = None,
) -> BudgetReport:
    """Every figure of the budget report, from metrics and data (nothing else summed)."""
    figures = metrics.compute(session, plan_id, year=year, activity=activity)
    lines = data.budget_lines(session, plan_id, year=year, activity=activity)
    con = raw_connection(session)
    sources = dict(
        con.execute(
            "SELECT code, name FROM funding_source WHERE plan_id = ? ORDER BY id", (plan_id,)
        ).fetchall()
    )

    inputs = {i.year: i for i in figures.inputs}
    years = []
    for row in figures.scope("year"):
        f, found = row.figures, inputs.get(int(row.key))
        years.append(
            YearSummary(
                int(row.key),
                None if found is None else found.input,
                f.planned_cost,
                f.actual_cost,
                f.variance,
                None if found is None else found.execution_rate,
            )
        )

    by_activity: dict[str, list[BudgetLineRow]] = {}
    for line in lines:
        by_activity.setdefault(line.activity, []).append(line)
    activities = []
    without_lines = []
    for row in figures.scope("activity"):
        mine = by_activity.get(row.key, [])
        if not mine:
            without_lines.append(row.key)
            continue
        f = row.figures
        activities.append(
            ActivityLines(
                row.key,
                row.label,
                str(row.extra["kind"]),
                str(row.extra["status"]),
                int(row.extra["year"]),
                f.planned_cost,
                f.actual_cost,
                f.variance,
                int(f.lines_without_rate),
                tuple(mine),
            )
        )

    category_labels = {c.value: c.value.replace("_", " ") for c in Category}
    source_labels = {code: f"{code}: {name}" for code, name in sources.items()}
    source_labels[NO_SOURCE] = _("(no funding source)")
    kinds = [r for r in figures.scope("kind") if r.figures.lines or r.figures.activities]
    money_warnings = tuple(
        w for w in figures.warnings if "exchange rate" in w or "actual amount" in w
    )
    return BudgetReport(
        plan_name=figures.plan_name,
        owner=figures.owner,
        base_currency=figures.base_currency,
        first_year=figures.start_year,
        last_year=figures.start_year + figures.years - 1,
        year=year,
        activity=activity,
        generated=generated or date.today(),
        years=tuple(years),
        total=_from_row(figures.total, _("Total")),
        total_input=figures.total_input,
        total_execution_rate=figures.execution_rate,
        by_category=_ordered(
            group_lines(lines, lambda x: x.category), list(category_labels), category_labels
        ),
        by_source=_ordered(
            group_lines(lines, lambda x: x.funding_source or NO_SOURCE),
            [*sources, NO_SOURCE],
            source_labels,
        ),
        by_kind=tuple(_from_row(r) for r in kinds),
        activities=tuple(activities),
        cancelled_planned=cancelled_planned(lines),
        missing_rate=tuple(x for x in lines if x.planned_base is None),
        without_lines=tuple(without_lines),
        warnings=money_warnings,
    )


# --- 2. the story ----------------------------------------------------------------------

NEGATIVE_CELL = ParagraphStyle("BudgetNegative", parent=NUMBER_CELL, textColor=RED)
TOTAL_NUMBER = HEADER_NUMBER_CELL
TOTAL_NEGATIVE = ParagraphStyle("BudgetTotalNegative", parent=HEADER_NUMBER_CELL, textColor=RED)
FLAG_CELL = ParagraphStyle("BudgetFlag", parent=NUMBER_CELL, fontName=BASE_BOLD, textColor=RED)
COVER_TITLE = ParagraphStyle("BudgetCoverTitle", parent=TITLE, fontSize=22, leading=28)
COVER_PLAN = ParagraphStyle("BudgetCoverPlan", parent=HEADING, fontSize=15, leading=20)
WARN_TITLE = ParagraphStyle("BudgetWarnTitle", parent=HEADER_CELL, textColor=RED)
NOTE = ParagraphStyle("BudgetNote", parent=SMALL, spaceBefore=1 * mm)


class Figure(Flowable):
    """A one-line cell the report wrote itself: a figure, a code, a fixed word.

    It draws its text like a one-line paragraph of ``style`` would, without the
    markup parser and the shaper, which cost most of a large annex. Only for ASCII
    and for figures formatted by :mod:`planner.display`; user text goes through
    :func:`user_text`.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.style.leading
        return self.width, self.height

    def wrapOn(self, canv: Canvas, aW: float, aH: float) -> tuple[float, float]:
        return self.wrap(aW, aH)  # needs no canvas to measure

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        # In place: Flowable.drawOn's save, translate and restore around each of
        # thousands of cells cost more than the text itself.
        if not self.text:
            return
        style = self.style
        # Set the font and colour only when they change: each call writes operators.
        if canvas._fontname != style.fontName or canvas._fontsize != style.fontSize:
            canvas.setFont(style.fontName, style.fontSize)
        if canvas._fillColorObj != style.textColor:
            canvas.setFillColor(style.textColor)
        baseline = y + self.height - style.fontSize  # where a Paragraph puts its first line
        if style.alignment == TA_RIGHT:
            canvas.drawRightString(x + self.width, baseline, self.text)
        else:
            canvas.drawString(x, baseline, self.text)


_UNSHAPED: dict[str, ParagraphStyle] = {}


def _needs_no_shaping(text: str) -> bool:
    """Latin (Vietnamese included, once composed) and common punctuation only."""
    return all(
        (cp := ord(ch)) < 0x0300 or 0x1E00 <= cp <= 0x1EFF or 0x2000 <= cp <= 0x206F for ch in text
    )


def user_text(text: str, style: ParagraphStyle = CELL) -> Flowable:
    """User text in a wrapping, escaped paragraph (:func:`para`). Text in Latin letters
    skips the shaper, which only the scripts that need it should pay for."""
    if not _needs_no_shaping(text):
        return para(text, style)
    plain = _UNSHAPED.get(style.name)
    if plain is None:
        plain = _UNSHAPED[style.name] = ParagraphStyle(f"{style.name}Plain", parent=style)
        plain.shaping = 0
    return Paragraph(markup(text, bold=style.fontName == BASE_BOLD), plain)


def fitted(text: str, style: ParagraphStyle, width: float) -> Flowable:
    """``text`` in a cell ``width`` points wide (padding included): a one-line
    :class:`Figure` where it is Latin, printable and fits, else :func:`user_text`."""
    if (
        text.isprintable()
        and _needs_no_shaping(text)
        and unicodedata.is_normalized("NFC", text)
        and stringWidth(text, style.fontName, style.fontSize) <= width - CELL_PADDING
    ):
        return Figure(text, style)
    return user_text(text, style)


EMPTY = Figure("", CELL)


def money_cell(value: Decimal | None, *, total: bool = False, text: str | None = None) -> Figure:
    """An amount, 2 decimals with separators (``text``, when already formatted);
    a negative one red with its minus sign."""
    if value is None:
        return Figure(DASH, NUMBER_CELL)
    shown = display.money(value) if text is None else text
    negative = value < 0 and any(ch in "123456789" for ch in shown)  # not a "-0.00"
    if total:
        return Figure(shown, TOTAL_NEGATIVE if negative else TOTAL_NUMBER)
    return Figure(shown, NEGATIVE_CELL if negative else NUMBER_CELL)


def _text_width(texts: Iterable[str], font: str, size: float) -> float:
    return max((stringWidth(t, font, size) for t in texts), default=0.0)


def _fit(
    texts: Iterable[str],
    header: str,
    *,
    minimum: float = 40.0,
    bold: bool = True,
    header_lines: int = 1,
) -> float:
    """A column width that holds every text (measured in bold, as totals are, unless
    ``bold`` is false) on one line, and the header on ``header_lines`` lines."""
    header_texts = [header] if header_lines == 1 else header.split()
    header_w = _text_width(header_texts, BASE_BOLD, HEADER_CELL.fontSize)
    widest = _text_width(texts, BASE_BOLD if bold else BASE_FONT, CELL.fontSize)
    return max(minimum, widest, header_w) + 10


def _group_table(
    first_header: str,
    groups: Sequence[GroupTotal],
    total: GroupTotal,
    currency: str,
    width: float,
) -> list[Flowable]:
    header = [
        first_header,
        _("Lines"),
        _("Planned ({cur})").format(cur=currency),
        _("Actual ({cur})").format(cur=currency),
        _("Variance ({cur})").format(cur=currency),
    ]
    any_missing = any(g.lines_without_rate for g in groups)
    if any_missing:
        header.insert(2, _("Without rate"))
    rows: list[list[str | Flowable]] = []
    for g in [*groups, total]:
        is_total = g is total
        cells: list[str | Flowable] = [
            para(g.label, HEADER_CELL if is_total else CELL),
            Figure(display.number(g.lines, 0), TOTAL_NUMBER if is_total else NUMBER_CELL),
            money_cell(g.planned, total=is_total),
            money_cell(g.actual, total=is_total),
            money_cell(g.variance, total=is_total),
        ]
        if any_missing:
            flagged = g.lines_without_rate > 0
            cells.insert(
                2,
                Figure(
                    display.number(g.lines_without_rate, 0),
                    FLAG_CELL if flagged else NUMBER_CELL,
                ),
            )
        rows.append(cells)
    figures = [display.money(v) for g in [*groups, total] for v in (g.planned, g.actual)]
    figures += [display.money(g.variance) for g in [*groups, total]]
    money_w = _fit(figures, header[-1], minimum=70)
    count_w = _fit([display.number(total.lines, 0)], header[1], minimum=30)
    widths = [0.0, count_w, *([count_w + 12] if any_missing else []), money_w, money_w, money_w]
    widths[0] = min(width - sum(widths), 260.0)
    numeric = range(1, len(header))
    return data_table(header, rows, widths, numeric)


def _cover(r: BudgetReport) -> list[Flowable]:
    period = f"{r.first_year}\u2013{r.last_year}"
    scope = _("whole plan")
    if r.year is not None:
        scope = _("year {year}").format(year=r.year)
    if r.activity is not None:
        scope = _("activity {code}").format(code=r.activity)
    pairs = [
        (_("Plan"), r.plan_name),
        (_("Owner"), r.owner),
        (_("Period"), period),
        (_("Covers"), scope),
        (_("Base currency"), r.base_currency),
        (_("Budget lines"), display.number(r.line_count, 0)),
        (_("Generated"), r.generated.isoformat()),
    ]
    table = Table(
        [[para(k, HEADER_CELL), para(v, BODY)] for k, v in pairs],
        colWidths=[45 * mm, 160 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [
        Spacer(1, 18 * mm),
        para(_("Budget report"), COVER_TITLE),
        para(r.plan_name, COVER_PLAN),
        Spacer(1, 8 * mm),
        table,
        Spacer(1, 8 * mm),
        para(
            _(
                "Amounts in {cur} are converted with the exchange rate of the activity's "
                "start year and rounded to the cent line by line; every total is a sum of "
                "those line amounts, as in the budget CSV."
            ).format(cur=r.base_currency),
            SMALL,
        ),
        PageBreak(),
    ]


def _years_table(r: BudgetReport, width: float) -> list[Flowable]:
    cur = r.base_currency
    with_envelope = r.activity is None  # envelopes are the plan's, not one activity's
    header = [_("Year")]
    if with_envelope:
        header.append(_("Envelope ({cur})").format(cur=cur))
    header += [
        _("Planned ({cur})").format(cur=cur),
        _("Actual ({cur})").format(cur=cur),
        _("Variance ({cur})").format(cur=cur),
    ]
    if with_envelope:
        header.append(_("Execution rate"))
    rows: list[list[str | Flowable]] = []
    texts: list[str] = []
    for y in r.years:
        cells: list[str | Flowable] = [str(y.year)]
        if with_envelope:
            cells.append(money_cell(y.envelope))
        cells += [money_cell(y.planned), money_cell(y.actual), money_cell(y.variance)]
        if with_envelope:
            cells.append(Figure(display.percent(y.execution_rate), NUMBER_CELL))
        rows.append(cells)
        texts += [display.money(v) for v in (y.envelope, y.planned, y.actual, y.variance)]
    t = r.total
    total: list[str | Flowable] = [para(_("Total"), HEADER_CELL)]
    if with_envelope:
        total.append(money_cell(r.total_input, total=True))
    total += [money_cell(t.planned, total=True), money_cell(t.actual, total=True)]
    total.append(money_cell(t.variance, total=True))
    if with_envelope:
        total.append(Figure(display.percent(r.total_execution_rate), TOTAL_NUMBER))
    rows.append(total)
    texts += [display.money(v) for v in (r.total_input, t.planned, t.actual, t.variance)]
    money_w = _fit(texts, header[-2], minimum=80)
    widths = [60.0] + [money_w] * (len(header) - 1)
    if with_envelope:
        widths[-1] = _fit(["100.0%"], header[-1], minimum=60)
    return data_table(header, rows, widths, range(1, len(header)))


def _quality_box(r: BudgetReport, width: float) -> list[Flowable]:
    items: list[Flowable] = []
    for line in r.missing_rate[:MISSING_RATE_LIST]:
        text = _(
            "{code} ({year}), {category}: {amount} {cur} has no exchange rate for {year}; "
            "left out of every {base} total"
        ).format(
            code=line.activity,
            year=line.year,
            category=line.category,
            amount=display.money(line.planned, exponent_of(line.currency)),
            cur=line.currency,
            base=r.base_currency,
        )
        items.append(para("\u2022 " + text, CELL))
    if len(r.missing_rate) > MISSING_RATE_LIST:
        more = len(r.missing_rate) - MISSING_RATE_LIST
        items.append(para(_("\u2026 and {n} more, marked in the annex").format(n=more), CELL))
    for warning in r.warnings:
        if "exchange rate" not in warning:
            items.append(para("\u2022 " + warning, CELL))
    if r.without_lines:
        codes = ", ".join(r.without_lines[:30]) + (", \u2026" if len(r.without_lines) > 30 else "")
        items.append(
            para(
                "\u2022 "
                + _("Activities without a budget line ({n}): {codes}").format(
                    n=len(r.without_lines), codes=codes
                ),
                CELL,
            )
        )
    if not items:
        return [para(_("Data quality: no problem found."), SMALL)]
    title = _("Data quality")
    if r.missing_rate:
        title = _("Data quality: budget lines without an exchange rate: {n}").format(
            n=len(r.missing_rate)
        )
    box = Table([[para(title, WARN_TITLE)], *[[i] for i in items]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, WARN_RULE if not r.missing_rate else RED),
                ("BACKGROUND", (0, 0), (-1, -1), WARN_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [Spacer(1, 3 * mm), box]


def _summary(r: BudgetReport, width: float) -> list[Flowable]:
    cur = r.base_currency
    notes = [
        _(
            "Planned: budget lines of every activity except cancelled ones. Actual: every "
            "actual amount booked, cancelled activities included (a lost deposit counts); a "
            "line without an actual counts 0. Variance = actual - planned; a negative "
            "variance (spent less than planned) is shown with a minus sign in red."
        ),
    ]
    if r.activity is None:
        notes.append(_("Execution rate = actual / envelope, n/a where the envelope is 0."))
    if r.cancelled_planned:
        notes.append(
            _(
                "The budget CSV's planned column also holds {amount} {cur} planned for "
                "cancelled activities, left out of the planned totals here."
            ).format(amount=display.money(r.cancelled_planned), cur=cur)
        )
    return [
        para(_("Summary by year"), HEADING),
        *_years_table(r, width),
        *[para(n, NOTE) for n in notes],
        *_quality_box(r, width),
    ]


def _views(r: BudgetReport, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for title, first, groups in (
        (_("By category"), _("Category"), r.by_category),
        (_("By funding source"), _("Funding source"), r.by_source),
        (_("By activity kind"), _("Kind"), r.by_kind),
    ):
        out.append(CondPageBreak(45 * mm))
        out.append(
            KeepTogether(
                [
                    para(title, HEADING),
                    *_group_table(first, groups, r.total, r.base_currency, width),
                ]
            )
        )
    return out


def _chart(r: BudgetReport, width: float, height: float) -> list[Flowable]:
    drawing = planned_actual_by_year(
        [str(y.year) for y in r.years],
        [y.planned for y in r.years],
        [y.actual for y in r.years],
        currency=r.base_currency,
        width=width,
        height=height,
    )
    return [para(_("Planned and actual cost by year"), HEADING), drawing]


# --- the annex -------------------------------------------------------------------------


def _original(value: Decimal | None, currency: str) -> str:
    return DASH if value is None else display.money(value, exponent_of(currency))


_LineTexts = tuple[str, str, str, str, str]  # planned, actual: own currency, then base


def _annex(r: BudgetReport, width: float) -> list[Flowable]:
    cur = r.base_currency
    header = [
        _("Category"),
        _("Description"),
        _("Source"),
        _("Cur."),
        _("Planned (orig.)"),
        _("Actual (orig.)"),
        _("Planned ({cur})").format(cur=cur),
        _("Actual ({cur})").format(cur=cur),
        _("Variance ({cur})").format(cur=cur),
    ]
    # Every figure formatted once, up front: the widest sizes its column.
    texts: list[list[_LineTexts]] = []
    for a in r.activities:
        texts.append(
            [
                (
                    _original(x.planned, x.currency),
                    _original(x.actual, x.currency),
                    display.money(x.planned_base),
                    display.money(x.actual_base),
                    display.money(x.variance_base),
                )
                for x in a.lines
            ]
            + [
                (
                    DASH,
                    DASH,
                    display.money(a.planned),
                    display.money(a.actual),
                    display.money(a.variance),
                )
            ]
        )
    own = [t for rows in texts for row in rows for t in row[:2]]
    base = [t for rows in texts for row in rows for t in row[2:]]
    # Own-currency amounts are never bold; their headers may take two lines.
    orig_w = max(_fit(own, h, minimum=56, bold=False, header_lines=2) for h in header[4:6])
    base_w = _fit([*base, _("no rate")], header[8], minimum=66)
    cur_w = _fit(["MMK"], header[3], minimum=24)
    sources = [x.funding_source or "" for a in r.activities for x in a.lines]
    source_w = min(_fit(sources, header[2], bold=False), 80.0)  # a longer code wraps
    categories = [c.value.replace("_", " ") for c in Category]
    category_w = _fit(categories, header[0], minimum=50, bold=False)
    fixed = category_w + source_w + cur_w + 2 * orig_w + 3 * base_w
    widths = [category_w, max(width - fixed, 90.0), source_w, cur_w]
    widths += [orig_w, orig_w, base_w, base_w, base_w]

    # Tables of whole activities, about ANNEX_CHUNK_ROWS rows each, built only when
    # the layout reaches them (see Deferred).
    parts: list[Flowable] = []
    start, rows = 0, 0
    for i, a in enumerate(r.activities):
        if rows and rows + len(a.lines) + 2 > ANNEX_CHUNK_ROWS:
            parts.append(Deferred(partial(_annex_table, header, widths, r, start, i, texts)))
            start, rows = i, 0
        rows += len(a.lines) + 2
    parts.append(
        Deferred(partial(_annex_table, header, widths, r, start, len(r.activities), texts))
    )
    intro = _(
        "Every budget line, in its own currency and in {cur} (converted with the rate of "
        "the activity's start year). An activity's total is its own, whatever its status; "
        '"no rate": no exchange rate for the year, left out of every total.'
    ).format(cur=cur)
    return [para(_("Annex: budget lines by activity"), HEADING), para(intro, SMALL), *parts]


def _annex_table(
    header: Sequence[str],
    widths: Sequence[float],
    r: BudgetReport,
    first: int,
    stop: int,
    texts: Sequence[Sequence[_LineTexts]],
) -> list[Flowable]:
    """One table of activities ``first`` to ``stop`` (excluded): per activity a heading,
    its lines and its total; a heading never ends a page, nor a total starts one."""
    no_rate = _("no rate")
    rows: list[list[str | Flowable]] = []
    commands: list[tuple[object, ...]] = []
    for a, lines_texts in zip(r.activities[first:stop], texts[first:stop], strict=True):
        head = len(rows) + 1  # row 0 of the table is its header
        title = f"{a.code} \u2014 {a.title}  \u00b7  {a.kind}, {a.status}, {a.year}"
        rows.append([fitted(title, HEADER_CELL, sum(widths)), *[EMPTY] * 8])
        for x, (planned_o, actual_o, planned_b, actual_b, variance_b) in zip(
            a.lines, lines_texts, strict=False
        ):
            if x.planned_base is None:
                actual_flag = Figure(no_rate, FLAG_CELL) if x.actual is not None else EMPTY
                base: list[str | Flowable] = [Figure(no_rate, FLAG_CELL), actual_flag, EMPTY]
            else:
                base = [
                    money_cell(x.planned_base, text=planned_b),
                    money_cell(x.actual_base, text=actual_b),
                    money_cell(x.variance_base, text=variance_b),
                ]
            rows.append(
                [
                    fitted(x.category.replace("_", " "), CELL, widths[0]),
                    fitted(x.description, CELL, widths[1]),
                    fitted(x.funding_source or DASH, CELL, widths[2]),
                    Figure(x.currency, CELL),
                    Figure(planned_o, NUMBER_CELL),
                    Figure(actual_o, NUMBER_CELL),
                    *base,
                ]
            )
        label = _("Total {code}").format(code=a.code)
        if a.lines_without_rate:
            label += " " + _("(lines without rate, left out: {n})").format(n=a.lines_without_rate)
        planned_b, actual_b, variance_b = lines_texts[-1][2:]
        rows.append(
            [
                fitted(label, HEADER_CELL, sum(widths[:6])),
                *[EMPTY] * 5,
                money_cell(a.planned, total=True, text=planned_b),
                money_cell(a.actual, total=True, text=actual_b),
                money_cell(a.variance, total=True, text=variance_b),
            ]
        )
        total = len(rows)
        commands += [
            ("SPAN", (0, head), (-1, head)),
            ("BACKGROUND", (0, head), (-1, head), GROUP_FILL),
            ("LINEABOVE", (0, head), (-1, head), 0.6, RULE),
            ("NOSPLIT", (0, head), (-1, min(head + 1, total))),
            ("SPAN", (0, total), (5, total)),
            ("LINEABOVE", (6, total), (-1, total), 0.5, RULE),
            ("NOSPLIT", (0, max(total - 1, head)), (-1, total)),
        ]
    (table,) = data_table(header, rows, widths, range(4, 9), chunk_rows=max(len(rows), 1))
    table.setStyle(TableStyle(commands))
    return [table]


class Deferred(Flowable):
    """Flowables made only when the layout reaches this place, then forgotten once drawn.

    A long annex built up front stays in memory, tables, cells and cell styles, until
    the whole document is written. This stand-in never fits (so the frame asks it
    to split), and its split builds the real flowables and hands them over.
    """

    def __init__(self, build: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self._build: Callable[[], list[Flowable]] | None = build

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, availHeight + 1

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._build is None:
            return []
        built, self._build = self._build(), None
        return [Spacer(0, 0), *built]

    def draw(self) -> None:  # pragma: no cover - never placed, always split
        raise AssertionError("a Deferred flowable is split, never drawn")


def story(r: BudgetReport, *, width: float, height: float) -> list[Flowable]:
    """The whole report as flowables for a frame ``width`` x ``height`` points."""
    out: list[Flowable] = [*_cover(r), *_summary(r, width), PageBreak(), *_views(r, width)]
    out += [PageBreak(), *_chart(r, width, height - 30)]
    if r.activities:
        out += [PageBreak(), *_annex(r, width)]
    else:
        out += [para(_("There are no budget lines to show."), BODY)]
    return out


# --- 3. the document -------------------------------------------------------------------


def write(target: io.BytesIO, r: BudgetReport) -> int:
    from reportlab.lib.pagesizes import A4, landscape

    from planner.reports import common

    page_w, page_h = landscape(A4)
    width = page_w - 2 * common.MARGIN
    height = page_h - 2 * common.MARGIN - common.HEADER_HEIGHT - common.FOOTER_HEIGHT
    return build_pdf(
        target,
        story(r, width=width, height=height),
        title=_("Budget report: {plan}").format(plan=r.plan_name),
        header_right=_("amounts in {cur} \u00b7 generated {day}").format(
            cur=r.base_currency, day=r.generated.isoformat()
        ),
        footer_left=r.owner,
        author=r.owner,
        subject=_("Budget report"),
        landscape=True,
    )


def render(
    session: Session,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    generated: date | None = None,
) -> bytes:
    """The budget report as PDF bytes; ``generated`` (default today) is printed on it."""
    report = gather(session, plan_id, year=year, activity=activity, generated=generated)
    out = io.BytesIO()
    write(out, report)
    return out.getvalue()

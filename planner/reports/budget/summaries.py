"""The budget PDF's summaries: by year with the data-quality box, by category,
funding source and kind, and the chart of planned against actual cost by year."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from planner import display
from planner.i18n import _
from planner.money import exponent_of
from planner.reports.budget.cells import (
    FLAG_CELL,
    NOTE,
    RED,
    TOTAL_NUMBER,
    WARN_FILL,
    WARN_RULE,
    WARN_TITLE,
    fit_width,
    money_cell,
)
from planner.reports.budget.figures import BudgetReport, GroupTotal
from planner.reports.charts import planned_actual_by_year
from planner.reports.common import CELL, HEADER_CELL, HEADING, NUMBER_CELL, SMALL, data_table, para
from planner.reports.oneline import Figure

FLAG_TEXT = ParagraphStyle(
    "BudgetFlagText", parent=CELL, textColor=RED, fontName=FLAG_CELL.fontName
)
FLAG_NOTE = ParagraphStyle("BudgetFlagNote", parent=NOTE, textColor=RED)
MISSING_RATE_LIST = 25  # missing-rate lines listed by name in the data-quality box


def group_table(
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
            # text: data_table draws it on one line where it fits, else a paragraph
            para(g.label, HEADER_CELL) if is_total else g.label,
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
    money_w = fit_width(figures, header[-1], minimum=70)
    count_w = fit_width([display.number(total.lines, 0)], header[1], minimum=30)
    widths = [0.0, count_w, *([count_w + 12] if any_missing else []), money_w, money_w, money_w]
    widths[0] = min(width - sum(widths), 260.0)
    numeric = range(1, len(header))
    return data_table(header, rows, widths, numeric)


def years_table(r: BudgetReport, width: float) -> list[Flowable]:
    cur = r.base_currency
    with_envelope = r.activity is None  # envelopes are the plan's, not one activity's
    header = [_("Year")]
    if with_envelope:
        header.append(_("Envelope ({cur})").format(cur=cur))
    header += [
        _("Planned ({cur})").format(cur=cur),
        _("Actual ({cur})").format(cur=cur),
        _("Delivery variance ({cur})").format(cur=cur),
    ]
    if with_envelope:
        header.append(_("Absorption rate"))
    rows: list[list[str | Flowable]] = []
    texts: list[str] = []
    for y in r.years:
        cells: list[str | Flowable] = [str(y.year)]
        if with_envelope:
            cells.append(money_cell(y.envelope))
        cells += [money_cell(y.planned), money_cell(y.actual), money_cell(y.delivery_variance)]
        if with_envelope:
            cells.append(Figure(display.percent(y.execution_rate), NUMBER_CELL))
        rows.append(cells)
        texts += [display.money(v) for v in (y.envelope, y.planned, y.actual, y.delivery_variance)]
    t = r.total
    total: list[str | Flowable] = [para(_("Total"), HEADER_CELL)]
    if with_envelope:
        total.append(money_cell(r.total_input, total=True))
    total += [money_cell(t.planned, total=True), money_cell(t.actual, total=True)]
    total.append(money_cell(r.delivery.variance, total=True))
    if with_envelope:
        total.append(Figure(display.percent(r.total_execution_rate), TOTAL_NUMBER))
    rows.append(total)
    texts += [display.money(v) for v in (r.total_input, t.planned, t.actual, r.delivery.variance)]
    # every money column as wide as the widest of them needs (a header's words whole)
    money_headers = header[1:-1] if with_envelope else header[1:]
    money_w, two = money_width(texts, money_headers, 80, (width - 60 - 70) / len(money_headers))
    if two:
        header = [two_lines(h) if h in money_headers else h for h in header]
    widths = [60.0] + [money_w] * (len(header) - 1)
    if with_envelope:
        widths[-1] = fit_width(["100.0%"], header[-1], minimum=60)
    return data_table(header, rows, widths, range(1, len(header)))


def money_width(
    texts: list[str], headers: Sequence[str], minimum: float, room: float
) -> tuple[float, bool]:
    """One width for every money column, and whether its headers take two lines: each
    header on one line where ``room`` (a column's share of the page) allows, else on
    two (broken between words, or before a full-width bracket); every amount on one
    line."""
    one = max(fit_width(texts, h, minimum=minimum) for h in headers)
    if one <= room:
        return one, False
    return max(fit_width(texts, h, minimum=minimum, header_lines=2) for h in headers), True


def two_lines(header: str) -> str:
    """A Chinese header broken before its bracket ("年度预算额度" over "（CNY）"), where
    ReportLab would break anywhere between Chinese characters (inside "CNY" too)."""
    return header.replace("（", "\n（")


def quality_box(r: BudgetReport, width: float) -> list[Flowable]:
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


def summary(r: BudgetReport, width: float) -> list[Flowable]:
    cur = r.base_currency
    notes = [
        _(
            "Planned: budget lines of every activity except cancelled ones. Actual: every "
            "payment counted, cancelled activities included (a lost deposit counts); a "
            "line without an actual counts 0. Delivery variance = actual - planned of "
            "delivered activities only (an activity still to come has no variance); a "
            "negative one (spent less than planned) is shown with a minus sign in red."
        ),
    ]
    if r.activity is None:
        notes.append(_("Absorption rate = actual / envelope, n/a where the envelope is 0."))
    if r.cancelled_planned:
        notes.append(
            _(
                "The budget CSV's planned column also holds {amount} {cur} planned for "
                "cancelled activities, left out of the planned totals here."
            ).format(amount=display.money(r.cancelled_planned), cur=cur)
        )
    return [
        para(_("Summary by year"), HEADING),
        *years_table(r, width),
        *[para(n, NOTE) for n in notes],
        *ceilings_table(r, width),
        *quality_box(r, width),
    ]


def ceilings_table(r: BudgetReport, width: float) -> list[Flowable]:
    """Each funding source per year against its envelope; those over their ceiling
    (actual + committed > envelope) in red, named in a note under the table."""
    if not r.ceilings or r.ceilings_total is None:
        return []
    cur = r.base_currency
    header = [
        _("Year"),
        _("Funding source"),
        _("Envelope ({cur})").format(cur=cur),
        _("Planned ({cur})").format(cur=cur),
        _("Actual ({cur})").format(cur=cur),
        _("Committed ({cur})").format(cur=cur),
        _("Remaining ({cur})").format(cur=cur),
        _("Absorption rate"),
        _("Unprogrammed ({cur})").format(cur=cur),
    ]
    rows: list[list[str | Flowable]] = []
    texts: list[str] = []
    t = r.ceilings_total
    for c in [*r.ceilings, t]:
        is_total = c is t
        label = _("Total") if is_total else (c.source or _("(no funding source)"))
        if c.flagged:
            label = _("{source} (over ceiling)").format(source=label)
        style = HEADER_CELL if is_total else (FLAG_TEXT if c.flagged else CELL)
        amounts = (c.envelope, c.planned, c.actual, c.committed, c.remaining, c.unprogrammed)
        texts += [display.money(v) for v in amounts]
        cells: list[str | Flowable] = [
            "" if is_total else str(c.year),
            label if style is CELL else para(label, style),  # text: one line if it fits
            money_cell(c.envelope, total=is_total),
            money_cell(c.planned, total=is_total),
            money_cell(c.actual, total=is_total),
            money_cell(c.committed, total=is_total),
            money_cell(c.remaining, total=is_total),
            Figure(
                display.percent(c.absorption_rate),
                FLAG_CELL if c.flagged else (TOTAL_NUMBER if is_total else NUMBER_CELL),
            ),
            money_cell(c.unprogrammed, total=is_total),
        ]
        rows.append(cells)
    money_headers = (*header[2:7], header[8])
    money_w, two = money_width(texts, money_headers, 62, (width - 34 - 80 - 60) / 6)
    if two:
        header = [two_lines(h) if h in money_headers else h for h in header]
    rate_w = fit_width(["100.0%"], header[7], minimum=56)
    widths = [34.0, 0.0, *([money_w] * 5), rate_w, money_w]
    widths[1] = max(min(width - sum(widths), 170.0), 80.0)
    out: list[Flowable] = [
        CondPageBreak(40 * mm),
        para(_("Funding sources against their ceilings"), HEADING),
        *data_table(header, rows, widths, [0, 2, 3, 4, 5, 6, 7, 8]),
        para(
            _(
                "Committed = what approved and scheduled activities still have to pay "
                "(planned - actual per line, never below 0). Remaining = envelope - actual - "
                "committed. Unprogrammed = envelope - planned. A source is over its ceiling "
                "when actual + committed exceeds its envelope."
            ),
            NOTE,
        ),
    ]
    for c in r.over_ceiling:
        out.append(
            para(
                _(
                    "{source} is over its {year} ceiling: actual {actual} + committed "
                    "{committed} = {used} {cur} against an envelope of {envelope} {cur} "
                    "({rate} absorbed)."
                ).format(
                    source=c.source,
                    year=c.year,
                    actual=display.money(c.actual),
                    committed=display.money(c.committed),
                    used=display.money(c.actual + c.committed),
                    envelope=display.money(c.envelope),
                    cur=cur,
                    rate=display.percent(c.absorption_rate),
                ),
                FLAG_NOTE,
            )
        )
    return out


def views(r: BudgetReport, width: float) -> list[Flowable]:
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
                    *group_table(first, groups, r.total, r.base_currency, width),
                ]
            )
        )
    return out


def chart(r: BudgetReport, width: float, height: float) -> list[Flowable]:
    heading = para(_("Planned and actual cost by year"), HEADING)
    # a bilingual heading takes two lines: the chart gives them room on its page
    extra = heading.wrap(width, height)[1] - HEADING.leading
    drawing = planned_actual_by_year(
        [str(y.year) for y in r.years],
        [y.planned for y in r.years],
        [y.actual for y in r.years],
        currency=r.base_currency,
        width=width,
        height=height - max(extra, 0.0),
    )
    return [heading, drawing]

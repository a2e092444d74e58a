"""The budget report as a workbook (``planner report budget --format xlsx``).

One sheet per view of the PDF (:mod:`planner.reports.budget_pdf`), from the same
gathered figures: summary by year with the data-quality notes, by category, by
funding source, by activity kind, and every budget line. Amounts are numeric
cells in base currency with a currency format (negatives red with a minus sign);
the lines sheet also has each line's own currency and amounts. Totals are values,
not formulas, and every text cell stays text (see :mod:`planner.reports.xlsx_common`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from openpyxl.worksheet.worksheet import Worksheet

from planner.i18n import _
from planner.money import exponent_of
from planner.reports.budget.figures import BudgetReport, GroupTotal, category_label, gather
from planner.reports.xlsx_common import (
    BOLD,
    FLAG_FONT,
    PERCENT,
    TITLE_FONT,
    Column,
    Value,
    key_values,
    money_format,
    new_workbook,
    print_setup,
    put,
    sheet,
    workbook_bytes,
    write_table,
)
from planner.services.finance import Ceiling

if TYPE_CHECKING:
    from planner.store.readonly import Reads


def _title(ws: Worksheet, text: str, r: BudgetReport) -> int:
    put(ws, 1, 1, text, font=TITLE_FONT)
    put(ws, 2, 1, r.plan_name)
    put(ws, 3, 1, _("Amounts in {cur}; generated {day}").format(
        cur=r.base_currency, day=r.generated.isoformat()
    ))  # fmt: skip
    print_setup(ws, title=f"{text}: {r.plan_name}")
    return 5


def _summary(ws: Worksheet, r: BudgetReport) -> None:
    cur = r.base_currency
    money = money_format(cur, 2)
    top = _title(ws, _("Budget report"), r)
    scope = _("whole plan")
    if r.year is not None:
        scope = _("year {year}").format(year=r.year)
    if r.activity is not None:
        scope = _("activity {code}").format(code=r.activity)
    top = key_values(
        ws,
        top,
        [
            (_("Plan"), r.plan_name),
            (_("Owner"), r.owner),
            (_("Period"), f"{r.first_year}-{r.last_year}"),
            (_("Covers"), scope),
            (
                _("Payments as of"),
                _("all payments") if r.as_of is None else r.as_of.isoformat(),
            ),
            (_("Base currency"), cur),
            (_("Budget lines"), r.line_count),
            (_("Generated"), r.generated),
        ],
    )
    columns = [
        Column(_("Year"), 10),
        Column(_("Envelope ({cur})").format(cur=cur), 20, money),
        Column(_("Planned ({cur})").format(cur=cur), 20, money),
        Column(_("Actual ({cur})").format(cur=cur), 20, money),
        Column(_("Delivery variance ({cur})").format(cur=cur), 20, money),
        Column(_("Absorption rate"), 14, PERCENT),
    ]
    with_envelope = r.activity is None
    rows: list[list[Value]] = [
        [
            y.year,
            y.envelope if with_envelope else None,
            y.planned,
            y.actual,
            y.delivery_variance,
            y.execution_rate if with_envelope else None,
        ]
        for y in r.years
    ]
    t = r.total
    total: list[Value] = [
        _("Total"),
        r.total_input if with_envelope else None,
        t.planned,
        t.actual,
        r.delivery.variance,
        r.total_execution_rate if with_envelope else None,
    ]
    after = write_table(ws, top + 1, columns, rows, total=total)
    ws.column_dimensions["A"].width = 16
    notes = [
        _(
            "Planned: budget lines of every activity except cancelled ones. Actual: every "
            "payment counted, cancelled activities included; a line without an actual "
            "counts 0. Delivery variance = actual - planned of delivered activities only. "
            "Absorption rate = actual / envelope, empty where the envelope is 0."
        )
    ]
    if r.cancelled_planned:
        notes.append(
            _(
                "The budget CSV's planned column also holds {amount} {cur} planned for "
                "cancelled activities, left out of the planned totals here."
            ).format(amount=f"{r.cancelled_planned:f}", cur=cur)
        )
    row = after + 1
    for note in notes:
        put(ws, row, 1, note)
        row += 1
    row += 1
    put(ws, row, 1, _("Data quality"), font=BOLD)
    row += 1
    problems = [
        _("{code} ({year}), {category}: {amount} {cur} has no exchange rate for {year}; "
          "left out of every {base} total").format(
            code=x.activity, year=x.year, category=x.category, amount=f"{x.planned:f}",
            cur=x.currency, base=cur,
        )
        for x in r.missing_rate
    ]  # fmt: skip
    problems += [w for w in r.warnings if "exchange rate" not in w]
    if r.without_lines:
        problems.append(
            _("Activities without a budget line ({n}): {codes}").format(
                n=len(r.without_lines), codes=", ".join(r.without_lines)
            )
        )
    for problem in problems or [_("no problem found")]:
        put(ws, row, 1, problem, font=FLAG_FONT if problems else None)
        row += 1


def _groups(
    ws: Worksheet, title: str, first: str, groups: Sequence[GroupTotal], r: BudgetReport
) -> None:
    cur = r.base_currency
    money = money_format(cur, 2)
    top = _title(ws, title, r)
    columns = [
        Column(first, 40),
        Column(_("Lines"), 8, "#,##0"),
        Column(_("Lines without rate"), 12, "#,##0"),
        Column(_("Planned ({cur})").format(cur=cur), 20, money),
        Column(_("Actual ({cur})").format(cur=cur), 20, money),
        Column(_("Variance ({cur})").format(cur=cur), 20, money),
    ]
    rows: list[list[Value]] = [
        [g.label, g.lines, g.lines_without_rate, g.planned, g.actual, g.variance] for g in groups
    ]
    t = r.total
    total: list[Value] = [_("Total"), t.lines, t.lines_without_rate, t.planned, t.actual]
    write_table(ws, top, columns, rows, total=[*total, t.variance])


def _baseline(ws: Worksheet, r: BudgetReport) -> None:
    """The baseline against the current budget per funding source, category and
    activity, with the difference (current - baseline)."""
    c = r.baseline
    assert c is not None
    cur = r.base_currency
    money = money_format(cur, 2)
    info = c.info
    top = _title(
        ws,
        _("Baseline {name} ({year}), frozen by {who} on {when}").format(
            name=info.name, year=info.year, who=info.made_by, when=info.made_at[:10]
        ),
        r,
    )
    columns = [
        Column(_("Grouping"), 16),
        Column(_("Row"), 40),
        Column(_("Baseline ({cur})").format(cur=cur), 20, money),
        Column(_("Current ({cur})").format(cur=cur), 20, money),
        Column(_("Difference ({cur})").format(cur=cur), 20, money),
    ]
    names = {
        "funding_source": _("Funding source"),
        "category": _("Category"),
        "activity": _("Activity"),
    }
    rows: list[list[Value]] = []
    for group in ("funding_source", "category", "activity"):
        for v in c.rows(group):
            label = category_label(v.key) if group == "category" else v.key
            if group == "funding_source" and not v.key:
                label = _("(no funding source)")
            rows.append([names[group], label, v.baseline, v.current, v.difference])
    t = c.total
    write_table(ws, top, columns, rows, total=[_("Total"), "", t.baseline, t.current, t.difference])


def _ceilings(ws: Worksheet, r: BudgetReport) -> None:
    """Each funding source per year against its envelope, those over it flagged."""
    cur = r.base_currency
    money = money_format(cur, 2)
    top = _title(ws, _("Funding sources against their ceilings"), r)
    columns = [
        Column(_("Year"), 8),
        Column(_("Funding source"), 14),
        Column(_("Envelope ({cur})").format(cur=cur), 18, money),
        Column(_("Planned ({cur})").format(cur=cur), 18, money),
        Column(_("Actual ({cur})").format(cur=cur), 18, money),
        Column(_("Committed ({cur})").format(cur=cur), 18, money),
        Column(_("Remaining ({cur})").format(cur=cur), 18, money),
        Column(_("Absorption rate"), 12, PERCENT),
        Column(_("Unprogrammed ({cur})").format(cur=cur), 18, money),
        Column(_("Over ceiling"), 12),
    ]

    def cells(c: Ceiling) -> list[Value]:
        return [
            c.envelope,
            c.planned,
            c.actual,
            c.committed,
            c.remaining,
            c.absorption_rate,
            c.unprogrammed,
        ]

    rows: list[list[Value]] = [
        [c.year, c.source or _("(no funding source)"), *cells(c), _("yes") if c.flagged else None]
        for c in r.ceilings
    ]
    assert r.ceilings_total is not None
    after = write_table(
        ws, top, columns, rows, total=[_("Total"), None, *cells(r.ceilings_total), None]
    )
    for row in range(top + 1, after):
        if ws.cell(row=row, column=10).value:
            for col in (2, 10):
                ws.cell(row=row, column=col).font = FLAG_FONT


def _lines(ws: Worksheet, r: BudgetReport) -> None:
    cur = r.base_currency
    money = money_format(cur, 2)
    top = _title(ws, _("Budget lines"), r)
    columns = [
        Column(_("Year"), 7),
        Column(_("Activity"), 13),
        Column(_("Title"), 40, wrap=True),
        Column(_("Kind"), 11),
        Column(_("Status"), 11),
        Column(_("Category"), 15),
        Column(_("Description"), 36, wrap=True),
        Column(_("Funding source"), 10),
        Column(_("Currency"), 9),
        Column(_("Planned (own currency)"), 18),
        Column(_("Actual (own currency)"), 18),
        Column(_("Planned ({cur})").format(cur=cur), 18, money),
        Column(_("Actual ({cur})").format(cur=cur), 18, money),
        Column(_("Variance ({cur})").format(cur=cur), 18, money),
        Column(_("Note"), 22),
    ]
    rows: list[list[Value]] = []
    formats: list[list[str | None]] = []
    no_rate = _("no exchange rate for {year}")
    plain: list[str | None] = [None] * 9
    for a in r.activities:
        for x in a.lines:
            own = money_format(x.currency, exponent_of(x.currency))
            rows.append(
                [
                    x.year,
                    x.activity,
                    a.title,
                    x.kind,
                    x.status,
                    x.category,
                    x.description,
                    x.funding_source,
                    x.currency,
                    x.planned,
                    x.actual,
                    x.planned_base,
                    x.actual_base,
                    x.variance_base,
                    no_rate.format(year=x.year) if x.planned_base is None else None,
                ]
            )
            formats.append([*plain, own, own, None, None, None, None])
    after = write_table(ws, top, columns, rows, formats=formats)
    for row in range(top + 1, after):
        if ws.cell(row=row, column=15).value:
            ws.cell(row=row, column=15).font = FLAG_FONT


def render(
    session: Reads,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    generated: date | None = None,
    as_of: date | None = None,
    baseline: str | None = None,
) -> bytes:
    """The budget workbook as XLSX bytes (``as_of``: payments dated after it left out;
    ``baseline``: the baseline set against the current budget, default the newest)."""
    r = gather(
        session,
        plan_id,
        year=year,
        activity=activity,
        generated=generated,
        as_of=as_of,
        baseline=baseline,
    )
    wb = new_workbook(_("Budget report: {plan}").format(plan=r.plan_name), r.generated)
    _summary(sheet(wb, _("Summary")), r)
    _groups(sheet(wb, _("By category")), _("By category"), _("Category"), r.by_category, r)
    _groups(
        sheet(wb, _("By funding source")),
        _("By funding source"),
        _("Funding source"),
        r.by_source,
        r,
    )
    _groups(sheet(wb, _("By kind")), _("By activity kind"), _("Kind"), r.by_kind, r)
    if r.ceilings:
        _ceilings(sheet(wb, _("Ceilings")), r)
    if r.baseline is not None:
        _baseline(sheet(wb, _("Baseline")), r)
    _lines(sheet(wb, _("Lines")), r)
    return workbook_bytes(wb)

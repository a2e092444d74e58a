"""The budget PDF's annex of exchange rates: every plan rate used, the totals per
original currency, and the split of the lines booked at their own rate into an
exchange-rate effect and a spending effect (docs/methodology.md)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from planner import display
from planner.i18n import _
from planner.money import exponent_of
from planner.reports.budget.cells import NOTE, money_cell
from planner.reports.budget.figures import BudgetReport
from planner.reports.common import BODY, CELL, HEADING, data_table, para


def rates_annex(r: BudgetReport, width: float) -> list[Flowable]:
    cur = r.base_currency
    out: list[Flowable] = [para(_("Annex: exchange rates and currencies"), HEADING)]
    if r.rates:
        out.append(
            para(
                _(
                    "Every rate used to convert budget lines: units of {cur} for one unit of "
                    "the currency, the plan's rate for the activity's start year."
                ).format(cur=cur),
                NOTE,
            )
        )
        rows: list[list[str | Flowable]] = []
        for x in r.rates:
            found = r.rate_sources.get((x.year, x.currency))
            rows.append(
                [
                    str(x.year),
                    x.currency,
                    f"{x.rate:f}",
                    para(found.source if found else "", CELL),
                    found.on.isoformat() if found and found.on else "",
                    display.number(x.lines, 0),
                ]
            )
        out += data_table(
            [
                _("Year"),
                _("Currency"),
                _("Rate ({cur} per unit)").format(cur=cur),
                _("Source of the rate"),
                _("Date of the rate"),
                _("Lines"),
            ],
            rows,
            [50.0, 60.0, 130.0, 220.0, 80.0, 50.0],
            [2, 5],
        )
    else:
        out.append(
            para(_("Every budget line is in {cur}: no rate was used.").format(cur=cur), BODY)
        )
    out.append(Spacer(1, 8))
    out.append(para(_("Totals per original currency"), HEADING))
    rows = []
    for t in r.currencies:
        places = exponent_of(t.currency)
        rows.append(
            [
                para(t.currency, CELL),
                display.number(t.lines, 0),
                display.money(t.planned, places),
                display.money(t.actual, places),
                money_cell(t.planned_base),
                money_cell(t.actual_base),
            ]
        )
    out += data_table(
        [
            _("Currency"),
            _("Lines"),
            _("Planned (own currency)"),
            _("Actual (own currency)"),
            _("Planned ({cur})").format(cur=cur),
            _("Actual ({cur})").format(cur=cur),
        ],
        rows,
        [60.0, 40.0, 120.0, 120.0, 110.0, 110.0],
        [1, 2, 3, 4, 5],
    )
    out.append(
        para(
            _(
                "Every line counts here, those of cancelled activities included, as entered; "
                "lines without a rate for their year count in their own currency only."
            ),
            NOTE,
        )
    )
    b = r.booked
    if b is not None and b.lines:
        out.append(Spacer(1, 8))
        out.append(para(_("Payments booked at their own rate"), HEADING))
        pairs = [
            (_("Lines with a booked rate"), display.number(b.lines, 0)),
            (_("Planned ({cur})").format(cur=cur), display.money(b.planned)),
            (
                _("Actual at the budget rate ({cur})").format(cur=cur),
                display.money(b.actual_at_budget_rate),
            ),
            (_("Actual as booked ({cur})").format(cur=cur), display.money(b.actual_as_booked)),
            (
                _("Exchange-rate effect ({cur})").format(cur=cur),
                display.money(b.exchange_rate_effect),
            ),
            (_("Spending effect ({cur})").format(cur=cur), display.money(b.spending_effect)),
        ]
        out += data_table(
            [_("Figure"), _("Amount")], [[k, v] for k, v in pairs], [220.0, 120.0], [1]
        )
        out.append(
            para(
                _(
                    "Exchange-rate effect = actual as booked - actual at the budget rate; "
                    "spending effect = actual at the budget rate - planned. Every other figure "
                    "of this report uses the budget rate."
                ),
                NOTE,
            )
        )
    return out

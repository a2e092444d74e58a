"""The budget PDF's cover: the plan, the period, what the report covers."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from planner import display
from planner.i18n import _, flat
from planner.reports.budget.cells import COVER_PLAN, COVER_TITLE
from planner.reports.budget.figures import BudgetReport
from planner.reports.common import BODY, HEADER_CELL, RULE, SMALL, para


def cover(r: BudgetReport) -> list[Flowable]:
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
        (
            _("Payments as of"),
            _("all payments") if r.as_of is None else r.as_of.isoformat(),
        ),
        (_("Base currency"), r.base_currency),
        (_("Budget lines"), display.number(r.line_count, 0)),
        (_("Generated"), r.generated.isoformat()),
    ]
    table = Table(
        # a bilingual key on one line (计划 Plan), so the cover keeps to its page
        [[para(flat(k, " "), HEADER_CELL), para(v, BODY)] for k, v in pairs],
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

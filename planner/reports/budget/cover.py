"""The budget PDF's cover: the plan, the period, what the report covers."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from planner import display
from planner.i18n import _, bilingual, flat
from planner.reports.budget.cells import COVER_PLAN, COVER_TITLE
from planner.reports.budget.figures import BudgetReport
from planner.reports.common import BODY, HEADER_CELL, HEADING, RULE, SMALL, para


def cover(r: BudgetReport) -> list[Flowable]:
    period = f"{r.first_year}\u2013{r.last_year}"
    scope = _("whole plan")
    if r.year is not None:
        scope = _("year {year}").format(year=r.year)
    if r.activity is not None:
        scope = _("activity {code}").format(code=r.activity)
    pairs = [
        *([(_("Reference"), r.paper.reference)] if r.paper.reference else []),
        *([(_("Version"), r.paper.version)] if r.paper.version else []),
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
    # a bilingual cover has each title and most values on two lines: less air keeps
    # the cover (its note included) on one page
    air = 0.4 if bilingual() else 1.0
    return [
        Spacer(1, 18 * mm * air),
        para(_("Budget report"), COVER_TITLE),
        para(r.plan_name, COVER_PLAN),
        Spacer(1, 8 * mm * air),
        table,
        Spacer(1, 8 * mm * air),
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


def sign_off(r: BudgetReport, width: float) -> list[Flowable]:
    """The block at the end that the preparer, reviewer and approver sign: names and
    titles from the plan's settings, blank lines where none is set."""
    roles = {
        "prepared": _("Prepared by"),
        "reviewed": _("Reviewed by"),
        "approved": _("Approved by"),
    }
    gap = 12 * mm
    column = (width - 2 * gap) / 3

    def row(cells: list[Flowable | str]) -> list[Flowable | str]:
        return [cells[0], "", cells[1], "", cells[2]]  # a gap between the signers

    signers = r.paper.signers
    table = Table(
        [
            row([para(roles[s.role], HEADER_CELL) for s in signers]),
            row([para(s.name or " ", BODY) for s in signers]),
            row([para(s.title or " ", SMALL) for s in signers]),
            row([para(_("Signature and date:"), SMALL) for _s in signers]),
            row(["", "", ""]),
        ],
        colWidths=[column, gap, column, gap, column],
        rowHeights=[None, None, None, None, 16 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                *(("LINEBELOW", (c, -1), (c, -1), 0.6, RULE) for c in (0, 2, 4)),
            ]
        )
    )
    reference = " \u00b7 ".join(x for x in (r.paper.reference, r.paper.version) if x)
    block: list[Flowable] = [para(_("Sign-off"), HEADING)]
    if reference:
        block.append(para(reference, SMALL))
    block += [Spacer(1, 3 * mm), table]
    return [Spacer(1, 10 * mm), KeepTogether(block)]  # the heading never left alone

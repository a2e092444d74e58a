"""The budget report as a PDF (``planner report budget -o FILE.pdf``).

Layers (docs/architecture.md), one module each under :mod:`planner.reports.budget`:

1. :func:`~planner.reports.budget.figures.gather` picks the figures from the core
   into a frozen :class:`~planner.reports.budget.figures.BudgetReport` (the XLSX
   report uses the same gathering);
2. :func:`story` lays them out: the cover (:mod:`.budget.cover`), the summary by
   year with a data-quality box, the category, funding source and kind tables and
   a bar chart (:mod:`.budget.summaries`), and an annex with every line in its own
   and in base currency (:mod:`.budget.annex`), in cells of :mod:`.budget.cells`;
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
from datetime import date
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, PageBreak

from planner.i18n import _
from planner.reports.budget.annex import annex
from planner.reports.budget.baseline import baseline_section, payment_notes
from planner.reports.budget.cover import cover, sign_off
from planner.reports.budget.figures import BudgetReport, GroupTotal, gather
from planner.reports.budget.rates import rates_annex
from planner.reports.budget.summaries import chart, summary, views
from planner.reports.common import BODY, build_pdf, para

if TYPE_CHECKING:
    from planner.store.readonly import Reads

__all__ = ["BudgetReport", "GroupTotal", "gather", "render", "story", "write"]


def story(r: BudgetReport, *, width: float, height: float) -> list[Flowable]:
    """The whole report as flowables for a frame ``width`` x ``height`` points."""
    out: list[Flowable] = [*cover(r), *summary(r, width), *payment_notes(r)]
    out += baseline_section(r, width)
    out += [PageBreak(), *views(r, width)]
    out += [PageBreak(), *chart(r, width, height - 30)]
    out += [PageBreak(), *rates_annex(r, width)]
    if r.activities:
        out += [PageBreak(), *annex(r, width), *grand_total(r, width)]
    else:
        out += [para(_("There are no budget lines to show."), BODY)]
    return out + sign_off(r, width)


def grand_total(r: BudgetReport, width: float) -> list[Flowable]:
    """The annex ends with the plan's totals, so the last page can be signed off."""
    from planner.reports.budget.cells import money_cell
    from planner.reports.common import HEADER_CELL, data_table

    cur = r.base_currency
    t = r.total
    row: list[str | Flowable] = [
        para(_("Grand total, {n} lines").format(n=r.line_count), HEADER_CELL),
        money_cell(t.planned, total=True),
        money_cell(t.actual, total=True),
    ]
    return data_table(
        [
            "",
            _("Planned ({cur})").format(cur=cur),
            _("Actual ({cur})").format(cur=cur),
        ],
        [row],
        [max(width - 260.0, 100.0), 130.0, 130.0],
        [1, 2],
    )


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
    session: Reads,
    plan_id: int,
    *,
    year: int | None = None,
    activity: str | None = None,
    generated: date | None = None,
    as_of: date | None = None,
    baseline: str | None = None,
) -> bytes:
    """The budget report as PDF bytes; ``generated`` (default today) is printed on it;
    ``as_of`` counts only the payments dated on or before it; ``baseline`` names the
    baseline set against the current budget (default: the newest)."""
    report = gather(
        session,
        plan_id,
        year=year,
        activity=activity,
        generated=generated,
        as_of=as_of,
        baseline=baseline,
    )
    out = io.BytesIO()
    write(out, report)
    return out.getvalue()

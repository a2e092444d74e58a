"""The budget PDF's baseline section: the approved budget of a year as frozen,
against the current plan, per funding source, category and activity, with the
difference (current - baseline). Amounts in base currency at the year's rates."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from planner import display
from planner.i18n import _
from planner.reports.budget.cells import NOTE, money_cell
from planner.reports.budget.figures import NO_SOURCE, BudgetReport, category_label
from planner.reports.common import CELL, HEADING, data_table, para
from planner.services.baselines import Versus

#: room for a caption, the header and two rows of its table
CAPTION_ROOM = 25 * mm


def payment_notes(r: BudgetReport) -> list[Flowable]:
    """Refunds and the exchange-rate effect of payments booked at their own rate, up
    front (the annexes give the detail)."""
    cur = r.base_currency
    said = []
    if r.refunds.count:
        said.append(
            _(
                "Refunds (negative payments): {n}, together {amount} {cur} at the budget "
                "rate, netted in the actual amounts (the annex lists each line's actual)."
            ).format(n=r.refunds.count, amount=display.money(r.refunds.amount), cur=cur)
        )
    b = r.booked
    if b is not None and b.lines:
        said.append(
            _(
                "Lines with payments booked at their own rate: {n}; actual as booked {booked} "
                "{cur} against {budget} {cur} at the budget rate, an exchange-rate effect of "
                "{effect} {cur} (see the annex of exchange rates)."
            ).format(
                n=b.lines,
                booked=display.money(b.actual_as_booked),
                budget=display.money(b.actual_at_budget_rate),
                effect=display.money(b.exchange_rate_effect),
                cur=cur,
            )
        )
    if not said:
        return []
    return [Spacer(1, 6), para(_("Refunds and exchange rates"), HEADING)] + [
        para(text, NOTE) for text in said
    ]


def baseline_section(r: BudgetReport, width: float) -> list[Flowable]:
    c = r.baseline
    if c is None:
        return []
    cur = r.base_currency
    info = c.info
    out: list[Flowable] = [
        Spacer(1, 8),
        para(_("Baseline {name} against the current budget").format(name=info.name), HEADING),
        para(
            _(
                "The {year} budget as approved, frozen as “{name}” by {who} on {when}, "
                "against the current plan of {year}: planned amounts of activities that are "
                "not cancelled, in {cur} at the {year} rates. Difference = current - baseline."
            ).format(
                year=info.year, name=info.name, who=info.made_by, when=info.made_at[:10], cur=cur
            ),
            NOTE,
        ),
    ]
    header = [
        "",
        _("Baseline ({cur})").format(cur=cur),
        _("Current ({cur})").format(cur=cur),
        _("Difference ({cur})").format(cur=cur),
    ]
    widths = [max(width - 3 * 120.0, 160.0), 120.0, 120.0, 120.0]

    def rows(
        items: tuple[Versus, ...], label: dict[str, str], total: Versus | None = None
    ) -> list[list[str | Flowable]]:
        out_rows: list[list[str | Flowable]] = [
            [
                para(label.get(v.key, v.key), CELL),
                money_cell(v.baseline),
                money_cell(v.current),
                money_cell(v.difference),
            ]
            for v in items
        ]
        t = total or c.total
        out_rows.append(
            [
                para(_("Total") if total is None else _("Total of these activities"), CELL),
                money_cell(t.baseline, total=True),
                money_cell(t.current, total=True),
                money_cell(t.difference, total=True),
            ]
        )
        return out_rows

    sources = {s.key: s.label for s in r.by_source}
    sources.setdefault(NO_SOURCE, _("(no funding source)"))
    categories = {v.key: category_label(v.key) for v in c.rows("category")}
    activities = {a.code: f"{a.code} — {a.title}" for a in r.activities}
    for title, group, labels in (
        (_("Baseline and current by funding source"), "funding_source", sources),
        (_("Baseline and current by category"), "category", categories),
    ):
        out += [
            CondPageBreak(CAPTION_ROOM),  # a caption never stays alone under its page
            # nor a total alone over the next (a bilingual row is two lines high)
            KeepTogether(
                [
                    Spacer(1, 4),
                    para(title, NOTE),
                    *data_table(header, rows(c.rows(group), labels), widths, [1, 2, 3]),
                ]
            ),
        ]
    changed = c.changed
    block: list[Flowable] = [Spacer(1, 4), para(_("Activities whose planned cost changed"), NOTE)]
    if changed:
        both = Versus(
            "",
            sum((v.baseline for v in changed), Decimal(0)),
            sum((v.current for v in changed), Decimal(0)),
        )
        block += data_table(header, rows(changed, activities, both), widths, [1, 2, 3])
    else:
        block.append(para(_("None: every activity is planned as in the baseline."), NOTE))
    # kept together unless longer than a page (then split as any table)
    out += [CondPageBreak(CAPTION_ROOM), KeepTogether(block)]
    if c.lines_without_rate:
        out.append(
            para(
                _("{n} lines without an exchange rate for {year} are left out.").format(
                    n=c.lines_without_rate, year=info.year
                ),
                NOTE,
            )
        )
    return out

"""The budget PDF's annex: every budget line by activity, in its own and in base currency.

A long annex is laid out in tables of whole activities, each built only when the
layout reaches it (:class:`Deferred`), so memory stays flat however many lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import partial

from reportlab.platypus import Flowable, Spacer, TableStyle

from planner import display
from planner.enums import Category, Status
from planner.i18n import _
from planner.money import exponent_of
from planner.reports.budget.cells import (
    DASH,
    EMPTY,
    FLAG_CELL,
    GROUP_FILL,
    fit_width,
    fitted,
    money_cell,
)
from planner.reports.budget.figures import BudgetReport, category_label
from planner.reports.common import (
    CELL,
    HEADER_CELL,
    HEADING,
    NUMBER_CELL,
    RULE,
    SMALL,
    data_table,
    para,
)
from planner.reports.formats import kind_names, status_names
from planner.reports.oneline import Figure

ANNEX_CHUNK_ROWS = 60  # rows per annex table (about 2 pages): splitting costs its length


def _original(value: Decimal | None, currency: str) -> str:
    return DASH if value is None else display.money(value, exponent_of(currency))


_LineTexts = tuple[str, str, str, str, str]  # planned, actual: own currency, then base


def annex(r: BudgetReport, width: float) -> list[Flowable]:
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
        # only a delivered activity has a variance: the rest of a plan still to come
        # is not an underspend
        delivered = a.status == Status.DELIVERED.value
        texts.append(
            [
                (
                    _original(x.planned, x.currency),
                    _original(x.actual, x.currency),
                    display.money(x.planned_base),
                    display.money(x.actual_base),
                    display.money(x.variance_base) if delivered else DASH,
                )
                for x in a.lines
            ]
            + [
                (
                    DASH,
                    DASH,
                    display.money(a.planned),
                    display.money(a.actual),
                    display.money(a.variance) if delivered else DASH,
                )
            ]
        )
    own = [t for rows in texts for row in rows for t in row[:2]]
    base = [t for rows in texts for row in rows for t in row[2:]]
    # Own-currency amounts are never bold; their headers may take two lines.
    orig_w = max(fit_width(own, h, minimum=56, bold=False, header_lines=2) for h in header[4:6])
    base_w = fit_width([*base, _("no rate")], header[8], minimum=66)
    cur_w = fit_width(["MMK"], header[3], minimum=24)
    sources = [x.funding_source or "" for a in r.activities for x in a.lines]
    source_w = min(fit_width(sources, header[2], bold=False), 80.0)  # a longer code wraps
    categories = [category_label(c.value) for c in Category]
    category_w = fit_width(categories, header[0], minimum=50, bold=False)
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
        "a variance is shown for delivered activities only; "
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
    kinds, statuses = kind_names(), status_names()
    # TRANSLATORS: an activity's kind, status and year in the budget annex
    facts = _("{kind}, {status}, {year}")
    rows: list[list[str | Flowable]] = []
    commands: list[tuple[object, ...]] = []
    for a, lines_texts in zip(r.activities[first:stop], texts[first:stop], strict=True):
        head = len(rows) + 1  # row 0 of the table is its header
        about = facts.format(
            kind=kinds.get(a.kind, a.kind), status=statuses.get(a.status, a.status), year=a.year
        )
        title = f"{a.code} \u2014 {a.title}  \u00b7  {about}"
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
                    fitted(category_label(x.category), CELL, widths[0]),
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

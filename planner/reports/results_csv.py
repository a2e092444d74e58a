"""The results report as CSV and XLSX: one row per indicator and year of the plan
(docs/command-line.md, "results"), and in the workbook a summary sheet and the
reach and learning figures by sex and by delivery mode."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from planner.i18n import _
from planner.money import round_half_up
from planner.reports.formatting import fraction
from planner.reports.results_data import (
    ResultsReport,
    gather,
    mode_names,
    sex_names,
    status_names,
)
from planner.text import spreadsheet_safe

COLUMNS = (
    "indicator,name,result,level,unit,direction,figure,theme,cumulative,baseline,"
    "baseline_year,year,target,actual,actual_date,actual_source,progress,status"
).split(",")


def rows(r: ResultsReport, *, for_readers: bool = False) -> list[list[Any]]:
    """The rows of the CSV, exact values as Decimals (None: empty). The CSV keeps
    the English name and unit; ``for_readers`` (the workbook) puts the Chinese
    ones in their place in a Chinese report, where there are some."""
    level = {b.result.code: b.result.level for b in r.blocks if b.result is not None}
    out: list[list[Any]] = []
    for e in r.indicators:
        i = e.indicator
        for y in e.years:
            entered = i.actuals.get(y.year) if i.figure is None else None
            out.append(
                [
                    i.code,
                    i.shown_name if for_readers else i.name,
                    i.result or "",
                    level.get(i.result or "", ""),
                    i.shown_unit if for_readers else i.unit,
                    i.direction,
                    i.figure or "",
                    i.theme or "",
                    "yes" if i.cumulative else "no",
                    Decimal(i.baseline),
                    i.baseline_year,
                    y.year,
                    y.target,
                    y.actual,
                    entered.on_date if entered else None,
                    entered.source if entered else ("computed" if y.actual is not None else ""),
                    y.progress,
                    y.status or "",
                ]
            )
    return out


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        shown = fraction(value, 4)  # at most 4 decimals, no trailing zeros
        return shown.rstrip("0").rstrip(".") if "." in shown else shown
    if isinstance(value, date):
        return value.isoformat()
    return spreadsheet_safe(value) if isinstance(value, str) else str(value)


def csv_text(r: ResultsReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows([_text(v) for v in row] for row in rows(r))
    return out.getvalue()


def render(
    session: Session, plan_id: int, *, year: int | None = None, activity: str | None = None
) -> bytes:
    return csv_text(gather(session, plan_id)).encode("utf-8")


def xlsx(r: ResultsReport, generated: date) -> bytes:
    from planner.reports.xlsx_common import (
        PERCENT,
        Column,
        key_values,
        new_workbook,
        print_setup,
        sheet,
        workbook_bytes,
        write_table,
    )

    title = _("Results report")
    wb = new_workbook(title, generated)
    ws = sheet(wb, _("Summary"))
    v = r.verdict
    key_values(
        ws,
        1,
        [
            (_("Plan"), r.plan_name),
            # in words, like the PDF: the sheet is read (the Indicators sheet keeps
            # the CSV's keys, for scripts)
            (_("Status of the plan"), status_names()[v.status]),
            (_("Indicators on track"), v.on_track),
            (_("Indicators at risk"), v.at_risk),
            (_("Indicators off track"), v.off_track),
            (_("Indicators without a status yet"), v.without),
            (_("People reached"), r.plan.people_reached),
            (_("Participations"), r.plan.figures.participants),
        ],
    )
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 60
    print_setup(ws, title=title)
    ind = sheet(wb, _("Indicators"))
    shown = rows(r, for_readers=True)
    exact = [[round_half_up(v, 4) if isinstance(v, Decimal) else v for v in row] for row in shown]
    write_table(ind, 1, [Column(c, max(10, len(c) + 2)) for c in COLUMNS], exact)
    print_setup(ind, title=title)
    by = sheet(wb, _("By sex and mode"))
    sexes, modes = sex_names(), mode_names()
    nxt = write_table(
        by,
        1,
        [
            Column(_("Sex"), 16),
            Column(_("Participations"), 14),
            Column(_("Completers"), 12),
            Column(_("Completion rate"), 14, PERCENT),
            Column(_("Learning gain"), 12, "0.00"),
            Column(_("Respondents"), 12),
        ],
        [
            [
                sexes[s],
                t.participants,
                t.completers,
                None if t.completion_rate is None else round_half_up(t.completion_rate, 4),
                None if t.learning_gain is None else round_half_up(t.learning_gain, 2),
                t.gain_count,
            ]
            for s, t in r.plan.reach.by_sex.items()
        ],
        freeze=False,
    )
    write_table(
        by,
        nxt + 1,
        [
            Column(_("Mode"), 16),
            Column(_("Participations"), 14),
            Column(_("People reached"), 14),
            Column(_("Completers"), 12),
            Column(_("Normalised gain"), 14, PERCENT),
            Column(_("Respondents"), 12),
        ],
        [
            [
                modes[m],
                g.figures.participants,
                g.people_reached,
                g.figures.completers,
                None if g.normalised_gain is None else round_half_up(g.normalised_gain, 4),
                g.normalised_gain_respondents,
            ]
            for m, g in r.modes
        ],
        freeze=False,
    )
    print_setup(by, title=title)
    return workbook_bytes(wb)

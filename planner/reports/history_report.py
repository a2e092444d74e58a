"""The history for an auditor: one row per changed field, as CSV or PDF.

Columns: ``at`` (UTC), ``user``, ``action`` (what the user did, in words),
``kind`` (edit, undo, redo, import, erase), ``table``, ``row`` (as a person names
it: a code, a reference, a description), ``field``, ``old``, ``new``. Money is
exact in its own currency (``1,234.50 USD``). Imports and erasures, which change
no single field, have a row with an empty field.
"""

from __future__ import annotations

import csv
import io
from io import BytesIO

from reportlab.lib.units import mm
from sqlmodel import Session

from planner.i18n import _
from planner.reports.common import BODY, HEADING, build_pdf, data_table, para
from planner.services import history
from planner.text import spreadsheet_safe

COLUMNS = ("at", "user", "action", "kind", "table", "row", "field", "old", "new")


def rows(session: Session, where: history.Filter) -> list[tuple[str, ...]]:
    """The history's rows, oldest first (as an auditor reads a ledger)."""
    fields = history.field_changes(session, where)
    names = history.display_names(session)  # a server's logins with the person's name
    seen = {f.change_id for f in fields}
    out: list[tuple[str, ...]] = [
        (f.at, history.who(f.user, names), f.action, f.kind, f.table, f.row, f.field, f.old, f.new)
        for f in fields
    ]
    # changes with no field of their own (an import, an erasure) still appear
    if where.activity_id is None and where.participant_id is None and where.budget_line_id is None:
        for e in history.entries(session, where, limit=100_000):
            if e.change_id not in seen:
                out.append((e.at, history.who(e.user, names), e.action, e.kind, "", "", "", "", ""))
    out.sort(key=lambda r: r[0])
    return out


def render_csv(session: Session, where: history.Filter) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows([spreadsheet_safe(v) for v in row] for row in rows(session, where))
    return out.getvalue().encode("utf-8")


def render_pdf(session: Session, where: history.Filter, *, scope: str) -> bytes:
    found = rows(session, where)
    header = [
        _("When (UTC)"),
        _("Who"),
        _("What was done"),
        _("Row"),
        _("Field"),
        _("Before"),
        _("After"),
    ]
    body = [
        [at[:19].replace("T", " "), user, action, row, field, old, new]
        for at, user, action, _kind, _table, row, field, old, new in found
    ]
    story = [
        para(_("History of changes"), HEADING),
        para(scope, BODY),
        para(_("{n} entries, oldest first.").format(n=len(body)), BODY),
    ]
    widths = [30 * mm, 25 * mm, 55 * mm, 40 * mm, 30 * mm, 47 * mm, 47 * mm]
    story += data_table(header, body, widths)
    target = BytesIO()
    build_pdf(target, story, title=_("History of changes"), header_right=scope, landscape=True)
    return target.getvalue()

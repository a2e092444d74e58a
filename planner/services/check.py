"""``planner check``: the file's integrity, its foreign keys and every rule."""

from __future__ import annotations

from sqlmodel import Session

from planner.errors import ValidationError
from planner.services import exchange, metrics
from planner.services.plans import list_plans
from planner.store import raw_connection


def check_database(session: Session) -> list[str]:
    """Every problem found, one line each (empty: all is well)."""
    con = raw_connection(session)
    problems: list[str] = []
    if session.get_bind().dialect.name == "sqlite":
        # A server keeps its own pages and foreign keys whole: these are SQLite's checks.
        problems += [
            f"integrity: {row[0]}"
            for row in con.execute("PRAGMA integrity_check")
            if row[0] != "ok"
        ]
        problems += [
            f"foreign key: {table} row {rowid} points at a missing {parent}"
            for table, rowid, parent, _ in con.execute("PRAGMA foreign_key_check")
        ]
    if problems:
        return problems
    for plan in list_plans(session):
        assert plan.id is not None
        prefix = f"plan {plan.id} ({plan.name})"
        # The rules of an exchange file are the rules of the data: export the plan
        # as a document and check it with the importer's own checks.
        try:
            exchange.check_document(exchange.export_document(session, plan.id))
        except ValidationError as e:
            problems += [f"{prefix}: {p}" for p in e.lines()]
        problems += [
            f"{prefix}: {w}"
            for w in metrics.compute(session, plan.id).warnings
            if w.startswith("no exchange rate")
        ]
    return problems


def check_warnings(session: Session) -> list[str]:
    """What finance should look at, one line each, without being a problem: funding
    sources over their ceiling in a year (actual + committed > envelope) and budget
    lines whose payments add up to a negative actual amount."""
    from planner.money import fmt_plain
    from planner.services import finance, rows

    out: list[str] = []
    for plan in list_plans(session):
        assert plan.id is not None
        prefix = f"plan {plan.id} ({plan.name})"
        lines = rows.budget_lines(session, plan.id)
        for c in finance.ceilings(session, plan.id, lines=lines).over():
            out.append(
                f"{prefix}: {c.source} is over its {c.year} ceiling: actual "
                f"{c.actual:.2f} + committed {c.committed:.2f} = "
                f"{c.actual + c.committed:.2f} {plan.base_currency} against an envelope "
                f"of {c.envelope:.2f}"
            )
        out += [
            f"{prefix}: {line.activity}: the {line.category} line's payments add up to a "
            f"negative actual amount ({fmt_plain(line.actual)} {line.currency})"
            for line in lines
            if line.actual is not None and line.actual < 0
        ]
    return out

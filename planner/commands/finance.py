"""Finance commands: payments read from a finance system's file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.commands.common import AddCommand, Handler, Parser, open_db, say


def register(command: AddCommand) -> dict[str, Handler]:
    p = command("payments", "payments against budget lines: import a finance system's file")
    what = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    q = what.add_parser("import", help="record every payment of a CSV or XLSX file, or none")
    q.add_argument("--db", default=argparse.SUPPRESS, help="the database")
    q.add_argument("file", type=Path, help="the CSV or XLSX file")
    q.add_argument("--plan")
    return {"payments": _payments}


def _payments(args: argparse.Namespace) -> int:
    """``import FILE``: every payment of the file or none, as one journal entry."""
    from planner.services.journal import recorded
    from planner.services.payments_import import import_payments
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    with open_db(args) as db:
        with unit_of_work(db) as s:
            plan_id = resolve_plan(s, args.plan).id
        assert plan_id is not None
        with recorded(db, f"Imported payments from {args.file.name}", plan_id=plan_id) as s:
            done = import_payments(s, plan_id, args.file)
    say(f"recorded {done.count} payments from {args.file}", sys.stdout)
    for line in done.negative:
        say(f"planner: warning: the actual of {line} is below zero (refunds exceed payments)")
    return 0

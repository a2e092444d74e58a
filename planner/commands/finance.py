"""Finance commands: payments read from a finance system's file, baselines."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.commands.common import AddCommand, Handler, Parser, open_db, say
from planner.i18n import _, ngettext


def register(command: AddCommand) -> dict[str, Handler]:
    p = command("payments", "payments against budget lines: import a finance system's file")
    what = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    q = what.add_parser("import", help="record every payment of a CSV or XLSX file, or none")
    q.add_argument("--db", default=argparse.SUPPRESS, help="the database")
    q.add_argument("file", type=Path, help="the CSV or XLSX file")
    q.add_argument("--plan")
    p = command("baseline", "baselines: freeze a year's approved budget under a name, or list them")
    what = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    q = what.add_parser("freeze", help="freeze the planned budget of a year as a named baseline")
    q.add_argument("--db", default=argparse.SUPPRESS, help="the database")
    q.add_argument("--year", type=int, required=True)
    q.add_argument("--name", required=True)
    q.add_argument("--plan")
    q = what.add_parser("list", help="the plan's baselines: name, year, who froze it and when")
    q.add_argument("--db", default=argparse.SUPPRESS, help="the database")
    q.add_argument("--plan")
    return {"payments": _payments, "baseline": _baseline}


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
    say(
        ngettext(
            "recorded {count} payment from {file}",
            "recorded {count} payments from {file}",
            done.count,
        ).format(count=done.count, file=args.file),
        sys.stdout,
    )
    for line in done.negative:
        say(
            "planner: "
            + _("warning: the actual of {line} is below zero (refunds exceed payments)").format(
                line=line
            )
        )
    if done.unread:
        unread = ", ".join(repr(c) for c in done.unread)
        say(
            "planner: "
            + _(
                "warning: the columns {columns} are not a payments file's and were not read"
            ).format(columns=unread)
        )
    return 0


def _baseline(args: argparse.Namespace) -> int:
    """``freeze``: one journal entry, by the system's user (a server's login);
    ``list``: as CSV."""
    from planner.services import baselines as B
    from planner.services.journal import recorded, user_of
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    if args.action == "list":
        import csv
        import io

        with open_db(args, readonly=True) as db, unit_of_work(db) as s:
            plan_id = resolve_plan(s, args.plan).id
            assert plan_id is not None
            found = B.listed(s, plan_id)
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["name", "year", "made_by", "made_at", "lines"])
        for b in found:
            w.writerow([b.name, b.year, b.made_by, b.made_at, b.lines])
        sys.stdout.write(out.getvalue())
        return 0
    with open_db(args) as db:
        user = user_of(db)  # made_by: as the journal records it
        with unit_of_work(db) as s:
            plan_id = resolve_plan(s, args.plan).id
        assert plan_id is not None
        text = f"Froze the {args.year} budget as baseline {args.name}"
        with recorded(db, text, user=user, plan_id=plan_id) as s:
            made = B.freeze(s, plan_id, args.year, args.name, user)
            lines = next(b.lines for b in B.listed(s, plan_id) if b.name == made.name)
    say(
        ngettext(
            "froze {count} budget line of {year} as baseline {name}",
            "froze {count} budget lines of {year} as baseline {name}",
            lines,
        ).format(count=lines, year=args.year, name=made.name),
        sys.stdout,
    )
    return 0

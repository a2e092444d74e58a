"""Trainers' commands: verify a certificate, the certificate register, follow-ups."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from planner.commands.common import (
    AddCommand,
    Handler,
    Parser,
    UsageError,
    date_arg,
    open_db,
    output,
    say,
    write_or_print,
)
from planner.i18n import _, ngettext


def register(command: AddCommand) -> dict[str, Handler]:
    p = command("verify", "confirm a certificate's verification code")
    p.add_argument("code")
    p = command("certificates", "the certificate register: list, revoke, offline check page")
    what = p.add_subparsers(dest="action", required=True, parser_class=Parser)

    def action(name: str, help_: str) -> argparse.ArgumentParser:
        q = what.add_parser(name, help=help_)
        q.add_argument("--db", default=argparse.SUPPRESS, help="the database")
        return q

    q = action("list", "the register as CSV")
    q.add_argument("--plan")
    q.add_argument("--activity")
    q.add_argument("-o", "--output", type=Path, help="the file to write (default: on screen)")
    q = action("revoke", "revoke a certificate by its number, saying why")
    q.add_argument("number")
    q.add_argument("--reason", required=True)
    q.add_argument("--plan")
    q = action("verify-page", "write the offline verification page (one HTML file)")
    q.add_argument("-o", "--output", type=Path, required=True)
    q.add_argument("--plan")
    p = command("follow-up", "follow-ups of completers: import a file, or list who is due")
    p.add_argument("action", choices=("import", "due"))
    p.add_argument("file", type=Path, nargs="?", help="import: the CSV or XLSX file")
    p.add_argument("--plan")
    p.add_argument("--months", type=int, default=6, help="due: months after the course")
    p.add_argument("--today", type=date_arg, help="due: as of this day (default: today)")
    return {"verify": _verify, "certificates": _certificates, "follow-up": _follow_up}


def _verify(args: argparse.Namespace) -> int:
    from planner.services.certificates import verify
    from planner.store import unit_of_work

    with open_db(args, readonly=True) as db, unit_of_work(db) as s:
        found = verify(s, args.code)
    say(found, sys.stdout)
    return 0


def _certificates(args: argparse.Namespace) -> int:
    from planner.reports import register_reports
    from planner.services.certificate_register import revoke_certificate
    from planner.services.journal import recorded
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    if getattr(args, "output", None) is not None:
        output(args, "csv" if args.action == "list" else "html")
    readonly = args.action != "revoke"
    with open_db(args, readonly=readonly) as db:
        with unit_of_work(db) as s:
            plan = resolve_plan(s, args.plan)
            assert plan.id is not None
            plan_id = plan.id
            if args.action == "list":
                data = register_reports.register_csv(s, plan_id, activity=args.activity)
            elif args.action == "verify-page":
                data = register_reports.verify_page(s, plan_id)
        if args.action == "revoke":
            with recorded(db, f"Revoked certificate {args.number}", plan_id=plan_id) as s:
                cert = revoke_certificate(s, plan_id, args.number, args.reason)
            say(
                _("revoked certificate {number} of {name}: {reason}").format(
                    number=cert.number, name=cert.name, reason=cert.revoked_reason
                ),
                sys.stdout,
            )
            return 0
    write_or_print(args, data)
    return 0


def _follow_up(args: argparse.Namespace) -> int:
    """``import FILE``: record every follow-up of the file or none (journaled, one
    entry); ``due``: the completers due for one, as CSV on standard output."""
    from planner.services import follow_up as F
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    if args.action == "import":
        if args.file is None:
            raise UsageError(_("follow-up import needs the file to read"))
        from planner.services.journal import recorded

        with open_db(args) as db:
            with unit_of_work(db) as s:
                plan_id = resolve_plan(s, args.plan).id
            assert plan_id is not None
            with recorded(db, f"Imported follow-ups from {args.file.name}", plan_id=plan_id) as s:
                count = F.import_follow_ups(s, plan_id, args.file)
        say(
            ngettext(
                "recorded {count} follow-up from {file}",
                "recorded {count} follow-ups from {file}",
                count,
            ).format(count=count, file=args.file),
            sys.stdout,
        )
        return 0
    with open_db(args, readonly=True) as db, unit_of_work(db) as s:
        plan = resolve_plan(s, args.plan)
        assert plan.id is not None
        due = F.due_for_follow_up(s, plan.id, args.months, args.today or date.today())
    sys.stdout.write(F.due_csv(due))
    return 0

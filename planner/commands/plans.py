"""Whole-plan commands: demo, import, export, calendar, check, history."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.commands.common import (
    LANGUAGES,
    AddCommand,
    Handler,
    UsageError,
    database_path,
    date_arg,
    open_db,
    output,
    print_problems,
    say,
    set_language,
    write,
    write_or_print,
)
from planner.errors import PlannerError
from planner.i18n import _


def register(command: AddCommand) -> dict[str, Handler]:
    command("demo", "create a database holding the demo plan (never overwrites)")
    p = command("import", "read a plan exchange file, all or nothing")
    p.add_argument("file", type=Path)
    p.add_argument("--replace", action="store_true", help="replace a plan of the same name")
    p = command("export", "write one plan as an exchange file")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--plan")
    p = command("calendar", "write sessions as an iCalendar file")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--plan")
    p.add_argument("--activity")
    command("check", "check the database and report problems")
    p = command("history", "who changed what and when: one row per changed field")
    p.add_argument("-o", "--output", type=Path, help="the file to write (default: CSV on screen)")
    p.add_argument("--plan")
    p.add_argument("--activity")
    p.add_argument("--user", help="only the changes of this person")
    p.add_argument("--since", type=date_arg, help="from this day (YYYY-MM-DD)")
    p.add_argument("--until", type=date_arg, help="to this day, included (YYYY-MM-DD)")
    p.add_argument("--format", choices=("csv", "pdf"))
    p.add_argument("--lang", choices=LANGUAGES, help="the PDF's language (default: yours)")
    return {
        "demo": _demo,
        "import": _import,
        "export": _export,
        "calendar": _calendar,
        "check": _check,
        "history": _history,
    }


def _demo(args: argparse.Namespace) -> int:
    from planner.services.demo import create_demo

    path = database_path(args)
    if not isinstance(path, Path):
        raise PlannerError(
            _(
                "'planner demo' writes a file; to put the demo plan on a server, make it in a "
                "file and copy it there with 'planner copy --from FILE --to ADDRESS'"
            )
        )
    if path.exists():
        raise PlannerError(
            _("{path} already exists; 'planner demo' never overwrites a file").format(path=path)
        )
    counts = create_demo(path)
    say(_("created {path}: {counts}").format(path=path, counts=counts), sys.stdout)
    return 0


def _import(args: argparse.Namespace) -> int:
    from planner.services import exchange
    from planner.store import unit_of_work

    # Every problem is found before the database is even opened.
    checked = exchange.check_document(exchange.read_document(args.file))
    db = open_db(args, create=True)
    try:
        with unit_of_work(db) as s:
            exchange.import_document(s, checked, replace=args.replace, source=args.file.name)
    except BaseException:
        db.discard()  # a database this command created is removed again, nothing else
        raise
    db.close()
    say(_("imported {file} into {db}").format(file=args.file, db=db.label), sys.stdout)
    return 0


def _export(args: argparse.Namespace) -> int:
    from planner.services import exchange
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    output(args, "json")
    with open_db(args, readonly=True) as db, unit_of_work(db) as s:
        plan = resolve_plan(s, args.plan)
        assert plan.id is not None
        text = exchange.dumps(exchange.export_document(s, plan.id))
    write(args, text.encode("utf-8"))
    return 0


def _calendar(args: argparse.Namespace) -> int:
    from planner.services.calendar import calendar_bytes
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    output(args, "ics")
    with open_db(args, readonly=True) as db, unit_of_work(db) as s:
        plan = resolve_plan(s, args.plan)
        assert plan.id is not None
        data = calendar_bytes(s, plan.id, activity=args.activity)
    write(args, data)
    return 0


def _check(args: argparse.Namespace) -> int:
    from planner.services.check import check_database, check_warnings
    from planner.store import integrity_problems, unit_of_work

    path = database_path(args)
    # Damage first, from SQLite's own check: the rules' queries would only trip on it.
    # (A server checks its own pages: there is no file to read here.)
    damage = integrity_problems(path) if isinstance(path, Path) else []
    if damage:
        print_problems(
            [_("{path} is damaged: {line}").format(path=path, line=line) for line in damage]
        )
        print(
            "planner: " + _("restore the file from a backup; it was left untouched"),
            file=sys.stderr,
        )
        return 1
    with open_db(args) as db, unit_of_work(db) as s:
        problems = check_database(s)
        warnings = [] if problems else check_warnings(s)
    print_problems(problems)
    for line in warnings:
        say(_("warning: {line}").format(line=line), sys.stdout)
    if problems:
        return 1
    say(_("{db}: no problems found").format(db=db.label), sys.stdout)
    return 0


def _history(args: argparse.Namespace) -> int:
    from planner.reports import history_report
    from planner.services.history import Filter
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    fmt = args.format or ("csv" if args.output is None else None)
    if fmt is None:
        from planner.outputs import format_of

        fmt = format_of(args.output)
        if fmt not in ("csv", "pdf"):
            raise UsageError(
                _("cannot tell the format from {name!r}; give --format").format(
                    name=args.output.name
                )
            )
    if fmt == "pdf" and args.output is None:
        raise UsageError(_("a PDF needs a file: give -o FILE.pdf"))
    if args.output is not None:
        output(args, fmt)
    set_language(args)
    with open_db(args, readonly=True) as db, unit_of_work(db) as s:
        plan = resolve_plan(s, args.plan)
        assert plan.id is not None
        activity_id = None
        if args.activity:
            from planner.services.plans import activity_id_of

            activity_id = activity_id_of(s, plan.id, args.activity)
        user = None
        if args.user is not None:
            from planner.services.history import login_of

            user = login_of(s, args.user)  # a server login's full name names it too
        where = Filter(
            plan_id=plan.id,
            activity_id=activity_id,
            user=user,
            since=args.since,
            until=args.until,
        )
        if fmt == "csv":
            data = history_report.render_csv(s, where)
        else:
            scope = plan.name + (f", {args.activity}" if args.activity else "")
            data = history_report.render_pdf(s, where, scope=scope)
    write_or_print(args, data)
    return 0

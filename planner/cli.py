"""The command line of docs/command-line.md. Never imports Qt (the window is loaded lazily)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from planner import APP_NAME, __version__
from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.store import Database

REPORT_KINDS = (
    "budget",
    "cost-effectiveness",
    "attendance",
    "plan",
    "sign-in",
    "certificates",
    "transcript",
    "results",
)
FORMATS = ("pdf", "csv", "xlsx")

log = logging.getLogger("planner")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="planner", description=f"{APP_NAME}: plan, budget and evaluate.")
    parser.add_argument("--version", action="version", version=f"planner {__version__}")
    # a plain string: Path() would fold "postgresql://host/db" into a file name
    parser.add_argument("--db", help="the database (default: your data folder)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def command(name: str, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_)
        p.add_argument("--db", default=argparse.SUPPRESS, help="the database")
        return p

    command("demo", "create a database holding the demo plan (never overwrites)")
    p = command("import", "read a plan exchange file, all or nothing")
    p.add_argument("file", type=Path)
    p.add_argument("--replace", action="store_true", help="replace a plan of the same name")
    p = command("export", "write one plan as an exchange file")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--plan")
    p = command("report", "write a report")
    p.add_argument("kind", choices=REPORT_KINDS)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--plan")
    p.add_argument("--year", type=int)
    p.add_argument("--activity")
    p.add_argument("--format", choices=FORMATS)
    p.add_argument(
        "--issued-on",
        type=_date,
        help="certificates: the issue date of those issued now (default: the activity's end)",
    )
    p.add_argument("--participant", help="transcript: the participant's ref")
    p.add_argument("--walk-in-rows", type=int, default=5, help="sign-in: blank rows (default 5)")
    p.add_argument(
        "--half-days", action="store_true", help="sign-in: morning and afternoon columns"
    )
    p.add_argument(
        "--as-of",
        type=_date,
        help="budget: count only the payments dated on or before this day (YYYY-MM-DD)",
    )
    p.add_argument(
        "--by",
        choices=("funding-source",),
        help="budget CSV: one row per funding source and year instead of per line",
    )
    p.add_argument("--lang", choices=LANGUAGES, help="the report's language (default: yours)")
    p = command("calendar", "write sessions as an iCalendar file")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--plan")
    p.add_argument("--activity")
    p = command("verify", "confirm a certificate's verification code")
    p.add_argument("code")
    p = command("certificates", "the certificate register: list, revoke, offline check page")
    what = p.add_subparsers(dest="action", required=True, parser_class=_Parser)

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
    command("check", "check the database and report problems")
    p = command("history", "who changed what and when: one row per changed field")
    p.add_argument("-o", "--output", type=Path, help="the file to write (default: CSV on screen)")
    p.add_argument("--plan")
    p.add_argument("--activity")
    p.add_argument("--user", help="only the changes of this person")
    p.add_argument("--since", type=_date, help="from this day (YYYY-MM-DD)")
    p.add_argument("--until", type=_date, help="to this day, included (YYYY-MM-DD)")
    p.add_argument("--format", choices=("csv", "pdf"))
    p.add_argument("--lang", choices=LANGUAGES, help="the PDF's language (default: yours)")
    p = command("follow-up", "follow-ups of completers: import a file, or list who is due")
    p.add_argument("action", choices=("import", "due"))
    p.add_argument("file", type=Path, nargs="?", help="import: the CSV or XLSX file")
    p.add_argument("--plan")
    p.add_argument("--months", type=int, default=6, help="due: months after the course")
    p.add_argument("--today", type=_date, help="due: as of this day (default: today)")
    return parser


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _database(args: argparse.Namespace) -> Path:
    if args.db is not None:
        if "://" in args.db:
            raise PlannerError(
                f"{args.db} is a server address; this version opens planner database files only"
            )
        return Path(args.db)
    from planner.paths import default_database

    return default_database()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as e:
        _say(f"planner: {e}")
        return 2
    except SystemExit as e:  # --help, --version
        return int(e.code or 0)
    handlers: dict[str | None, Callable[[argparse.Namespace], int]] = {
        None: _cmd_window,
        "demo": _cmd_demo,
        "import": _cmd_import,
        "export": _cmd_export,
        "report": _cmd_report,
        "calendar": _cmd_calendar,
        "verify": _cmd_verify,
        "certificates": _cmd_certificates,
        "check": _cmd_check,
        "history": _cmd_history,
        "follow-up": _cmd_follow_up,
    }
    try:
        return handlers[args.command](args)
    except PlannerError as e:
        _print_problems(e.lines())
        return 1
    except UsageError as e:
        _say(f"planner: {e}")
        return 2
    except KeyboardInterrupt:
        print("planner: interrupted; nothing was changed", file=sys.stderr)
        return 130
    except Exception:
        where = _log_bug()
        print(
            f"planner: internal error (a bug in the planner, not in your data); "
            f"details were written to {where}",
            file=sys.stderr,
        )
        return 3


def _log_bug() -> str:
    from planner.logs import log_bug

    kind, error, tb = sys.exc_info()
    assert kind is not None and error is not None
    return log_bug(kind, error, tb)


# ------------------------------------------------------------------ commands
def _cmd_window(args: argparse.Namespace) -> int:
    try:
        from planner.ui.app import run
    except ImportError as e:
        raise PlannerError(f"the window cannot start: {e}") from e
    return int(run(_database(args)))


def _cmd_demo(args: argparse.Namespace) -> int:
    from planner.services.demo import create_demo

    path = _database(args)
    if path.exists():
        raise PlannerError(f"{path} already exists; 'planner demo' never overwrites a file")
    counts = create_demo(path)
    _say(f"created {path}: {counts}", sys.stdout)
    return 0


def _open(args: argparse.Namespace, **how: bool) -> Database:
    """Open the command's database; say where the old file went if it was upgraded."""
    from planner.store import open_database

    db = open_database(_database(args), **how)
    if db.backup_path is not None:
        _say(
            f"planner: upgraded {db.path} from schema {db.upgraded_from}; "
            f"the file as it was is kept at {db.backup_path}"
        )
    return db


def _output(args: argparse.Namespace, fmt: str) -> Path:
    """The output path, refused before any work if writing it would be wrong."""
    from planner.outputs import check_format, check_output

    try:
        check_format(args.output, fmt)
    except PlannerError as e:
        raise UsageError(e.message) from e
    return check_output(args.output, [_database(args)])


def _write(args: argparse.Namespace, data: bytes) -> None:
    from planner.outputs import write_atomically

    write_atomically(args.output, data, [_database(args)])


def _cmd_import(args: argparse.Namespace) -> int:
    from planner.services import exchange
    from planner.store import unit_of_work

    # Every problem is found before the database is even opened.
    checked = exchange.check_document(exchange.read_document(args.file))
    db = _open(args, create=True)
    try:
        with unit_of_work(db) as s:
            exchange.import_document(s, checked, replace=args.replace, source=args.file.name)
    except BaseException:
        db.discard()  # a database this command created is removed again, nothing else
        raise
    db.close()
    _say(f"imported {args.file} into {db.path}", sys.stdout)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from planner.services import exchange
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    _output(args, "json")
    with _open(args, readonly=True) as db, unit_of_work(db) as s:
        plan = resolve_plan(s, args.plan)
        assert plan.id is not None
        text = exchange.dumps(exchange.export_document(s, plan.id))
    _write(args, text.encode("utf-8"))
    return 0


#: ``--lang``: the language a report is written in, and its catalogue.
LANGUAGES = {"en": "en", "zh": "zh_CN"}


def _language(args: argparse.Namespace) -> None:
    """Write this run's report in ``--lang`` (its words, dates and figures); without
    it, in the language of the environment."""
    if getattr(args, "lang", None):
        from planner import i18n

        i18n.set_language(LANGUAGES[args.lang])


def _cmd_report(args: argparse.Namespace) -> int:
    from planner.outputs import format_of
    from planner.reports.registry import NEEDS_ACTIVITY, renderer
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    fmt = args.format or format_of(args.output)
    if fmt not in FORMATS:
        raise UsageError(f"cannot tell the format from {args.output.name!r}; give --format")
    if args.kind in NEEDS_ACTIVITY and not args.activity:
        raise UsageError(f"the {args.kind} report is about one activity: give --activity CODE")
    if args.as_of is not None and args.kind != "budget":
        raise UsageError("--as-of is for the budget report only")
    if args.by is not None and (args.kind != "budget" or fmt != "csv"):
        raise UsageError("--by funding-source is for the budget report as CSV only")
    if args.by is not None and args.activity is not None:
        raise UsageError("--by funding-source is about whole years: leave out --activity")
    _language(args)
    if args.kind == "transcript":
        return _transcript(args, fmt)
    render = renderer(args.kind, fmt)
    extra: dict[str, object] = {} if args.as_of is None else {"as_of": args.as_of}
    if args.by is not None:
        extra["by"] = args.by
    _output(args, fmt)
    if args.kind == "certificates":
        return _issue_certificates(args)
    with _open(args, readonly=True) as db, unit_of_work(db) as s:
        plan = resolve_plan(s, args.plan)
        assert plan.id is not None
        last = plan.start_year + plan.years - 1
        if args.year is not None and not plan.start_year <= args.year <= last:
            raise PlannerError(f"{args.year} is outside the plan's years {plan.start_year}-{last}")
        if args.kind == "sign-in":
            from planner.reports import signin_pdf

            data = signin_pdf.render(
                s,
                plan.id,
                activity=args.activity,
                walk_ins=args.walk_in_rows,
                half_days=args.half_days,
            )
        else:
            data = render(s, plan.id, year=args.year, activity=args.activity, **extra)
    _write(args, data)
    return 0


def _transcript(args: argparse.Namespace, fmt: str) -> int:
    from planner.reports import transcript_report
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    if not args.participant:
        raise UsageError("the transcript is about one person: give --participant REF")
    if fmt not in ("pdf", "csv"):
        raise PlannerError(f"the transcript report comes as csv, pdf, not as {fmt}")
    _output(args, fmt)
    with _open(args, readonly=True) as db, unit_of_work(db) as s:
        plan = resolve_plan(s, args.plan)
        assert plan.id is not None
        data = transcript_report.render(s, plan.id, participant=args.participant, fmt=fmt)
    _write(args, data)
    return 0


def _issue_certificates(args: argparse.Namespace) -> int:
    """Certificates are issued into the register as they are printed: one recorded
    change, which the window can undo."""
    from planner.reports import certificates_pdf
    from planner.services.journal import recorded
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    with _open(args) as db:
        with unit_of_work(db) as s:
            plan = resolve_plan(s, args.plan)
            assert plan.id is not None
            plan_id = plan.id
        with recorded(db, f"Issued the certificates of {args.activity}", plan_id=plan_id) as s:
            data = certificates_pdf.render(
                s, plan_id, activity=args.activity, issued_on=args.issued_on
            )
    _write(args, data)
    return 0


def _cmd_certificates(args: argparse.Namespace) -> int:
    from planner.reports import register_reports
    from planner.services.certificate_register import revoke_certificate
    from planner.services.journal import recorded
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    if getattr(args, "output", None) is not None:
        _output(args, "csv" if args.action == "list" else "html")
    readonly = args.action != "revoke"
    with _open(args, readonly=readonly) as db:
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
            _say(
                f"revoked certificate {cert.number} of {cert.name}: {cert.revoked_reason}",
                sys.stdout,
            )
            return 0
    if args.output is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        _write(args, data)
    return 0


def _cmd_calendar(args: argparse.Namespace) -> int:
    from planner.services.calendar import calendar_bytes
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    _output(args, "ics")
    with _open(args, readonly=True) as db, unit_of_work(db) as s:
        plan = resolve_plan(s, args.plan)
        assert plan.id is not None
        data = calendar_bytes(s, plan.id, activity=args.activity)
    _write(args, data)
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    from planner.services.certificates import verify
    from planner.store import unit_of_work

    with _open(args, readonly=True) as db, unit_of_work(db) as s:
        found = verify(s, args.code)
    _say(found, sys.stdout)
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from planner.services.check import check_database, check_warnings
    from planner.store import integrity_problems, unit_of_work

    path = _database(args)
    # Damage first, from SQLite's own check: the rules' queries would only trip on it.
    damage = integrity_problems(path)
    if damage:
        _print_problems([f"{path} is damaged: {line}" for line in damage])
        print(
            "planner: restore the file from a backup; it was left untouched",
            file=sys.stderr,
        )
        return 1
    with _open(args) as db, unit_of_work(db) as s:
        problems = check_database(s)
        warnings = [] if problems else check_warnings(s)
    _print_problems(problems)
    for line in warnings:
        _say(f"warning: {line}", sys.stdout)
    if problems:
        return 1
    _say(f"{db.path}: no problems found", sys.stdout)
    return 0


def _cmd_history(args: argparse.Namespace) -> int:
    from planner.reports import history_report
    from planner.services.history import Filter
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    fmt = args.format or ("csv" if args.output is None else None)
    if fmt is None:
        from planner.outputs import format_of

        fmt = format_of(args.output)
        if fmt not in ("csv", "pdf"):
            raise UsageError(f"cannot tell the format from {args.output.name!r}; give --format")
    if fmt == "pdf" and args.output is None:
        raise UsageError("a PDF needs a file: give -o FILE.pdf")
    if args.output is not None:
        _output(args, fmt)
    _language(args)
    with _open(args, readonly=True) as db, unit_of_work(db) as s:
        plan = resolve_plan(s, args.plan)
        assert plan.id is not None
        activity_id = None
        if args.activity:
            from planner.services.plans import activity_id_of

            activity_id = activity_id_of(s, plan.id, args.activity)
        where = Filter(
            plan_id=plan.id,
            activity_id=activity_id,
            user=args.user,
            since=args.since,
            until=args.until,
        )
        if fmt == "csv":
            data = history_report.render_csv(s, where)
        else:
            scope = plan.name + (f", {args.activity}" if args.activity else "")
            data = history_report.render_pdf(s, where, scope=scope)
    if args.output is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        _write(args, data)
    return 0


#: How many problems are listed before the rest are only counted.
MAX_PROBLEMS = 50


def _print_problems(lines: Sequence[str]) -> None:
    for line in lines[:MAX_PROBLEMS]:
        _say(f"planner: {line}")
    if len(lines) > MAX_PROBLEMS:
        rest = len(lines) - MAX_PROBLEMS
        _say(f"planner: ... and {rest} more problems ({len(lines)} in all)")


def _say(line: str, stream: TextIO | None = None) -> None:
    """Print one line; control characters and direction overrides in names or
    paths are shown escaped, never acted on by the terminal."""
    from planner.text import terminal_safe

    print(terminal_safe(line), file=stream or sys.stderr)


def _cmd_follow_up(args: argparse.Namespace) -> int:
    """``import FILE``: record every follow-up of the file or none (journaled, one
    entry); ``due``: the completers due for one, as CSV on standard output."""
    from planner.services import follow_up as F
    from planner.services.plans import resolve_plan
    from planner.store import unit_of_work

    if args.action == "import":
        if args.file is None:
            raise UsageError("follow-up import needs the file to read")
        from planner.services.journal import recorded

        with _open(args) as db:
            with unit_of_work(db) as s:
                plan_id = resolve_plan(s, args.plan).id
            assert plan_id is not None
            with recorded(db, f"Imported follow-ups from {args.file.name}", plan_id=plan_id) as s:
                count = F.import_follow_ups(s, plan_id, args.file)
        _say(f"recorded {count} follow-ups from {args.file}", sys.stdout)
        return 0
    with _open(args, readonly=True) as db, unit_of_work(db) as s:
        plan = resolve_plan(s, args.plan)
        assert plan.id is not None
        due = F.due_for_follow_up(s, plan.id, args.months, args.today or date.today())
    sys.stdout.write(F.due_csv(due))
    return 0

"""The command line of spec/cli.md. Never imports Qt (the window is loaded lazily)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from planner import APP_NAME, __version__
from planner.errors import PlannerError

REPORT_KINDS = ("budget", "cost-effectiveness", "attendance", "plan", "sign-in", "certificates")
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
    parser.add_argument("--db", type=Path, help="the database (default: your data folder)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def command(name: str, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_)
        p.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="the database")
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
    p = command("calendar", "write sessions as an iCalendar file")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--plan")
    p.add_argument("--activity")
    p = command("verify", "confirm a certificate's verification code")
    p.add_argument("code")
    command("check", "check the database and report problems")
    return parser


def write_atomically(path: Path, data: bytes) -> None:
    """Write a whole file or nothing: a failed report never leaves half a file."""
    path = path.expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as e:
        raise PlannerError(f"cannot write {path}: {e.strerror}") from e
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise PlannerError(f"cannot write {path}: {e.strerror}") from e


def _database(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(args.db)
    from planner.paths import default_database

    return default_database()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as e:
        print(f"planner: {e}", file=sys.stderr)
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
        "check": _cmd_check,
    }
    try:
        return handlers[args.command](args)
    except PlannerError as e:
        from planner.text import terminal_safe

        for line in e.lines():
            print(terminal_safe(f"planner: {line}"), file=sys.stderr)
        return 1
    except UsageError as e:
        print(f"planner: {e}", file=sys.stderr)
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
    import traceback

    from planner.paths import log_file

    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc())
        return str(path)
    except OSError:
        traceback.print_exc()
        return "standard error"


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
    print(f"created {path}: {counts}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from planner.services import exchange
    from planner.store import open_database, unit_of_work

    # Every problem is found before the database is even opened.
    checked = exchange.check_document(exchange.read_document(args.file))
    path = _database(args)
    existed = path.exists()
    try:
        with open_database(path, create=True) as db, unit_of_work(db) as s:
            exchange.import_document(s, checked, replace=args.replace)
    except BaseException:
        if not existed:  # leave the folder as it was: no half-made database
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    print(f"imported {args.file} into {db.path}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from planner.services import exchange
    from planner.services.plans import resolve_plan
    from planner.store import open_database, unit_of_work

    with open_database(_database(args), readonly=True) as db, unit_of_work(db) as s:
        plan = resolve_plan(s, args.plan)
        assert plan.id is not None
        text = exchange.dumps(exchange.export_document(s, plan.id))
    write_atomically(args.output, text.encode("utf-8"))
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from planner.reports.registry import NEEDS_ACTIVITY, renderer
    from planner.services.plans import resolve_plan
    from planner.store import open_database, unit_of_work

    fmt = args.format or args.output.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise UsageError(f"cannot tell the format from {args.output.name!r}; give --format")
    if args.kind in NEEDS_ACTIVITY and not args.activity:
        raise UsageError(f"the {args.kind} report is about one activity: give --activity CODE")
    render = renderer(args.kind, fmt)
    with open_database(_database(args), readonly=True) as db, unit_of_work(db) as s:
        plan = resolve_plan(s, args.plan)
        assert plan.id is not None
        last = plan.start_year + plan.years - 1
        if args.year is not None and not plan.start_year <= args.year <= last:
            raise PlannerError(f"{args.year} is outside the plan's years {plan.start_year}-{last}")
        data = render(s, plan.id, year=args.year, activity=args.activity)
    write_atomically(args.output, data)
    return 0


def _cmd_calendar(args: argparse.Namespace) -> int:
    from planner.services.calendar import calendar_bytes
    from planner.services.plans import resolve_plan
    from planner.store import open_database, unit_of_work

    with open_database(_database(args), readonly=True) as db, unit_of_work(db) as s:
        plan = resolve_plan(s, args.plan)
        assert plan.id is not None
        data = calendar_bytes(s, plan.id, activity=args.activity)
    write_atomically(args.output, data)
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    from planner.services.certificates import verify
    from planner.store import open_database, unit_of_work
    from planner.text import terminal_safe

    with open_database(_database(args), readonly=True) as db, unit_of_work(db) as s:
        found = verify(s, args.code)
    print(terminal_safe(found))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from planner.services.check import check_database
    from planner.store import open_database, unit_of_work
    from planner.text import terminal_safe

    with open_database(_database(args)) as db, unit_of_work(db) as s:
        problems = check_database(s)
    for line in problems:
        print(terminal_safe(f"planner: {line}"), file=sys.stderr)
    if problems:
        return 1
    print(terminal_safe(f"{db.path}: no problems found"))
    return 0

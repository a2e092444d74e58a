"""The command line of docs/command-line.md: the parser and the dispatch. Each group
of commands lives in ``planner.commands``; a new group is a module there and one line
in ``GROUPS``. Never imports Qt (the window is loaded lazily)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from planner import APP_NAME, __version__, interrupts
from planner.commands import finance, plans, reports, team, trainers
from planner.commands.common import Handler, Parser, UsageError, database_path, print_problems, say
from planner.errors import PlannerError
from planner.i18n import _

#: The groups of commands, in the order ``planner --help`` lists them.
GROUPS = (plans, reports, trainers, finance, team)

log = logging.getLogger("planner")


def build_parser() -> tuple[argparse.ArgumentParser, dict[str | None, Handler]]:
    parser = Parser(prog="planner", description=f"{APP_NAME}: plan, budget and evaluate.")
    parser.add_argument("--version", action="version", version=f"planner {__version__}")
    # a plain string: Path() would fold "postgresql://host/db" into a file name
    parser.add_argument("--db", help="the database (default: your data folder)")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    def command(name: str, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_)
        p.add_argument("--db", default=argparse.SUPPRESS, help="the database")
        return p

    handlers: dict[str | None, Handler] = {None: _window}
    for group in GROUPS:
        handlers.update(group.register(command))
    return parser, handlers


def main(argv: Sequence[str] | None = None) -> int:
    parser, handlers = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as e:
        say(f"planner: {e}")
        return 2
    except SystemExit as e:  # --help, --version
        return int(e.code or 0)
    try:
        if args.command is None:  # the window, not a command
            return handlers[None](args)
        # the planner program itself calls main() without argv (see interrupts.guard)
        with interrupts.guard(whole_process=argv is None):
            return handlers[args.command](args)
    except PlannerError as e:
        print_problems(e.lines())
        return 1
    except UsageError as e:
        say(f"planner: {e}")
        return 2
    except KeyboardInterrupt:
        print("planner: " + _("interrupted; nothing was changed"), file=sys.stderr)
        return 130
    except Exception:
        where = _log_bug()
        message = _(
            "internal error (a bug in the planner, not in your data); details were written "
            "to {where}"
        ).format(where=where)
        print(f"planner: {message}", file=sys.stderr)
        return 3


def _log_bug() -> str:
    from planner.logs import log_bug

    kind, error, tb = sys.exc_info()
    assert kind is not None and error is not None
    return log_bug(kind, error, tb)


def _window(args: argparse.Namespace) -> int:
    try:
        from planner.ui.app import run
    except ImportError as e:
        raise PlannerError(_("the window cannot start: {error}").format(error=e)) from e
    return int(run(database_path(args)))

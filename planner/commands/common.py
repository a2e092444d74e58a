"""What every command shares: usage errors, the database and output paths, printing."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from planner.errors import PlannerError
from planner.i18n import BILINGUAL, _, ngettext

if TYPE_CHECKING:
    from planner.store import Database

#: A command's handler: its parsed arguments in, the exit status out.
Handler = Callable[[argparse.Namespace], int]


class AddCommand(Protocol):
    """``command(name, help)``: a new sub-command's parser, with ``--db`` already on it."""

    def __call__(self, name: str, help_: str) -> argparse.ArgumentParser: ...


class UsageError(Exception):
    """The command line itself is wrong (exit status 2); nothing was opened."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(_argument(message))


def _argument(message: str) -> str:
    """argparse's "argument --as-of: MESSAGE" in the user's language (argparse's own
    words are English; the message after the colon is ours, already translated)."""
    name, colon, rest = message.partition(": ")
    if colon and name.startswith("argument "):
        return _("argument {name}: {message}").format(
            name=name.removeprefix("argument "), message=rest
        )
    return message


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a date (YYYY-MM-DD)").format(text=text)
        ) from None


def database_path(args: argparse.Namespace) -> Path | str:
    """The database file, or a server's address (``postgresql://...``) as given."""
    if args.db is not None:
        from planner.addresses import is_server_address, looks_like_url, masked

        if is_server_address(args.db):
            return str(args.db)
        if looks_like_url(args.db):
            raise PlannerError(
                _(
                    "{db} is an address the planner cannot open: give a database file or a "
                    "postgresql:// address"
                ).format(db=masked(args.db))
            )
        return Path(args.db)
    from planner.paths import default_database

    return default_database()


def open_db(args: argparse.Namespace, **how: bool) -> Database:
    """Open the command's database; say where the old file went if it was upgraded."""
    from planner.store import open_database

    db = open_database(database_path(args), **how)
    if db.backup_path is not None:
        message = _(
            "upgraded {path} from schema {schema}; the file as it was is kept at {backup}"
        ).format(path=db.label, schema=db.upgraded_from, backup=db.backup_path)
        say(f"planner: {message}")
    elif db.is_server and db.created:
        say("planner: " + _("set up {db} as a new planner database").format(db=db.label))
    elif db.is_server and db.upgraded_from is not None:
        message = _("upgraded {db} from schema {schema}").format(
            db=db.label, schema=db.upgraded_from
        )
        say(f"planner: {message}")
    return db


def database_files(args: argparse.Namespace) -> list[Path]:
    """The database's files, which an output must never overwrite (none on a server)."""
    where = database_path(args)
    return [where] if isinstance(where, Path) else []


def output(args: argparse.Namespace, fmt: str) -> Path:
    """The output path, refused before any work if writing it would be wrong."""
    from planner.outputs import check_format, check_output

    try:
        check_format(args.output, fmt)
    except PlannerError as e:
        raise UsageError(e.message) from e
    return check_output(args.output, database_files(args))


def write(args: argparse.Namespace, data: bytes) -> None:
    from planner.outputs import write_atomically

    write_atomically(args.output, data, database_files(args))


def write_or_print(args: argparse.Namespace, data: bytes) -> None:
    """To ``-o FILE`` when given, else as text on standard output."""
    if args.output is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        write(args, data)


#: ``--lang``: the language a report is written in, and its catalogue.
LANGUAGES = {"en": "en", "zh": "zh_CN"}
#: ``planner report --lang``: also Chinese and English together, for the reports of
#: planner.reports.registry.BILINGUAL_REPORTS
REPORT_LANGUAGES = {**LANGUAGES, "bilingual": BILINGUAL}


def set_language(args: argparse.Namespace) -> None:
    """Write this run's report in ``--lang`` (its words, dates and figures); without
    it, in the language of the environment."""
    if getattr(args, "lang", None):
        from planner import i18n

        i18n.set_language(REPORT_LANGUAGES[args.lang])


#: How many problems are listed before the rest are only counted.
MAX_PROBLEMS = 50


def print_problems(lines: Sequence[str]) -> None:
    for line in lines[:MAX_PROBLEMS]:
        say(f"planner: {line}")
    if len(lines) > MAX_PROBLEMS:
        rest = len(lines) - MAX_PROBLEMS
        more = ngettext(
            "... and {n} more problem ({total} in all)",
            "... and {n} more problems ({total} in all)",
            rest,
        ).format(n=rest, total=len(lines))
        say(f"planner: {more}")


def say(line: str, stream: TextIO | None = None) -> None:
    """Print one line; control characters and direction overrides in names or
    paths are shown escaped, never acted on by the terminal."""
    from planner.text import terminal_safe

    print(terminal_safe(line), file=stream or sys.stderr)

"""Team mode's commands: copy a whole database between a file and a server; set up
the people of a server database with their roles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.commands.common import AddCommand, Handler, Parser, open_db, say
from planner.errors import PlannerError
from planner.i18n import _, ngettext


def register(command: AddCommand) -> dict[str, Handler]:
    p = command("copy", "copy a whole database (file or server) into a new or empty one")
    p.add_argument(
        "--from", dest="source", required=True, help="the database to copy: a file or address"
    )
    p.add_argument(
        "--to",
        dest="target",
        required=True,
        help="a new file, or an empty server database (postgresql://...)",
    )
    p = command("team", "the people of a server database and what each may change")
    what = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    q = what.add_parser("add-user", help="give a person a login and a role (run as the owner)")
    q.add_argument("--db", default=argparse.SUPPRESS, help="the server database")
    q.add_argument("name", help="the login name (lowercase letters, digits, _)")
    q.add_argument("--role", required=True, choices=("planner", "finance", "trainer", "viewer"))
    q.add_argument(
        "--full-name",
        default=None,
        help='the person\'s name, shown in the history with the login (e.g. "Wang Fang")',
    )
    return {"copy": _copy, "team": _team}


def _where(text: str) -> Path | str:
    from planner.store.server import is_server_address

    return text if is_server_address(text) else Path(text)


def _copy(args: argparse.Namespace) -> int:
    from planner.store.copy import copy_database
    from planner.store.server import masked

    counts = copy_database(_where(args.source), _where(args.target))
    rows = sum(counts.values())
    target = masked(args.target) if isinstance(_where(args.target), str) else args.target
    say(
        ngettext(
            "copied {rows} rows in {count} table into {target}",
            "copied {rows} rows in {count} tables into {target}",
            len(counts),
        ).format(rows=rows, count=len(counts), target=target),
        sys.stdout,
    )
    return 0


def _team(args: argparse.Namespace) -> int:
    from planner.store import raw_connection, unit_of_work
    from planner.store.roles import add_user

    with open_db(args) as db:
        if not db.is_server:
            raise PlannerError(
                _("roles are a server's: give --db postgresql://... (a file has one user)")
            )
        with unit_of_work(db) as s:
            created = add_user(raw_connection(s), args.name, args.role, args.full_name)
    done = (
        _("created {name} with the role {role} on {db}")
        if created
        else _("updated {name} with the role {role} on {db}")
    )
    say(done.format(name=args.name, role=args.role, db=db.label), sys.stdout)
    if created:
        say(
            "planner: "
            + _(
                "set a password with: ALTER ROLE {name} PASSWORD '...' "
                "(psql, as the owner), then put it in that person's ~/.pgpass"
            ).format(name=args.name),
            sys.stdout,
        )
    return 0

"""Team mode's commands: copy a whole database between a file and a server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.commands.common import AddCommand, Handler, say


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
    return {"copy": _copy}


def _where(text: str) -> Path | str:
    from planner.store.server import is_server_address

    return text if is_server_address(text) else Path(text)


def _copy(args: argparse.Namespace) -> int:
    from planner.store.copy import copy_database
    from planner.store.server import masked

    counts = copy_database(_where(args.source), _where(args.target))
    rows = sum(counts.values())
    target = masked(args.target) if isinstance(_where(args.target), str) else args.target
    say(f"copied {rows} rows in {len(counts)} tables into {target}", sys.stdout)
    return 0

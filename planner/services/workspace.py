"""What the window holds of a database, without touching the store or the ORM.

The window (``planner/ui``) reads and writes only through services: it opens a
:data:`Workspace`, runs a use case inside :func:`transaction`, and types the
callbacks it hands to a worker with :data:`Transaction`. Those names are the
store's and the ORM's own, re-exported here so that the layers stay in one
direction (ui -> reports -> services -> store -> models) and a test can check
that ``planner/ui`` never imports ``sqlalchemy``, ``sqlmodel`` or ``planner.store``.
"""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session as Transaction

from planner.store import Database as Workspace
from planner.store import open_database as open_workspace
from planner.store import unit_of_work as transaction
from planner.store.server import database_name, is_server_address, without_password

__all__ = [
    "Transaction",
    "Workspace",
    "location",
    "open_workspace",
    "remembered",
    "short_name",
    "transaction",
]


def location(text: str) -> Path | str:
    """What the user named: a server's address stays text, anything else is a file."""
    return text if is_server_address(text) else Path(text)


def remembered(where: Path | str) -> str:
    """How a database is kept in the settings: a server's address without its password."""
    return without_password(where) if isinstance(where, str) else str(where)


def short_name(where: Path | str) -> str:
    """The name in the window's title: the file's, or the server database's."""
    return database_name(where) if isinstance(where, str) else where.name

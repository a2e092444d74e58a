"""Alembic, driven from code: the schema's revisions ship inside the package.

Opening an up-to-date database (the usual case) reads the revision with one query
and never imports Alembic (0.13 s of start-up); Alembic is loaded only to migrate.
"""

from __future__ import annotations

import enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, exc, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest revision this version knows (tests check it against the scripts).
HEAD = "0016"
#: Every revision this version knows, oldest first.
KNOWN = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
    "0014",
    "0015",
    "0016",
)


class Status(enum.Enum):
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"


def config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@cache
def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config())


def head() -> str:
    rev = _script().get_current_head()
    assert rev is not None
    return rev


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    """The database's revision (None for an empty database), read with plain SQL."""
    try:
        row: Any = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    except exc.OperationalError as e:
        if "no such table" in str(e):
            return None
        raise
    return None if row is None else str(row[0])


def classify(current: str | None) -> Status:
    if current == HEAD:
        return Status.CURRENT
    if current is None or current in KNOWN or current in known_revisions():
        return Status.OLDER
    return Status.NEWER


def upgrade(conn: Connection, target: str = "head") -> None:
    """Upgrade inside the caller's transaction (DDL included: all or nothing)."""
    from alembic import command

    command.upgrade(config(conn), target)

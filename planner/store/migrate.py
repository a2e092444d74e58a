"""Alembic, driven from code: the schema's revisions ship inside the package."""

from __future__ import annotations

import enum
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")


class Status(enum.Enum):
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    rev = _script().get_current_head()
    assert rev is not None
    return rev


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def classify(current: str | None) -> Status:
    if current == head():
        return Status.CURRENT
    if current is None or current in known_revisions():
        return Status.OLDER
    return Status.NEWER


def upgrade(conn: Connection, target: str = "head") -> None:
    """Upgrade inside the caller's transaction (DDL included: all or nothing)."""
    command.upgrade(config(conn), target)

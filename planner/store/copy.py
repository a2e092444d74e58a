"""Copying a whole planner database between engines (a file and a server), all
or nothing: every table row for row with its ids, the change journal and the
undo stack, and the certificate key (so that issued verification codes still
check). The target must be absent or empty; if anything fails it is left as it
was found (a server database that was empty stays empty).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, cast

from sqlalchemy import exc

from planner.errors import PlannerError
from planner.i18n import _
from planner.store import files
from planner.store.database import Database, open_database, unit_of_work
from planner.store.readonly import raw_connection

log = logging.getLogger(__name__)

#: Filled by the migrations themselves, never copied as rows.
SCHEMA_TABLES = frozenset({"alembic_version", "sqlite_sequence", "app_setting"})
#: How many rows go per batch.
BATCH = 2000


def _tables(con: Any, on_server: bool) -> dict[str, list[str]]:
    """Each table's columns, in order (the schema's own bookkeeping left out)."""
    if on_server:
        rows = con.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
        ).fetchall()
        out: dict[str, list[str]] = {}
        for t, c in rows:
            out.setdefault(str(t), []).append(str(c))
    else:
        names = [
            str(n)
            for (n,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        out = {t: [str(r[1]) for r in con.execute(f'PRAGMA table_info("{t}")')] for t in names}
    return {t: c for t, c in sorted(out.items()) if t not in SCHEMA_TABLES}


def _booleans(con: Any) -> set[tuple[str, str]]:
    return {
        (str(t), str(c))
        for t, c in con.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND data_type = 'boolean'"
        )
    }


def copy_database(source: Path | str, target: Path | str) -> dict[str, int]:
    """Copy ``source`` into ``target`` (absent, or an empty database); returns how
    many rows each table received."""
    same_file = (
        isinstance(source, Path)
        and isinstance(target, Path)
        and source.expanduser().resolve() == target.expanduser().resolve()
    )
    if same_file or source == target:
        raise PlannerError(_("the source and the target are the same database"))
    if isinstance(target, Path) and os.path.lexists(target.expanduser()):
        raise PlannerError(
            _(
                "{target} already exists; 'planner copy' writes only a new file or an empty "
                "server database"
            ).format(target=target)
        )
    src = open_database(source, readonly=True)
    try:
        if isinstance(target, Path):
            return _into_new_file(src, target.expanduser())
        return _into_server(src, target)
    finally:
        src.close()


def _into_new_file(src: Database, target: Path) -> dict[str, int]:
    """Built under a temporary name beside the target and published whole."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = files.create_temporary(target)
    except OSError as e:
        raise PlannerError(
            _("cannot create {target}: {reason}").format(target=target, reason=files.reason(e))
        ) from e
    tmp.unlink()
    dst: Database | None = None
    try:
        dst = open_database(tmp, create=True)
        counts = _fill(src, dst)
        dst.close()
        dst = None
        files.publish(tmp, target)
        return counts
    finally:
        if dst is not None:
            dst.close()
        files.remove_database(tmp)
        Path(str(tmp) + ".lock").unlink(missing_ok=True)


def _into_server(src: Database, target: str) -> dict[str, int]:
    dst = open_database(target)
    try:
        counts = _fill(src, dst)
        _settle(dst, [t for t, n in counts.items() if n])
        return counts
    finally:
        dst.close()


def _settle(dst: Database, tables: list[str]) -> None:
    """``VACUUM (ANALYZE)`` the tables just filled on the server, once the copy is
    committed: the statistics the server plans queries with, and the pages marked
    visible, without which PostgreSQL cannot read the figures' marks from their index
    alone (``ix_mark_counted``) and reads every mark's row too. Autovacuum would do it
    later on its own; a login that does not own a table is skipped by the server with
    a warning. A failure here loses nothing (the rows are committed) and is logged."""
    try:
        with dst.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as con:
            for table in tables:
                con.exec_driver_sql(f'VACUUM (ANALYZE) "{table}"')
    except exc.SQLAlchemyError:  # the copy is whole without it
        log.warning("VACUUM after the copy failed; autovacuum will do it", exc_info=True)


def _fill(src: Database, dst: Database) -> dict[str, int]:
    counts: dict[str, int] = {}
    with unit_of_work(src) as s_in, unit_of_work(dst) as s_out:
        con_in, con_out = raw_connection(s_in), raw_connection(s_out)
        t_in = _tables(con_in, src.is_server)
        t_out = _tables(con_out, dst.is_server)
        if t_in != t_out:
            raise PlannerError(
                _(
                    "{source} and {target} do not have the same tables and columns; open both "
                    "with this version of the planner first"
                ).format(source=src.label, target=dst.label)
            )
        for table in t_out:
            if con_out.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None:
                raise PlannerError(
                    _(
                        "{label} is not empty (its table {table} has rows); 'planner copy' "
                        "writes only into an empty database; nothing was changed"
                    ).format(label=dst.label, table=table)
                )
        flags = _booleans(con_out) if dst.is_server else set()
        if dst.is_server:
            con_out.execute("SET CONSTRAINTS ALL DEFERRED")
        else:
            con_out.execute("PRAGMA defer_foreign_keys = ON")
        for table, columns in t_in.items():
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            as_bool = [i for i, c in enumerate(columns) if (table, c) in flags]
            insert = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
            order = "id" if "id" in columns else columns[0]
            cur = con_in.execute(f'SELECT {names} FROM "{table}" ORDER BY "{order}"')
            n = 0
            while batch := cur.fetchmany(BATCH):
                rows = [list(r) for r in batch]
                for r in rows:
                    for i in as_bool:
                        r[i] = None if r[i] is None else bool(r[i])
                if dst.is_server:
                    cast(Any, con_out).copy_rows(table, columns, rows)
                else:
                    con_out.executemany(insert, rows)
                n += len(rows)
            counts[table] = n
        if dst.is_server:
            # the next number after the copied ones (ids, undo positions), as SQLite's
            from planner.store.pg_compat import advance_sequences

            advance_sequences(con_out)
        # database-wide settings (the certificate key: issued codes must still check)
        settings = con_in.execute("SELECT name, value FROM app_setting").fetchall()
        con_out.execute("DELETE FROM app_setting")
        con_out.executemany(
            "INSERT INTO app_setting (name, value) VALUES (?, ?)", [list(r) for r in settings]
        )
    return counts

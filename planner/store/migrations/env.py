"""Alembic environment: always run on a connection the planner hands over."""

from __future__ import annotations

from alembic import context

from planner.models import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic` on the command line
    raise SystemExit("run migrations through planner.store.migrate, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()

"""app_setting, holding the random key of certificate codes

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 10:00:00

Certificate codes are an HMAC keyed with a secret of the database. The secret is
made here, once, so a new database and an upgraded one both have it: reports open
the database read-only and could not create it later.
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    setting = op.create_table(
        "app_setting",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    assert setting is not None
    # 32 random bytes, as 64 hex digits; never written to an exchange file
    op.bulk_insert(setting, [{"name": "certificate_key", "value": secrets.token_hex(32)}])


def downgrade() -> None:
    op.drop_table("app_setting")

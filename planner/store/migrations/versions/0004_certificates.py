"""the certificate register, signatories and the maximum excused share

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 00:30:00

The plan gets a signatory (name and title, printed on its certificates) and an
optional maximum excused share for the completion rule; an activity may name its
own signatory. Every certificate issued is recorded in ``certificate``: its
number, person, activity, issue date and code, so that a reprint gives the same
number, date and code, and a revoked certificate says so when it is verified.
New columns are nullable, so rows of older databases upgrade unchanged.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.store.migrations import portable

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        batch.add_column(sa.Column("signatory_name", sa.String(), nullable=True))
        batch.add_column(sa.Column("signatory_title", sa.String(), nullable=True))
        batch.add_column(sa.Column("max_excused_share", sa.String(), nullable=True))
    with op.batch_alter_table("activity") as batch:
        batch.add_column(sa.Column("signatory_name", sa.String(), nullable=True))
        batch.add_column(sa.Column("signatory_title", sa.String(), nullable=True))
    op.create_table(
        "certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "uid", sa.String(), nullable=False, server_default=sa.text(portable.uid_default())
        ),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("revoked_reason", sa.String(), nullable=True),
        sa.CheckConstraint("kind IN ('completion', 'participation')", name="kind_enum"),
        sa.CheckConstraint(
            "(revoked_on IS NULL) = (revoked_reason IS NULL)", name="revoked_with_reason"
        ),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("activity_id", "participant_id"),
        sa.UniqueConstraint("activity_id", "number"),
        sa.UniqueConstraint("code"),
    )
    op.create_index("ix_certificate_uid", "certificate", ["uid"], unique=True)
    op.create_index("ix_certificate_participant_id", "certificate", ["participant_id"])


def downgrade() -> None:
    op.drop_index("ix_certificate_participant_id", "certificate")
    op.drop_index("ix_certificate_uid", "certificate")
    op.drop_table("certificate")
    with op.batch_alter_table("activity") as batch:
        batch.drop_column("signatory_title")
        batch.drop_column("signatory_name")
    with op.batch_alter_table("plan") as batch:
        batch.drop_column("max_excused_share")
        batch.drop_column("signatory_title")
        batch.drop_column("signatory_name")

"""raw_message.after_action_done: the IMAP after-action survives a kill between store and action

Revision ID: 0003_after_action_done
Revises: 0002_digest_claims
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_after_action_done"
down_revision = "0002_digest_claims"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("raw_message", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("after_action_done", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.create_index(
            "ix_raw_message_after_pending",
            ["account", "folder", "after_action_done"],
            unique=False,
        )
    # mail stored before this revision had its after-action run (or lost) by the old code: do not
    # apply it again in bulk on the first poll after the upgrade
    raw_message = sa.table("raw_message", sa.column("after_action_done", sa.Boolean()))
    op.execute(raw_message.update().values(after_action_done=True))


def downgrade() -> None:
    with op.batch_alter_table("raw_message", schema=None) as batch_op:
        batch_op.drop_index("ix_raw_message_after_pending")
        batch_op.drop_column("after_action_done")

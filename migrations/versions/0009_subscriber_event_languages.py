"""subscriber.event_languages: the languages of the events a subscriber wants (empty: all)

Set from the preferences page the digest's footer links to; existing rows get an empty list.

Revision ID: 0009_subscriber_event_languages
Revises: 0007_ops_state
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_subscriber_event_languages"
down_revision = "0007_ops_state"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("subscriber", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("event_languages", sa.JSON(), nullable=False, server_default="[]")
        )


def downgrade() -> None:
    with op.batch_alter_table("subscriber", schema=None) as batch_op:
        batch_op.drop_column("event_languages")

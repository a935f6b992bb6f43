"""event.alternatives and event.ready: ranked choices per field, and P(straight-through right)

``alternatives`` maps a field to up to three ranked choices from extraction (the chosen value
first), for the record page's chips; ``ready`` is the probability that every straight-through
field is right (null for events added by hand or extracted before this revision).

Revision ID: 0010_event_alternatives_ready
Revises: 0009_subscriber_event_languages
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_event_alternatives_ready"
down_revision = "0009_subscriber_event_languages"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("alternatives", sa.JSON(), nullable=False, server_default="{}")
        )
        batch_op.add_column(sa.Column("ready", sa.Float(), nullable=True))
        batch_op.create_index("ix_event_ready", ["ready"])


def downgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_ready")
        batch_op.drop_column("ready")
        batch_op.drop_column("alternatives")

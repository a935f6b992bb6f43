"""ops_state: alert incidents and poll figures kept across daemon restarts

Revision ID: 0007_ops_state
Revises: 0006_acknowledgements
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_ops_state"
down_revision = "0006_acknowledgements"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ops_state",
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_ops_state")),
    )


def downgrade() -> None:
    op.drop_table("ops_state")

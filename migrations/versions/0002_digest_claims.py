"""digest ledger: who claimed a delivery (host:pid), so a crashed sender's claims can be taken over

Revision ID: 0002_digest_claims
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_digest_claims"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("digest_delivery", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claimed_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("digest_delivery", schema=None) as batch_op:
        batch_op.drop_column("claimed_by")

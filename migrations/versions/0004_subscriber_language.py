"""subscriber.language nullable, no default: NULL means "the configured digest.language"

Before, every subscriber got "en" when no language was given, so a digest configured in French or
Spanish still went out in English. Rows keep their stored value (an explicit "en" cannot be told
from the old default); `unmignet subscribers add ADDRESS --language default` resets one to NULL.

Revision ID: 0004_subscriber_language
Revises: 0003_after_action_done
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_subscriber_language"
down_revision = "0003_after_action_done"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("subscriber", schema=None) as batch_op:
        batch_op.alter_column("language", existing_type=sa.String(length=8), nullable=True)


def downgrade() -> None:
    subscriber = sa.table("subscriber", sa.column("language", sa.String(length=8)))
    op.execute(subscriber.update().where(subscriber.c.language.is_(None)).values(language="en"))
    with op.batch_alter_table("subscriber", schema=None) as batch_op:
        batch_op.alter_column("language", existing_type=sa.String(length=8), nullable=False)

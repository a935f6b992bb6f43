"""app_user.session_generation: a deactivation (or a new password) ends the account's sessions
for good

Before, a session was checked against ``active`` and a stamp of the password hash only, so
reactivating an account revived the browser sessions it had before its deactivation (up to the
12-hour session lifetime). A session now carries the generation it signed in under and is refused
once the account's generation has moved on. Existing rows start at 0; sessions signed before this
revision carry no generation and have to sign in again.

Revision ID: 0005_user_session_generation
Revises: 0004_subscriber_language
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_user_session_generation"
down_revision = "0004_subscriber_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("session_generation", sa.Integer(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("session_generation")

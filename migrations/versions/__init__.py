"""Alembic migration scripts (one revision a file)."""

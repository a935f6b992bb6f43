"""Logging for operators: text or JSON lines, each line of a message's life tagged with its id,
and the configured secrets masked. A leaf module (standard library only): every package may
import ``message_context``.

- ``with message_context(42): ...`` tags every record logged inside (in this thread or context)
  with ``message_id=42``: storing (ingest.poll), extraction (unmignet.processing), failures.
- ``configure(fmt, level, secrets)``: one stderr handler; ``json`` writes one object a line
  (``time``, ``level``, ``logger``, ``message``, ``message_id`` when set, ``exception``) for
  journald, Loki or Elastic; ``text`` is the classic line with ``[message 42]`` appended.
- The values of the environment variables the config names for secrets are replaced with
  ``***`` in every line, the traceback included: defence in depth, as no code logs them.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

FORMATS = ("text", "json")
TEXT = "%(asctime)s %(levelname)s %(name)s: %(message)s%(message_tag)s"
MASK = "***"

current_message: ContextVar[int | None] = ContextVar("unmignet_message_id", default=None)


@contextmanager
def message_context(message_id: int) -> Iterator[None]:
    """Tag every record logged inside with ``message_id``."""
    token = current_message.set(message_id)
    try:
        yield
    finally:
        current_message.reset(token)


class ContextFilter(logging.Filter):
    """Adds ``message_id`` (or None) and ``message_tag`` (text form) to every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        given = getattr(record, "message_id", None)
        message_id = given if given is not None else current_message.get()
        record.message_id = message_id
        record.message_tag = f" [message {message_id}]" if message_id is not None else ""
        return True


class _Masking(logging.Formatter):
    def __init__(self, secrets: Iterable[str], fmt: str | None = None) -> None:
        super().__init__(fmt)
        # longest first, so a secret that contains another is masked whole
        self.secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def mask(self, text: str) -> str:
        for value in self.secrets:
            text = text.replace(value, MASK)
        return text


class TextFormatter(_Masking):
    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__(secrets, TEXT)

    def format(self, record: logging.LogRecord) -> str:
        return self.mask(super().format(record))


class JsonFormatter(_Masking):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": self.mask(record.getMessage()),
        }
        message_id = getattr(record, "message_id", None)
        if message_id is not None:
            entry["message_id"] = message_id
        if record.exc_info:
            entry["exception"] = self.mask(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


def secret_values(env_names: Iterable[str | None]) -> list[str]:
    """The current values of the named environment variables (those that are set)."""
    return [value for name in env_names if name and (value := os.environ.get(name))]


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a record comes (test runners swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def configure(fmt: str, level: int, secrets: Iterable[str] = ()) -> logging.Handler:
    """Install one stderr handler in ``fmt`` on the root logger, replacing an earlier one."""
    handler = StderrHandler()
    values = list(secrets)
    handler.setFormatter(JsonFormatter(values) if fmt == "json" else TextFormatter(values))
    handler.addFilter(ContextFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        if isinstance(old, StderrHandler):
            root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    return handler

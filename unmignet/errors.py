"""The exceptions unmignet raises. A leaf module: every package may import it, it imports nothing.

    UnmignetError                 root: catch this at the edges (CLI, web, poll loop)
     ├── ConfigError              the configuration file or environment is wrong (names the key)
     ├── MailboxError             a mailbox (IMAP server, Maildir, folder) failed
     │    └── AuthError           a login or OAuth token request was refused
     ├── ParseError               a message or attachment could not be parsed
     ├── ExtractionError          extraction failed on a parsed message
     ├── StoreError               the database refused an operation
     ├── ReviewError              a review action is not allowed (bad state, bad value)
     └── DeliveryError            sending a digest failed
          └── PermanentDeliveryError   the recipient will never accept it (5xx)

Third-party errors are wrapped at the boundary (``raise MailboxError(...) from err``) and
translated only at the edges: the CLI prints one line and exits non-zero; the web app answers with
an HTTP status; the poll loop logs, records the failure on the message and goes on.
"""

from __future__ import annotations


class UnmignetError(Exception):
    """Root of every error unmignet raises on purpose."""


class ConfigError(UnmignetError):
    """The configuration is invalid; the message names the key and what is wrong."""


class MailboxError(UnmignetError):
    """A mailbox operation failed (network, protocol, missing folder)."""


class AuthError(MailboxError):
    """Authentication was refused or a token could not be obtained."""


class ParseError(UnmignetError):
    """A message or an attachment could not be parsed."""


class ExtractionError(UnmignetError):
    """Extraction failed on a parsed message."""


class StoreError(UnmignetError):
    """The database refused an operation."""


class ReviewError(UnmignetError):
    """A review action is not allowed or a value does not validate."""


class DeliveryError(UnmignetError):
    """Sending mail failed; the attempt may be retried."""


class PermanentDeliveryError(DeliveryError):
    """The server refused the recipient for good (5xx); do not retry."""

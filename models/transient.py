"""Which database errors are transient: worth a pause and another try, never a verdict.

A connection the server closed (``pg_terminate_backend``, a restart, a network cut), a lock or
statement timeout, a deadlock or serialization failure, SQLite's "database is locked": the same
work succeeds later. Anything else (a constraint, a bug) is not transient.
"""

from __future__ import annotations

from sqlalchemy import exc

_TRANSIENT = (exc.OperationalError, exc.InterfaceError, exc.DisconnectionError, exc.TimeoutError)


def is_transient(err: BaseException) -> bool:
    """True for a database error that another try, after a pause, may not meet again."""
    if isinstance(err, exc.DBAPIError) and err.connection_invalidated:
        return True
    return isinstance(err, _TRANSIENT)

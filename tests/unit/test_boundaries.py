"""Architecture rules that keep the core pure."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IO_MODULES = {
    "imapclient",
    "imaplib",
    "smtplib",
    "socket",
    "sqlalchemy",
    "flask",
    "requests",
    "httpx",
    "urllib.request",
    "http.client",
    "aiosmtpd",
    "msal",
    "apscheduler",
    "models",
    "ingest",
    "review",
    "digest",
    "subprocess",
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_parsers_import_no_io_library() -> None:
    """parsers/ is a pure core: no network, database, web or mailbox library is imported."""
    offenders = {}
    for path in sorted((ROOT / "parsers").rglob("*.py")):
        bad = {
            name
            for name in imported_modules(path)
            if any(name == m or name.startswith(m + ".") for m in IO_MODULES)
        }
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


def test_only_ingest_imap_imports_imapclient() -> None:
    """imapclient is confined to one module, so the mailbox interface stays the only contract."""
    users = [
        str(p.relative_to(ROOT))
        for pkg in ("unmignet", "ingest", "parsers", "models", "digest", "review")
        for p in (ROOT / pkg).rglob("*.py")
        if any(n == "imapclient" or n.startswith("imapclient.") for n in imported_modules(p))
    ]
    assert users in ([], ["ingest/imap.py"])


def test_only_parsers_mime_imports_mailparser() -> None:
    """mail-parser's dynamic attributes are turned into typed objects in one place."""
    users = [
        str(p.relative_to(ROOT))
        for pkg in ("unmignet", "ingest", "parsers", "models", "digest", "review")
        for p in (ROOT / pkg).rglob("*.py")
        if any(n == "mailparser" or n.startswith("mailparser.") for n in imported_modules(p))
    ]
    assert users == ["parsers/mime.py"]

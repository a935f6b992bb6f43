"""axe-core in a playwright page: the script comes from the folder ``scripts/provision.sh``
installs it into (``UNMIGNET_AXE_DIR``, else ``~/.cache/unmignet/axe-core``); nothing is fetched
while the tests run."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

BLOCKING = ("serious", "critical")


def axe_script() -> Path:
    """The installed ``axe.min.js``; when it is missing, skips the test naming the fix (fails in
    CI)."""
    default = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "unmignet"
    folder = Path(os.environ.get("UNMIGNET_AXE_DIR") or default / "axe-core")
    script = folder / "node_modules" / "axe-core" / "axe.min.js"
    if not script.is_file():
        message = f"axe-core not installed at {folder}: run scripts/provision.sh"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)  # CI must run the accessibility checks, never skip them
        pytest.skip(message)
    return script


def violations(page: Page) -> list[dict[str, Any]]:
    """Every axe-core violation on the page (WCAG 2.1 A and AA rules and best practices)."""
    page.add_script_tag(path=str(axe_script()))
    found: list[dict[str, Any]] = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return found


def blocking(found: list[dict[str, Any]]) -> list[str]:
    """The serious and critical ones, as "rule: first node" lines for an assertion message."""
    return [
        f"{v['id']} ({v['impact']}): {v['nodes'][0]['html'][:160] if v['nodes'] else ''}"
        for v in found
        if v.get("impact") in BLOCKING
    ]

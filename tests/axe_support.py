"""axe-core in a playwright page, for the accessibility checks of the review app and the digest.

The script comes from the folder ``scripts/provision.sh`` installs it into with npm
(``UNMIGNET_AXE_DIR``, else ``~/.cache/unmignet/axe-core``); nothing is fetched while the tests
run. Missing, the check is skipped on a developer's machine and fails in CI (``CI=true``), where
provisioning must have installed it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

BLOCKING = ("serious", "critical")
WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_script() -> Path:
    """The installed ``axe.min.js``; skips (fails in CI) naming the fix when it is missing."""
    default = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "unmignet"
    folder = Path(os.environ.get("UNMIGNET_AXE_DIR") or default / "axe-core")
    script = folder / "node_modules" / "axe-core" / "axe.min.js"
    if not script.is_file():
        message = f"axe-core not installed at {folder}: run scripts/provision.sh"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return script


def wcag_violations(page: Page) -> list[dict[str, Any]]:
    """Every WCAG 2.1 A/AA violation axe-core finds on the page as it is now. Fails if axe
    checked nothing (a page it could not read would otherwise pass)."""
    return _run(page, {"runOnly": {"type": "tag", "values": WCAG21_AA}})


def violations(page: Page) -> list[dict[str, Any]]:
    """Every violation of any axe-core rule (WCAG 2.1 A and AA and best practices) on the page."""
    return _run(page, {})


def _run(page: Page, options: dict[str, Any]) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(axe_script()))
    result: dict[str, Any] = page.evaluate(
        "async (options) => { const r = await axe.run(document, options);"
        " return {violations: r.violations, passes: r.passes.length}; }",
        options,
    )
    assert result["passes"] > 0, f"axe-core checked nothing on {page.url}"
    found: list[dict[str, Any]] = result["violations"]
    return found


def blocking(found: list[dict[str, Any]]) -> list[str]:
    """The serious and critical ones, as "rule (impact): first node" lines for a message."""
    return [
        f"{v['id']} ({v['impact']}): {v['nodes'][0]['html'][:160] if v['nodes'] else ''}"
        for v in found
        if v.get("impact") in BLOCKING
    ]

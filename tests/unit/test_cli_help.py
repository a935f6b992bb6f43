"""Every command documents itself with an example (sqlite-utils' test_docs idea)."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from unmignet.cli import main


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix]
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        if isinstance(command, click.Group):
            found.extend(all_commands(command, (*prefix, name)))
        else:
            found.append((*prefix, name))
    return found


@pytest.mark.parametrize("path", all_commands(main), ids=lambda p: " ".join(p) or "unmignet")
def test_every_command_has_help_with_an_example(path: tuple[str, ...]) -> None:
    """`unmignet ... --help` exits 0 and shows an "Example" line."""
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_the_expected_commands_exist() -> None:
    """The commands the README promises are all there."""
    names = {" ".join(p) for p in all_commands(main)}
    for expected in ("init", "poll", "extract", "reprocess", "events", "run", "demo"):
        assert expected in names

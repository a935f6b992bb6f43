"""The web section's session lifetimes: defaults, and refusal of values that cannot work."""

from __future__ import annotations

import pytest

from unmignet.config import config_from_mapping
from unmignet.errors import ConfigError


def test_session_lifetimes_default_to_twelve_hours_idle_and_a_week_in_all() -> None:
    """Without the keys, a session ends 12 hours after its last request or 168 after sign-in."""
    web = config_from_mapping({}).web
    assert (web.session_idle_hours, web.session_max_hours) == (12.0, 168.0)


@pytest.mark.parametrize(
    ("key", "value"),
    [("session_idle_hours", 0), ("session_max_hours", -1.0), ("trusted_proxies", -1)],
)
def test_impossible_web_values_are_refused_naming_the_key(key: str, value: float) -> None:
    """Zero or negative lifetimes and a negative proxy count are configuration errors."""
    with pytest.raises(ConfigError, match=f"web.{key}"):
        config_from_mapping({"web": {key: value}})

"""Configuration loading: the example file, defaults, and errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from unmignet.config import Config, config_from_mapping, load_config, secret
from unmignet.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]


def test_example_config_loads_and_documents_every_key() -> None:
    """config.example.toml loads, and every key of every section appears in it."""
    config = load_config(ROOT / "config.example.toml")
    assert config.accounts[0].name == "unmignet"
    assert config.smtp.sender.startswith("UN Network on Migration")
    text = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    for section in ("database", "poll", "extract", "smtp", "digest", "web", "inbox"):
        cls = type(getattr(Config(), section))
        for key in cls.__dataclass_fields__:
            shown = "from" if (section, key) == ("smtp", "sender") else key
            assert f"{shown} =" in text, f"{section}.{key} is not documented"


def test_defaults_without_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """No path and no UNMIGNET_CONFIG gives the embedded defaults (SQLite, no accounts)."""
    monkeypatch.delenv("UNMIGNET_CONFIG", raising=False)
    config = load_config(None)
    assert config.database.url == "sqlite:///unmignet.db"
    assert config.accounts == ()


def test_env_var_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """UNMIGNET_CONFIG is used when no path is given."""
    file = tmp_path / "c.toml"
    file.write_text('[database]\nurl = "sqlite:///x.db"\n', encoding="utf-8")
    monkeypatch.setenv("UNMIGNET_CONFIG", str(file))
    assert load_config(None).database.url == "sqlite:///x.db"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"database": {"uri": "x"}}, "database.uri: unknown key"),
        ({"poll": {"batch_size": "ten"}}, "poll.batch_size: must be a int"),
        ({"nonsense": {}}, "unknown section(s) nonsense"),
        ({"digest": {"timezone": "Mars/Olympus"}}, "digest.timezone"),
        (
            {
                "accounts": [
                    {"name": "a", "host": "imap.example.org", "username": "u", "security": "plain"}
                ]
            },
            "accounts[0].security: plain is allowed only to a loopback host",
        ),
        ({"accounts": [{"name": "a", "username": "u"}]}, "accounts[0]: missing required key"),
        (
            {"accounts": [{"name": "a", "host": "h", "username": "u", "after": "move:"}]},
            "accounts[0].after",
        ),
        ({"smtp": {"port": 70000}}, "smtp.port: 70000 is not a TCP port"),
    ],
)
def test_bad_config_names_the_key(data: dict[str, object], message: str) -> None:
    """Each invalid value raises ConfigError naming the key and the problem."""
    with pytest.raises(ConfigError) as info:
        config_from_mapping(data)
    assert message in str(info.value)


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    """A syntax error in the file is reported as a ConfigError with the file name."""
    file = tmp_path / "bad.toml"
    file.write_text("[database\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(file)


def test_secret_comes_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Secrets are read from the named variable; a missing one is a clear ConfigError."""
    monkeypatch.setenv("UNMIGNET_TEST_SECRET", "s3cret")
    assert secret("UNMIGNET_TEST_SECRET", what="imap") == "s3cret"
    monkeypatch.delenv("UNMIGNET_TEST_SECRET")
    with pytest.raises(ConfigError, match="UNMIGNET_TEST_SECRET is not set"):
        secret("UNMIGNET_TEST_SECRET", what="imap")

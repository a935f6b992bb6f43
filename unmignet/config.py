"""Configuration: read once from TOML into frozen, typed objects that are passed down explicitly.

``load_config(path)`` reads a file; ``load_config(None)`` gives the embedded defaults (SQLite in the
working directory, the bundled demo inbox). Secrets never live in the file: the file names the
environment variable that holds each one (``password_env = "UNMIGNET_IMAP_PASSWORD"``) and
``secret()`` reads it when it is needed. Every validation error names the key and what is wrong.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from unmignet.errors import ConfigError

CONFIG_ENV = "UNMIGNET_CONFIG"
SECURITY_MODES = ("tls", "starttls", "plain")
IMAP_AUTH = ("password", "xoauth2-ms365", "xoauth2-refresh")
SMTP_AUTH = ("password", "xoauth2-ms365", "xoauth2-refresh", "none")
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True, slots=True)
class DatabaseConfig:
    url: str = "sqlite:///unmignet.db"
    echo: bool = False


@dataclass(frozen=True, slots=True)
class AccountConfig:
    """One IMAP account. ``after`` is ``none``, ``seen``, ``keyword:NAME`` or ``move:FOLDER``."""

    name: str
    host: str
    username: str
    port: int = 993
    security: str = "tls"
    auth: str = "password"
    password_env: str = "UNMIGNET_IMAP_PASSWORD"
    folders: tuple[str, ...] = ("INBOX",)
    after: str = "none"
    ca_file: str | None = None
    timeout_seconds: float = 60.0
    idle: bool = True
    # OAuth 2.0 (xoauth2-ms365: client credentials through MSAL; xoauth2-refresh: refresh token)
    tenant_id: str | None = None
    client_id: str | None = None
    client_secret_env: str | None = None
    client_certificate_env: str | None = None
    refresh_token_env: str | None = None
    token_url: str | None = None
    scope: str = "https://outlook.office365.com/.default"
    client_secret_expires: str | None = None  # YYYY-MM-DD from the app registration: alerts


@dataclass(frozen=True, slots=True)
class InboxConfig:
    """A local mailbox source: a folder of .eml files or a Maildir. Empty path: the demo inbox."""

    path: str = ""
    name: str = "local"


@dataclass(frozen=True, slots=True)
class PollConfig:
    interval_minutes: float = 5.0
    batch_size: int = 200
    max_message_bytes: int = 25 * 1024 * 1024
    process_batch_size: int = 50


@dataclass(frozen=True, slots=True)
class ExtractConfig:
    use_ner: bool = True
    default_country: str | None = None


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    host: str = "localhost"
    port: int = 587
    security: str = "starttls"
    username: str | None = None
    auth: str = "password"
    password_env: str = "UNMIGNET_SMTP_PASSWORD"
    sender: str = "UN Network on Migration <unmignet@iom.int>"
    reply_to: str | None = None
    ca_file: str | None = None
    timeout_seconds: float = 30.0
    rate_per_minute: int = 120
    max_attempts: int = 5
    tenant_id: str | None = None
    client_id: str | None = None
    client_secret_env: str | None = None
    client_certificate_env: str | None = None
    refresh_token_env: str | None = None
    token_url: str | None = None
    scope: str = "https://outlook.office365.com/.default"


@dataclass(frozen=True, slots=True)
class DigestConfig:
    day_of_week: str = "mon"
    hour: int = 8
    minute: int = 0
    timezone: str = "Europe/Zurich"  # Geneva keeps Zurich's clock
    window_days: int = 28
    language: str = "en"
    templates_dir: str | None = None
    preview_dir: str = "digest-preview"
    empty_week_note: bool = False
    title: str = "UN Network on Migration: events this month"
    # mail every active reviewer once when a later mail cancels or postpones an approved event
    notify_cancellations: bool = False


@dataclass(frozen=True, slots=True)
class WebConfig:
    host: str = "127.0.0.1"
    port: int = 8080
    base_url: str = "http://127.0.0.1:8080"
    secret_key_env: str = "UNMIGNET_SECRET_KEY"
    trusted_proxies: int = 0
    start_with_scheduler: bool = False
    # a session ends after this long without a request, and this long after sign-in at the latest
    session_idle_hours: float = 12.0
    session_max_hours: float = 168.0
    metrics_token_env: str | None = None  # /metrics wants this bearer token (else loopback only)


@dataclass(frozen=True, slots=True)
class AlertsConfig:
    """Mail to the admins (active admin users, plus ``recipients``) once per incident."""

    recipients: tuple[str, ...] = ()
    poll_failures: int = 3  # failed polls in a row of one account
    token_expiry_days: float = 7.0  # an OAuth token (or its secret) expiring within this
    extraction_failures: int = 10  # messages whose extraction failed, at least this many


@dataclass(frozen=True, slots=True)
class LoggingConfig:
    format: str = "text"  # text | json (one JSON object a line, for log collectors)
    level: str = "warning"


@dataclass(frozen=True, slots=True)
class AcknowledgeConfig:
    """Replies to partners who announce events (digest.acknowledge); off unless enabled."""

    enabled: bool = False
    listed_notice: bool = False  # a second mail when the secretariat approves the event
    opt_out: tuple[str, ...] = ()  # addresses (a@b.org) or domains (b.org) never answered
    max_age_days: int = 7  # older mail (Date header) is not answered, so backfills stay quiet
    reply_to: str | None = None  # where corrections go; None: smtp.sender (the polled inbox)
    event_url: str = ""  # public page of an event, e.g. "https://example.org/events/{id}"

    def __post_init__(self) -> None:
        if self.max_age_days < 0:
            raise ConfigError("acknowledge.max_age_days: must be 0 (no limit) or more")


@dataclass(frozen=True, slots=True)
class ReviewConfig:
    """Triage by ``event.ready`` (P(every straight-through field right)); docs/review.md."""

    ready_lane: float = 0.9  # the "Ready" lane lists events needing review at or above this
    uncertain_below: float = 0.7  # the record page marks fields whose confidence is below this
    auto_approve_ready: float | None = None  # opt-in: approve at or above this after extraction

    def __post_init__(self) -> None:
        for key in ("ready_lane", "uncertain_below", "auto_approve_ready"):
            value = getattr(self, key)
            if value is not None and not 0.0 <= value <= 1.0:
                raise ConfigError(f"review.{key}: must be between 0 and 1")


@dataclass(frozen=True, slots=True)
class Config:
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    accounts: tuple[AccountConfig, ...] = ()
    inbox: InboxConfig = field(default_factory=InboxConfig)
    poll: PollConfig = field(default_factory=PollConfig)
    extract: ExtractConfig = field(default_factory=ExtractConfig)
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    digest: DigestConfig = field(default_factory=DigestConfig)
    web: WebConfig = field(default_factory=WebConfig)
    alerts: AlertsConfig = field(default_factory=AlertsConfig)
    logging: LoggingConfig = field(default_factory=LoggingConfig)
    acknowledge: AcknowledgeConfig = field(default_factory=AcknowledgeConfig)
    review: ReviewConfig = field(default_factory=ReviewConfig)
    source: str = "<defaults>"


def secret(env_name: str | None, *, what: str) -> str:
    """Read a secret from the environment variable the config names; never from a file."""
    if not env_name:
        raise ConfigError(f"{what}: no environment variable is configured for the secret")
    value = os.environ.get(env_name)
    if not value:
        raise ConfigError(f"{what}: environment variable {env_name} is not set")
    return value


def secret_env_names(config: Config) -> list[str]:
    """Every environment variable the config names for a secret (masked in the logs)."""
    names: list[str | None] = [config.web.secret_key_env, config.web.metrics_token_env]
    sources: list[AccountConfig | SmtpConfig] = [*config.accounts, config.smtp]
    for source in sources:
        names += [source.password_env, source.client_secret_env, source.client_certificate_env]
        names.append(source.refresh_token_env)
    return [name for name in names if name]


# --- loading ---------------------------------------------------------------------------------


def load_config(path: str | Path | None = None) -> Config:
    """Load ``path``, else ``$UNMIGNET_CONFIG``, else the embedded defaults."""
    chosen = path if path is not None else os.environ.get(CONFIG_ENV) or None
    if chosen is None:
        return Config()
    file = Path(chosen)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ConfigError(f"config file {file} does not exist") from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"config file {file} is not valid TOML: {err}") from err
    return config_from_mapping(data, source=str(file))


_SECTIONS: dict[str, type[Any]] = {
    "database": DatabaseConfig,
    "inbox": InboxConfig,
    "poll": PollConfig,
    "extract": ExtractConfig,
    "smtp": SmtpConfig,
    "digest": DigestConfig,
    "web": WebConfig,
    "alerts": AlertsConfig,
    "logging": LoggingConfig,
    "acknowledge": AcknowledgeConfig,
    "review": ReviewConfig,
}
_RENAMED = {("smtp", "from"): "sender"}


def config_from_mapping(data: Mapping[str, Any], *, source: str = "<mapping>") -> Config:
    unknown = set(data) - set(_SECTIONS) - {"accounts"}
    if unknown:
        raise ConfigError(f"{source}: unknown section(s) {', '.join(sorted(unknown))}")
    sections = {name: _build(name, cls, data.get(name, {})) for name, cls in _SECTIONS.items()}
    raw_accounts = data.get("accounts", [])
    if not isinstance(raw_accounts, list):
        raise ConfigError("accounts: must be an array of tables ([[accounts]])")
    accounts = tuple(
        _build(f"accounts[{i}]", AccountConfig, item) for i, item in enumerate(raw_accounts)
    )
    config = Config(accounts=accounts, source=source, **sections)
    validate(config)
    return config


def _build(section: str, cls: type[Any], raw: Any) -> Any:
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{section}: must be a table")
    fields = cls.__dataclass_fields__
    kwargs: dict[str, Any] = {}
    for key, value in raw.items():
        name = _RENAMED.get((section, str(key)), str(key))
        if name not in fields:
            raise ConfigError(f"{section}.{key}: unknown key")
        kwargs[name] = _coerce(f"{section}.{key}", fields[name].type, value)
    try:
        return cls(**kwargs)
    except TypeError as err:
        missing = str(err).split("argument")[-1].strip(": ")
        raise ConfigError(f"{section}: missing required key {missing}") from err


def _coerce(key: str, annotation: Any, value: Any) -> Any:
    kind = str(annotation)
    checks: list[tuple[str, type | tuple[type, ...]]] = [
        ("bool", bool),
        ("int", int),
        ("float", (int, float)),
        ("str", str),
    ]
    if kind.startswith("tuple"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{key}: must be a list of strings")
        return tuple(value)
    for name, expected in checks:
        if kind.startswith(name):
            if value is None and "None" in kind:
                return None
            if not isinstance(value, expected) or (name != "bool" and isinstance(value, bool)):
                raise ConfigError(f"{key}: must be a {name}, got {type(value).__name__}")
            return float(str(value)) if name == "float" else value
    return value


def validate(config: Config) -> None:
    """Cross-field checks; each error names the key."""
    names = [a.name for a in config.accounts]
    if len(names) != len(set(names)):
        raise ConfigError("accounts.name: account names must be unique")
    for i, account in enumerate(config.accounts):
        _validate_account(f"accounts[{i}]", account)
    _validate_transport("smtp", config.smtp.security, config.smtp.host, config.smtp.port)
    if config.smtp.auth not in SMTP_AUTH:
        raise ConfigError(f"smtp.auth: must be one of {', '.join(SMTP_AUTH)}")
    try:
        ZoneInfo(config.digest.timezone)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise ConfigError(f"digest.timezone: unknown IANA zone {config.digest.timezone!r}") from err
    if config.digest.day_of_week not in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        raise ConfigError("digest.day_of_week: must be mon, tue, wed, thu, fri, sat or sun")
    if not 0 <= config.digest.hour <= 23 or not 0 <= config.digest.minute <= 59:
        raise ConfigError("digest.hour/minute: out of range")
    if config.digest.language not in ("en", "fr", "es"):
        raise ConfigError("digest.language: must be en, fr or es")
    if config.poll.interval_minutes <= 0:
        raise ConfigError("poll.interval_minutes: must be positive")
    if config.poll.batch_size < 1 or config.poll.process_batch_size < 1:
        raise ConfigError("poll.batch_size: must be at least 1")
    _validate_web(config.web)
    _validate_ops(config)


def _validate_web(web: WebConfig) -> None:
    if web.trusted_proxies < 0:
        raise ConfigError("web.trusted_proxies: must be 0 or more")
    for key in ("session_idle_hours", "session_max_hours"):
        if getattr(web, key) <= 0:
            raise ConfigError(f"web.{key}: must be positive")


def _validate_ops(config: Config) -> None:
    if config.logging.format not in ("text", "json"):
        raise ConfigError("logging.format: must be text or json")
    if config.logging.level not in ("debug", "info", "warning", "error"):
        raise ConfigError("logging.level: must be debug, info, warning or error")
    if config.alerts.poll_failures < 1 or config.alerts.extraction_failures < 1:
        raise ConfigError("alerts.poll_failures/extraction_failures: must be at least 1")


def _validate_account(key: str, account: AccountConfig) -> None:
    _validate_transport(key, account.security, account.host, account.port)
    if account.auth not in IMAP_AUTH:
        raise ConfigError(f"{key}.auth: must be one of {', '.join(IMAP_AUTH)}")
    after = account.after
    if not (after in ("none", "seen") or after.startswith(("keyword:", "move:"))):
        raise ConfigError(f"{key}.after: must be none, seen, keyword:NAME or move:FOLDER")
    if after.partition(":")[2] == "" and ":" in after:
        raise ConfigError(f"{key}.after: {after!r} needs a name after the colon")
    if not account.folders:
        raise ConfigError(f"{key}.folders: at least one folder is needed")
    _validate_expiry(key, account.client_secret_expires)


def _validate_expiry(key: str, value: str | None) -> None:
    try:
        if value is not None:
            date.fromisoformat(value)
    except ValueError as err:
        raise ConfigError(f"{key}.client_secret_expires: must be a date YYYY-MM-DD") from err


def _validate_transport(key: str, security: str, host: str, port: int) -> None:
    if security not in SECURITY_MODES:
        raise ConfigError(f"{key}.security: must be one of {', '.join(SECURITY_MODES)}")
    if security == "plain" and host not in LOOPBACK_HOSTS and not host.startswith("127."):
        raise ConfigError(f"{key}.security: plain is allowed only to a loopback host, not {host!r}")
    if not 0 < port < 65536:
        raise ConfigError(f"{key}.port: {port} is not a TCP port")

"""Digest test support, its fixtures re-exported by conftest.py: a real SMTP server (aiosmtpd)
in the test process, TLS certificates made at test time, a config pointing at both, and helpers
that write approved events and subscribers."""

from __future__ import annotations

import asyncio
import datetime as dt
import errno
import ipaddress
import itertools
import socket
import ssl
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from models.base import utcnow
from models.digest import ACTIVE, Subscriber
from models.event import APPROVED, Event
from unmignet.app import App
from unmignet.config import Config, DatabaseConfig, DigestConfig, SmtpConfig, WebConfig

SECRET_ENV = "UNMIGNET_TEST_DIGEST_SECRET"
SECRET = "a-test-secret-key-of-enough-length"
MONDAY = date(2026, 12, 7)  # ISO week 2026-W50
WEEK = "2026-W50"


def free_port() -> int:
    """A loopback port free right now; released before the server binds it, so servers start
    through ``start_on_free_port``, which retries with another port if it was taken meanwhile."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_on_free_port(
    make: Callable[[int], Controller], *, ports: Iterable[int] = (), attempts: int = 5
) -> Controller:
    """``make(port).start()`` on a free port, retried on "address already in use" with another
    port; ``ports`` are tried first (a test passes a taken one)."""
    candidates = itertools.chain(ports, (free_port() for _ in range(attempts)))
    for _, port in zip(range(attempts), candidates, strict=False):
        controller = make(port)
        try:
            controller.start()
        except OSError as err:
            if err.errno != errno.EADDRINUSE:
                raise
            continue
        return controller
    raise OSError(errno.EADDRINUSE, f"no free loopback port after {attempts} attempts")


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Recorder:
    """An aiosmtpd handler that keeps every accepted message; rules can refuse recipients."""

    received: list[Received] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # address -> SMTP reply for RCPT
    temp_failures: dict[str, int] = field(default_factory=dict)  # address -> 4xx answers left
    hold_after: int | None = None  # stall (never answer) DATA once this many were accepted
    holding: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(
        self, server: Any, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return self.refuse[address]
        left = self.temp_failures.get(address, 0)
        if left:
            self.temp_failures[address] = left - 1
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        if self.hold_after is not None and len(self.received) >= self.hold_after:
            self.holding.set()
            await asyncio.sleep(3600)  # the sender is killed while it waits for our answer
        data = envelope.original_content or b""
        with self.lock:
            self.received.append(Received(envelope.mail_from or "", list(envelope.rcpt_tos), data))
        return "250 2.0.0 queued"

    def to(self, address: str) -> list[Received]:
        return [r for r in self.received if address in r.rcpt_tos]


@dataclass
class SmtpServer:
    host: str
    port: int
    handler: Recorder
    controller: Controller


class Authenticator:
    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user.encode(), password.encode()

    def __call__(
        self, server: Any, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
            self.user,
            self.password,
        )
        return AuthResult(success=ok, handled=False)


def start_server(handler: Recorder, *, ports: Iterable[int] = (), **kwargs: Any) -> SmtpServer:
    controller = start_on_free_port(
        lambda port: Controller(handler, hostname="127.0.0.1", port=port, **kwargs), ports=ports
    )
    return SmtpServer("127.0.0.1", controller.port, handler, controller)


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A plain SMTP server on a free loopback port, without authentication."""
    server = start_server(Recorder())
    yield server
    server.handler.holding.set()
    server.controller.stop()


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for localhost / 127.0.0.1, made now; (cert, key) paths."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    san = x509.SubjectAlternativeName(
        [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(san, critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def server_tls_context(tls_files: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(tls_files[0]), str(tls_files[1]))
    return context


@pytest.fixture(autouse=True)
def digest_secret(monkeypatch: pytest.MonkeyPatch) -> str:
    """The web secret key that signs unsubscribe links, from the environment as in production."""
    monkeypatch.setenv(SECRET_ENV, SECRET)
    return SECRET


def make_config(db_url: str, server: SmtpServer | None = None, **smtp: Any) -> Config:
    base = SmtpConfig(
        host="127.0.0.1",
        port=server.port if server else 2525,
        security="plain",
        auth="none",
        sender="UN Network on Migration <digest@unmignet.example.org>",
        reply_to="secretariat@unmignet.example.org",
        rate_per_minute=0,
        max_attempts=3,
        timeout_seconds=10.0,
    )
    return Config(
        database=DatabaseConfig(url=db_url),
        smtp=replace(base, **smtp),
        digest=DigestConfig(window_days=28),
        web=WebConfig(base_url="https://events.example.org", secret_key_env=SECRET_ENV),
    )


@pytest.fixture
def digest_app(db_url: str, smtp_server: SmtpServer) -> Iterator[App]:
    """An App on the parametrised database (SQLite, PostgreSQL) sending to ``smtp_server``."""
    application = App(make_config(db_url, smtp_server))
    yield application
    application.engine.dispose()


def add_event(sessions: sessionmaker[DbSession], **values: Any) -> int:
    """An approved event (unless ``review_state`` says otherwise); returns its id."""
    defaults: dict[str, Any] = {
        "title": "Dialogue on labour mobility",
        "start_date": MONDAY + timedelta(days=2),
        "start_time": "10:00",
        "end_time": "12:00",
        "timezone": "Europe/Zurich",
        "city": "Geneva",
        "country": "CH",
        "organizer": "Migration Partners Forum",
        "registration_url": "https://forum.example.org/register",
        "event_type": "policy_dialogue",
        "review_state": APPROVED,
        "reviewed_at": utcnow(),
    }
    with sessions.begin() as session:
        event = Event(**{**defaults, **values})
        session.add(event)
        session.flush()
        return int(event.id)


def add_subscribers(sessions: sessionmaker[DbSession], count: int, **values: Any) -> list[str]:
    emails = [f"reader{i:04d}@partners.example.org" for i in range(count)]
    with sessions.begin() as session:
        for email in emails:
            defaults: dict[str, Any] = {"regions": [], "event_types": [], "state": ACTIVE}
            session.add(Subscriber(email=email, **{**defaults, **values}))
    return emails


def write_config(path: Path, db_url: str, server: SmtpServer) -> Path:
    """A TOML config for a `unmignet` subprocess: this database, this SMTP server."""
    path.write_text(
        f"""
[database]
url = "{db_url}"

[smtp]
host = "127.0.0.1"
port = {server.port}
security = "plain"
auth = "none"
from = "UN Network on Migration <digest@unmignet.example.org>"
rate_per_minute = 0
timeout_seconds = 30.0

[web]
base_url = "https://events.example.org"
secret_key_env = "{SECRET_ENV}"
""",
        encoding="utf-8",
    )
    return path

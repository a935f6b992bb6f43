"""Sending mail: the only module that imports smtplib.

``SmtpSender`` keeps one connection open for a run and sends one message at a time:

- security ``tls`` (implicit TLS, port 465), ``starttls`` (port 587; refuses to go on in clear if
  the server does not offer STARTTLS) or ``plain`` (loopback only, enforced by the config);
  certificates verified with the system store or ``smtp.ca_file``;
- credentials: ``auth = "password"`` reads ``smtp.password_env``; ``xoauth2-*`` asks a token
  provider (a callable returning an access token: ``ingest.oauth.smtp_token_provider``) and
  authenticates with SASL XOAUTH2 (initial response ``user=U^Aauth=Bearer T^A^A`` in base64;
  an error challenge gets the empty reply the mechanism expects); ``none`` sends without
  logging in (a local relay). A missing secret or a refused token is a ``TransportError``;
- a rate limit (``smtp.rate_per_minute``; 0 or less: none);
- errors classified: ``PermanentDeliveryError`` when the server refuses this recipient or message
  for good (5xx), ``DeliveryError`` for what may pass later (4xx, timeouts, dropped connections),
  ``TransportError`` when the server refuses *us* (login, sender): no point trying others.

``deliver()`` adds retries with exponential back-off on temporary failures.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from email.message import EmailMessage
from types import TracebackType

from unmignet.config import SmtpConfig, secret
from unmignet.errors import DeliveryError, PermanentDeliveryError, UnmignetError

TokenProvider = Callable[[], str]


class TransportError(DeliveryError):
    """The server refused the sender itself (authentication, sender address): stop the run."""


def xoauth2_response(username: str, token: str) -> str:
    """The SASL XOAUTH2 client response before base64: ``user=U^Aauth=Bearer T^A^A``."""
    text = f"user={username}\x01auth=Bearer {token}\x01\x01"
    if not text.isascii() or any(c in "\x01\r\n " for c in username + token):
        raise TransportError("smtp.username and the OAuth token must be ASCII without spaces")
    return text


class XOAuth2:
    """smtplib's ``authobject`` for XOAUTH2: the initial response, then, if the server answers
    with an error challenge (a base64 JSON status), an empty reply that ends the exchange with
    a 535; the challenge is kept for the error message."""

    def __init__(self, username: str, token: str) -> None:
        self.initial = xoauth2_response(username, token)
        self.error = ""

    def __call__(self, challenge: bytes | None = None, /) -> str:
        if challenge is None:
            return self.initial
        self.error = challenge.decode("utf-8", "replace").strip()[:300]
        return ""


class SmtpSender:
    """One SMTP session for many messages; reconnects after a dropped connection."""

    def __init__(
        self,
        config: SmtpConfig,
        *,
        token_provider: TokenProvider | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config
        self.token_provider = token_provider
        self.sleep = sleep
        self._smtp: smtplib.SMTP | None = None
        self._last_send = 0.0

    def __enter__(self) -> SmtpSender:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- connection ---

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.config.ca_file)

    def _open(self) -> smtplib.SMTP:
        cfg = self.config
        try:
            smtp = self._connect()
        except (smtplib.SMTPException, OSError) as err:
            raise DeliveryError(f"cannot connect to SMTP {cfg.host}:{cfg.port}: {err}") from err
        try:
            smtp.ehlo()
            if cfg.security == "starttls":
                self._starttls(smtp)
            self._login(smtp)
        except smtplib.SMTPAuthenticationError as err:
            smtp.close()
            raise TransportError(f"SMTP login to {cfg.host} refused: {_reply(err)}") from err
        except (smtplib.SMTPException, OSError) as err:
            smtp.close()
            raise DeliveryError(f"cannot connect to SMTP {cfg.host}:{cfg.port}: {err}") from err
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _connect(self) -> smtplib.SMTP:
        cfg = self.config
        local = socket.gethostname()
        if cfg.security == "tls":
            return smtplib.SMTP_SSL(
                cfg.host,
                cfg.port,
                local_hostname=local,
                timeout=cfg.timeout_seconds,
                context=self._context(),
            )
        return smtplib.SMTP(cfg.host, cfg.port, local_hostname=local, timeout=cfg.timeout_seconds)

    def _starttls(self, smtp: smtplib.SMTP) -> None:
        if not smtp.has_extn("starttls"):
            raise TransportError(f"{self.config.host} does not offer STARTTLS; refusing plain text")
        smtp.starttls(context=self._context())
        smtp.ehlo()

    def _login(self, smtp: smtplib.SMTP) -> None:
        cfg = self.config
        if cfg.auth == "none":
            return
        if cfg.auth == "password":
            password = self._credential(lambda: secret(cfg.password_env, what="smtp.password_env"))
            smtp.login(cfg.username or "", password)
            return
        self._oauth_login(smtp)

    def _credential(self, fetch: Callable[[], str]) -> str:
        """A password or token; failing to get one is the sender's problem (``TransportError``),
        raised before any recipient is tried."""
        try:
            return fetch()
        except UnmignetError as err:  # ConfigError (secret not set), AuthError (token refused)
            raise TransportError(f"SMTP login to {self.config.host}: {err}") from err

    def _oauth_login(self, smtp: smtplib.SMTP) -> None:
        cfg = self.config
        provider = self.token_provider
        if provider is None:
            raise TransportError(f"smtp.auth = {cfg.auth!r} needs an OAuth token provider")
        exchange = XOAuth2(cfg.username or "", self._credential(provider))
        try:
            smtp.auth("XOAUTH2", exchange, initial_response_ok=True)
        except smtplib.SMTPAuthenticationError as err:
            detail = f" ({exchange.error})" if exchange.error else ""
            raise TransportError(
                f"SMTP XOAUTH2 login to {cfg.host} as {cfg.username} refused: {_reply(err)}{detail}"
            ) from err

    def _connection(self) -> smtplib.SMTP:
        if self._smtp is None:
            self._smtp = self._open()
        return self._smtp

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()

    # --- sending ---

    def _wait_for_rate(self) -> None:
        rate = self.config.rate_per_minute
        if rate <= 0:
            return
        gap = 60.0 / rate - (time.monotonic() - self._last_send)
        if gap > 0:
            self.sleep(gap)

    def send(self, message: EmailMessage) -> None:
        """Send one message; raises ``DeliveryError`` (or a subclass) when it was not accepted."""
        self._wait_for_rate()
        smtp = self._connection()
        self._last_send = time.monotonic()
        try:
            refused = smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as err:
            code, text = next(iter(err.recipients.values()), (450, b"refused"))
            raise _classify(code, text.decode("utf-8", "replace"), "recipient refused") from err
        except smtplib.SMTPSenderRefused as err:
            raise TransportError(f"sender refused: {_reply(err)}") from err
        except smtplib.SMTPResponseException as err:
            self._reset(smtp, err.smtp_code)
            raise _classify(err.smtp_code, _text(err), "message refused") from err
        except (smtplib.SMTPException, OSError) as err:
            self._drop()
            raise DeliveryError(f"connection lost while sending: {err}") from err
        if refused:
            code, text = next(iter(refused.values()))
            raise _classify(code, text.decode("utf-8", "replace"), "recipient refused")

    def _reset(self, smtp: smtplib.SMTP, code: int) -> None:
        if code == 421:  # the server is closing the connection
            self._drop()
            return
        try:
            smtp.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()


def _text(err: smtplib.SMTPResponseException) -> str:
    raw = err.smtp_error
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def _reply(err: smtplib.SMTPResponseException) -> str:
    return f"{err.smtp_code} {_text(err)}"


def _classify(code: int, text: str, what: str) -> DeliveryError:
    if 500 <= code < 600:
        return PermanentDeliveryError(f"{what}: {code} {text}")
    return DeliveryError(f"{what}: {code} {text}")


def deliver(
    sender: SmtpSender,
    message: EmailMessage,
    *,
    attempts: int,
    base_delay: float = 2.0,
    max_delay: float = 60.0,
) -> int:
    """Send with retries and exponential back-off on temporary failures; returns attempts used.

    Permanent and transport errors are raised at once; the last temporary error is raised when
    ``attempts`` are used up.
    """
    for attempt in range(1, max(1, attempts) + 1):
        try:
            sender.send(message)
            return attempt
        except (PermanentDeliveryError, TransportError):
            raise
        except DeliveryError:
            if attempt >= attempts:
                raise
            sender.sleep(min(max_delay, base_delay * 2 ** (attempt - 1)))
    raise AssertionError("unreachable")  # pragma: no cover

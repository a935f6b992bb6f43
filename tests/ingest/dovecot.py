"""A real Dovecot for the IMAP tests (and the benchmark), started without systemd.

Everything lives in a fresh folder under the system temp dir: the config, a self-signed
certificate for 127.0.0.1, the run/state/log folders and the Maildirs. Listeners are on loopback
at free high ports: implicit TLS (``tls_port``) and plaintext with STARTTLS (``plain_port``).
Any user name logs in with ``PASSWORD`` (a static passdb limited to the PLAIN and LOGIN
mechanisms, so the password is never accepted as a bearer token), so each test takes a fresh user
and a fresh mailbox; XOAUTH2 tokens are checked by Dovecot's oauth2 passdb against an
introspection URL the caller serves on loopback. Auth failures have no delay and no penalty
(anvil's penalty listener is switched off), so a wrong-password test does not slow the others.

As root (CI) the mail is owned by uid/gid 65534 (Dovecot refuses uids below 500); as another user
the instance runs with that user's uid for everything. Stopped by its PID; a restart waits for
the old master to exit (Dovecot refuses to start while ``master.pid`` is live).
"""

from __future__ import annotations

import datetime as dt
import getpass
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient

PASSWORD = "dovecot-test-secret"
MAIL_UID = 65534


def free_port() -> int:
    """A loopback port free right now. It is released before the server binds it, so another
    process may take it first: callers retry with new ports (``Dovecot.start`` does)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


BIND_ATTEMPTS = 5


def write_self_signed(cert: Path, key: Path) -> None:
    """A certificate for 127.0.0.1 and localhost, valid one day."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    san = x509.SubjectAlternativeName(
        [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(san, critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(private, hashes.SHA256())
    )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key.chmod(0o600)


def _users() -> tuple[int, str, str]:
    """(mail uid, internal user, login user) for the current privileges."""
    if os.geteuid() == 0:
        return MAIL_UID, "dovecot", "dovenull"
    me = getpass.getuser()
    return os.getuid(), me, me


CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/log/dovecot.log
listen = 127.0.0.1
protocols = imap
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
auth_failure_delay = 0
auth_cache_size = 0
mail_location = maildir:~/Maildir
mail_fsync = never
first_valid_uid = {first_uid}
default_internal_user = {internal}
default_login_user = {login}
{chroots}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1 {no_move_host}
    port = {plain_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = static
  mechanisms = plain login
  args = password={password}
}}
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/oauth2.conf
}}
userdb {{
  driver = static
  args = uid={uid} gid={uid} home={root}/mail/%u
}}
local {no_move_host} {{
  protocol imap {{
    imap_capability = {no_move_capability}
  }}
}}
"""

# Connections to this second loopback address (plaintext port) get a server without MOVE, as
# some servers still are: the after-action's COPY fallback runs against real Dovecot.
NO_MOVE_HOST = "127.0.0.2"
NO_MOVE_CAPABILITY = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT MULTIAPPEND UNSELECT CHILDREN "
    "NAMESPACE UIDPLUS LIST-EXTENDED CONDSTORE ESEARCH LITERAL+"
)

OAUTH2 = """\
introspection_mode = post
introspection_url = {url}
username_attribute = username
active_attribute = active
active_value = true
"""

NON_ROOT_CHROOTS = """\
service imap-login {
  chroot =
}
service anvil {
  chroot =
}
"""


@dataclass
class Dovecot:
    root: Path
    plain_port: int
    tls_port: int
    introspection_url: str = "http://127.0.0.1:9/introspect"

    @property
    def config_file(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def cert_file(self) -> Path:
        return self.root / "cert.pem"

    @classmethod
    def create(cls, introspection_url: str | None = None) -> Dovecot:
        root = Path(tempfile.mkdtemp(prefix="unmignet-dovecot-"))
        root.chmod(0o755)  # the mail uid must reach its Maildir
        server = cls(root, free_port(), free_port())
        if introspection_url:
            server.introspection_url = introspection_url
        server.write_config()
        return server

    def write_config(self) -> None:
        uid, internal, login = _users()
        for sub in ("run", "state", "log", "mail"):
            (self.root / sub).mkdir(exist_ok=True)
        if os.geteuid() == 0:
            os.chown(self.root / "mail", uid, uid)
        write_self_signed(self.cert_file, self.root / "key.pem")
        self.config_file.write_text(
            CONFIG.format(
                root=self.root,
                plain_port=self.plain_port,
                tls_port=self.tls_port,
                password=PASSWORD,
                uid=uid,
                first_uid=min(uid, 500),
                internal=internal,
                login=login,
                chroots="" if os.geteuid() == 0 else NON_ROOT_CHROOTS,
                no_move_host=NO_MOVE_HOST,
                no_move_capability=NO_MOVE_CAPABILITY,
            )
        )
        (self.root / "oauth2.conf").write_text(OAUTH2.format(url=self.introspection_url))

    # --- process -------------------------------------------------------------------------------

    def pid(self) -> int | None:
        try:
            return int((self.root / "run" / "master.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def start(self, timeout: float = 15.0, *, move_if_taken: bool = True) -> None:
        """Start the master and wait for both listeners. A port taken since ``free_port`` chose
        it (Dovecot logs "Address already in use" and exits) gets new ports and a retry, unless
        ``move_if_taken`` is false (a restart: clients know the old ports)."""
        attempts = BIND_ATTEMPTS if move_if_taken else 1
        for attempt in range(attempts):
            log_size = self._log_size()
            try:
                self._run_master(timeout)
                break
            except subprocess.CalledProcessError:
                if attempt + 1 == attempts or not self._port_taken(log_size):
                    raise
                self.plain_port, self.tls_port = free_port(), free_port()
                self.write_config()
        self._wait_listening(timeout)

    def _log_size(self) -> int:
        log = self.root / "log" / "dovecot.log"
        return log.stat().st_size if log.exists() else 0

    def _port_taken(self, log_size: int) -> bool:
        with (self.root / "log" / "dovecot.log").open("rb") as log:
            log.seek(log_size)
            return b"Address already in use" in log.read()

    def _run_master(self, timeout: float) -> None:
        subprocess.run(
            ["dovecot", "-c", str(self.config_file)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,  # the daemon keeps these open: never capture them
            stderr=subprocess.DEVNULL,
            check=True,
            timeout=timeout,
        )

    def _wait_listening(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._accepts(self.plain_port) and self._accepts(self.tls_port):
                return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not start; see {self.root / 'log' / 'dovecot.log'}")

    @staticmethod
    def _accepts(port: int) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            return False

    def stop(self, timeout: float = 15.0) -> None:
        """Disconnect every client (as a real restart does), then stop the master, by PID."""
        pid = self.pid()
        if pid is None:
            return
        subprocess.run(
            ["doveadm", "-c", str(self.config_file), "kick", "*"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=timeout,
            check=False,
        )
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)
        os.kill(pid, signal.SIGKILL)

    def restart(self) -> None:
        self.stop()
        self.start(move_if_taken=False)

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    # --- mail ----------------------------------------------------------------------------------

    def client(self, user: str) -> IMAPClient:
        imap = IMAPClient("127.0.0.1", port=self.plain_port, ssl=False, timeout=30)
        imap.login(user, PASSWORD)
        return imap

    def append(self, user: str, messages: Iterable[bytes], folder: str = "INBOX") -> None:
        """Deliver messages with MULTIAPPEND, 100 per command."""
        imap = self.client(user)
        try:
            if not imap.folder_exists(folder):
                imap.create_folder(folder)
            batch: list[bytes] = []
            for message in messages:
                batch.append(message)
                if len(batch) == 100:
                    imap.multiappend(folder, batch)
                    batch = []
            if batch:
                imap.multiappend(folder, batch)
        finally:
            imap.logout()

    def save_offline(self, user: str, message: bytes) -> None:
        """Deliver into the user's Maildir INBOX as an MTA would (tmp/ then new/): works while
        the server is down (``doveadm save`` needs the auth service)."""
        maildir = self.root / "mail" / user / "Maildir"
        name = f"{time.time():.6f}.{uuid.uuid4().hex}.unmignet-test"
        uid = _users()[0]
        for sub in ("tmp", "new", "cur"):
            (maildir / sub).mkdir(parents=True, exist_ok=True)
        tmp = maildir / "tmp" / name
        tmp.write_bytes(message)
        if os.geteuid() == 0:
            for path in (tmp, *(maildir / s for s in ("tmp", "new", "cur"))):
                os.chown(path, uid, uid)
        tmp.rename(maildir / "new" / name)

    def flags(self, user: str, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        imap = self.client(user)
        try:
            imap.select_folder(folder, readonly=True)
            uids = imap.search()
            data = imap.fetch(uids, ["FLAGS"]) if uids else {}
            return {uid: tuple(item[b"FLAGS"]) for uid, item in data.items()}
        finally:
            imap.logout()

    def count(self, user: str, folder: str) -> int:
        imap = self.client(user)
        try:
            if not imap.folder_exists(folder):
                return 0
            return int(imap.folder_status(folder, ["MESSAGES"])[b"MESSAGES"])
        finally:
            imap.logout()

    def recreate(self, user: str, folder: str, messages: Sequence[bytes]) -> None:
        """Delete and recreate ``folder`` (a new UIDVALIDITY) holding ``messages``."""
        imap = self.client(user)
        try:
            imap.delete_folder(folder)
        finally:
            imap.logout()
        self.append(user, messages, folder)


def new_user(prefix: str = "u") -> str:
    return f"{prefix}{uuid.uuid4().hex[:10]}@example.org"


def make_message(n: int, *, subject: str = "Partner event", body_size: int = 0) -> bytes:
    """A small, valid message with a unique Message-ID."""
    body = f"Hello, message number {n}.\r\n" + ("x" * 76 + "\r\n") * (body_size // 78)
    return (
        f"From: Partner {n} <partner{n}@example.net>\r\n"
        f"To: unmignet@example.org\r\n"
        f"Subject: {subject} {n}\r\n"
        f"Date: Mon, 06 May 2024 10:{n % 60:02d}:00 +0000\r\n"
        f"Message-ID: <m{n}-{uuid.uuid4().hex}@example.net>\r\n"
        f"MIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"\r\n{body}"
    ).encode()


def kick(server: Dovecot, user: str) -> None:
    """Disconnect every IMAP session of ``user`` (``doveadm kick``), as an operator or a
    server-side fault would; the server stays up."""
    subprocess.run(
        ["doveadm", "-c", str(server.config_file), "kick", user],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=15,
        check=True,
    )

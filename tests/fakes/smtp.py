"""A real SMTP server on loopback (aiosmtpd) that records what it accepts, for tests of email delivery.

    with SMTPStandIn(users={"regwatch": "s3cret"}) as smtp:
        smtp.script("451 4.3.0 Try again later")    # the next DATA is refused, then messages are accepted
        ...
        smtp.received[0].message["Subject"]

``stop()`` closes the port (an outage); ``start()`` opens the same port again. Logins are optional
(AUTH is offered without TLS, on loopback only) and recorded.
"""
from __future__ import annotations

import socket
import threading
from collections import deque
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Received:
    """One accepted message: the envelope and the parsed message."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str | None = None
    message: EmailMessage = field(init=False)

    def __post_init__(self) -> None:
        self.message = BytesParser(policy=policy.default).parsebytes(self.data)


class SMTPStandIn:
    """aiosmtpd on 127.0.0.1 and a free port; ``received`` lists accepted messages in order."""

    def __init__(self, *, users: dict[str, str] | None = None) -> None:
        self.users = users or {}
        self.received: list[Received] = []
        self.logins: list[str] = []
        self.failed_logins: list[str] = []
        self._script: deque[str] = deque()
        self._lock = threading.Lock()
        self._controller: Controller | None = None
        self.host = "127.0.0.1"
        self.port = _free_port()

    def start(self) -> SMTPStandIn:
        self._controller = Controller(self, hostname=self.host, port=self.port, authenticator=self._authenticate,
                                      auth_require_tls=False, auth_required=False, ready_timeout=5)
        self._controller.start()
        return self

    def stop(self) -> None:
        """Close the port: clients now get "connection refused", like an SMTP outage."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> SMTPStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def script(self, *replies: str) -> None:
        """Answer the next DATA commands with these SMTP replies (e.g. ``"550 5.7.1 Rejected"``), in order."""
        with self._lock:
            self._script.extend(replies)

    # aiosmtpd hooks --------------------------------------------------------------------------------------
    def _authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login, password = data.login.decode(), data.password.decode()
        ok = self.users.get(login) == password
        (self.logins if ok else self.failed_logins).append(login)
        return AuthResult(success=ok, handled=False, auth_data=login if ok else None)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd's name)
        with self._lock:
            if self._script:
                return self._script.popleft()
            login = session.auth_data if isinstance(session.auth_data, str) else None
            self.received.append(Received(mail_from=envelope.mail_from, rcpt_tos=list(envelope.rcpt_tos),
                                          data=envelope.original_content or envelope.content, login=login))
        return "250 2.0.0 Message accepted"


def email_notifier(port: int, *, starttls: bool = False, timeout: int = 3, extra: str = "") -> str:
    """A ``[notifiers.email]`` table sending to ``port`` on loopback (a stand-in's, or a closed one); ``extra``:
    more keys (filters)."""
    return (f'[notifiers.email]\nhost = "127.0.0.1"\nport = {port}\nstarttls = {str(starttls).lower()}\n'
            f'sender = "regwatch@example.org"\nto = ["compliance@example.org"]\ntimeout = {timeout}\n{extra}')


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])

"""The email channel: a plain-text and HTML message sent with the standard library's smtplib.

``build_message`` and ``build_digest_message`` are pure. Header values pass through
:func:`escape.header_text`, so a CR/LF in a page title cannot add a header; the HTML part escapes all
page text. The Message-ID is derived from the alert id and the installation's id: when a send fails
ambiguously (the connection drops after DATA) and the outbox retries, receivers can tell the two copies are one
message, while alert 1 of another database (staging, a reset) is another message. A test message is never
retried: its Message-ID is new each time.

SMTP replies are translated at the boundary: a 5xx is a permanent refusal, a 4xx, a dropped connection
or a refused connection is worth retrying.
"""
from __future__ import annotations

import contextlib
import html
import re
import smtplib
import ssl
import uuid
from collections.abc import Mapping, Sequence
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from typing import Any

from . import render
from .base import Alert, DeliveryError, Digest, Notifier, NotifierError, Progress, log, register
from .escape import clean_text, header_text, safe_url

DEFAULT_PORT = 587
DEFAULT_SSL_PORT = 465
DEFAULT_TIMEOUT = 30
SUBJECT_CHARS = 200
SUBJECT_PREFIX = "[regwatch] "

# An ASCII subject is kept on one line (RFC 5322 allows 998 characters): the stdlib otherwise folds a short
# subject onto a continuation line of its own, which naive parsers read as a subject starting with CRLF.
# Non-ASCII subjects keep the default 78, so their RFC 2047 encoded words stay within 75 characters.
_ONE_LINE_POLICY = policy.default.clone(max_line_length=998)

_STYLE = "font-family: -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1d1c1d; max-width: 40em"
_QUOTE = "margin: 1em 0; padding-left: 1em; border-left: 4px solid #ccc; color: #444"
_SMALL = "color: #777; font-size: smaller"


def message_id(key: str, sender: str, installation: str | None = None) -> str:
    """``<regwatch.alert-42.9f2c...@example.com>``: stable for one alert of one installation, so a resend is
    recognisably the same and another installation's alert 42 is not."""
    domain = parseaddr(sender)[1].rpartition("@")[2]
    domain = re.sub(r"[^A-Za-z0-9.-]", "", domain) or "regwatch.invalid"
    key = f"{key}.{installation}" if installation else key
    return f"<regwatch.{re.sub(r'[^A-Za-z0-9.-]', '-', key)}@{domain}>"


def _envelope(subject: str, key: str, sender: str, to: Sequence[str], installation: str | None) -> EmailMessage:
    subject = header_text(SUBJECT_PREFIX + subject, SUBJECT_CHARS)
    message = EmailMessage(policy=_ONE_LINE_POLICY if subject.isascii() else policy.default)
    message["Subject"] = subject
    message["From"] = header_text(sender)
    message["To"] = ", ".join(header_text(address) for address in to)
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = message_id(key, sender, installation)
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: out-of-office replies stay away
    return message


def _e(text: str) -> str:
    return html.escape(clean_text(text), quote=True)


def _link(url: str | None, label: str) -> str:
    link = safe_url(url)
    if link:
        return f'<a href="{html.escape(link, quote=True)}">{_e(label)}</a>'
    return _e(f"{label}: {url}") if url else _e(label)


def alert_html(alert: Alert) -> str:
    """The HTML part: a heading, the facts as a table, the excerpt as a quote, the evidence as a link."""
    what = render.move(alert) if alert.kind in render.MOVE_KINDS else render.expectation(alert)
    parts = [f"<h2>{_e(render.subject_name(alert))}</h2>",
             f"<p><strong>{_e(render.kind_label(alert.kind))}</strong>{': ' + _e(what) if what else ''}</p>"]
    rows = "".join(f'<tr><th align="left" style="padding-right: 1em">{_e(label)}</th><td>{_e(value)}</td></tr>'
                   for label, value in render.facts(alert))
    if rows:
        parts.append(f"<table>{rows}</table>")
    if alert.excerpt:
        parts.append(f'<blockquote style="{_QUOTE}">{"<br>".join(_e(alert.excerpt).splitlines())}</blockquote>')
    if alert.detail:
        parts.append(f"<p>{_e(alert.detail)}</p>")
    if alert.url:
        parts.append(f"<p>{_link(alert.url, 'Open the evidence')}</p>")
    parts.append(f'<p style="{_SMALL}">{_e(render.provenance(alert))}</p>')
    return f'<!DOCTYPE html>\n<html><body style="{_STYLE}">\n' + "\n".join(parts) + "\n</body></html>\n"


def digest_html(digest: Digest) -> str:
    """The digest's HTML part: one list per section, each line a link when it has a web address."""
    parts = [f"<h2>{_e(digest.title)}</h2>", f'<p style="{_SMALL}">{_e(digest.day)}</p>']
    if not digest.sections:
        parts.append("<p>No changes.</p>")
    for section in digest.sections:
        items = "".join(f"<li>{_link(url, text) if url else _e(text)}</li>" for text, url in section.lines)
        parts.append(f"<h3>{_e(section.heading)}</h3><ul>{items}</ul>")
    return f'<!DOCTYPE html>\n<html><body style="{_STYLE}">\n' + "\n".join(parts) + "\n</body></html>\n"


def build_message(alert: Alert, sender: str, to: Sequence[str]) -> EmailMessage:
    """One alert as a multipart/alternative message (text, then HTML), ready for ``send_message``."""
    key = f"test-{uuid.uuid4().hex}" if alert.kind == "test" else f"alert-{alert.id}"
    message = _envelope(render.headline(alert), key, sender, to, alert.installation)
    message.set_content(render.plain_alert(alert))
    message.add_alternative(alert_html(alert), subtype="html")
    return message


def build_digest_message(digest: Digest, sender: str, to: Sequence[str]) -> EmailMessage:
    """The digest as a multipart/alternative message; its Message-ID is derived from the day."""
    message = _envelope(f"{digest.title} ({digest.day})", f"digest-{digest.day}", sender, to, digest.installation)
    message.set_content(render.plain_digest(digest))
    message.add_alternative(digest_html(digest), subtype="html")
    return message


@register
class EmailNotifier(Notifier):
    """Send alerts (and optionally the digest) by email through an SMTP server."""

    name = "email"
    required = ("host", "sender", "to")
    optional = ("port", "starttls", "ssl", "username_env", "password_env", "timeout")

    def __init__(self, settings: Mapping[str, Any], env: Mapping[str, str]) -> None:
        super().__init__(settings, env)
        self.host = str(settings["host"])
        self.ssl = self.flag("ssl", False)
        self.starttls = self.flag("starttls", True) and not self.ssl
        self.port = int(self.number("port", DEFAULT_SSL_PORT if self.ssl else DEFAULT_PORT))
        self.timeout = self.number("timeout", DEFAULT_TIMEOUT)
        self.sender = str(settings["sender"])
        to = settings["to"]
        if not isinstance(to, list) or not to or not all(isinstance(a, str) and "@" in parseaddr(a)[1] for a in to):
            raise NotifierError("notifier 'email': key 'to' must be a non-empty list of email addresses")
        self.to: list[str] = to
        for address in (self.sender, *self.to):
            if header_text(address) != address.strip():
                raise NotifierError(f"notifier 'email': address {address!r} contains a line break")
        if ("username_env" in settings) != ("password_env" in settings):
            missing = "password_env" if "username_env" in settings else "username_env"
            raise NotifierError(f"notifier 'email': missing key {missing!r} (login needs both)")
        self.credentials = ((self.secret("username_env"), self.secret("password_env"))
                            if "username_env" in settings else None)

    def send_alert(self, alert: Alert) -> None:
        self._send(build_message(alert, self.sender, self.to))
        log.info("email: alert %s delivered to %d recipient(s)", alert.id, len(self.to))

    def send_digest(self, digest: Digest, progress: Progress | None = None) -> None:
        self._send(build_digest_message(digest, self.sender, self.to))
        log.info("email: digest %s delivered to %d recipient(s)", digest.day, len(self.to))

    def _send(self, message: EmailMessage) -> None:
        where = f"{self.host}:{self.port}"
        try:
            refused = self._session(message)
        except smtplib.SMTPRecipientsRefused as error:
            codes = [code for code, _ in error.recipients.values()]
            raise DeliveryError(f"email: {where} refused every recipient ({codes})",
                                permanent=all(code >= 500 for code in codes)) from error
        except smtplib.SMTPResponseException as error:  # sender refused, DATA refused, auth failed, ...
            reply = error.smtp_error
            reply = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
            raise DeliveryError(f"email: {where} replied {error.smtp_code} {reply}",
                                permanent=error.smtp_code >= 500) from error
        except (smtplib.SMTPNotSupportedError, ssl.SSLCertVerificationError) as error:
            raise DeliveryError(f"email: {where}: {error}", permanent=True) from error
        except OSError as error:  # refused, timed out, disconnected (SMTPException is an OSError)
            raise DeliveryError(f"email: cannot reach {where}: {error}") from error
        if refused:  # the others have it: retrying would send them a second copy
            log.warning("email: %s refused %s", where, ", ".join(sorted(refused)))

    def _starttls(self, smtp: smtplib.SMTP, context: ssl.SSLContext) -> None:
        """Upgrade to TLS; a server that does not offer it is named with the setting that fixes it."""
        try:
            smtp.starttls(context=context)
        except (smtplib.SMTPNotSupportedError, smtplib.SMTPResponseException) as error:
            reason = error.smtp_error if isinstance(error, smtplib.SMTPResponseException) else error
            reason = reason.decode(errors="replace") if isinstance(reason, bytes) else str(reason)
            raise DeliveryError(f"email: {self.host}:{self.port} refused STARTTLS ({reason.strip()}): for a server "
                                "that takes plain SMTP (a local relay) set starttls = false in [notifiers.email]; "
                                "for implicit TLS (port 465) set ssl = true", permanent=True) from error

    def _session(self, message: EmailMessage) -> dict[str, tuple[int, bytes]]:
        context = ssl.create_default_context()
        smtp = (smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context) if self.ssl
                else smtplib.SMTP(self.host, self.port, timeout=self.timeout))
        try:
            if self.starttls:
                self._starttls(smtp, context)
            if self.credentials:
                smtp.login(*self.credentials)
            return smtp.send_message(message, from_addr=parseaddr(self.sender)[1],
                                     to_addrs=[parseaddr(address)[1] for address in self.to])
        finally:
            # Once the message is accepted, a failing QUIT must not turn into a retry and a second copy.
            with contextlib.suppress(OSError):
                smtp.quit()
            smtp.close()

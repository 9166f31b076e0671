"""The webhook channel: the alert or the digest as JSON, POSTed with httpx, optionally signed.

The body is ``{"type": "alert", "alert": {...}}`` or ``{"type": "digest", "digest": {...}}``, the inner
object being ``dataclasses.asdict`` of :class:`Alert` or :class:`Digest` (page text as is: the receiver
decides how to show it). Headers:

    X-Regwatch-Event        alert | digest
    X-Regwatch-Id           alert-42 | digest-2026-05-01, the same on every retry, for deduplication
    X-Regwatch-Installation the database's id: deduplicate on it and X-Regwatch-Id together, since another
                            installation (staging, a reset database) has an alert-42 of its own
    X-Regwatch-Signature    sha256=<hex HMAC-SHA256 of the exact body bytes>, when ``secret_env`` is set

A 2xx is delivered. 408, 425, 429 and 5xx are worth retrying (Retry-After honoured); other answers,
redirects included, are permanent: the URL or the receiver needs fixing.
"""
from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any
from urllib.parse import urlsplit

import httpx

from .base import Alert, DeliveryError, Digest, Notifier, NotifierError, Progress, log, parse_retry_after, register

DEFAULT_TIMEOUT = 10
SIGNATURE_HEADER = "X-Regwatch-Signature"
RETRYABLE_STATUS = frozenset({408, 425, 429})


def alert_payload(alert: Alert) -> bytes:
    """The JSON body for one alert."""
    return _json({"type": "alert", "alert": asdict(alert)})


def digest_payload(digest: Digest) -> bytes:
    """The JSON body for the digest; each line is ``[text, url or null]``."""
    return _json({"type": "digest", "digest": asdict(digest)})


def _json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def signature(body: bytes, secret: str) -> str:
    """The ``X-Regwatch-Signature`` value: receivers recompute it over the raw body and compare."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


@register
class WebhookNotifier(Notifier):
    """POST alerts and the digest as JSON to a URL, signed with HMAC-SHA256 when a secret is set."""

    name = "webhook"
    optional = ("url", "url_env", "secret_env", "timeout")

    def __init__(self, settings: Mapping[str, Any], env: Mapping[str, str]) -> None:
        super().__init__(settings, env)
        if ("url" in settings) == ("url_env" in settings):
            raise NotifierError("notifier 'webhook': set exactly one of 'url' or 'url_env'")
        self.url = str(settings["url"]) if "url" in settings else self.secret("url_env")
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise NotifierError("notifier 'webhook': the URL must be an http(s) URL")
        self.host = parts.hostname  # errors name the host only: the URL itself may hold a secret
        self.signing_key = self.secret("secret_env") if "secret_env" in settings else None
        self.timeout = self.number("timeout", DEFAULT_TIMEOUT)

    def send_alert(self, alert: Alert) -> None:
        self._post(alert_payload(alert), "alert", f"alert-{alert.id}", alert.installation)
        log.info("webhook: alert %s delivered to %s", alert.id, self.host)

    def send_digest(self, digest: Digest, progress: Progress | None = None) -> None:
        self._post(digest_payload(digest), "digest", f"digest-{digest.day}", digest.installation)
        log.info("webhook: digest %s delivered to %s", digest.day, self.host)

    def _post(self, body: bytes, event: str, key: str, installation: str | None) -> None:
        headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": "regwatch",
                   "X-Regwatch-Event": event, "X-Regwatch-Id": key}
        if installation:
            headers["X-Regwatch-Installation"] = installation
        if self.signing_key:
            headers[SIGNATURE_HEADER] = signature(body, self.signing_key)
        try:
            response = httpx.post(self.url, content=body, headers=headers, timeout=self.timeout)
        except httpx.TransportError as error:
            raise DeliveryError(f"webhook: cannot reach {self.host}: {type(error).__name__}: {error}") from error
        if response.is_success:
            return
        retryable = response.status_code in RETRYABLE_STATUS or response.status_code >= 500
        raise DeliveryError(f"webhook: {self.host} answered HTTP {response.status_code}",
                            retry_after=parse_retry_after(response.headers.get("Retry-After")) if retryable else None,
                            permanent=not retryable)

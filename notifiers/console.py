"""The console channel: alerts and digests printed as readable text.

The default when no notifier is configured, so a new user sees alerts before setting up any credentials.
Page text is cleaned of control characters: an escape sequence in a title must not repaint the terminal.
"""
from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any, TextIO

from .base import Alert, DeliveryError, Digest, Notifier, Progress, register
from .render import plain_alert, plain_digest


@register
class ConsoleNotifier(Notifier):
    """Print alerts and the digest on standard output."""

    name = "console"

    def __init__(self, settings: Mapping[str, Any], env: Mapping[str, str], *, stream: TextIO | None = None) -> None:
        super().__init__(settings, env)
        self.stream = stream

    def send_alert(self, alert: Alert) -> None:
        self._write(plain_alert(alert))

    def send_digest(self, digest: Digest, progress: Progress | None = None) -> None:
        self._write(plain_digest(digest))

    def _write(self, text: str) -> None:
        # sys.stdout is looked up at send time so that a redirected stdout (CliRunner, pytest) is honoured.
        stream = self.stream or sys.stdout
        try:
            stream.write(text)
            stream.flush()
        except OSError as error:  # a closed pipe: the outbox should know it was not shown
            raise DeliveryError(f"console: cannot write: {error}") from error

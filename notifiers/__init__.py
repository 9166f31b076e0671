"""Channels that deliver alerts and the daily digest: console, slack, email, webhook.

Each channel is a :class:`Notifier` registered by name in :data:`NOTIFIERS`; ``[notifiers.NAME]`` in the
config picks one. Importing this package registers all four; slack-sdk itself is imported only when a
Slack notifier is built. Rendering functions live in the channel modules (``notifiers.slack.alert_blocks``,
``notifiers.email.build_message``, ...) and are pure.
"""
from __future__ import annotations

from . import console, email, slack, webhook
from .base import (NOTIFIERS, Alert, DeliveryError, Digest, DigestSection, Notifier, NotifierError, Progress,
                   register)
from .console import ConsoleNotifier
from .email import EmailNotifier
from .slack import SlackNotifier
from .webhook import WebhookNotifier

__all__ = [
    "NOTIFIERS",
    "Alert",
    "ConsoleNotifier",
    "DeliveryError",
    "Digest",
    "DigestSection",
    "EmailNotifier",
    "Notifier",
    "NotifierError",
    "Progress",
    "SlackNotifier",
    "WebhookNotifier",
    "console",
    "email",
    "register",
    "slack",
    "webhook",
]

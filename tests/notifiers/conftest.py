"""Fixtures for the notifier tests: a Slack stand-in and an SMTP server, both real and on loopback."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.slack_api import SlackAPIStandIn
from tests.fakes.smtp import SMTPStandIn

SMTP_USER = "regwatch"
SMTP_PASSWORD = "s3cret"


@pytest.fixture
def slack_api() -> Iterator[SlackAPIStandIn]:
    """A running Slack Web API + incoming-webhook stand-in; token ``slack_api.token``, URL ``slack_api.base_url``."""
    with SlackAPIStandIn() as stand_in:
        yield stand_in


@pytest.fixture
def smtp_server() -> Iterator[SMTPStandIn]:
    """A running aiosmtpd server that accepts a login as SMTP_USER / SMTP_PASSWORD (optional)."""
    with SMTPStandIn(users={SMTP_USER: SMTP_PASSWORD}) as server:
        yield server

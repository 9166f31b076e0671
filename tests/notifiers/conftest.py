"""Credentials of the SMTP stand-in (its fixture, and the Slack stand-in's, live in tests/conftest.py)."""
from tests.conftest import SMTP_PASSWORD, SMTP_USER

__all__ = ["SMTP_PASSWORD", "SMTP_USER"]

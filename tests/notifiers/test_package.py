"""The package's public surface and registry."""
from __future__ import annotations

import subprocess
import sys

import notifiers
from notifiers import NOTIFIERS, Notifier


def test_public_surface() -> None:
    assert sorted(notifiers.__all__) == sorted([
        "NOTIFIERS", "Alert", "ConsoleNotifier", "DeliveryError", "Digest", "DigestSection", "EmailNotifier",
        "Notifier", "NotifierError", "Progress", "SlackNotifier", "WebhookNotifier", "console", "email", "register",
        "slack", "webhook"])
    assert all(hasattr(notifiers, name) for name in notifiers.__all__)


def test_every_channel_is_registered_with_its_keys_and_a_docstring() -> None:
    assert sorted(NOTIFIERS) == ["console", "email", "slack", "webhook"]
    for name, cls in NOTIFIERS.items():
        assert issubclass(cls, Notifier) and cls.name == name
        assert cls.__doc__ and "\n" not in cls.__doc__.strip()  # one line: it becomes the --help text
        assert not set(cls.required) & set(cls.optional)
    assert NOTIFIERS["email"].required == ("host", "sender", "to")
    assert "token_env" in NOTIFIERS["slack"].optional and "webhook_url_env" in NOTIFIERS["slack"].optional


def test_importing_the_package_does_not_import_slack_sdk() -> None:
    code = "import sys, notifiers; print('slack_sdk' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_notifiers_never_import_the_application() -> None:
    code = ("import sys, notifiers; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'monitor', 'storage', 'sources'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"

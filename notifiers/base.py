"""What every notifier shares: the alert it is handed, the digest, the error it raises, the registry.

Notifiers turn an :class:`Alert` (or a :class:`Digest`) into a message on one channel and send it. They
know nothing of scraping, the database or ``monitor``. A notifier that could not deliver raises
:class:`DeliveryError`, so the outbox knows to retry; it never only logs a failure.

Exceptions::

    NotifierError            a notifier is misconfigured (missing env var, bad key)
    DeliveryError            the channel did not accept the message; ``retry_after`` when it said so,
                             ``permanent`` when retrying cannot help (bad token, unknown channel, 5xx SMTP)
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar, Protocol

log = logging.getLogger("notifiers")


class NotifierError(Exception):
    """A notifier's configuration is unusable (names the notifier and the key)."""


class DeliveryError(Exception):
    """The channel refused or could not be reached. ``retry_after`` is seconds the channel asked for."""

    def __init__(self, message: str, *, retry_after: float | None = None, permanent: bool = False) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.permanent = permanent


@dataclass(frozen=True, kw_only=True)
class Alert:
    """Everything a message about one alert may show. Text fields come from pages: treat them as hostile."""

    id: int
    kind: str                      # status_change, review, expected_change, reminder, overdue, source_failing, test
    created_at: str                # ISO 8601
    milestone: str | None = None   # milestone id
    title: str | None = None       # milestone title
    jurisdiction: str | None = None
    binding: bool | None = None
    old_status: str | None = None
    new_status: str | None = None
    expected_date: str | None = None  # fuzzy date text, for reminders and expected_change
    event_date: str | None = None
    url: str | None = None         # evidence link
    excerpt: str | None = None
    source: str | None = None      # source id
    detail: str | None = None      # one more line of context (error text, note)
    installation: str | None = None  # the database's id: a Message-ID no other installation makes


@dataclass(frozen=True, kw_only=True)
class DigestSection:
    """One heading of the digest with its lines; each line is (text, url or None)."""

    heading: str
    lines: list[tuple[str, str | None]] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class Digest:
    """The daily digest: a title (with the day) and its sections; empty sections are left out."""

    title: str
    day: str
    sections: list[DigestSection] = field(default_factory=list)
    installation: str | None = None  # as Alert.installation


class Progress(Protocol):
    """Where a multi-part send keeps count of the parts already sent (the outbox stores it with the delivery)."""

    done: int

    def record(self, done: int) -> None:
        """``done`` parts are sent; remember it before the next part goes."""


class Notifier:
    """A channel. Subclasses set ``name``, ``required``, ``optional`` and implement the two sends.

    ``settings`` is the notifier's config table without the routing filters; ``env`` is where the secrets
    named in it are looked up (``os.environ`` in production, a plain dict in tests). The constructor checks
    the settings and reads the secrets, so a misconfigured channel fails when it is built, not mid-dispatch.
    """

    name: ClassVar[str]
    required: ClassVar[tuple[str, ...]] = ()
    optional: ClassVar[tuple[str, ...]] = ()

    def __init__(self, settings: Mapping[str, Any], env: Mapping[str, str]) -> None:
        self.settings = settings
        self.env = env
        missing = [key for key in self.required if key not in settings]
        if missing:
            raise NotifierError(f"notifier {self.name!r}: missing key {missing[0]!r}")
        accepted = self.required + self.optional
        unknown = sorted(key for key in settings if key not in accepted)
        if unknown:
            raise NotifierError(f"notifier {self.name!r}: unknown key {unknown[0]!r} "
                                f"(accepted: {', '.join(accepted) or 'none'})")

    def secret(self, key: str) -> str:
        """The value of the environment variable whose *name* is the setting ``key`` (e.g. ``token_env``)."""
        variable = self.settings[key]
        if not isinstance(variable, str) or not variable:
            raise NotifierError(f"notifier {self.name!r}: key {key!r} must name an environment variable")
        value = self.env.get(variable)
        if not value:
            raise NotifierError(f"notifier {self.name!r}: environment variable {variable!r} "
                                f"(from key {key!r}) is not set")
        return value

    def number(self, key: str, default: float) -> float:
        """A positive number setting (a timeout, a port), ``default`` when absent."""
        value = self.settings.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise NotifierError(f"notifier {self.name!r}: key {key!r} must be a positive number, not {value!r}")
        return value

    def flag(self, key: str, default: bool) -> bool:
        """A true/false setting, ``default`` when absent."""
        value = self.settings.get(key, default)
        if not isinstance(value, bool):
            raise NotifierError(f"notifier {self.name!r}: key {key!r} must be true or false, not {value!r}")
        return value

    def send_alert(self, alert: Alert) -> None:
        """Deliver one alert or raise :class:`DeliveryError`."""
        raise NotImplementedError

    def send_digest(self, digest: Digest, progress: Progress | None = None) -> None:
        """Deliver the digest or raise :class:`DeliveryError`. A channel that sends it in parts starts at
        ``progress.done`` and reports each part sent, so a retry (in any process) sends only the rest."""
        raise NotImplementedError


NOTIFIERS: dict[str, type[Notifier]] = {}


def register(notifier_class: type[Notifier]) -> type[Notifier]:
    """Class decorator: make ``notifier_class`` available as ``[notifiers.NAME]`` in the config."""
    NOTIFIERS[notifier_class.name] = notifier_class
    return notifier_class


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date); None when absent or garbled."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())

"""Who is told, and when: the ``[notifiers.*]``, ``[digest]`` and ``[reminders]`` tables."""
from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from monitor.config.reader import Reader
from monitor.settings import (
    DAY_NAMES,
    DEFAULT_DIGEST_DAYS,
    DEFAULT_DIGEST_TIME,
    DEFAULT_REMINDER_DAYS,
    DEFAULT_TIMEZONE,
    JURISDICTIONS,
    NOTIFIER_FILTER_KEYS,
    DigestConfig,
    NotifierConfig,
)


class NotifierTables(Reader):
    """Reads the channels, the digest's schedule and the reminder days."""

    def notifier(self, name: str, data: Any) -> NotifierConfig:
        from notifiers import NOTIFIERS

        label = f"{name}"
        table = f"notifiers.{name}"
        if not isinstance(data, dict):
            raise self.fail(table, None, "", None, "must be a table")
        kind = self._choice(data.get("kind", name), tuple(NOTIFIERS), table, None, "", "kind")
        notifier = NOTIFIERS[kind]
        self._check_keys(data, NOTIFIER_FILTER_KEYS + notifier.required + notifier.optional, table, None, "",
                         f" for notifier {kind!r}")
        for key in notifier.required:
            if key not in data:
                raise self.fail(table, None, "", key, f"is required for notifier {kind!r}")
        jurisdictions = self._list(data, "jurisdictions", table, None, "")
        for value in jurisdictions:
            self._choice(value, JURISDICTIONS, table, None, "", "jurisdictions")
        return NotifierConfig(name=label, kind=kind, kinds=self._list(data, "kinds", table, None, ""),
                              jurisdictions=jurisdictions, milestones=self._list(data, "milestones", table, None, ""),
                              settings={k: v for k, v in data.items() if k not in NOTIFIER_FILTER_KEYS})

    def digest(self, data: dict) -> DigestConfig:
        self._check_keys(data, ("time", "timezone", "days", "send_empty"), "digest", None, "")
        days = self._str(data, "days", "digest", None, "", DEFAULT_DIGEST_DAYS)
        if not DAY_NAMES.match(days):
            raise self.fail("digest", None, "", "days", f"{days!r} is not a list of day names (e.g. mon-fri or mon,wed)")
        time = self._str(data, "time", "digest", None, "", DEFAULT_DIGEST_TIME)
        if not re.match(r"^([01]\d|2[0-3]):[0-5]\d$", time):
            raise self.fail("digest", None, "", "time", f"{time!r} is not a time of day (use HH:MM, e.g. 08:00)")
        timezone = self._str(data, "timezone", "digest", None, "", DEFAULT_TIMEZONE)
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise self.fail("digest", None, "", "timezone", f"{timezone!r} is not an IANA time zone") from None
        return DigestConfig(time=time, timezone=timezone, days=days,
                            send_empty=self._bool(data, "send_empty", True, "digest", None, ""))

    def reminders(self, data: dict) -> tuple[int, ...]:
        self._check_keys(data, ("days",), "reminders", None, "")
        days = data.get("days", list(DEFAULT_REMINDER_DAYS))
        if not isinstance(days, list) or not all(isinstance(d, int) and d > 0 for d in days):
            raise self.fail("reminders", None, "", "days", "must be a list of positive whole numbers of days")
        return tuple(sorted(set(days), reverse=True))

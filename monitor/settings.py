"""The validated configuration as typed, immutable objects, with its documented defaults.

``monitor.config`` builds these from the TOML file; everything else reads them.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property
from ipaddress import IPv4Network, IPv6Network
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from monitor.durations import parse_duration
from monitor.fuzzydate import FuzzyDate
from monitor.language.names import Names
from monitor.language.matching import Target
from monitor.language.signals import Signal
from monitor.language.vocabulary import Vocabulary, shipped

JURISDICTION_NAMES = {"ASEAN": "ASEAN (regional)", "BN": "Brunei", "KH": "Cambodia", "ID": "Indonesia", "LA": "Laos",
                      "MY": "Malaysia", "MM": "Myanmar", "PH": "Philippines", "SG": "Singapore", "TH": "Thailand",
                      "TL": "Timor-Leste", "VN": "Vietnam"}
JURISDICTIONS = tuple(JURISDICTION_NAMES)
DEFAULT_DATABASE_URL = "sqlite:///regwatch.db"
DEFAULT_INTERVAL = "6h"
DEFAULT_STALE_AFTER = "60d"  # a source whose content has not changed for this long is shown as stale
DEFAULT_TIMEZONE = "Asia/Singapore"
DEFAULT_DIGEST_TIME = "08:00"
DEFAULT_DIGEST_DAYS = "mon-sun"
_DAY = r"(mon|tue|wed|thu|fri|sat|sun)"
DAY_NAMES = re.compile(rf"^{_DAY}(-{_DAY})?(,{_DAY}(-{_DAY})?)*$")
DEFAULT_REMINDER_DAYS = (30, 7, 1)
DEFAULT_KEEP_SNAPSHOTS = 50  # versions kept per source, besides those that are evidence of a move
MIN_KEEP_SNAPSHOTS = 5  # the check compares new content with this many recent versions (flip-flops)
SOURCE_KEYS = ("id", "kind", "url", "jurisdiction", "interval", "ignore", "robots", "headers", "user_agent", "name",
               "official", "stale_after", "fetch", "wait_for")
FETCH_MODES = ("http", "browser")  # a source's ``fetch``: plain HTTP, or rendered in headless Chromium
BROWSER_KINDS = ("html",)          # kinds that read a rendered DOM
DEFAULT_BROWSER_PAGES = 2
TRANSPORTS = ("httpx", "lean")
NOTIFIER_FILTER_KEYS = ("kind", "kinds", "jurisdictions", "milestones")


@dataclass(frozen=True, kw_only=True)
class SourceConfig:
    """One watched URL. ``settings`` holds the kind's own keys (selectors, JSON paths, POST body).
    ``official``: published by a gazette, regulator, ministry, parliament or the ASEAN Secretariat (its word
    carries more certainty than the press). ``stale_after``: how long unchanged content is believable before
    the source is shown as stale (a listing that never moves has usually stopped being read correctly)."""

    id: str
    kind: str
    url: str
    jurisdiction: str | None = None
    name: str | None = None
    interval: timedelta = field(default_factory=lambda: parse_duration(DEFAULT_INTERVAL))
    ignore: tuple[str, ...] = ()
    robots: bool = True
    headers: dict[str, str] = field(default_factory=dict)
    official: bool = False
    stale_after: timedelta = field(default_factory=lambda: parse_duration(DEFAULT_STALE_AFTER))
    fetch: str = "http"
    wait_for: str | None = None
    user_agent: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)

    @cached_property  # read several times per source in every check
    def settings_hash(self) -> str:
        """Hash of everything that shapes the extracted content: editing it resets the baseline."""
        shape: dict[str, Any] = {"kind": self.kind, "url": self.url, "ignore": self.ignore, "settings": self.settings}
        if self.fetch != "http":  # only then: an upgrade must not reset the baseline of every plain source
            shape.update(fetch=self.fetch, wait_for=self.wait_for)
        return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()[:16]


@dataclass(frozen=True, kw_only=True)
class HistoryConfig:
    """A past move known when the catalog was written."""

    status: str
    date: FuzzyDate
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class ExpectedConfig:
    """The next status and when it is expected; ``date`` is None when nobody has said."""

    status: str
    date: FuzzyDate | None = None


@dataclass(frozen=True, kw_only=True)
class MilestoneConfig:
    """One tracked regulatory instrument or event, as the catalog describes it."""

    id: str
    title: str
    jurisdiction: str
    status: str
    instrument: str = ""
    binding: bool = False
    expected: ExpectedConfig | None = None
    sources: tuple[str, ...] | None = None
    names: Names | None = None  # aliases per language, instrument kind and topic: matched with the vocabulary
    signals: tuple[Signal, ...] = ()
    history: tuple[HistoryConfig, ...] = ()

    @property
    def target(self) -> Target:
        """What the matcher needs of this milestone."""
        return Target(id=self.id, jurisdiction=self.jurisdiction, names=self.names, signals=self.signals)

    @property
    def watched(self) -> bool:
        """It has names or signals: the matcher looks for it in changed text."""
        return bool(self.signals) or (self.names is not None and not self.names.empty)


@dataclass(frozen=True, kw_only=True)
class NotifierConfig:
    """One channel: its registered kind, routing filters (empty = everything) and its own settings."""

    name: str
    kind: str
    kinds: tuple[str, ...] = ()
    jurisdictions: tuple[str, ...] = ()
    milestones: tuple[str, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class DigestConfig:
    """When the daily digest goes out, and whether an empty day sends a one-line "no changes"."""

    time: str = DEFAULT_DIGEST_TIME
    timezone: str = DEFAULT_TIMEZONE
    days: str = DEFAULT_DIGEST_DAYS
    send_empty: bool = True

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True, kw_only=True)
class FetchConfig:
    """Politeness and limits of the fetcher, and where it may go. ``max_bytes`` caps one source's decoded
    bytes across all its pages; ``allow_private`` holds the non-public networks sources may reach (all of them
    for ``allow_private = true``); ``proxy`` sends every source through one proxy instead of the
    environment's; ``transport`` is one of TRANSPORTS, for the requests that go direct."""

    contact: str = "https://github.com/regwatch/regwatch"
    concurrency: int = 16
    per_host: int = 2
    host_delay: timedelta = timedelta(seconds=1)
    timeout: timedelta = timedelta(seconds=30)
    retries: int = 3
    backoff: timedelta = timedelta(seconds=1)
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    transport: str = "httpx"
    proxy: str | None = None
    ca_bundle: str | None = None
    allow_private: tuple[IPv4Network | IPv6Network, ...] = ()
    pattern_timeout: timedelta = timedelta(seconds=2)  # per source and check: its ignore patterns, and its signals
    parse_timeout: timedelta = timedelta(seconds=60)  # one page's parsing; past it the page is given up


@dataclass(frozen=True, kw_only=True)
class BrowserConfig:
    """``[browser]``: the Chromium that renders ``fetch = "browser"`` sources (None: found on the PATH), and
    how many pages it may hold open at once (each costs tens of MB)."""

    executable: str | None = None
    pages: int = DEFAULT_BROWSER_PAGES


@dataclass(frozen=True, kw_only=True)
class DaemonConfig:
    """``regwatch run``: how often it looks for due work, and how long a claim on a source or a delivery lasts
    (a crashed worker's sources and deliveries are taken over when its lease expires; a running pass renews
    its sources' leases, so only a dead worker's run out)."""

    tick: timedelta = timedelta(seconds=10)
    lease: timedelta = timedelta(minutes=5)
    delivery_lease: timedelta = timedelta(minutes=5)
    dispatch: timedelta = timedelta(minutes=1)
    heartbeat: timedelta = timedelta(seconds=30)
    jitter: float = 0.1


@dataclass(frozen=True, kw_only=True)
class ReportConfig:
    """``[report] path``: where the daemon rewrites the HTML timeline after each change (None: it does not)."""

    path: str | None = None


@dataclass(frozen=True, kw_only=True)
class Config:
    """The whole validated config. ``path`` is where it was read from."""

    path: Path
    database_url: str = DEFAULT_DATABASE_URL
    keep_snapshots: int = DEFAULT_KEEP_SNAPSHOTS
    sources: tuple[SourceConfig, ...] = ()
    milestones: tuple[MilestoneConfig, ...] = ()
    notifiers: tuple[NotifierConfig, ...] = ()
    digest: DigestConfig = field(default_factory=DigestConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    browser: BrowserConfig = field(default_factory=BrowserConfig)
    daemon: DaemonConfig = field(default_factory=DaemonConfig)
    report: ReportConfig = field(default_factory=ReportConfig)
    reminder_days: tuple[int, ...] = DEFAULT_REMINDER_DAYS
    vocabulary: Vocabulary = field(default_factory=shipped)  # shipped status words plus the config's [vocabulary]

    def source(self, source_id: str) -> SourceConfig:
        return next(s for s in self.sources if s.id == source_id)

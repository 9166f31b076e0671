"""The TOML config, loaded with ``tomllib`` into typed objects and validated before anything runs.

Every problem is reported as one line naming the file, the line, the table and the key, so a person can
fix it without reading code: ``config.toml:14: [[sources]] "asean-news": interval: 'abc' is not a duration``.
Resolution order: ``--config PATH``, ``$REGWATCH_CONFIG``, ``./config.toml``, the shipped example.
"""
from __future__ import annotations

import functools
import logging
import os
import re
import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from monitor import catalog
from monitor.durations import parse_duration
from monitor.errors import ConfigError
from monitor.fetching import options
from monitor.fuzzydate import FuzzyDate
from monitor.lifecycle import STATUSES
from monitor.language.names import Names
from monitor.language.signals import Signal, compile_signal_pattern
from monitor.language.vocabulary import LANGUAGES, Vocabulary, extended
from monitor.language.vocabulary import shipped as shipped_vocabulary
from monitor.patterns import PatternError, compile_pattern
from monitor.settings import (
    Config,
    DEFAULT_DATABASE_URL,
    DEFAULT_DIGEST_DAYS,
    DEFAULT_DIGEST_TIME,
    DEFAULT_INTERVAL,
    DEFAULT_KEEP_SNAPSHOTS,
    DEFAULT_REMINDER_DAYS,
    DEFAULT_STALE_AFTER,
    DEFAULT_TIMEZONE,
    BROWSER_KINDS,
    BrowserConfig,
    DaemonConfig,
    DigestConfig,
    ExpectedConfig,
    FETCH_MODES,
    FetchConfig,
    HistoryConfig,
    JURISDICTIONS,
    MIN_KEEP_SNAPSHOTS,
    MilestoneConfig,
    NOTIFIER_FILTER_KEYS,
    NotifierConfig,
    ReportConfig,
    SOURCE_KEYS,
    SourceConfig,
    DAY_NAMES,
    TRANSPORTS,
)

Where = int | tuple[int, str, int] | None  # a table's index; (i, "signals", j) for a sub-table


log = logging.getLogger("monitor")


@functools.cache
def _warn_once(message: str) -> None:
    """Log ``message`` the first time only: a process that reloads its config (the demo) warns once."""
    log.warning(message)


def resolve_path(explicit: str | None) -> Path:
    """``--config``, else ``$REGWATCH_CONFIG``, else ``./config.toml``, else the shipped example."""
    for candidate in (explicit, os.environ.get("REGWATCH_CONFIG")):
        if candidate:
            return Path(candidate)
    local = Path("config.toml")
    if local.exists():
        return local
    return catalog.shipped_path()


def load(explicit: str | None = None) -> Config:
    """Read and validate the config; raise ConfigError with the location of the first problem."""
    path = resolve_path(explicit)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc.strerror})") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return _Loader(path, text).config(raw)


def _shipped() -> tuple[tuple[SourceConfig, ...], tuple[MilestoneConfig, ...]]:
    """The shipped catalog's sources and milestones, validated against its own file (so its lines are right)."""
    path = catalog.shipped_path()
    text = path.read_text(encoding="utf-8")
    loader, raw = _Loader(path, text), tomllib.loads(text)
    fetch = loader.fetch(raw.get("fetch", {}))
    sources = tuple(loader.source(s, i, fetch) for i, s in enumerate(raw.get("sources", [])))
    ids = {s.id for s in sources}
    vocabulary = shipped_vocabulary()
    return sources, tuple(loader.milestone(m, i, ids, vocabulary) for i, m in enumerate(raw.get("milestones", [])))


class _Loader:
    """Builds the Config, keeping the file text to point at the line of each error."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    # -- error reporting -------------------------------------------------------------------------------
    def fail(self, table: str, index: Where, label: str, key: str | None, problem: str) -> ConfigError:
        line = self._line(table, index, key)
        where = f"{self.path}:{line}" if line else str(self.path)
        header = f"[[{table}]]" if index is not None else f"[{table}]"
        if isinstance(index, tuple):
            header = f"[[{table}.{index[1]}]]"
        subject = f"{header} {label}".rstrip()
        return ConfigError(f"{where}: {subject}: {key + ': ' if key else ''}{problem}")

    def _line(self, table: str, index: Where, key: str | None) -> int | None:
        """1-based line of ``key`` in the ``index``-th ``[[table]]`` (or ``[table]``), else of its header.

        ``index`` may be ``(i, "signals", j)``: the ``j``-th ``[[table.signals]]`` of the ``i``-th table."""
        index, sub, sub_index = index if isinstance(index, tuple) else (index, None, None)
        header = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?")
        seen, sub_seen, start = -1, -1, None
        for number, line in enumerate(self.lines, 1):
            match = header.match(line)
            if match:
                if start is not None and not match.group(1).startswith(table + "."):
                    break
                if match.group(1) == table:
                    seen += 1
                    if index is None or seen == index:
                        start = number
                elif start is not None and sub:  # inside the wanted table: find its sub-table
                    if match.group(1) == f"{table}.{sub}":
                        sub_seen += 1
                    inside = match.group(1) == f"{table}.{sub}" and sub_seen == sub_index
                    if inside:
                        start = number
                    elif sub_seen == sub_index:
                        break  # past the wanted sub-table
                continue
            if start is not None and key and (not sub or sub_seen == sub_index) and re.match(
                    rf"^\s*{re.escape(key)}\s*=", line):
                return number
        return start

    # -- typed readers ---------------------------------------------------------------------------------
    def _check_keys(self, data: dict, allowed: tuple[str, ...], table: str, index: int | None, label: str,
                    what: str = "") -> None:
        for key in data:
            if key not in allowed:
                accepted = ", ".join(sorted(allowed))
                raise self.fail(table, index, label, key, f"unknown key{what} (accepted: {accepted})")

    def _str(self, data: dict, key: str, table: str, index: int | None, label: str,
             default: str | None = None, required: bool = False) -> str | None:
        value = data.get(key, default)
        if value is None:
            if required:
                raise self.fail(table, index, label, key, "is required")
            return None
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(table, index, label, key, f"must be a non-empty string, not {value!r}")
        return value

    def _list(self, data: dict, key: str, table: str, index: int | None, label: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(table, index, label, key, "must be a list of strings")
        return tuple(value)

    def _regexes(self, data: dict, key: str, table: str, index: int | None, label: str,
                 fold: bool | None = None) -> tuple[str, ...]:
        """A list of user patterns, each compiled as it will run (monitor.patterns; a signal's with its
        ``fold``): a construct RE2 lacks is reported here, with the file and line."""
        patterns = self._list(data, key, table, index, label)
        for pattern in patterns:
            try:
                compile_pattern(pattern) if fold is None else compile_signal_pattern(pattern, fold)
            except PatternError as exc:
                raise self.fail(table, index, label, key, str(exc)) from None
        return patterns

    def _bool(self, data: dict, key: str, default: bool, table: str, index: int | None, label: str) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(table, index, label, key, f"must be true or false, not {value!r}")
        return value

    def _choice(self, value: Any, choices: tuple[str, ...], table: str, index: int | None, label: str,
                key: str) -> str:
        if value not in choices:
            raise self.fail(table, index, label, key, f"{value!r} is not one of {', '.join(choices)}")
        return value

    def _duration(self, value: Any, table: str, index: int | None, label: str, key: str,
                  allow_zero: bool = False) -> timedelta:
        try:
            return parse_duration(value, allow_zero=allow_zero)
        except ValueError as exc:
            raise self.fail(table, index, label, key, str(exc)) from None

    def _fuzzy(self, value: Any, table: str, index: int | None, label: str, key: str) -> FuzzyDate:
        try:
            return FuzzyDate.parse(value)
        except ValueError as exc:
            raise self.fail(table, index, label, key, str(exc)) from None

    # -- sections --------------------------------------------------------------------------------------
    def config(self, raw: dict) -> Config:
        top = ("database", "sources", "milestones", "notifiers", "digest", "fetch", "browser", "reminders", "daemon",
               "report", "catalog", "vocabulary")
        for key in raw:
            if key not in top:
                raise self.fail(key, None, "", None, f"unknown table (accepted: {', '.join(top)})")
        vocabulary = self.vocabulary(raw.get("vocabulary"))
        database = raw.get("database", {})
        self._check_keys(database, ("url", "keep_snapshots"), "database", None, "")
        url = os.environ.get("REGWATCH_DATABASE_URL") or self._str(
            database, "url", "database", None, "", DEFAULT_DATABASE_URL)
        keep = database.get("keep_snapshots", DEFAULT_KEEP_SNAPSHOTS)
        if not isinstance(keep, int) or isinstance(keep, bool) or keep < MIN_KEEP_SNAPSHOTS:
            raise self.fail("database", None, "", "keep_snapshots",
                            f"must be a whole number of at least {MIN_KEEP_SNAPSHOTS}, not {keep!r}")
        fetch = self.fetch(raw.get("fetch", {}))
        sources = tuple(self.source(s, i, fetch) for i, s in enumerate(raw.get("sources", [])))
        self._unique([s.id for s in sources], "sources")
        choice = self.catalog(raw["catalog"]) if "catalog" in raw else None
        shipped = _shipped() if choice else ((), ())
        if choice:
            sources = catalog.merged_sources(shipped[0], sources, choice)
        self._warn_private(sources)
        source_ids = {s.id for s in sources}
        milestones = tuple(self.milestone(m, i, source_ids, vocabulary) for i, m in enumerate(raw.get("milestones", [])))
        self._unique([m.id for m in milestones], "milestones")
        if choice:
            milestones = catalog.merged_milestones(shipped[1], milestones, choice, source_ids)
        notifiers = tuple(self.notifier(name, body) for name, body in raw.get("notifiers", {}).items())
        return Config(path=self.path, database_url=url, keep_snapshots=keep, sources=sources,
                      milestones=milestones, notifiers=notifiers, digest=self.digest(raw.get("digest", {})),
                      fetch=fetch, browser=self.browser(raw.get("browser", {})),
                      daemon=self.daemon(raw.get("daemon", {})),
                      report=self.report(raw.get("report", {})),
                      reminder_days=self.reminders(raw.get("reminders", {})), vocabulary=vocabulary)

    def catalog(self, data: Any) -> catalog.CatalogChoice:
        if not isinstance(data, dict):
            raise self.fail("catalog", None, "", None, "must be a table { milestones = true, sources = false }")
        self._check_keys(data, catalog.KEYS, "catalog", None, "")
        return catalog.CatalogChoice(**{key: self._bool(data, key, True, "catalog", None, "") for key in catalog.KEYS})

    def _unique(self, ids: list[str], table: str) -> None:
        seen: set[str] = set()
        for index, item_id in enumerate(ids):
            if item_id in seen:
                raise self.fail(table, index, f'"{item_id}"', "id", "duplicate id (ids must be unique)")
            seen.add(item_id)

    def _warn_private(self, sources: tuple[SourceConfig, ...]) -> None:
        """One warning for all the sources that ``allow_private`` lets reach a non-public address."""
        private = [f"{s.id} ({found})" for s in sources if (found := options.private_address(s.url))]
        if private:
            more = f" and {len(private) - 5} more" if len(private) > 5 else ""
            _warn_once(f"{self.path}: [fetch] allow_private lets {len(private)} source{'s' if len(private) != 1 else ''}"
                       f" reach non-public addresses: {', '.join(private[:5])}{more}")

    def _option(self, check, value: Any, table: str, index: int | None, label: str, key: str, *extra: Any) -> Any:
        """``check(value)`` from monitor.fetching.options, its ValueError reported at the key."""
        try:
            return check(value, *extra)
        except ValueError as exc:
            raise self.fail(table, index, label, key, str(exc)) from None

    def source(self, data: dict, index: int, fetch: FetchConfig) -> SourceConfig:
        from sources import KINDS, SettingsError

        label = f'"{data.get("id")}"' if isinstance(data.get("id"), str) else f"#{index + 1}"
        source_id = self._str(data, "id", "sources", index, label, required=True)
        kind_name = self._choice(data.get("kind"), tuple(KINDS), "sources", index, label, "kind")
        kind = KINDS[kind_name]
        self._check_keys(data, SOURCE_KEYS + kind.required + kind.optional, "sources", index, label,
                         f" for kind {kind_name!r}")
        for key in kind.required:
            if key not in data:
                raise self.fail("sources", index, label, key, f"is required for kind {kind_name!r}")
        url = self._str(data, "url", "sources", index, label, required=True)
        if not re.match(r"^https?://[^\s/]+", url):
            raise self.fail("sources", index, label, "url", f"{url!r} is not an http(s) URL")
        self._option(options.public_url, url, "sources", index, label, "url", fetch.allow_private)
        jurisdiction = data.get("jurisdiction")
        if jurisdiction is not None:
            self._choice(jurisdiction, JURISDICTIONS, "sources", index, label, "jurisdiction")
        settings = {k: data[k] for k in kind.required + kind.optional if k in data}
        try:
            kind.check_settings(settings)
        except SettingsError as exc:
            key, _, problem = str(exc).partition(": ")
            raise self.fail("sources", index, label, key if problem else None, problem or key) from None
        headers = self._option(options.headers, data.get("headers", {}), "sources", index, label, "headers")
        user_agent = self._option(options.user_agent, data.get("user_agent"), "sources", index, label, "user_agent")
        fetch, wait_for = self._fetch_mode(data, kind_name, index, label)
        return SourceConfig(
            id=source_id, kind=kind_name, url=url, jurisdiction=jurisdiction, fetch=fetch, wait_for=wait_for,
            name=self._str(data, "name", "sources", index, label),
            interval=self._duration(data.get("interval", DEFAULT_INTERVAL), "sources", index, label, "interval"),
            ignore=self._regexes(data, "ignore", "sources", index, label),
            robots=self._bool(data, "robots", True, "sources", index, label), headers=headers,
            official=self._bool(data, "official", False, "sources", index, label),
            stale_after=self._duration(data.get("stale_after", DEFAULT_STALE_AFTER), "sources", index, label,
                                       "stale_after"),
            user_agent=user_agent, settings=settings)

    def _fetch_mode(self, data: dict, kind: str, index: int, label: str) -> tuple[str, str | None]:
        """``fetch`` ("http" or "browser") and ``wait_for``, a CSS selector that only a browser can wait for
        (Chromium judges it: a selector it rejects fails the source with a message naming it)."""
        fetch = self._choice(data.get("fetch", "http"), FETCH_MODES, "sources", index, label, "fetch")
        if fetch == "browser" and kind not in BROWSER_KINDS:
            raise self.fail("sources", index, label, "fetch",
                            f'"browser" renders HTML: use it with kind {" or ".join(BROWSER_KINDS)}, not {kind!r}')
        wait_for = self._str(data, "wait_for", "sources", index, label)
        if wait_for is not None and not wait_for.strip():
            raise self.fail("sources", index, label, "wait_for", "must be a CSS selector, not an empty string")
        if wait_for is not None and fetch != "browser":
            raise self.fail("sources", index, label, "wait_for", 'needs fetch = "browser" (only a browser waits)')
        return fetch, wait_for

    def milestone(self, data: dict, index: int, source_ids: set[str], vocabulary: Vocabulary) -> MilestoneConfig:
        table = "milestones"
        label = f'"{data.get("id")}"' if isinstance(data.get("id"), str) else f"#{index + 1}"
        allowed = ("id", "title", "jurisdiction", "instrument", "status", "expected", "binding", "sources",
                   "names", "kind", "topic", "signals", "history")
        self._check_keys(data, allowed, table, index, label)
        milestone_id = self._str(data, "id", table, index, label, required=True)
        if not re.match(r"^[a-z0-9][a-z0-9-]*$", milestone_id):
            raise self.fail(table, index, label, "id", "must be a slug: lower-case letters, digits and dashes")
        status = self._choice(data.get("status"), STATUSES, table, index, label, "status")
        sources = data.get("sources")
        if sources is not None:
            sources = self._list(data, "sources", table, index, label)
            for source_id in sources:
                if source_id not in source_ids:
                    raise self.fail(table, index, label, "sources", f"names unknown source {source_id!r}")
        return MilestoneConfig(
            id=milestone_id, title=self._str(data, "title", table, index, label, required=True),
            jurisdiction=self._choice(data.get("jurisdiction"), JURISDICTIONS, table, index, label, "jurisdiction"),
            status=status, instrument=self._str(data, "instrument", table, index, label, "") or "",
            binding=self._bool(data, "binding", False, table, index, label),
            expected=self.expected(data.get("expected"), index, label), sources=sources,
            names=self.names(data, index, label, vocabulary),
            signals=tuple(self.signal(s, index, label, number)
                          for number, s in enumerate(self._tables(data, "signals", index, label))),
            history=tuple(self.history(h, index, label) for h in self._tables(data, "history", index, label)))

    def _tables(self, data: dict, key: str, index: int, label: str) -> list[dict]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail("milestones", index, label, key, f"must be [[milestones.{key}]] tables")
        return value

    def expected(self, data: Any, index: int, label: str) -> ExpectedConfig | None:
        if data is None:
            return None
        if not isinstance(data, dict):
            raise self.fail("milestones", index, label, "expected", "must be a table { status = ..., date = ... }")
        self._check_keys(data, ("status", "date"), "milestones", index, label, " in expected")
        status = self._choice(data.get("status"), STATUSES, "milestones", index, label, "expected")
        date = data.get("date")
        return ExpectedConfig(status=status, date=None if date is None else
                              self._fuzzy(date, "milestones", index, label, "expected"))

    def signal(self, data: dict, index: int, label: str, number: int) -> Signal:
        where = ("milestones", (index, "signals", number), f"{label} signal #{number + 1}")
        self._check_keys(data, ("status", "all", "any", "none", "fold_diacritics", "certain"), *where)
        fold = self._bool(data, "fold_diacritics", False, *where)
        all_, any_ = self._regexes(data, "all", *where, fold=fold), self._regexes(data, "any", *where, fold=fold)
        if not all_ and not any_:
            raise self.fail(*where, "all", "a signal needs at least one `all` or `any` regex")
        return Signal(status=self._choice(data.get("status"), STATUSES, *where, "status"), all=all_, any=any_,
                      none=self._regexes(data, "none", *where, fold=fold), fold_diacritics=fold,
                      certain=self._bool(data, "certain", True, *where))

    def names(self, data: dict, index: int, label: str, vocabulary: Vocabulary) -> Names | None:
        """``names = { en = [...], id = [...] }`` plus ``kind`` and ``topic`` (vocabulary keys, or lists of them)."""
        raw = data.get("names")
        if raw is None and "kind" not in data and "topic" not in data:
            return None
        raw = {} if raw is None else raw
        if not isinstance(raw, dict):
            raise self.fail("milestones", index, label, "names", "must be a table { en = [...], id = [...], ... }")
        aliases = {}
        for lang, values in raw.items():
            if lang not in LANGUAGES:
                raise self.fail("milestones", index, label, "names",
                                f"unknown language {lang!r} (accepted: {', '.join(LANGUAGES)})")
            values = [values] if isinstance(values, str) else values
            if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                raise self.fail("milestones", index, label, "names", f"{lang}: must be a list of non-empty strings")
            aliases[lang] = tuple(values)
        parts = {}
        for key, known in (("kind", vocabulary.kinds), ("topic", vocabulary.topics)):
            values = self._list(data, key, "milestones", index, label)
            for value in values:
                if value not in known:
                    raise self.fail("milestones", index, label, key,
                                    f"{value!r} is not in the vocabulary (known: {', '.join(sorted(known))})")
            parts[key] = values
        return Names(aliases=aliases, kinds=parts["kind"], topics=parts["topic"])

    def vocabulary(self, data: Any) -> Vocabulary:
        if data is None:
            return shipped_vocabulary()
        if not isinstance(data, dict):
            raise self.fail("vocabulary", None, "", None, "must be a table")
        try:
            return extended(data)
        except ValueError as exc:
            where, _, problem = str(exc).partition(": ")
            raise self.fail("vocabulary", None, "", where.removeprefix("vocabulary."), problem) from None

    def history(self, data: dict, index: int, label: str) -> HistoryConfig:
        where = ("milestones", index, f"{label} history")
        self._check_keys(data, ("status", "date", "url", "note"), *where)
        return HistoryConfig(status=self._choice(data.get("status"), STATUSES, *where, "status"),
                             date=self._fuzzy(data.get("date"), *where, "date"),
                             url=self._str(data, "url", *where), note=self._str(data, "note", *where))

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

    def fetch(self, data: dict) -> FetchConfig:
        defaults = FetchConfig()
        keys = ("contact", "concurrency", "per_host", "host_delay", "timeout", "retries", "backoff", "max_bytes",
                "max_redirects", "transport", "proxy", "ca_bundle", "allow_private", "pattern_timeout", "parse_timeout")
        self._check_keys(data, keys, "fetch", None, "")
        values: dict[str, Any] = {}
        for key in ("concurrency", "per_host", "retries", "max_bytes", "max_redirects"):
            value = data.get(key, getattr(defaults, key))
            if not isinstance(value, int) or isinstance(value, bool) or value < (0 if key == "retries" else 1):
                raise self.fail("fetch", None, "", key, f"must be a positive whole number, not {value!r}")
            values[key] = value
        for key in ("host_delay", "timeout", "backoff", "pattern_timeout", "parse_timeout"):
            if key in data:
                values[key] = self._duration(data[key], "fetch", None, "", key,
                                             allow_zero=key not in ("timeout", "pattern_timeout", "parse_timeout"))
        values["contact"] = self._str(data, "contact", "fetch", None, "", defaults.contact)
        values["transport"] = self._choice(data.get("transport", defaults.transport), TRANSPORTS, "fetch", None, "",
                                           "transport")
        values["proxy"] = self._option(options.proxy, data.get("proxy"), "fetch", None, "", "proxy")
        values["ca_bundle"] = self._option(options.ca_bundle, data.get("ca_bundle"), "fetch", None, "", "ca_bundle",
                                           self.path.parent)
        values["allow_private"] = self._option(options.allow_private, data.get("allow_private", False), "fetch",
                                               None, "", "allow_private")
        return FetchConfig(**values)

    def browser(self, data: dict) -> BrowserConfig:
        self._check_keys(data, ("executable", "pages"), "browser", None, "")
        pages = data.get("pages", BrowserConfig.pages)
        if not isinstance(pages, int) or isinstance(pages, bool) or pages < 1:
            raise self.fail("browser", None, "", "pages", f"must be a positive whole number, not {pages!r}")
        return BrowserConfig(executable=self._str(data, "executable", "browser", None, "") or None, pages=pages)

    def daemon(self, data: dict) -> DaemonConfig:
        keys = ("tick", "lease", "dispatch", "heartbeat", "delivery_lease", "jitter")
        self._check_keys(data, keys, "daemon", None, "")
        values: dict[str, Any] = {k: self._duration(data[k], "daemon", None, "", k) for k in keys[:5] if k in data}
        jitter = data.get("jitter", DaemonConfig.jitter)
        if not isinstance(jitter, (int, float)) or isinstance(jitter, bool) or not 0 <= jitter < 1:
            raise self.fail("daemon", None, "", "jitter", f"must be a fraction from 0 to 0.99, not {jitter!r}")
        return DaemonConfig(jitter=float(jitter), **values)

    def report(self, data: dict) -> ReportConfig:
        self._check_keys(data, ("path",), "report", None, "")
        return ReportConfig(path=self._str(data, "path", "report", None, "") or None)  # "" = off

    def reminders(self, data: dict) -> tuple[int, ...]:
        self._check_keys(data, ("days",), "reminders", None, "")
        days = data.get("days", list(DEFAULT_REMINDER_DAYS))
        if not isinstance(days, list) or not all(isinstance(d, int) and d > 0 for d in days):
            raise self.fail("reminders", None, "", "days", "must be a list of positive whole numbers of days")
        return tuple(sorted(set(days), reverse=True))

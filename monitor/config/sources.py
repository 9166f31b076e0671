"""The ``[[sources]]``, ``[fetch]`` and ``[browser]`` tables."""
from __future__ import annotations

import functools
import logging
import re
from typing import Any

from monitor.config.reader import Reader
from monitor.fetching import options
from monitor.settings import (
    BROWSER_KINDS,
    DEFAULT_INTERVAL,
    DEFAULT_STALE_AFTER,
    FETCH_MODES,
    JURISDICTIONS,
    SOURCE_KEYS,
    TRANSPORTS,
    BrowserConfig,
    FetchConfig,
    SourceConfig,
)

log = logging.getLogger("monitor")


@functools.cache
def _warn_once(message: str) -> None:
    """Log ``message`` the first time only: a process that reloads its config (the demo) warns once."""
    log.warning(message)


class SourceTables(Reader):
    """Reads the tables that say what is fetched and how."""

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

    def _warn_private(self, sources: tuple[SourceConfig, ...]) -> None:
        """One warning for all the sources that ``allow_private`` lets reach a non-public address."""
        private = [f"{s.id} ({found})" for s in sources if (found := options.private_address(s.url))]
        if private:
            more = f" and {len(private) - 5} more" if len(private) > 5 else ""
            _warn_once(f"{self.path}: [fetch] allow_private lets {len(private)} source{'s' if len(private) != 1 else ''}"
                       f" reach non-public addresses: {', '.join(private[:5])}{more}")

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

"""Polite HTTP fetching with one shared httpx client.

Politeness: a global concurrency limit, a per-host limit with a minimum delay between requests to one host,
robots.txt obeyed (protego, cached per host), a User-Agent naming regwatch and a contact URL. Robustness:
timeouts, retries with exponential backoff and jitter (connect errors, timeouts, 429 honouring Retry-After,
5xx), a streamed body-size cap (an endless or decompression-bomb response is cut and reported), a redirect
limit, and conditional GET (ETag / Last-Modified: a 304 costs no parsing and no writes).

Every failure is raised as :class:`FetchError` with a message naming the URL; the caller records it as a
source-health event.
"""
from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urlsplit

import httpx
from protego import Protego

from monitor.config import FetchConfig
from monitor.errors import RegwatchError

VERSION = "0.1.0"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 300.0


class FetchError(RegwatchError):
    """A URL could not be fetched (after retries). ``status`` is the last HTTP status, if any."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, kw_only=True)
class Request:
    """What to ask for: the URL, method, body, extra headers, and the validators of the last good fetch."""

    url: str
    method: str = "GET"
    body: bytes | None = None
    headers: dict[str, str] | None = None
    etag: str | None = None
    last_modified: str | None = None
    robots: bool = True


@dataclass(frozen=True, kw_only=True)
class Response:
    """A successful fetch. ``not_modified`` means 304: ``body`` is empty and nothing needs parsing."""

    url: str
    status: int
    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    retry_after: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """One shared async client with politeness limits. Use as ``async with Fetcher(cfg) as f: await f.fetch(r)``."""

    def __init__(self, config: FetchConfig) -> None:
        self.config = config
        self.user_agent = f"regwatch/{VERSION} (+{config.contact})"
        self._global = asyncio.Semaphore(config.concurrency)
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, asyncio.Task[Protego | None]] = {}
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Fetcher:
        self._client = httpx.AsyncClient(
            follow_redirects=True, max_redirects=self.config.max_redirects,
            timeout=httpx.Timeout(self.config.timeout.total_seconds()),
            limits=httpx.Limits(max_connections=self.config.concurrency,
                                max_keepalive_connections=self.config.concurrency),
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"})
        return self

    async def __aexit__(self, *exc_info) -> None:
        assert self._client is not None
        await self._client.aclose()

    async def fetch(self, request: Request) -> Response:
        """Fetch with retries; raise FetchError naming the URL when it cannot be had."""
        if request.robots and not await self._allowed(request.url):
            raise FetchError(f"{request.url}: disallowed by robots.txt (set robots = false on the source to override)")
        attempt = 0
        while True:
            try:
                response = await self._attempt(request)
            except (httpx.ConnectError, httpx.TimeoutException, httpx.RemoteProtocolError, httpx.ReadError) as exc:
                error, wait = FetchError(f"{request.url}: {_describe(exc)}"), None
            except httpx.TooManyRedirects:
                raise FetchError(f"{request.url}: more than {self.config.max_redirects} redirects "
                                 "(a redirect loop?)") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"{request.url}: {_describe(exc)}") from None
            else:
                if response.status not in RETRY_STATUSES:
                    if response.status >= 400:
                        raise FetchError(f"{request.url}: HTTP {response.status}", status=response.status)
                    return response
                error = FetchError(f"{request.url}: HTTP {response.status}", status=response.status)
                wait = _retry_after(response.retry_after)
            if attempt >= self.config.retries:
                raise error
            delay = self.config.backoff.total_seconds() * 2 ** attempt * (1 + random.random() / 2)
            await asyncio.sleep(min(max(wait or 0.0, delay), MAX_RETRY_AFTER))
            attempt += 1

    async def _attempt(self, request: Request) -> Response:
        assert self._client is not None
        headers = dict(request.headers or {})
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        host = self._host(request.url)
        async with self._global, host.slot():
            async with self._client.stream(request.method, request.url, headers=headers,
                                           content=request.body) as response:
                failed = response.status_code in RETRY_STATUSES or response.status_code >= 400
                body = b"" if failed else await self._read_capped(response, request.url)
                return Response(url=str(response.url), status=response.status_code, body=body,
                                content_type=response.headers.get("Content-Type"), etag=response.headers.get("ETag"),
                                last_modified=response.headers.get("Last-Modified"),
                                retry_after=response.headers.get("Retry-After"))

    async def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        """Read at most ``max_bytes`` of the decoded body; more is an error, never a silent truncation."""
        limit = self.config.max_bytes
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > limit and "Content-Encoding" not in response.headers:
            raise FetchError(f"{url}: response of {int(declared):,} bytes is over the limit of {limit:,} bytes")
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"{url}: response body is over the limit of {limit:,} bytes (cut off)")
            chunks.append(chunk)
        return b"".join(chunks)

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        if key not in self._hosts:
            self._hosts[key] = _Host(self.config.per_host, self.config.host_delay.total_seconds())
        return self._hosts[key]

    async def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = asyncio.ensure_future(self._load_robots(origin))
        rules = await self._robots[origin]
        return rules is None or rules.can_fetch(url, self.user_agent)

    async def _load_robots(self, origin: str) -> Protego | None:
        """robots.txt of an origin; missing (4xx) or unreachable means no rules, as crawlers commonly do."""
        try:
            raw = await self._attempt(Request(url=f"{origin}/robots.txt"))
        except (httpx.HTTPError, FetchError):
            return None
        if raw.status != 200:
            return None
        return Protego.parse(raw.body.decode("utf-8", errors="replace"))


class _Host:
    """Per-host politeness: at most ``limit`` requests at once, request starts ``delay`` seconds apart."""

    def __init__(self, limit: int, delay: float) -> None:
        self._slots = asyncio.Semaphore(limit)
        self._lock = asyncio.Lock()
        self._delay = delay
        self._next_start = 0.0

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._slots:
            async with self._lock:
                wait = self._next_start - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._next_start = time.monotonic() + self._delay
            yield


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _describe(exc: Exception) -> str:
    """A short human description of an httpx error."""
    kind = {httpx.ConnectError: "cannot connect", httpx.ConnectTimeout: "connect timed out",
            httpx.ReadTimeout: "read timed out", httpx.RemoteProtocolError: "connection broken"}.get(type(exc))
    detail = str(exc) or type(exc).__name__
    return f"{kind} ({detail})" if kind else detail

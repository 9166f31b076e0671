"""robots.txt as RFC 9309 says, read once per origin per pass.

- 2xx: the rules apply (matched against the User-Agent the request sends).
- 4xx ("unavailable", 2.3.1.3): no rules, everything may be fetched. 429 is the exception: a server asking to
  slow down is treated as unreachable.
- 5xx or no answer ("unreachable", 2.3.1.4): assume complete disallow, so the origin's sources fail this
  pass with a message saying so, and the next pass asks again.
"""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from monitor.fetching.model import FetchError, Request, Response


@dataclass(frozen=True)
class _Rules:
    """What an origin's robots.txt said: ``parsed`` rules, nothing (allow all), or why it was unreachable."""

    parsed: Protego | None = None
    unreachable: str | None = None


class Robots:
    """The robots.txt rules of each origin, fetched through ``fetch`` the first time an origin is asked."""

    def __init__(self, fetch: Callable[[Request], Awaitable[Response]]) -> None:
        self._fetch = fetch
        self._origins: dict[str, asyncio.Task[_Rules]] = {}

    async def check(self, url: str, user_agent: str) -> None:
        """Return if ``url`` may be fetched; raise FetchError saying why not."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._origins:
            self._origins[origin] = asyncio.ensure_future(self._load(origin))
        rules = await self._origins[origin]
        if rules.unreachable is not None:
            raise FetchError(f"{url}: robots.txt was unavailable ({rules.unreachable}), so nothing on "
                             f"{origin} is fetched this pass (RFC 9309); set robots = false on the source "
                             "to override", final=True)
        if rules.parsed is not None and not rules.parsed.can_fetch(url, user_agent):
            raise FetchError(f"{url}: disallowed by robots.txt (set robots = false on the source to override)",
                             final=True)

    async def _load(self, origin: str) -> _Rules:
        try:
            response = await self._fetch(Request(url=f"{origin}/robots.txt", robots=False))
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                return _Rules()
            reason = f"HTTP {exc.status}" if exc.status else str(exc).removeprefix(f"{origin}/robots.txt: ")
            return _Rules(unreachable=reason)
        if response.status != 200:
            return _Rules()
        return _Rules(parsed=Protego.parse(response.body.decode("utf-8", errors="replace")))

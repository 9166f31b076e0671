"""Which addresses a rendered page may reach: the address policy of every fetch, applied inside the browser.

A page's scripts, frames and redirects can ask for any URL, and regwatch runs inside company networks: a page
written by someone else must not reach an admin console on loopback or the cloud metadata service through
the browser any more than through the HTTP fetcher. So every request the browser routes (the page itself, its
scripts, frames, XHR and fetch calls) is judged before it goes out, host by host, with the resolved addresses
judged as ``addresses.AddressPolicy`` judges them for HTTP (``[fetch] allow_private``); a refused one is never
sent. Playwright does not route redirect hops, so each hop is judged as the browser reports it: a page whose
navigation was refused or redirected to a refused address is discarded, its DOM never read.
"""
from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

from monitor.fetching import addresses
from monitor.fetching.addresses import AddressPolicy

JUDGED = {"http": 80, "https": 443, "ws": 80, "wss": 443}  # schemes that reach a host (data:, blob: do not)


class PageGuard:
    """The verdicts of one pass, cached per host and port: a page asks for the same hosts many times."""

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy
        self._verdicts: dict[tuple[str, int], asyncio.Task[str | None]] = {}

    async def refusal(self, url: str) -> str | None:
        """Why ``url`` may not be reached from a rendered page, or None when it may."""
        parts = urlsplit(url)
        if parts.scheme not in JUDGED or not parts.hostname:
            return None
        try:
            port = parts.port or JUDGED[parts.scheme]
        except ValueError:
            return None  # the browser itself refuses a URL with a bad port
        key = (parts.hostname, port)
        if key not in self._verdicts:
            self._verdicts[key] = asyncio.ensure_future(self._judge(*key))
        return await self._verdicts[key]

    async def _judge(self, host: str, port: int) -> str | None:
        try:
            found = await addresses.resolve(host, port)
        except LookupError:
            return None  # it cannot be reached at all: the browser reports that itself
        for address in found:
            if not self.policy.permits(address):
                return (f"{host} is {address}, a {addresses.kind(address)} address "
                        "(set [fetch] allow_private to allow it)")
        return None

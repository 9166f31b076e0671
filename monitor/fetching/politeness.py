"""Politeness towards the sites: at most ``concurrency`` requests at once overall, and per host at most
``per_host`` at once with request starts at least ``host_delay`` apart."""
from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit


class Politeness:
    """The slots every request waits for: one global limit and one per host."""

    def __init__(self, concurrency: int, per_host: int, host_delay: float) -> None:
        self._global = asyncio.Semaphore(concurrency)
        self._hosts: dict[str, _Host] = {}
        self._per_host, self._delay = per_host, host_delay

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        key = urlsplit(url).netloc.lower()
        if key not in self._hosts:
            self._hosts[key] = _Host(self._per_host, self._delay)
        async with self._global, self._hosts[key].slot():
            yield


class _Host:
    """One host: at most ``limit`` requests at once, request starts ``delay`` seconds apart."""

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

"""Reading a response body with bounded memory.

Content codings are undone here rather than by httpx, which inflates each network read whole (64 KiB of
gzip can become 64 MiB before any cap is checked). Each inflate step here yields at most ``STEP`` bytes, and
every step is counted against the source's budget as it is produced, so a decompression bomb is stopped at the
cap having held at most the cap plus one step.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator

import httpx

from monitor.fetching.model import Budget, FetchError

STEP = 65536
ACCEPT_ENCODING = "gzip, deflate"  # what _Inflater undoes; asked for in every request


class _Inflater:
    """One gzip or deflate coding, undone ``STEP`` bytes at a time."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self._inflate: zlib._Decompress | None = (
            zlib.decompressobj(zlib.MAX_WBITS | 16) if coding in ("gzip", "x-gzip") else None)

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._inflate is None:  # deflate: zlib-wrapped as the RFC says, or raw as some servers send it
            wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._inflate = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        while True:
            out = self._inflate.decompress(data, STEP)
            if out:
                yield out
            data = self._inflate.unconsumed_tail
            if not data and len(out) < STEP:
                return

    def flush(self) -> Iterator[bytes]:
        if self._inflate is not None:
            yield self._inflate.flush()


class Decoder:
    """The codings of a ``Content-Encoding`` header, undone in reverse order of application."""

    def __init__(self, header: str | None, url: str) -> None:
        codings = [c.strip().lower() for c in (header or "").split(",") if c.strip().lower() not in ("", "identity")]
        for coding in codings:
            if coding not in ("gzip", "x-gzip", "deflate"):
                raise FetchError(f"{url}: unsupported Content-Encoding {coding!r} (regwatch asks for gzip or "
                                 "deflate)", final=True)
        self._stages = [_Inflater(c) for c in reversed(codings)]
        self.url = url

    def feed(self, data: bytes) -> Iterator[bytes]:
        yield from self._through(0, data)

    def flush(self) -> Iterator[bytes]:
        for index, stage in enumerate(self._stages):
            for out in stage.flush():
                yield from self._through(index + 1, out)

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._stages):
            yield data
            return
        try:
            for out in self._stages[index].feed(data):
                yield from self._through(index + 1, out)
        except zlib.error as exc:
            raise FetchError(f"{self.url}: body is not valid {self._stages[index].coding} ({exc})",
                             final=True) from None


async def read_body(response: httpx.Response, url: str, budget: Budget) -> bytes:
    """The decoded body, every produced byte counted against ``budget`` (which raises at its cap)."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and "Content-Encoding" not in response.headers:
        budget.admit(int(declared), url)  # refused before reading a byte
    decoder = Decoder(response.headers.get("Content-Encoding"), url)
    chunks: list[bytes] = []
    async for raw in response.aiter_raw():
        for piece in decoder.feed(raw):
            budget.take(len(piece), url)
            chunks.append(piece)
    for piece in decoder.flush():
        budget.take(len(piece), url)
        chunks.append(piece)
    return b"".join(chunks)

"""Each fetch is bounded in time and memory: [fetch] timeout covers the whole fetch, body included; a name that
does not resolve fails at once; decoding is bounded per step (a gzip bomb stays within the cap); one source's
pages share one byte budget."""
from __future__ import annotations

import asyncio
import gzip
import json
import time
import tracemalloc
import zlib
from datetime import timedelta

import pytest

from monitor.fetching import Budget, FetchError, Fetcher, Request
from tests.monitor.fetching.conftest import Answer, fetch, fetch_config


def trickle(count: int, every: float):
    """A body that sends one byte every ``every`` seconds."""
    for _ in range(count):
        yield b"x"
        time.sleep(every)


def test_a_trickling_body_fails_at_the_timeout_without_retries(serve):
    site = serve({"/slow": lambda seen: Answer(headers={"Content-Length": "100"}, body=trickle(100, 1.5))})
    config = fetch_config(timeout=timedelta(seconds=2), retries=3)
    with pytest.raises(FetchError, match=r"timed out: no complete answer within 2 s \(\[fetch\] timeout\)") as error:
        fetch(config, Request(url=site.url("/slow"), robots=False))
    assert error.value.final
    assert site.paths() == ["/slow"]  # one attempt: a server this slow is tried again next pass, not now


def test_a_name_that_does_not_resolve_fails_at_once(serve):
    config = fetch_config(retries=3, backoff=timedelta(seconds=30))  # a retry would wait 30 s
    started = time.monotonic()
    with pytest.raises(FetchError, match="'nonexistent.invalid' does not resolve") as error:
        fetch(config, Request(url="http://nonexistent.invalid/page", robots=False))
    assert error.value.final
    assert time.monotonic() - started < 10  # generous: no backoff was slept


def test_connection_errors_are_still_retried(serve):
    calls = []

    def flaky(seen):
        calls.append(1)
        return Answer(503, body=b"busy") if len(calls) < 3 else Answer(body=b"ok")

    site = serve({"/flaky": flaky})
    [response] = fetch(fetch_config(retries=2), Request(url=site.url("/flaky"), robots=False))
    assert response.body == b"ok" and len(calls) == 3


def test_a_retry_after_beyond_the_cap_fails_now_for_the_next_pass(serve):
    site = serve({"/busy": Answer(503, headers={"Retry-After": "999999999999"}, body=b"later")})
    with pytest.raises(FetchError, match=r"HTTP 503; the server asks to wait 1,000,000,000 s, more than 60"):
        fetch(fetch_config(retries=3), Request(url=site.url("/busy"), robots=False))
    assert len(site.seen) == 1


def test_a_gzip_bomb_stays_within_the_cap(serve):
    bomb = gzip.compress(b"\0" * 50_000_000, 9)  # 49 KB on the wire, 50 MB inflated: one network read
    site = serve({"/bomb": Answer(headers={"Content-Encoding": "gzip"}, body=bomb)})
    config = fetch_config(max_bytes=1_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match=r"over the limit of 1,000,000 bytes for one source"):
            fetch(config, Request(url=site.url("/bomb"), robots=False))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000, f"peak {peak:,} bytes while reading a bomb capped at 1 MB"


@pytest.mark.parametrize("coding, compress", [
    ("gzip", lambda data: gzip.compress(data)),
    ("deflate", lambda data: zlib.compress(data)),
    ("deflate", lambda data: _raw_deflate(data)),
])
def test_compressed_bodies_are_decoded(serve, coding, compress):
    text = ("<li>Rancangan Peraturan Presiden</li>" * 5000).encode()
    site = serve({"/page": Answer(headers={"Content-Encoding": coding}, body=compress(text))})
    [response] = fetch(fetch_config(), Request(url=site.url("/page"), robots=False))
    assert response.body == text


def _raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


def test_an_unknown_content_encoding_is_named(serve):
    site = serve({"/page": Answer(headers={"Content-Encoding": "br"}, body=b"\x8b\x00")})
    with pytest.raises(FetchError, match="unsupported Content-Encoding 'br'"):
        fetch(fetch_config(), Request(url=site.url("/page"), robots=False))


def test_pages_of_one_source_share_one_budget(serve):
    page = json.dumps({"result": [{"title": "x" * 1000}] * 100}).encode()  # about 100 KB
    site = serve({"/api": Answer(headers={"Content-Type": "application/json"}, body=page)})
    budget = Budget(350_000)

    async def pages() -> int:
        count = 0
        async with Fetcher(fetch_config()) as fetcher:
            while True:
                await fetcher.fetch(Request(url=site.url("/api"), robots=False, budget=budget))
                count += 1
    with pytest.raises(FetchError, match=r"over the limit of 350,000 bytes for one source \(\[fetch\] max_bytes, "
                                         r"counted across all its pages\)"):
        asyncio.run(pages())
    assert len(site.seen) == 4 and budget.used <= budget.limit

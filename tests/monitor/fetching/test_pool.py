"""Connections, for both transports (httpx's own, the default, and ``transport = "lean"``): idle sockets stay
bounded however many hosts a pass visits, a request body is never sent twice by the transport, and a request
that goes through a proxy always takes httpx's transport."""
from __future__ import annotations

import asyncio
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import threading
from pathlib import Path

import pytest

from monitor.fetching import FetchError, Fetcher, Request
from tests.fakes.proxy import ForwardProxy
from tests.monitor.fetching.conftest import Answer, fetch, fetch_config

TRANSPORTS = ("httpx", "lean")


def open_client_sockets(ports: set[int]) -> int:
    """Established TCP connections from this machine to any of ``ports``, as the kernel lists them."""
    count = 0
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[2].rsplit(":", 1)[1], 16) in ports and fields[3] == "01":
            count += 1
    return count


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_idle_sockets_stay_bounded_over_many_hosts(serve, transport):
    sites = [serve({"/": Answer(body=b"ok")}, host=f"127.0.0.{n}") for n in range(1, 41)]
    ports = {site.port for site in sites}
    config = fetch_config(transport=transport, concurrency=4)

    async def visit() -> int:
        async with Fetcher(config) as fetcher:
            await asyncio.gather(*(fetcher.fetch(Request(url=site.url("/"), robots=False)) for site in sites))
            return open_client_sockets(ports)
    assert 1 <= asyncio.run(visit()) <= 4  # 40 hosts visited, at most `concurrency` idle sockets kept


class _DropAfterBody(BaseHTTPRequestHandler):
    """Answers GETs with keep-alive; reads a POST's body and drops the connection without an answer."""

    protocol_version = "HTTP/1.1"
    posts: list[bytes] = []

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def do_POST(self) -> None:
        self.posts.append(self.rfile.read(int(self.headers["Content-Length"])))
        self.close_connection = True


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_post_body_is_never_sent_twice_by_the_transport(transport):
    _DropAfterBody.posts = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _DropAfterBody)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/"
    try:
        with pytest.raises(FetchError, match="connection broken|cannot connect|Server disconnected"):
            fetch(fetch_config(transport=transport), Request(url=url, robots=False),  # leaves an idle connection
                  Request(url=url, method="POST", body=b'{"page":1}', robots=False))
    finally:
        server.shutdown()
        server.server_close()
    assert _DropAfterBody.posts == [b'{"page":1}']


def test_the_lean_transport_is_never_used_through_a_proxy(serve, monkeypatch):
    site = serve({"/page": Answer(body=b"via proxy")}, host="127.0.0.2")
    with ForwardProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        [response] = fetch(fetch_config(transport="lean"), Request(url=site.url("/page"), robots=False))
    assert response.body == b"via proxy" and proxy.requests == [f"GET {site.url('/page')}"]

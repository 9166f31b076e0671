"""``regwatch serve`` under hostile clients: idle connections, slow requests, a low descriptor limit, DNS rebinding."""
from __future__ import annotations

import re
import resource
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import httpx
import pytest

from monitor.app import open_app
from monitor.server import Server, host_name

NOW = "2026-11-26T09:00:00+08:00"


@pytest.fixture
def server(example_config) -> Iterator[Server]:
    app = open_app(str(example_config))
    running = Server(app, "127.0.0.1", 0, allowed_hosts=["regwatch.example.com"], idle_timeout=2)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()
    thread.join(10)
    app.sessions.kw["bind"].dispose()


def idle_connections(url: str, count: int, first_bytes: bytes = b"") -> list[socket.socket]:
    host, port = re.match(r"http://([\d.]+):(\d+)/", url).groups()
    sockets = []
    for _ in range(count):
        connection = socket.create_connection((host, int(port)), timeout=10)
        if first_bytes:
            connection.sendall(first_bytes)
        sockets.append(connection)
    return sockets


def test_answers_a_normal_request_while_200_idle_connections_are_open(server):
    idle = idle_connections(server.url, 200) + idle_connections(server.url, 20, b"GET / HTTP/1.1\r\nHost: 127")
    try:
        with httpx.Client(base_url=server.url, timeout=10) as client:
            for _ in range(3):
                response = client.get("/api/milestones")
                assert response.status_code == 200 and response.json()[0]["id"]
    finally:
        for connection in idle:
            connection.close()


def test_an_idle_or_slow_connection_is_closed_after_the_idle_timeout(server):
    silent, slow = idle_connections(server.url, 1)[0], idle_connections(server.url, 1, b"GET / HTTP/1.1\r\n")[0]
    try:
        assert silent.recv(100) == b""  # closed by the server (idle_timeout = 2 s; the socket waits up to 10 s)
        assert slow.recv(100) == b""
    finally:
        silent.close()
        slow.close()


def test_refuses_a_foreign_host_and_serves_the_listening_address_and_allowed_names(server):
    with httpx.Client(base_url=server.url, timeout=10) as client:
        refused = client.get("/api/milestones", headers={"Host": "evil.example:8080"})
        assert refused.status_code == 403 and "evil.example" in refused.text and "--allowed-host" in refused.text
        assert client.get("/", headers={"Host": "127.0.0.1.evil.example"}).status_code == 403
        for host in (server.url.split("/")[2], "localhost:8080", "REGWATCH.example.com", "regwatch.example.com."):
            assert client.get("/api/milestones", headers={"Host": host}).status_code == 200, host


def test_a_request_without_host_is_refused(server):
    connection = idle_connections(server.url, 1, b"GET /api/milestones HTTP/1.0\r\n\r\n")[0]
    try:
        assert connection.recv(100).startswith(b"HTTP/1.0 403")
    finally:
        connection.close()


def test_host_name_parsing():
    assert host_name("Example.COM:8080") == "example.com" and host_name("[::1]:80") == "::1"
    assert host_name("") is None and host_name(None) is None and host_name("[bad") is None


def test_serve_keeps_answering_under_a_64_descriptor_limit_with_70_idle_connections(example_config):
    """The reported failure: 70 idle sockets stopped serve under a 64-descriptor limit."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))

    process = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(example_config), "--now", NOW,
                                "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=limit)
    idle: list[socket.socket] = []
    try:
        line = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert url, f"no URL in {line!r}: {process.stderr.read() if process.poll() is not None else ''}"
        idle = idle_connections(url.group(0), 70)
        with httpx.Client(base_url=url.group(0), timeout=10) as client:
            assert client.get("/api/milestones").status_code == 200
            assert client.get("/calendar.ics").status_code == 200
    finally:
        for connection in idle:
            connection.close()
        process.terminate()
        process.wait(timeout=10)

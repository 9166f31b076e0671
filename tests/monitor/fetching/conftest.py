"""Local servers for the fetching tests: ``serve(routes, host=...)`` starts a threaded HTTP/1.1 server on a
loopback address, answering each path from ``routes`` and recording every request it gets."""
from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from monitor import config
from monitor.errors import ConfigError
from monitor.fetching import Fetcher, Request, Response
from monitor.settings import FetchConfig

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR")


@dataclass
class Answer:
    """What a route answers: a status, headers, and a body (bytes, or chunks written one by one)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | Iterable[bytes] = b""


@dataclass(frozen=True)
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class Server:
    """A running server: ``url(path)`` for addresses, ``seen`` for what it received."""

    def __init__(self, routes: dict[str, Answer | Callable[[Seen], Answer]], host: str) -> None:
        self.seen: list[Seen] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def answer(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                seen = Seen(self.command, self.path, dict(self.headers.items()),
                            self.rfile.read(length) if length else b"")
                server.seen.append(seen)
                route = routes.get(self.path.split("?")[0], Answer(404, body=b"not here"))
                answer = route(seen) if callable(route) else route
                self.send_response(answer.status)
                for key, value in answer.headers.items():
                    self.send_header(key, value)
                if isinstance(answer.body, bytes):
                    self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                try:
                    for chunk in [answer.body] if isinstance(answer.body, bytes) else answer.body:
                        self.wfile.write(chunk)
                        self.wfile.flush()
                except OSError:  # the client gave up
                    self.close_connection = True

            do_GET = do_POST = answer

        self._server = ThreadingHTTPServer((host, 0), Handler)
        self._server.daemon_threads = True
        self.host, self.port = host, self._server.server_port
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def paths(self) -> list[str]:
        return [s.path for s in self.seen]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def serve() -> Iterator[Callable[..., Server]]:
    """Start servers for one test; all are stopped after it."""
    started: list[Server] = []

    def start(routes: dict, host: str = "127.0.0.1") -> Server:
        started.append(Server(routes, host))
        return started[-1]

    yield start
    for server in started:
        server.close()


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch) -> None:
    """No proxy or CA settings leak in from the machine running the tests."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def config_error(folder: Path, text: str) -> tuple[Path, str]:
    """Write ``text`` as a config in ``folder`` and return its path and the ConfigError loading it raises."""
    path = folder / "config.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as error:
        config.load(str(path))
    return path, str(error.value)


def fetch_config(**overrides) -> FetchConfig:
    """A fetch config for tests: no politeness delay, no backoff, loopback allowed unless overridden."""
    from monitor.fetching.addresses import EVERYWHERE

    values = {"host_delay": timedelta(0), "backoff": timedelta(0), "retries": 0, "allow_private": EVERYWHERE}
    return FetchConfig(**{**values, **overrides})


def fetch(config: FetchConfig, *requests: Request) -> list[Response]:
    """Fetch ``requests`` one after the other with one Fetcher, as a pass does."""
    async def run() -> list[Response]:
        async with Fetcher(config) as fetcher:
            return [await fetcher.fetch(r) for r in requests]
    return asyncio.run(run())

"""``regwatch serve``: the timeline report, the calendar feed and the milestones JSON over HTTP, read-only.

Every request reads the database afresh, so the page and the feed are always current. It listens on the
loopback interface unless a person asks for another address. Three defences keep it up and private:
- a connection costs a thread only once its request has arrived: one thread watches every waiting
  connection and hands complete ones to a bounded pool, so idle connections cannot starve it;
- a connection that has not sent its whole request within the idle timeout is closed, and past the
  descriptor budget the oldest waiting connection makes room for a new one;
- only a ``Host`` naming the address it listens on (or one given with ``--allowed-host``) is served, so a web
  page in a user's browser cannot read it through DNS rebinding.
"""
from __future__ import annotations

import ipaddress
import json
import resource
import selectors
import socket
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlsplit

from monitor import milestones as milestone_ops
from monitor.app import App
from monitor.export import calendar_feed
from monitor.report import gather, render

IDLE_TIMEOUT = 10.0  # seconds a connection may take to send its request (and to read the answer)
WORKERS = 8  # requests answered at once
MAX_CONNECTIONS = 1024  # connections held at once, at most; fewer when the descriptor limit is lower
RESERVED_DESCRIPTORS = 32  # kept for the database, the log and the listening socket


def _milestones_json(app: App) -> str:
    """The same array as ``regwatch milestones --json``."""
    with app.transaction() as session:
        return json.dumps([milestone_ops.to_json(m) for m in milestone_ops.listed(session)],
                          ensure_ascii=False, indent=2)


ROUTES: dict[str, tuple[str, Callable[[App], str]]] = {
    "/": ("text/html; charset=utf-8", lambda app: render(gather(app))),
    "/calendar.ics": ("text/calendar; charset=utf-8", calendar_feed),
    "/api/milestones": ("application/json; charset=utf-8", _milestones_json),
}


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_name(header: str | None) -> str | None:
    """The host of a ``Host`` header without its port, lower-cased (IPv6 without brackets), or None."""
    if not header:
        return None
    try:
        name = urlsplit(f"//{header.strip()}").hostname
    except ValueError:
        return None
    return name.rstrip(".") if name else None


def _connection_budget() -> int:
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    budget = MAX_CONNECTIONS if soft == resource.RLIM_INFINITY else soft - RESERVED_DESCRIPTORS
    return max(4, min(MAX_CONNECTIONS, budget))


class Server(HTTPServer):
    """The HTTP server of ``serve``: IPv6 when the host is an IPv6 address; see the module for its defences."""

    request_queue_size = 128  # the listen backlog: a burst of connections is not held up by the accept thread

    def __init__(self, app: App, host: str, port: int, *, allowed_hosts: Iterable[str] = (),
                 idle_timeout: float = IDLE_TIMEOUT, workers: int = WORKERS) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.app, self.idle_timeout = app, idle_timeout
        super().__init__((host, port), _Handler)
        listening = host_name(host if ":" not in host else f"[{host}]")
        self.allowed_hosts = {name for name in (host_name(h) for h in allowed_hosts) if name}
        self.wildcard = listening in ("0.0.0.0", "::")
        if not self.wildcard:
            self.allowed_hosts.add(listening)
        if is_loopback(host):
            self.allowed_hosts.update({"localhost", "127.0.0.1", "::1"})
        self.max_connections = _connection_budget()
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="serve")
        self._busy = 0  # connections handed to the pool and not yet closed
        self._lock = threading.Lock()
        self._stop, self._stopped = threading.Event(), threading.Event()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"

    def serves_host(self, header: str | None, local_address: str) -> bool:
        """Whether a request with this ``Host`` header, arrived on ``local_address``, may be answered."""
        name = host_name(header)
        return name is not None and (name in self.allowed_hosts or (self.wildcard and name == local_address))

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """Accept connections and wait for their requests on one thread; answer complete ones in the pool."""
        waiting: dict[socket.socket, float] = {}  # connection -> when it is closed unless its request came
        self._stop.clear()
        self._stopped.clear()
        with selectors.DefaultSelector() as selector:
            self.socket.setblocking(False)
            selector.register(self.socket, selectors.EVENT_READ)
            try:
                while not self._stop.is_set():
                    for key, _ in selector.select(poll_interval):
                        if key.fileobj is self.socket:
                            self._accept(selector, waiting)
                        else:
                            selector.unregister(key.fileobj)
                            del waiting[key.fileobj]
                            self._hand_over(key.fileobj, key.data)
                    now = time.monotonic()
                    for connection in [c for c, until in waiting.items() if until <= now]:
                        self._drop(selector, waiting, connection)
            finally:
                for connection in list(waiting):
                    self._drop(selector, waiting, connection)
                self._stopped.set()

    def shutdown(self) -> None:
        """Stop ``serve_forever`` (from another thread) and wait until it has."""
        self._stop.set()
        self._stopped.wait()

    def server_close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        super().server_close()

    def _accept(self, selector: selectors.BaseSelector, waiting: dict[socket.socket, float]) -> None:
        while True:
            try:
                connection, address = self.socket.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:  # out of descriptors: the oldest waiting connection makes room for the next one
                if waiting:
                    self._drop(selector, waiting, next(iter(waiting)))
                    continue
                return
            if len(waiting) + self._busy >= self.max_connections:
                if not waiting:
                    connection.close()
                    continue
                self._drop(selector, waiting, next(iter(waiting)))
            waiting[connection] = time.monotonic() + self.idle_timeout
            selector.register(connection, selectors.EVENT_READ, address)

    def _drop(self, selector: selectors.BaseSelector, waiting: dict[socket.socket, float],
              connection: socket.socket) -> None:
        selector.unregister(connection)
        del waiting[connection]
        connection.close()

    def _hand_over(self, connection: socket.socket, address) -> None:
        connection.setblocking(True)
        with self._lock:
            self._busy += 1
        self._pool.submit(self._answer, connection, address)

    def _answer(self, connection: socket.socket, address) -> None:
        try:
            self.finish_request(connection, address)
        except (ConnectionError, TimeoutError):  # a client that went away or stalled: nothing to tell anyone
            pass
        except Exception:
            self.handle_error(connection, address)  # the traceback on stderr, for the operator
        finally:
            self.shutdown_request(connection)
            with self._lock:
                self._busy -= 1


class _Handler(BaseHTTPRequestHandler):
    server: Server
    server_version = "regwatch"

    def setup(self) -> None:
        self.timeout = self.server.idle_timeout  # the rest of a slow request, and a slow reader of the answer
        super().setup()

    def do_GET(self) -> None:
        self._respond(with_body=True)

    def do_HEAD(self) -> None:
        self._respond(with_body=False)

    def _respond(self, *, with_body: bool) -> None:
        host = self.headers.get("Host")
        if not self.server.serves_host(host, self.connection.getsockname()[0]):
            self.send_error(403, "Host not served", f"Host {host!r} is not served here (a DNS rebinding page?): "
                                                    "start `regwatch serve --allowed-host NAME` to serve a name")
            return
        route = ROUTES.get(urlsplit(self.path).path)
        if route is None:
            self.send_error(404, "Not found: try /, /calendar.ics or /api/milestones")
            return
        content_type, build = route
        body = build(self.server.app).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if with_body:
            self.wfile.write(body)

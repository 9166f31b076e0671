"""``regwatch serve``: the timeline report, the calendar feed and the milestones JSON over HTTP, read-only.

Every request reads the database afresh, so the page and the feed are always current. It listens on the
loopback interface unless a person asks for another address.
"""
from __future__ import annotations

import ipaddress
import json
import socket
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from monitor import milestones as milestone_ops
from monitor.app import App
from monitor.export import calendar_feed
from monitor.report import gather, render


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


class Server(ThreadingHTTPServer):
    """A threaded HTTP server that knows the app; IPv6 when the host is an IPv6 address."""

    daemon_threads = True

    def __init__(self, app: App, host: str, port: int) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.app = app
        super().__init__((host, port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


class _Handler(BaseHTTPRequestHandler):
    server: Server
    server_version = "regwatch"

    def do_GET(self) -> None:
        self._respond(with_body=True)

    def do_HEAD(self) -> None:
        self._respond(with_body=False)

    def _respond(self, *, with_body: bool) -> None:
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

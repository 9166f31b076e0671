"""A real local site whose listings are built by JavaScript, for the browser-fetch tests and benchmark.

``/list/N`` is an application shell: an empty ``<ul>`` that a script fills from ``/items/N.json`` after a
delay, the way IMDA's press releases and other regulator listings are built. With ``hold_pages`` the page
also holds ``/hold/N`` open while it is open (so its network is never idle: use ``wait_for``), and the
server counts the pages open at once. Other paths: ``/busy`` (polls for ever: the network never goes idle),
``/endless`` (the HTML never ends), ``/heavy`` (asks for an image, a font and a video), ``/scripted`` (a short
text written by a long script, beside a ``<noscript>`` notice), ``/reach?to=URL`` (a script reads URL into the
page), ``/redirect?to=URL``, ``/secret`` (an internal service's answer, readable cross-origin), ``/challenge``
(renders an anti-bot interstitial), ``/crash`` (kills the browser while it loads).
"""
from __future__ import annotations

import json
import os
import re
import signal
import threading
from urllib.parse import parse_qs
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SHELL = """<!doctype html><html><head><title>Press releases</title></head><body>
<main id="app"><ul id="list"></ul></main>
<script>
{hold}
setTimeout(() => fetch('/items/{n}.json').then(r => r.json()).then(items => {{
  const list = document.getElementById('list');
  for (const item of items) {{
    const li = document.createElement('li'); li.className = 'item';
    li.innerHTML = '<a></a> <time></time>';
    li.querySelector('a').href = item.link; li.querySelector('a').textContent = item.title;
    li.querySelector('time').textContent = item.date;
    list.appendChild(li);
  }}
}}), {delay});
</script></body></html>"""
BUSY = "<html><body><p>Loading</p><script>setInterval(() => fetch('/tick'), 100)</script></body></html>"
HEAVY = """<html><head><style>@font-face {font-family: F; src: url(/font.woff2)} p {font-family: F}</style></head>
<body><img src="/logo.png"><video src="/clip.mp4" autoplay muted></video><ul id="list"></ul>
<script>document.getElementById('list').innerHTML = '<li class="item"><a href="/a">Only the DOM counts</a></li>'
</script></body></html>"""
SCRIPTED = ("<html><body><noscript>Please enable JavaScript to view this site.</noscript><div id=\"root\"></div>"
            "<script>const padding = '" + "x" * 8000 + "';\n"
            "document.getElementById('root').textContent = 'Circular 12/2026 on AI risk management';</script>"
            "</body></html>")
REACH = """<html><body><p id="out">waiting</p><script>
fetch({target}).then(r => r.text()).then(t => {{ document.getElementById('out').textContent = 'got: ' + t; }},
                                       () => {{ document.getElementById('out').textContent = 'refused'; }});
</script></body></html>"""
CHALLENGE = """<html><head><title>Loading</title></head><body><script>
document.title = 'Just a moment...';
document.body.innerHTML = '<div id="challenge-running">Checking your browser before accessing the site.</div>';
</script></body></html>"""


class JsSite:
    """The server, its listings (mutable: add an item for the next pass) and what it saw."""

    def __init__(self, delay_ms: int = 100, hold_items_s: float = 0.1, host: str = "127.0.0.1") -> None:
        self.delay_ms, self.hold_items_s = delay_ms, hold_items_s
        self.hold_pages = False
        self.items: list[dict] = [
            {"title": "IMDA issues Model AI Governance Framework for Agentic AI", "link": "/pr/agentic",
             "date": "22 Jan 2026"},
            {"title": "Consultation on AI testing standards", "link": "/pr/testing", "date": "10 Dec 2025"},
            {"title": "AI Verify Foundation annual report", "link": "/pr/verify", "date": "3 Nov 2025"},
        ]
        self.requests: list[str] = []
        self.agents: dict[str, str] = {}  # path -> the User-Agent it was last asked for with
        self.robots: str | None = None  # robots.txt (None: 404)
        self.open_pages = self.peak_pages = 0
        self.browser_pids: set[int] = set()  # every Chromium process seen while a page loaded
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer((host, 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def __enter__(self) -> JsSite:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def count(self, pattern: str) -> int:
        with self._lock:
            return sum(1 for path in self.requests if re.fullmatch(pattern, path))

    def hold(self, handler: BaseHTTPRequestHandler) -> None:
        """Keep the response open until the page is closed (the browser drops the connection)."""
        with self._lock:
            self.open_pages += 1
            self.peak_pages = max(self.peak_pages, self.open_pages)
        try:
            self.trickle(handler, "text/plain", b" ", 0.05)
        finally:
            with self._lock:
                self.open_pages -= 1

    def trickle(self, handler: BaseHTTPRequestHandler, content_type: str, chunk: bytes, every: float) -> None:
        """A response that never ends: ``chunk`` every ``every`` seconds until the client or the server goes."""
        try:
            handler.send_response(200)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Transfer-Encoding", "chunked")
            handler.end_headers()
            while not self._stopping.is_set():
                handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                handler.wfile.flush()
                time.sleep(every)
        except OSError:
            pass


def _handler(site: JsSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path, _, query = self.path.partition("?")
            target = parse_qs(query).get("to", [""])[0]
            with site._lock:
                site.requests.append(path)
                site.agents[path] = self.headers.get("User-Agent", "")
            site.browser_pids |= browser_processes()
            if path == "/robots.txt" and site.robots is not None:
                self.send(200, site.robots, "text/plain")
            elif match := re.fullmatch(r"/list/(\d+)", path):
                hold = f"fetch('/hold/{match[1]}').catch(() => {{}});" if site.hold_pages else ""
                self.send(200, SHELL.format(n=match[1], delay=site.delay_ms, hold=hold))
            elif re.fullmatch(r"/items/\d+\.json", path):
                time.sleep(site.hold_items_s)
                self.send(200, json.dumps(site.items), "application/json")
            elif path.startswith("/hold/"):
                site.hold(self)
            elif path == "/busy":
                self.send(200, BUSY)
            elif path == "/endless":
                site.trickle(self, "text/html", b"<p>.</p>", 0.1)  # the HTML never ends
            elif path == "/heavy":
                self.send(200, HEAVY)
            elif path == "/scripted":
                self.send(200, SCRIPTED)
            elif path == "/challenge":
                self.send(200, CHALLENGE)
            elif path == "/reach":
                self.send(200, REACH.format(target=json.dumps(target)))
            elif path == "/redirect":
                self.send_response(302)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/secret":
                self.send(200, "the internal console's secret", "text/plain", cors=True)
            elif path == "/crash":
                for pid in browser_processes(main_only=True):
                    os.kill(pid, signal.SIGKILL)
                self.send(200, "<html><body>gone</body></html>")
            else:
                self.send(404, "<html><body><h1>Not Found</h1></body></html>")

        def send(self, status: int, body: str, content_type: str = "text/html; charset=utf-8",
                 cors: bool = False) -> None:
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            if cors:
                self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            try:
                self.wfile.write(data)
            except OSError:
                pass

    return Handler


def descendants() -> dict[int, str]:
    """Every live process descended from this one (this one included), with its command name."""
    parents: dict[int, int] = {}
    names: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if fields[0] != "Z":
            pid = int(entry.name)
            parents[pid], names[pid] = int(fields[1]), stat[stat.index("(") + 1:stat.rindex(")")]
    ours = {os.getpid()}
    while found := {pid for pid, parent in parents.items() if parent in ours and pid not in ours}:
        ours |= found
    return {pid: names.get(pid, "") for pid in ours}


def browser_processes(main_only: bool = False) -> set[int]:
    """Chromium processes descended from this process (with ``main_only``, the browsers, not their helpers)."""
    chromium = {pid for pid, name in descendants().items() if "chrom" in name}
    if not main_only:
        return chromium
    return {pid for pid in chromium if _parent(pid) not in chromium}


def _parent(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError):
        return 0


def alive(pids: set[int]) -> set[int]:
    """Those of ``pids`` still running (a zombie waiting for its parent counts as gone)."""
    running = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state != "Z":
            running.add(pid)
    return running

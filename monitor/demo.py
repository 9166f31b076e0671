"""``regwatch demo``: the whole pipeline offline, with no credentials, in a temporary directory.

A local HTTP server replays recorded-style versions of three sources (the ASEAN Secretariat's feed, an
Indonesian regulation listing, a Thai news page) while four simulated days pass in seconds: a baseline, noise
that is ignored, a hedged report that moves nothing, the DEFA signature detected with its evidence and
alerted on the console, the same news again from another source (no second alert), and the daily digest.
"""
from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

from monitor import digest
from monitor.app import App, open_app
from monitor.checking import run_check
from monitor.dispatch import dispatch
from monitor.errors import ConfigError
from monitor.milestones import get, listed
from notifiers.render import plain_digest

START = datetime.fromisoformat("2026-11-30T09:00:00+08:00")
NEWS = '<item><title>{0}</title><link>http://{{host}}/news/{1}</link><guid>{1}</guid><description>{2}</description></item>'
OLD = NEWS.format("ASEAN concludes negotiations for landmark digital economy pact", "concluded",
                  "MANILA, 30 MAY 2026 – ASEAN Economic Ministers announced the conclusion of DEFA negotiations.")
HEDGED = NEWS.format("ASEAN Leaders set to sign DEFA at the Summit", "set-to-sign",
                     "The signing ceremony is expected on the sidelines of the ASEAN Summit this week.")
SIGNED = NEWS.format("ASEAN Leaders sign the Digital Economy Framework Agreement", "signed",
                     "KUALA LUMPUR, 2 DECEMBER 2026 – ASEAN Leaders today signed the ASEAN Digital Economy Framework "
                     "Agreement (DEFA), the region's first binding digital trade pact.")
REPEAT = NEWS.format("DEFA signed: what the region's digital pact means for business", "explainer",
                     "The DEFA was signed by ASEAN Leaders on 2 December 2026.")
FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>ASEAN</title>{}</channel></rss>'
LISTING = ('<html><body><p>Terakhir diperbarui: {0}</p><div class="strip grid"><div class="wrapper">'
           '<a class="wish_bt">2025</a><h3><a href="/id/perpres-71-2025">Peraturan Presiden Nomor 71 Tahun 2025</a></h3>'
           '<p><a title="lihat detail" href="/id/perpres-71-2025">Tentang   Transformasi Digital</a></p></div></div>'
           '</body></html>')
TH_PAGE = "<html><body><main><h1>ข่าว ETDA</h1><p>{0}</p></main></body></html>"
TH_HEDGED = "ครม. เตรียมพิจารณาร่าง พ.ร.บ. ปัญญาประดิษฐ์ สัปดาห์หน้า"
DAYS: list[tuple[str, dict[str, str]]] = [
    ("the first fetch of every source is its baseline: nothing is reported",
     {"/asean/feed": FEED.format(OLD), "/asean/all": FEED.format(OLD), "/id/perpres": LISTING.format("08:00"),
      "/th/news": TH_PAGE.format("ETDA จัดสัมมนาธรรมาภิบาลข้อมูล")}),
    ("noise (a new 'last updated' time, re-spaced text) is ignored; hedged news ('set to sign', 'เตรียม') moves "
     "nothing", {"/asean/feed": FEED.format(HEDGED + OLD), "/id/perpres": LISTING.format("09:15").replace("Tentang   Transformasi", "Tentang Transformasi"),
                 "/th/news": TH_PAGE.format(TH_HEDGED)}),
    ("the DEFA signature is reported: asean-defa moves to adopted, with its evidence, and the alert goes out",
     {"/asean/feed": FEED.format(SIGNED + HEDGED + OLD)}),
    ("another source repeats the news: the same event gives no second alert; the daily digest follows",
     {"/asean/all": FEED.format(REPEAT + OLD)}),
]
SOURCES = '''
[[sources]]
id = "asean-news"
kind = "feed"
url = "{base}/asean/feed"
jurisdiction = "ASEAN"
official = true
robots = false

[[sources]]
id = "asean-all"
kind = "feed"
url = "{base}/asean/all"
jurisdiction = "ASEAN"
official = true
robots = false

[[sources]]
id = "id-peraturan-perpres"
kind = "html"
url = "{base}/id/perpres"
jurisdiction = "ID"
official = true
robots = false
items = "div.strip.grid > div.wrapper"
title = "h3 a"
link = "p > a[title='lihat detail']"
date = "a.wish_bt"

[[sources]]
id = "th-etda-news"
kind = "html"
url = "{base}/th/news"
jurisdiction = "TH"
official = true
robots = false
region = "main"
'''


def run_demo(say: Callable[[str], None], keep: Path | None = None) -> None:
    """Play the demo, printing what happens day by day through ``say``; with ``keep`` its database and config
    stay in that folder for a look around afterwards."""
    if keep is not None:
        taken = [name for name in ("demo.db", "config.toml") if (keep / name).exists()]
        if taken:
            raise ConfigError(f"{keep / taken[0]} exists: give --keep an empty or new folder")
        keep.mkdir(parents=True, exist_ok=True)
    pages: dict[str, str] = {}
    place = nullcontext(str(keep.resolve())) if keep else tempfile.TemporaryDirectory(prefix="regwatch-demo-")
    with place as folder, _serve(pages) as base:
        config = _write_config(Path(folder), base)
        say(f"regwatch demo: a local server at {base} plays 4 sources; the database is {folder}/demo.db")
        for number, (story, updates) in enumerate(DAYS):
            pages.update({path: body.replace("{host}", base.removeprefix("http://")) for path, body in updates.items()})
            now = START + timedelta(days=number)
            app = open_app(str(config), now)
            say(f"\n=== Day {number + 1}, {now:%a %d %b %Y}: {story}")
            before = _moved(app)
            summary = run_check(app, list(app.config.sources))
            moved = _moved(app) - before
            say(f"{summary.line()} Milestones moved: {', '.join(sorted(moved)) or 'none'}.")
            dispatch(app)
            if number == 2:
                _show_evidence(app, say)
        say("\n=== The daily digest")
        with app.transaction() as session:
            say(plain_digest(digest.build(app, session, app.today())))
        if keep:
            say(f"Kept {folder}/demo.db and {config}: look around with `regwatch --config {config} alerts` "
                "(or milestones, digest, export json); the demo's web server is gone, so `check` there fails.")
        say("Try it on the real sources: regwatch check, then regwatch milestones (see the README).")


def _moved(app: App) -> set[str]:
    """Milestones moved by a signal so far, as "id -> status"."""
    with app.transaction() as session:
        return {f"{m.id} -> {m.status}" for m in listed(session) if any(h.actor == "signal" for h in m.history)}


def _show_evidence(app: App, say: Callable[[str], None]) -> None:
    with app.transaction() as session:
        entry = get(session, "asean-defa").history[-1]
        say(f"Evidence kept for asean-defa -> {entry.status}: source {entry.source_id}, event date {entry.date}, "
            f"link {entry.url}\n  \"{entry.excerpt}\"")


def _write_config(folder: Path, base: str) -> Path:
    catalog = (resources.files("monitor") / "config.example.toml").read_text(encoding="utf-8")
    milestones = catalog[catalog.index("[[milestones]]"):]
    path = folder / "config.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{folder}/demo.db"\n\n[fetch]\nallow_private = ["127.0.0.1"]  # the demo serves its pages from this machine\nhost_delay = "0s"\nbackoff = "0s"\n'
                    f'{SOURCES.format(base=base)}\n{milestones}', encoding="utf-8")
    return path


@contextmanager
def _serve(pages: dict[str, str]) -> Iterator[str]:
    """A loopback HTTP server answering from ``pages`` (path -> body) as they are now."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            body = pages.get(self.path)
            data = (body or "not found").encode("utf-8")
            self.send_response(200 if body is not None else 404)
            kind = "application/rss+xml" if "feed" in self.path or "all" in self.path else "text/html"
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()

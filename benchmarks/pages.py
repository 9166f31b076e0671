"""Synthetic regulator pages for the benchmark, and the local HTTP server that serves them.

Source ``i`` is an HTML listing (``/s/0001.html``, about 58 KB: 40 items, navigation, inline CSS and JS,
footer) or, for every fifth source, an RSS 2.0 feed (``/s/0005.xml``, about 29 KB, 20-25 items). Content is
a pure function of (source, version): version ``v`` shows items ``v .. v+n-1``, newest first, so bumping a
version adds one item at the top and drops the oldest, as a real listing does.

Run as a script it serves N sources on 127.0.0.1 with strong ETags (hash of the body) and 304 on
If-None-Match, and prints ``READY <port>`` once every page is built. Control endpoints (GET):
``/_control/bump?fraction=0.1&round=1`` bumps a seeded 10 % of the sources, ``/_control/reset`` puts all
back to version 0, ``/_control/stats[?reset=1]`` returns request counts as JSON.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

HTML_ITEMS = 40
FEED_EVERY = 5          # one source in five is a feed
BASE_DATE = dt.date(2019, 1, 1)

WORDS = ("artificial intelligence governance framework regulation ministry digital economy agreement draft "
         "consultation public comment guideline risk assessment data protection personal cross-border "
         "transfer sandbox innovation authority circular decree law bill parliament cabinet approval "
         "implementation deadline compliance obligation provider deployer high-risk system transparency "
         "accountability audit certification standard national strategy roadmap committee working group "
         "stakeholder industry association financial services sector model generative notice amendment "
         "regional harmonisation secretariat member states ministerial meeting joint statement signing "
         "ceremony adopted issued promulgated effective enforcement penalty report annual review").split()
CATEGORIES = ("Press release", "Consultation", "Speech", "Circular", "Regulation", "Media statement", "Notice")
JURISDICTIONS = ("ASEAN", "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN")


def is_feed(index: int) -> bool:
    return index % FEED_EVERY == FEED_EVERY - 1


def path_of(index: int) -> str:
    return f"/s/{index:04d}.{'xml' if is_feed(index) else 'html'}"


def _sentence(rng: random.Random, n: int) -> str:
    words = rng.choices(WORDS, k=n)
    return " ".join(words).capitalize()


def _item(index: int, k: int) -> dict:
    """Item ``k`` of source ``index``: the same every time it is asked for."""
    rng = random.Random(index * 1_000_003 + k)
    title = _sentence(rng, rng.randint(8, 14))
    return {
        "title": title,
        "slug": "-".join(title.lower().split()[:4]),
        "date": BASE_DATE + dt.timedelta(days=3 * k + index % 3),
        "category": rng.choice(CATEGORIES),
        "summary": ". ".join(_sentence(rng, rng.randint(9, 13)) for _ in range(2)) + ".",
        "body": ". ".join(_sentence(rng, rng.randint(10, 16)) for _ in range(5)) + ".",   # feeds only
        "tags": rng.sample(WORDS, 3),
    }


def _css(index: int) -> str:
    rules = []
    for n, name in enumerate(("header", "nav", "main", "item", "item-title", "item-date", "item-summary",
                              "item-tags", "read-more", "footer", "pager", "search", "logo", "menu", "badge")):
        colour = (index * 7919 + n) % 0xFFFFFF
        rules.append(f".{name}{{margin:{n % 4}px {n % 7}px;padding:{n % 5}rem {n % 3}rem;color:#{colour:06x};"
                     f"font:400 {12 + n % 6}px/1.{4 + n % 5} 'Noto Sans','Helvetica Neue',Arial,sans-serif;"
                     f"border-bottom:1px solid rgba(0,0,0,.{n % 9 + 1})}}\n"
                     f"@media (max-width:{600 + n * 20}px){{.{name}{{display:{'block' if n % 2 else 'flex'};"
                     f"flex-direction:column;gap:{n % 4 + 1}px}}}}\n"
                     f".{name}:hover,.{name}:focus-within"
                     f"{{background:linear-gradient(90deg,#f{n % 10}f{n % 10}f0,#fff)}}\n")
    return "".join(rules)


def _js(index: int) -> str:
    lines = [f"window.__site={{id:{index},lang:'en',build:'{index * 31:08x}'}};"]
    for n in range(20):
        lines.append(f"function h{n}(e){{var t=e&&e.target;if(!t)return;"
                     f"var m=document.querySelectorAll('.menu-{n} li');"
                     f"for(var i=0;i<m.length;i++){{m[i].classList.toggle('open',i==={n % 5});}}"
                     f"if(window.dataLayer)dataLayer.push({{event:'nav_{n}',label:'<a href=\"/x/{n}\">x</a>'}});}}")
    lines.append("document.addEventListener('DOMContentLoaded',function(){h0({target:document.body});});")
    return "\n".join(lines)


def _nav(index: int) -> str:
    links = "".join(f'<li class="menu-{n % 20}"><a href="/section/{n}/{WORDS[(index + n) % len(WORDS)]}">'
                    f"{WORDS[(index + 3 * n) % len(WORDS)].title()} {WORDS[(n * 7) % len(WORDS)]}</a></li>"
                    for n in range(60))
    return f'<nav class="nav" aria-label="Main"><ul class="menu">{links}</ul></nav>'


def _footer(index: int) -> str:
    cols = "".join(f'<div class="col"><h4>{WORDS[(c * 11 + index) % len(WORDS)].title()}</h4><ul>' +
                   "".join(f'<li><a href="/about/{c}/{n}">{WORDS[(c * 5 + n) % len(WORDS)].title()} '
                           f'{WORDS[(n * 13) % len(WORDS)]}</a></li>' for n in range(10)) + "</ul></div>"
                   for c in range(5))
    return (f'<footer class="footer">{cols}<p class="legal">Copyright 2025 Regulator {index}. All rights reserved. '
            f'Content may be reproduced with attribution. <a href="/privacy">Privacy</a> '
            f'<a href="/terms">Terms of use</a> <a href="/sitemap.xml">Sitemap</a></p></footer>')


def html_page(index: int, version: int) -> bytes:
    parts = [f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
             f'<meta name="viewport" content="width=device-width, initial-scale=1">'
             f'<title>News and announcements - Regulator {index}</title>'
             f'<meta name="description" content="Latest news, circulars and consultations from regulator {index}">'
             f'<link rel="alternate" type="application/rss+xml" href="/s/{index:04d}.xml">'
             f'<style>{_css(index)}</style></head><body>'
             f'<a class="skip" href="#main">Skip to content</a><header class="header"><a class="logo" href="/">'
             f'Regulator {index} ({JURISDICTIONS[index % len(JURISDICTIONS)]})</a></header>{_nav(index)}'
             f'<main id="main" class="main"><h1>News and announcements</h1><section class="listing">']
    for k in range(version + HTML_ITEMS - 1, version - 1, -1):
        it = _item(index, k)
        tags = "".join(f'<li><a href="/tags/{t}">{t}</a></li>' for t in it["tags"])
        parts.append(
            f'<article class="item" id="n{k}"><div class="item-meta"><span class="badge">{it["category"]}</span> '
            f'<time class="item-date" datetime="{it["date"].isoformat()}">{it["date"]:%d %B %Y}</time></div>'
            f'<h3 class="item-title"><a href="/s/{index:04d}/news/{k}-{it["slug"]}.html">{it["title"]}</a></h3>'
            f'<p class="item-summary">{it["summary"]}</p><ul class="item-tags">{tags}</ul>'
            f'<a class="read-more" href="/s/{index:04d}/news/{k}-{it["slug"]}.html">Read more'
            f'<span class="sr-only"> about {it["title"]}</span></a></article>\n')
    parts.append(f'</section><div class="pager"><a href="?page=2">Next</a></div></main>{_footer(index)}'
                 f'<script>{_js(index)}</script></body></html>\n')
    return "".join(parts).encode()


def feed_page(index: int, version: int) -> bytes:
    count = 20 + index % 6
    newest = BASE_DATE + dt.timedelta(days=3 * (version + count - 1) + index % 3)
    parts = [f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
             f'<title>Regulator {index} news</title><link>http://127.0.0.1/s/{index:04d}.html</link>'
             f'<description>News, circulars and consultations from regulator {index}</description>'
             f'<language>en</language><lastBuildDate>{newest:%a, %d %b %Y} 08:00:00 +0000</lastBuildDate>\n']
    for k in range(version + count - 1, version - 1, -1):
        it = _item(index, k)
        link = f"http://127.0.0.1/s/{index:04d}/news/{k}-{it['slug']}.html"
        parts.append(
            f'<item><title>{it["title"]}</title><link>{link}</link><guid isPermaLink="true">{link}</guid>'
            f'<pubDate>{it["date"]:%a, %d %b %Y} 08:00:00 +0000</pubDate><category>{it["category"]}</category>'
            f'<description><![CDATA[<p>{it["summary"]}</p><p>{it["body"]}</p>'
            f'<p>Tags: {", ".join(it["tags"])}</p>]]></description>'
            f'</item>\n')
    parts.append("</channel></rss>\n")
    return "".join(parts).encode()


def page(index: int, version: int) -> bytes:
    return feed_page(index, version) if is_feed(index) else html_page(index, version)


def bumped(sources: int, fraction: float, round_: int) -> list[int]:
    """The seeded set of sources a bump round changes."""
    return sorted(random.Random(round_).sample(range(sources), round(sources * fraction)))


# -- the server ----------------------------------------------------------------------------------------
class Site:
    """Prebuilt responses: path -> (body, strong etag, content type), and request counters."""

    def __init__(self, sources: int) -> None:
        self.sources = sources
        self.versions = [0] * sources
        self.pages: dict[str, tuple[bytes, str, str]] = {}
        self.counts = {"200": 0, "304": 0, "404": 0}
        self.lock = threading.Lock()
        self.pages["/robots.txt"] = self._entry(b"User-agent: *\nAllow: /\n", "text/plain")
        for i in range(sources):
            self.build(i)

    @staticmethod
    def _entry(body: bytes, ctype: str) -> tuple[bytes, str, str]:
        return body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"', ctype

    def build(self, i: int) -> None:
        ctype = "application/rss+xml; charset=utf-8" if is_feed(i) else "text/html; charset=utf-8"
        self.pages[path_of(i)] = self._entry(page(i, self.versions[i]), ctype)

    def control(self, path: str, query: dict) -> dict:
        if path == "/_control/bump":
            changed = bumped(self.sources, float(query.get("fraction", ["0.1"])[0]), int(query.get("round", ["1"])[0]))
            for i in changed:
                self.versions[i] += 1
                self.build(i)
            return {"bumped": len(changed)}
        if path == "/_control/reset":
            changed = [i for i, v in enumerate(self.versions) if v]
            for i in changed:
                self.versions[i] = 0
                self.build(i)
            return {"reset": len(changed)}
        if path == "/_control/stats":
            with self.lock:
                stats = dict(self.counts)
                if query.get("reset"):
                    self.counts = dict.fromkeys(self.counts, 0)
            return stats
        return {"error": "unknown control"}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"       # keep-alive
    disable_nagle_algorithm = True
    site: Site

    def do_GET(self) -> None:  # noqa: N802
        path, _, query = self.path.partition("?")
        if path.startswith("/_control/"):
            body = json.dumps(self.site.control(path, parse_qs(query))).encode()
            return self._send(200, body, {"Content-Type": "application/json"})
        entry = self.site.pages.get(urlsplit(path).path)
        if entry is None:
            self._count("404")
            return self._send(404, b"not found\n", {"Content-Type": "text/plain"})
        body, etag, ctype = entry
        if etag in (self.headers.get("If-None-Match") or ""):
            self._count("304")
            return self._send(304, b"", {"ETag": etag}, length=False)
        self._count("200")
        self._send(200, body, {"Content-Type": ctype, "ETag": etag, "Cache-Control": "max-age=0"})

    def _count(self, key: str) -> None:
        with self.site.lock:
            self.site.counts[key] += 1

    def _send(self, status: int, body: bytes, headers: dict, length: bool = True) -> None:
        """One write per response: status line, headers and body together."""
        lines = [f"HTTP/1.1 {status} {self.responses[status][0]}", "Server: regwatch-bench"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        if length:
            lines.append(f"Content-Length: {len(body)}")
        self.wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        self.log_request(status)

    def log_message(self, *args) -> None:  # quiet
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256            # the default backlog of 5 drops SYNs under 16 parallel connects


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=2000)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0: every 127.0.0.x)")
    args = parser.parse_args()
    Handler.site = Site(args.sources)
    server = Server((args.host, args.port), Handler)
    print(f"READY {server.server_address[1]}", flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())

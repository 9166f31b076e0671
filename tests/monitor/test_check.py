"""``regwatch check`` against a real local HTTP server: every source kind and every fault the fetcher meets."""
from __future__ import annotations

import asyncio
import gzip
import json
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import func, select
from werkzeug import Response

from monitor.app import open_app
from monitor.checking import PARALLEL_PARSE_MIN, due_sources, run_check
from monitor.detect import Content
from monitor.fetching import Fetcher, Request
from monitor.fetching.addresses import EVERYWHERE
from monitor.leases import claim_due
from monitor.settings import FetchConfig
from storage.models import Alert, Change, Snapshot, Source
from tests.fakes.pdf import make_pdf

PAGES = Path(__file__).resolve().parent.parent / "sources" / "pages"
FETCH = '[fetch]\nallow_private = true\nbackoff = "0s"\nhost_delay = "0s"\nretries = 2\ncontact = "https://example.org/contact"\n'


def rss(*items: tuple[str, str], spacing: str = " ") -> str:
    entries = "".join(f"<item><title>{spacing}{t}{spacing}</title><link>https://asean.org/{g}</link>"
                      f"<guid>{g}</guid><description>{t} text</description></item>" for t, g in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>ASEAN</title>{entries}</channel></rss>'


class Site:
    """The config, the database and the local server of one test."""

    def __init__(self, tmp_path: Path, db_url: str, httpserver) -> None:
        self.path, self.db_url, self.server = tmp_path / "config.toml", db_url, httpserver
        self.sources: list[str] = []
        self.fetch: str | None = None  # a [fetch] table of its own, else FETCH

    def url_of(self, path: str) -> str:
        return self.server.url_for(path)

    def source(self, source_id: str, kind: str, path: str, **settings) -> None:
        lines = [f'[[sources]]\nid = "{source_id}"\nkind = "{kind}"\nurl = "{self.server.url_for(path)}"']
        lines += [f"{key} = {json.dumps(value) if not isinstance(value, dict) else _inline(value)}"
                  for key, value in settings.items()]
        self.sources.append("\n".join(lines))

    def check(self, *only: str):
        body = f'[database]\nurl = "{self.db_url}"\n{self.fetch or FETCH}\n' + "\n\n".join(self.sources)
        self.path.write_text(body, encoding="utf-8")
        app = open_app(str(self.path))
        summary = run_check(app, due_sources(app, only, every=not only))
        app.sessions.kw["bind"].dispose()
        return summary

    def count(self, model) -> int:
        app = open_app(str(self.path))
        with app.transaction() as session:
            return session.scalar(select(func.count()).select_from(model))

    def row(self, source_id: str) -> Source:
        app = open_app(str(self.path))
        with app.transaction() as session:
            return session.get(Source, source_id)

    def changes(self) -> list[Change]:
        app = open_app(str(self.path))
        with app.transaction() as session:
            return list(session.scalars(select(Change).order_by(Change.id)))


def snapshot_content(site: Site) -> Content:
    """The content of the one snapshot stored."""
    app = open_app(str(site.path))
    with app.transaction() as session:
        snapshot = session.scalars(select(Snapshot)).one()
        return Content.from_bytes(snapshot.content, snapshot.content_hash)


def _inline(table: dict) -> str:
    return "{ " + ", ".join(f"{k} = {json.dumps(v)}" for k, v in table.items()) + " }"


@pytest.fixture
def site(tmp_path, db_url, httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    return Site(tmp_path, db_url, httpserver)


def serve(server, path: str, body, **kwargs) -> None:
    server.expect_request(path).respond_with_data(body, **kwargs)


def replace(server, path: str, body, **kwargs) -> None:
    for handler in list(server.handlers):
        if handler.matcher.uri == path:
            server.handlers.remove(handler)
    serve(server, path, body, **kwargs)


def test_first_fetch_is_a_baseline_then_new_items_are_changes(site):
    serve(site.server, "/feed", rss(("DEFA talks", "a"), ("ADGMIN", "b")), content_type="application/rss+xml")
    site.source("asean-news", "feed", "/feed")
    summary = site.check()
    assert summary.counts["baseline"] == 1 and site.changes() == []
    replace(site.server, "/feed", rss(("Leaders sign DEFA", "c"), ("DEFA talks", "a"), ("ADGMIN", "b")))
    summary = site.check()
    assert summary.counts["changed"] == 1
    [change] = site.changes()
    assert [i["title"] for i in change.added] == ["Leaders sign DEFA"] and change.removed == []


def test_reordered_and_respaced_items_are_not_a_change(site):
    serve(site.server, "/feed", rss(("DEFA talks", "a"), ("ADGMIN", "b")))
    site.source("asean-news", "feed", "/feed")
    site.check()
    replace(site.server, "/feed", rss(("ADGMIN", "b"), ("DEFA   talks", "a"), spacing="\n   "))
    summary = site.check()
    assert summary.counts["unchanged"] == 1 and site.changes() == []
    assert site.count(Snapshot) == 1


def test_unchanged_bytes_and_304_write_no_snapshot(site):
    page = "<html><body><div class=n><a href='/1'>One</a></div></body></html>"
    site.server.expect_request("/list", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    serve(site.server, "/list", page, headers={"ETag": '"v1"'}, content_type="text/html")
    serve(site.server, "/plain", page, content_type="text/html")
    site.source("etag", "html", "/list", items="div.n")
    site.source("plain", "html", "/plain", items="div.n")
    site.check()
    summary = site.check()
    assert summary.counts["not_modified"] == 1 and summary.counts["unchanged"] == 1
    assert site.count(Snapshot) == 2 and site.count(Change) == 0


def test_flip_flop_back_to_a_recent_version_is_not_a_change(site):
    versions = [rss(("A", "a")), rss(("A", "a"), ("B", "b")), rss(("A", "a"))]
    site.source("feed", "feed", "/feed")
    results = []
    for version in versions:
        replace(site.server, "/feed", version)
        results.append(site.check().counts)
    assert [r["baseline"] for r in results] == [1, 0, 0]
    assert results[1]["changed"] == 1 and results[2]["unchanged"] == 1
    assert len(site.changes()) == 1


def test_a_settings_edit_resets_the_baseline(site):
    serve(site.server, "/p", "<html><body><ul><li><a href='/x'>X</a></li></ul><p>Other</p></body></html>")
    site.source("page", "html", "/p", items="li")
    site.check()
    site.sources.clear()
    site.source("page", "html", "/p", region="p")
    summary = site.check()
    assert summary.counts["baseline"] == 1 and site.changes() == []


@pytest.mark.parametrize("path, respond, needle", [
    ("/huge", lambda s: s.respond_with_data(b"x" * (50 * 1024 * 1024)), "over the limit"),
    ("/bomb", lambda s: s.respond_with_data(gzip.compress(b"\0" * (60 * 1024 * 1024)),
                                            headers={"Content-Encoding": "gzip"}), "over the limit"),
    ("/loop", lambda s: s.respond_with_response(Response(status=302, headers={"Location": "/loop"})), "redirect"),
    ("/gone", lambda s: s.respond_with_data("no", status=404), "HTTP 404"),
    ("/down", lambda s: s.respond_with_data("busy", status=503), "HTTP 503"),
    ("/private/x", lambda s: s.respond_with_data("secret"), "robots.txt"),
])
def test_fetch_faults_are_health_events(site, path, respond, needle):
    respond(site.server.expect_request(path))
    site.source("bad", "html", path)
    summary = site.check()
    assert summary.counts["failed"] == 1
    [(source_id, error)] = summary.failures
    assert source_id == "bad" and needle in error and site.server.url_for(path) in error
    row = site.row("bad")
    assert row.consecutive_failures == 1 and needle in row.last_error and row.last_ok_at is None


def test_429_with_retry_after_is_honoured_then_succeeds(site):
    hits: list[float] = []

    def handler(request):
        hits.append(time.monotonic())
        if len(hits) == 1:
            return Response("slow down", status=429, headers={"Retry-After": "1"})
        return Response(rss(("A", "a")), content_type="application/rss+xml")

    site.server.expect_request("/feed").respond_with_handler(handler)
    site.source("feed", "feed", "/feed")
    summary = site.check()
    assert summary.counts["baseline"] == 1 and len(hits) == 2
    assert hits[1] - hits[0] >= 0.95


@pytest.mark.parametrize("page, needle", [
    ("cloudflare_challenge.html", "blocked"),
    ("error_200.html", "error page"),
    ("bnm_rss.html", "not a feed"),
    ("truncated_feed.xml", "unparsable"),
])
def test_bad_content_keeps_the_last_good_snapshot(site, page, needle):
    site.source("feed", "feed", "/feed")
    serve(site.server, "/feed", rss(("A", "a")))
    site.check()
    replace(site.server, "/feed", (PAGES / page).read_bytes(), content_type="text/html")
    summary = site.check()
    assert summary.counts["failed"] == 1 and needle in summary.failures[0][1]
    assert site.count(Snapshot) == 1 and site.changes() == []
    replace(site.server, "/feed", rss(("A", "a")))
    assert site.check().counts["unchanged"] == 1  # back to normal: no change, failures reset
    assert site.row("feed").consecutive_failures == 0


def test_selector_suddenly_matching_nothing_is_not_all_removed(site):
    serve(site.server, "/l", "<html><body><div class=item><a href='/a'>A</a></div></body></html>")
    site.source("list", "html", "/l", items="div.item")
    site.check()
    replace(site.server, "/l", "<html><body><div id=app>Loading...</div></body></html>")
    summary = site.check()
    assert summary.counts["failed"] == 1 and "matched nothing" in summary.failures[0][1]
    assert site.changes() == []


def test_windows_874_page_without_charset_is_read_as_thai(site):
    body = (PAGES / "ratchakitcha_cp874.html").read_bytes()
    serve(site.server, "/gazette", body, content_type="text/html")
    site.source("gazette", "html", "/gazette")
    site.check()
    assert "ราชกิจจานุเบกษา" in snapshot_content(site).text


def test_json_post_listing_pages_until_an_empty_page(site):
    pages = {0: [{"id": 1, "title": "ร่าง\u2028กฎหมาย AI"}, {"id": 2, "title": "Two"}], 1: [{"id": 3, "title": "Three"}]}

    def handler(request):
        page = json.loads(request.data)["page"]
        return Response(json.dumps({"result": pages.get(page, [])}), content_type="application/json")

    site.server.expect_request("/api", method="POST").respond_with_handler(handler)
    site.source("hearings", "json", "/api", items="result", title="title", method="POST",
                body={"searchText": "", "page": 0}, page_field="page",
                link_template="https://law.go.th/listeningDetail?survey_id={id}")
    assert site.check().counts["baseline"] == 1
    items = snapshot_content(site).items
    assert [i["link"][-1] for i in items] == ["1", "2", "3"]


def test_pdf_source_text(site):
    serve(site.server, "/doc.pdf", make_pdf("Peraturan Presiden Nomor 12 Tahun 2026"), content_type="application/pdf")
    serve(site.server, "/broken.pdf", b"%PDF-1.4 garbage", content_type="application/pdf")
    site.source("doc", "pdf", "/doc.pdf")
    site.source("broken", "pdf", "/broken.pdf")
    summary = site.check()
    assert summary.counts["failed"] == 1 and summary.failures[0][0] == "broken"
    assert "Peraturan Presiden Nomor 12 Tahun 2026" in snapshot_content(site).text


def test_failing_source_never_stops_the_others_and_alerts_after_three_failures(site):
    serve(site.server, "/ok", rss(("A", "a")))
    site.server.expect_request("/down").respond_with_data("", status=500)
    site.source("ok", "feed", "/ok")
    site.source("down", "feed", "/down")
    for _ in range(4):
        summary = site.check()
        assert summary.counts["failed"] == 1 and sum(summary.counts.values()) == 2
    assert site.row("down").consecutive_failures == 4
    app = open_app(str(site.path))
    with app.transaction() as session:
        alerts = list(session.scalars(select(Alert)))
    assert [(a.kind, a.source_id) for a in alerts] == [("source_failing", "down")]
    assert "HTTP 500" in alerts[0].detail


def test_user_agent_names_regwatch_and_the_contact(site):
    serve(site.server, "/feed", rss(("A", "a")))
    site.source("feed", "feed", "/feed")
    site.check()
    request = [r for r, _ in site.server.log if r.path == "/feed"][0]
    assert "regwatch/" in request.headers["User-Agent"] and "https://example.org/contact" in request.headers["User-Agent"]


def test_check_cli_summary_and_exit_status(site, run_cli):
    serve(site.server, "/ok", rss(("A", "a")))
    site.server.expect_request("/down").respond_with_data("", status=404)
    site.source("ok", "feed", "/ok")
    site.source("down", "feed", "/down")
    site.check()
    result = run_cli("--config", site.path, "check", "--all")
    assert result.exit_code == 3  # some failed
    assert "Checked 2 sources: 1 unchanged, 1 failed." in result.stdout
    assert "failed down:" in result.stderr and "HTTP 404" in result.stderr
    listing = json.loads(run_cli("--config", site.path, "sources", "--json").stdout)
    assert {s["id"]: s["consecutive_failures"] for s in listing} == {"ok": 0, "down": 2}
    assert run_cli("--config", site.path, "check", "--source", "nope").exit_code == 2
    # nothing is due right after a check
    assert "nothing due" in run_cli("--config", site.path, "check").stdout


def test_ignored_noise_and_page_text_diff(site, run_cli):
    page = "<html><body><main><p>Draft AI law: consultation</p><p>Visitors: {n}</p></main></body></html>"
    serve(site.server, "/p", page.format(n=1))
    site.source("page", "html", "/p", region="main", ignore=["Visitors: \\d+"])
    site.check()
    replace(site.server, "/p", page.format(n=2))
    assert site.check().counts["unchanged"] == 1
    replace(site.server, "/p", page.format(n=3).replace("consultation", "approved by Cabinet"))
    assert site.check().counts["changed"] == 1
    [change] = site.changes()
    assert change.added == [{"text": "Draft AI law: approved by Cabinet"}]
    assert "-Draft AI law: consultation" in change.diff and "+Draft AI law: approved by Cabinet" in change.diff
    listed = json.loads(run_cli("--config", site.path, "changes", "--since", "1d", "--json").stdout)
    assert [(c["source"], c["added"]) for c in listed] == [("page", change.added)]
    table = run_cli("--config", site.path, "changes").stdout
    assert "page" in table and "approved by Cabinet" in table


def test_robots_can_be_turned_off_per_source(site):
    serve(site.server, "/private/feed", rss(("A", "a")))
    site.source("private", "feed", "/private/feed", robots=False)
    assert site.check().counts["baseline"] == 1


def test_requests_to_one_host_are_spaced_by_the_host_delay(site):
    starts: list[float] = []

    def handler(request):
        starts.append(time.monotonic())
        return Response(rss(("A", request.path)), content_type="application/rss+xml")

    for number in range(4):
        site.server.expect_request(f"/f{number}").respond_with_handler(handler)
        site.source(f"f{number}", "feed", f"/f{number}")
    global FETCH
    original, FETCH = FETCH, FETCH.replace('host_delay = "0s"', 'host_delay = "1s"')
    try:
        site.check()
    finally:
        FETCH = original
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    # regwatch starts them 1 s apart; their arrival at the server jitters with the machine's load
    assert len(starts) == 4 and min(gaps) >= 0.85 and sum(gaps) >= 2.95


def test_a_slow_server_times_out(site):
    calls = []

    def handler(request):
        calls.append(1)
        time.sleep(6)
        return Response("late")

    site.server.expect_request("/slow").respond_with_handler(handler)
    site.source("slow", "html", "/slow")
    global FETCH
    original, FETCH = FETCH, FETCH.replace("retries = 2", 'retries = 1\ntimeout = "3s"')  # room to connect on a busy machine
    try:
        summary = site.check()
    finally:
        FETCH = original
    assert summary.counts["failed"] == 1 and "timed out" in summary.failures[0][1]
    assert calls  # the request reached the server; the answer came too late


def test_many_sources_are_parsed_in_worker_processes(site):
    """From PARALLEL_PARSE_MIN sources on, parsing runs in worker processes: results and errors come back."""
    for number in range(PARALLEL_PARSE_MIN):
        serve(site.server, f"/f{number}", rss(("A", f"a{number}"), ("B", f"b{number}")))
        site.source(f"f{number}", "feed", f"/f{number}")
    serve(site.server, "/challenge", (PAGES / "cloudflare_challenge.html").read_bytes(), content_type="text/html")
    site.source("challenge", "html", "/challenge", items="div.item")
    summary = site.check()
    assert summary.counts["baseline"] == PARALLEL_PARSE_MIN and summary.counts["failed"] == 1
    [(source_id, error)] = summary.failures
    assert source_id == "challenge" and "blocked" in error  # a SourceError raised in a worker
    assert site.count(Snapshot) == PARALLEL_PARSE_MIN
    assert [i["key"] for i in snapshot_items(site, "f3")] == ["a3", "b3"]


def snapshot_items(site: Site, source_id: str) -> list[dict]:
    app = open_app(str(site.path))
    with app.transaction() as session:
        snapshot = session.scalars(select(Snapshot).where(Snapshot.source_id == source_id)).one()
        return list(Content.from_bytes(snapshot.content, snapshot.content_hash).items)


def test_a_keep_alive_connection_the_server_closed_is_replaced():
    """The transport reuses idle connections; one the server has closed meanwhile costs a new connection,
    not a failed fetch."""
    requests: list[tuple[str, int]] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            requests.append((self.path, self.client_address[1]))
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")
            self.close_connection = len(requests) == 1  # as an idle timeout would, without saying so

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    async def fetch_three() -> list[bytes]:
        async with Fetcher(FetchConfig(retries=0, host_delay=timedelta(0), allow_private=EVERYWHERE)) as fetcher:
            url = f"http://127.0.0.1:{server.server_port}"
            return [(await fetcher.fetch(Request(url=f"{url}/{n}", robots=False))).body for n in range(3)]

    try:
        assert asyncio.run(fetch_three()) == [b"ok", b"ok", b"ok"]
    finally:
        server.shutdown()
        server.server_close()
    assert [path for path, _ in requests] == ["/0", "/1", "/2"]
    assert len({port for _, port in requests}) == 2  # /1 on a new connection, /2 on the same one


def test_a_due_source_held_by_another_worker_is_left_to_it(site, run_cli):
    serve(site.server, "/feed", rss(("A", "a")))
    site.source("feed", "feed", "/feed")
    site.check()
    later = datetime.now(timezone.utc) + timedelta(days=1)
    assert [s.id for s in claim_due(open_app(str(site.path), later), "daemon-host:1")] == ["feed"]
    result = run_cli("--config", site.path, "--now", later.isoformat(), "check")
    assert result.exit_code == 0 and "nothing due" in result.stdout
    with open_app(str(site.path)).transaction() as session:  # leases run on the database's clock: let it run out
        session.get(Source, "feed").lease_until -= timedelta(minutes=6)
    assert "1 unchanged" in run_cli("--config", site.path, "--now", later.isoformat(), "check").stdout

"""``fetch = "browser"`` against a real local site whose lists are built by JavaScript, in Debian's Chromium.

Without Chromium or Playwright the browser tests are skipped with the install command as their reason,
unless $REGWATCH_TEST_REQUIRE_CHROMIUM is set (CI sets it, installs Chromium and the test extra): then they fail.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from monitor.app import open_app
from monitor.checking import Summary, due_sources, run_check
from monitor.detect import Content
from monitor.fetching.browser import browser_proxy
from monitor.fetching.proxies import ProxyRules
from storage.models import Change, Snapshot, Source
from tests.fakes.proxy import ForwardProxy
from tests.monitor.fetching.jspages import JsSite, alive, browser_processes

LISTING = {"items": "li.item", "title": "a", "link": "a", "date": "time"}


def _need_chromium(browser: bool = True) -> None:
    """Skip (or, where CI requires them, fail) without Playwright, or without Chromium when ``browser``."""
    problem = None
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        problem = "Playwright is not installed: pip install '.[test]' (or 'regwatch[browser]')"
    if browser and shutil.which("chromium") is None:
        problem = "Chromium is not installed: apt-get install -y chromium (Debian's package; .ci/run installs it)"
    if problem and os.environ.get("REGWATCH_TEST_REQUIRE_CHROMIUM"):
        pytest.fail(problem)
    if problem:
        pytest.skip(problem)


@pytest.fixture
def js_site() -> Iterator[JsSite]:
    with JsSite() as site:
        yield site


class Watch:
    """A config of sources on the local site, and passes over it."""

    def __init__(self, tmp_path: Path, db_url: str, site: JsSite) -> None:
        self.path, self.db_url, self.site = tmp_path / "config.toml", db_url, site
        self.settings = '[fetch]\nallow_private = true\nhost_delay = "0s"\nretries = 0\ntimeout = "15s"\n'
        self.sources: list[str] = []

    def source(self, source_id: str, path: str, **keys: object) -> None:
        lines = [f'[[sources]]\nid = "{source_id}"\nkind = "html"\nurl = "{self.site.url(path)}"']
        lines += [f"{key} = {_toml(value)}" for key, value in keys.items()]
        self.sources = [s for s in self.sources if f'id = "{source_id}"\n' not in s] + ["\n".join(lines)]

    def write(self) -> Path:
        self.path.write_text(f'[database]\nurl = "{self.db_url}"\n{self.settings}\n' + "\n\n".join(self.sources),
                             encoding="utf-8")
        return self.path

    def check(self) -> Summary:
        app = open_app(str(self.write()))
        try:
            return run_check(app, due_sources(app, every=True))
        finally:
            app.sessions.kw["bind"].dispose()

    def errors(self) -> dict[str, str | None]:
        with open_app(str(self.path)).transaction() as session:
            return {row.id: row.last_error for row in session.scalars(select(Source))}

    def items(self, source_id: str) -> list[dict]:
        with open_app(str(self.path)).transaction() as session:
            snapshot = session.scalars(select(Snapshot).where(Snapshot.source_id == source_id)
                                       .order_by(Snapshot.id.desc())).first()
            content = Content.from_bytes(snapshot.content, snapshot.content_hash)
        return [dict(item) for item in content.items]

    def changes(self) -> list[Change]:
        with open_app(str(self.path)).transaction() as session:
            return list(session.scalars(select(Change).order_by(Change.id)))


def _toml(value: object) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value).lower() if isinstance(value, bool) else str(value)


@pytest.fixture
def watch(tmp_path, js_site) -> Watch:
    return Watch(tmp_path, f"sqlite:///{tmp_path / 'regwatch.db'}", js_site)


def test_a_javascript_listing_is_read_by_the_browser_and_its_new_item_is_a_change(tmp_path, db_url, js_site):
    _need_chromium()
    watch = Watch(tmp_path, db_url, js_site)
    watch.source("imda-press", "/list/1", **LISTING)
    plain = watch.check()
    assert plain.counts["failed"] == 1
    error = watch.errors()["imda-press"]
    assert error.startswith(f"{js_site.url('/list/1')}: application shell: the page is rendered by JavaScript")
    assert 'set fetch = "browser"' in error

    watch.source("imda-press", "/list/1", fetch="browser", **LISTING)
    assert watch.check().counts["baseline"] == 1
    assert [(i["title"], i["link"], i["date"]) for i in watch.items("imda-press")] == [
        (i["title"], js_site.url(i["link"]), i["date"]) for i in js_site.items]
    assert watch.errors()["imda-press"] is None

    js_site.items.insert(0, {"title": "IMDA consults on the AI Verify testing standard", "link": "/pr/new",
                             "date": "1 Dec 2026"})
    assert watch.check().counts["changed"] == 1
    [change] = watch.changes()
    assert [(i["title"], i["link"]) for i in change.added] == [
        ("IMDA consults on the AI Verify testing standard", js_site.url("/pr/new"))]
    assert change.removed == []
    assert js_site.agents["/list/1"].startswith("regwatch/") and js_site.agents["/items/1.json"].startswith("regwatch/")


def test_wait_for_waits_for_a_list_built_after_the_network_went_quiet(watch, js_site):
    """With the fetch delayed past network idle, only ``wait_for`` sees the list; without it nothing matches."""
    _need_chromium()
    js_site.delay_ms = 1200
    watch.source("idle", "/list/2", fetch="browser", **LISTING)
    watch.source("waited", "/list/3", fetch="browser", wait_for="li.item", **LISTING)
    summary = watch.check()
    assert summary.counts == {"baseline": 1, "failed": 1}
    error = watch.errors()["idle"]
    assert "the page is still an application shell after rendering in the browser (empty #app element)" in error
    assert "set wait_for to the selector of what the page builds" in error and 'fetch = "browser"' not in error
    assert len(watch.items("waited")) == 3


def test_sources_test_shows_the_rendered_result(watch, js_site, run_cli):
    _need_chromium()
    watch.source("imda-press", "/list/10", fetch="browser", **LISTING)
    result = run_cli("--config", watch.write(), "sources", "test", "imda-press", "--json")
    assert result.exit_code == 0, result.output
    probe = json.loads(result.stdout)
    assert (probe["health"], [i["title"] for i in probe["items"]]) == ("ok", [i["title"] for i in js_site.items])
    shown = run_cli("--config", watch.path, "sources", "test", "imda-press")
    assert "rendered in headless Chromium" in shown.stdout and js_site.items[0]["title"] in shown.stdout

    js_site.delay_ms = 1200  # the list comes after network idle: the rendered page is still a shell
    shown = run_cli("--config", watch.path, "sources", "test", "imda-press")
    assert shown.exit_code == 1
    assert "still an application shell after rendering" in shown.stdout and "wait_for" in shown.stdout


def test_pages_that_never_settle_fail_at_the_timeout_and_the_browser_is_gone_after(watch, js_site):
    _need_chromium()
    watch.settings = watch.settings.replace('timeout = "15s"', 'timeout = "2s"')
    watch.source("busy", "/busy", fetch="browser", region="body")
    watch.source("endless", "/endless", fetch="browser", region="body")
    watch.source("never-there", "/list/4", fetch="browser", wait_for="table.results", **LISTING)
    summary = watch.check()
    errors = watch.errors()
    assert summary.counts == {"failed": 3}
    assert "did not settle within 2 s (its network never went idle" in errors["busy"]
    assert "did not finish loading within 2 s" in errors["endless"]
    assert "wait_for 'table.results' did not appear within 2 s" in errors["never-there"]
    assert js_site.browser_pids, "the browser was seen while the pages loaded"
    assert alive(js_site.browser_pids) == set() and browser_processes() == set()
    assert watch.changes() == []


def test_at_most_browser_pages_are_open_at_once_over_twenty_sources(watch, js_site):
    _need_chromium()
    watch.settings += "per_host = 20\n[browser]\npages = 3\n"
    js_site.hold_pages = True
    for number in range(20):
        watch.source(f"listing-{number}", f"/list/{number}", fetch="browser", wait_for="li.item", **LISTING)
    summary = watch.check()
    assert summary.counts == {"baseline": 20}
    assert 2 <= js_site.peak_pages <= 3
    assert js_site.count(r"/list/\d+") == 20
    assert alive(js_site.browser_pids) == set() and browser_processes() == set()


def test_images_fonts_and_media_are_never_requested(watch, js_site):
    _need_chromium()
    watch.source("heavy", "/heavy", fetch="browser", **LISTING)
    assert watch.check().counts["baseline"] == 1
    assert [i["title"] for i in watch.items("heavy")] == ["Only the DOM counts"]
    assert js_site.count(r"/(logo\.png|font\.woff2|clip\.mp4)") == 0


def test_a_short_page_written_by_a_long_script_is_content_once_rendered(watch, js_site):
    """Its scripts have run and its <noscript> notice is not shown: over HTTP it is an application shell."""
    _need_chromium()
    watch.source("circular", "/scripted", fetch="browser", region="#root")
    assert watch.check().counts == {"baseline": 1}
    with open_app(str(watch.path)).transaction() as session:
        snapshot = session.scalars(select(Snapshot)).one()
        assert Content.from_bytes(snapshot.content, snapshot.content_hash).text == (
            "Circular 12/2026 on AI risk management")


def test_a_rendered_anti_bot_page_and_a_crashed_browser_are_health_events(watch, js_site):
    _need_chromium()
    watch.source("challenge", "/challenge", fetch="browser", region="body")
    assert watch.check().counts == {"failed": 1}
    assert "anti-bot or challenge page" in watch.errors()["challenge"]

    watch.sources = []
    watch.source("crash", "/crash", fetch="browser", wait_for="li.item", **LISTING)
    assert watch.check().counts == {"failed": 1}
    assert "the browser crashed" in watch.errors()["crash"]
    assert alive(js_site.browser_pids) == set() and browser_processes() == set()
    assert watch.changes() == []


def test_robots_txt_and_the_rendered_body_cap_apply_to_the_browser(watch, js_site):
    _need_chromium()
    js_site.robots = "User-agent: *\nDisallow: /list/6\n"
    js_site.items = [{"title": f"Release {n}", "link": f"/pr/{n}", "date": "1 Dec 2026"} for n in range(50)]
    watch.settings += "max_bytes = 2000\n"  # the shell is 600 bytes; rendered with its 50 items, 4,000
    watch.source("disallowed", "/list/6", fetch="browser", **LISTING)
    watch.source("big", "/list/7", fetch="browser", **LISTING)
    assert watch.check().counts == {"failed": 2}
    errors = watch.errors()
    assert "disallowed by robots.txt" in errors["disallowed"] and js_site.count("/list/6") == 0
    assert "rendered page of" in errors["big"] and "over the limit of 2,000 bytes" in errors["big"]


def test_a_page_cannot_reach_or_redirect_into_addresses_the_policy_refuses(watch, js_site):
    """Only the site's own loopback address is allowed: 127.0.0.2 stands for the internal network."""
    _need_chromium()
    watch.settings = watch.settings.replace("allow_private = true", 'allow_private = ["127.0.0.1/32"]')
    with JsSite(host="127.0.0.2") as internal:
        watch.source("reach", f"/reach?to={internal.url('/secret')}", fetch="browser", region="#out")
        watch.source("redirected", f"/redirect?to={internal.url('/list/1')}", fetch="browser", **LISTING)
        assert watch.check().counts == {"baseline": 1, "failed": 1}
        assert internal.count("/secret") == 0
    with open_app(str(watch.path)).transaction() as session:
        [snapshot] = session.scalars(select(Snapshot))
        assert (snapshot.source_id, Content.from_bytes(snapshot.content, snapshot.content_hash).text) == (
            "reach", "refused")
    assert watch.errors()["redirected"] == (
        f"{js_site.url('/redirect?to=' + internal.url('/list/1'))}: redirect to {internal.url('/list/1')} refused: "
        "127.0.0.2 is 127.0.0.2, a loopback address (set [fetch] allow_private to allow it)")


def test_the_source_user_agent_and_the_fetch_proxy_carry_the_browser_too(watch, js_site):
    _need_chromium()
    with ForwardProxy() as proxy:
        watch.settings += f'proxy = "{proxy.url}"\n'
        watch.source("agent", "/list/11", fetch="browser", user_agent="ComplianceDesk/2.0 (+https://example.org)",
                     **LISTING)
        assert watch.check().counts == {"baseline": 1}
    assert js_site.agents["/list/11"] == js_site.agents["/items/11.json"] == "ComplianceDesk/2.0 (+https://example.org)"
    assert {f"GET {js_site.url('/list/11')}", f"GET {js_site.url('/items/11.json')}"} <= set(proxy.requests)


def test_browser_proxy_follows_the_fetch_proxy_rules():
    assert browser_proxy(ProxyRules(configured="http://proxy.corp:3128")) == {"server": "http://proxy.corp:3128"}
    environment = {"http": "http://p1:8080", "https": "http://p2:8080", "no": "intranet.corp,10.0.0.0/8"}
    assert browser_proxy(ProxyRules(environment=environment)) == {"server": "http://p2:8080",
                                                                  "bypass": "intranet.corp,10.0.0.0/8"}
    assert browser_proxy(ProxyRules(environment={"all": "http://p3:3128"})) == {"server": "http://p3:3128"}
    assert browser_proxy(ProxyRules()) is None


def test_without_playwright_a_browser_source_fails_with_one_line_naming_the_extra(watch, js_site, monkeypatch):
    monkeypatch.setitem(sys.modules, "playwright.async_api", None)
    watch.source("shell", "/list/7", fetch="browser", **LISTING)
    watch.source("plain", "/items/7.json", region="body")
    summary = watch.check()
    assert summary.counts == {"failed": 1, "baseline": 1}
    error = watch.errors()["shell"]
    assert error == (f"{js_site.url('/list/7')}: browser sources need Playwright, which is not installed: "
                     "pip install 'regwatch[browser]' (the playwright package)")


def test_a_configured_executable_that_is_not_there_names_the_key(watch, js_site):
    _need_chromium(browser=False)
    watch.settings += '[browser]\nexecutable = "/opt/none/chromium"\n'
    watch.source("one", "/list/8", fetch="browser", **LISTING)
    watch.source("two", "/list/9", fetch="browser", **LISTING)
    assert watch.check().counts == {"failed": 2}
    assert watch.errors()["two"].endswith("[browser] executable '/opt/none/chromium' is not an executable file")

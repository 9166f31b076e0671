"""The HTML timeline report and ``regwatch serve``, on SQLite and PostgreSQL, checked in a real headless Chromium.

Without Debian's ``chromium`` package the Chromium test is skipped with the install command as its reason, unless
$REGWATCH_TEST_REQUIRE_CHROMIUM is set (CI sets it and installs the package): then it fails.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from icalendar import Calendar

from monitor.app import open_app
from monitor.report import SCRIPT
from monitor.server import is_loopback
from storage.models import Change, Snapshot, Source

NOW = "2026-11-26T09:00:00+08:00"
HOSTILE = '<script>alert("x")</script><img src="https://evil.example/pixel.png">'
TIMELINE_CLASSES = ("milestone", "track", "point", "window", "marker", "today")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars")


class Elements(HTMLParser):
    """Every start tag of a page as (tag, attributes), and the text of its scripts."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.in_script = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.in_script = tag == "script"

    def handle_endtag(self, tag):
        self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.scripts.append(data)

    def with_class(self, name: str) -> list[dict]:
        return [a for _, a in self.tags if name in (a.get("class") or "").split()]


@pytest.fixture
def hostile_config(run_cli, example_config):
    """The shipped catalog plus a person's move and a page change whose texts and links are hostile."""
    result = run_cli("--config", example_config, "--now", NOW, "milestone", "set", "th-ai-law", "--status",
                     "consultation", "--date", "2026-11-20", "--url", "javascript:alert(1)", "--note", HOSTILE)
    assert result.exit_code == 0, result.output
    app = open_app(str(example_config))
    at = datetime(2026, 11, 24, 2, tzinfo=timezone.utc)
    with app.transaction() as session:
        session.add(Source(id="asean-news", kind="feed", url="https://asean.org/feed/"))
        session.flush()  # no ORM relationship orders the inserts: the source must exist first
        snapshot = Snapshot(source_id="asean-news", fetched_at=at, content_hash="0" * 64, content=b"")
        session.add(snapshot)
        session.flush()
        session.add(Change(source_id="asean-news", snapshot_id=snapshot.id, detected_at=at, added=[
            {"title": f"DEFA signing set {HOSTILE}", "link": "https://asean.org/defa-signing"},
            {"title": "Click me", "link": "javascript:alert(2)"}]))
    return example_config


def report(run_cli, config, tmp_path: Path) -> Path:
    out = tmp_path / "report.html"
    result = run_cli("--config", config, "--now", NOW, "report", "--output", out)
    assert result.exit_code == 0, result.output
    return out


def test_report_is_self_contained_and_escapes_page_text(run_cli, hostile_config, tmp_path):
    text = report(run_cli, hostile_config, tmp_path).read_text(encoding="utf-8")
    page = Elements(text)
    for tag, attrs in page.tags:
        assert not (tag == "script" and "src" in attrs), "no external script"
        assert tag not in ("link", "img", "iframe", "object", "embed"), f"no <{tag}> (external resource)"
        assert "src" not in attrs, f"<{tag}> loads {attrs['src']}"
        if "href" in attrs:
            assert tag == "a" and re.match(r"https?://", attrs["href"]), f"<{tag} href={attrs['href']}>"
    assert page.scripts == [SCRIPT]
    assert not re.search(r"url\(|@import|https?://[^\"<]*\.(css|woff2?|ttf|js)\b", text)
    assert 'alert("x")' not in text and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in text
    assert "javascript:" not in text
    assert 'name="viewport"' in text and "Content-Security-Policy" in text
    hrefs = [a["href"] for t, a in page.tags if t == "a"]
    assert "https://asean.org/defa-signing" in hrefs


def test_report_draws_a_timeline_per_jurisdiction(run_cli, hostile_config, tmp_path):
    page = Elements(report(run_cli, hostile_config, tmp_path).read_text(encoding="utf-8"))
    jurisdictions = [a["data-jurisdiction"] for a in page.with_class("timeline")]
    assert jurisdictions[0] == "ASEAN" and {"ID", "TH", "VN"} <= set(jurisdictions)
    milestones = {a["data-id"]: a for a in page.with_class("milestone")}
    assert {"asean-defa", "id-ai-perpres", "th-ai-law", "vn-ai-law"} <= set(milestones)
    assert {m for m, a in milestones.items() if "overdue" in a["class"].split()} == {"id-ai-perpres", "th-ai-law"}
    assert len(page.with_class("today")) == len(milestones)
    assert page.with_class("window") and page.with_class("point")
    moves = [a for t, a in page.tags if t == "li" and a.get("class") == "move"]
    assert len(moves) == 1  # the person's move of th-ai-law; catalog entries are not news


def test_report_path_from_the_config(run_cli, example_config, tmp_path):
    result = run_cli("--config", example_config, "report")
    assert result.exit_code == 2 and "[report] path" in result.stderr
    target = tmp_path / "timeline.html"
    example_config.write_text(example_config.read_text() + f'\n[report]\npath = "{target}"\n')
    result = run_cli("--config", example_config, "report")
    assert result.exit_code == 0, result.output
    assert 'class="timeline' in target.read_text(encoding="utf-8")


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    binary = shutil.which("chromium")
    if binary is None:
        reason = "Chromium is not installed: apt-get install -y chromium (Debian's package; .ci/run installs it)"
        if os.environ.get("REGWATCH_TEST_REQUIRE_CHROMIUM"):
            pytest.fail(reason)
        pytest.skip(reason)
    return subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                          text=True, timeout=120, check=True)


@pytest.mark.parametrize("width,height", [(1200, 1600), (390, 844)], ids=["desktop", "phone"])
def test_report_renders_in_headless_chromium(run_cli, hostile_config, tmp_path, width, height):
    url = report(run_cli, hostile_config, tmp_path).as_uri()
    size = f"--window-size={width},{height}"
    dom = chromium(size, "--dump-dom", url, profile=tmp_path / "profile").stdout
    assert 'data-laid-out="1"' in dom, "the page's layout check did not run"
    page = Elements(dom)
    for name in TIMELINE_CLASSES:
        found = page.with_class(name)
        assert found, f"no .{name} in the rendered page"
        hidden = [a.get("data-id") or a.get("style") for a in found if a.get("data-visible") != "true"]
        assert not hidden, f".{name} not visible within the {width}px viewport: {hidden[:5]}"
    screenshot = tmp_path / "report.png"
    chromium(size, f"--screenshot={screenshot}", url, profile=tmp_path / "profile")
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 10_000


def test_is_loopback():
    assert all(is_loopback(h) for h in ("127.0.0.1", "::1", "localhost", "127.0.0.2"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "192.168.1.10", "example.com"))


def test_serve_answers_the_report_the_calendar_and_the_api(run_cli, example_config):
    expected = json.loads(run_cli("--config", example_config, "--now", NOW, "milestones", "--json").stdout)
    process = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(example_config), "--now", NOW,
                                "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert match, f"no URL in {line!r}: {process.stderr.read() if process.poll() is not None else ''}"
        with httpx.Client(base_url=match.group(0), timeout=10) as client:
            page = client.get("/")
            assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
            assert 'data-id="asean-defa"' in page.text
            feed = client.get("/calendar.ics")
            assert feed.headers["content-type"].startswith("text/calendar")
            uids = {str(e["UID"]) for e in Calendar.from_ical(feed.content).walk("VEVENT")}
            assert "asean-defa-expected-adopted@regwatch" in uids
            assert client.get("/api/milestones").json() == expected
            assert client.get("/nothing").status_code == 404
            assert client.post("/api/milestones").status_code == 501  # read-only
    finally:
        process.terminate()
        process.wait(timeout=10)

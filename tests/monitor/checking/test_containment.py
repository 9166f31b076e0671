"""One bad page never stops the pass: each poison input is its own source's failure, with its reason, and
every other source of the same pass is recorded."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from monitor.app import open_app
from monitor.checking import PARALLEL_PARSE_MIN, passes
from storage.models import Snapshot, Source
from tests.monitor.checking import hostile_parser
from tests.monitor.test_check import rss, serve, site, snapshot_items  # noqa: F401  (site: a fixture)

HTML_ITEMS = {"items": "li", "title": "a", "link": "a"}
JSON_ITEMS = {"items": "items", "title": "title", "link": "link"}
POISON = {  # source id: (kind, settings, body, content type, what the failure says)
    "lone-surrogate": ("json", JSON_ITEMS, b'{"items": [{"title": "a \\ud800 b", "link": "/a"}]}',
                       "application/json", "surrogates not allowed"),
    "deep-nesting": ("json", JSON_ITEMS, b"[" * 3000 + b"]" * 3000, "application/json", "RecursionError"),
    "huge-integer": ("json", JSON_ITEMS, b'{"items": [{"title": "x", "n": ' + b"7" * 5000 + b"}]}",
                     "application/json", "integer string conversion"),
    "charset-hex": ("html", HTML_ITEMS, b"<ul><li><a href='/x'>caf\xe9</a></li></ul>", "text/html; charset=hex",
                    "not a text encoding"),
    "charset-base64": ("html", HTML_ITEMS, b"<ul><li><a href='/x'>caf\xe9</a></li></ul>",
                       "text/html; charset=base64", "not a text encoding"),
}


def sources_json(run_cli, site) -> dict[str, dict]:
    result = run_cli("--config", site.path, "--json", "sources")
    assert result.exit_code == 0, result.output
    return {s["id"]: s for s in json.loads(result.stdout)}


@pytest.fixture
def good(site):
    """Two healthy sources checked in the same pass as the poison."""
    serve(site.server, "/feed", rss(("ASEAN news", "n1")))
    site.source("good-feed", "feed", "/feed")
    serve(site.server, "/list", "<ul><li><a href='/doc'>A circular</a></li></ul>", content_type="text/html")
    site.source("good-html", "html", "/list", **HTML_ITEMS)
    return site


@pytest.mark.parametrize("source_id", sorted(POISON))
def test_each_poison_input_fails_its_own_source_only(good, run_cli, source_id):
    kind, settings, body, content_type, reason = POISON[source_id]
    serve(good.server, "/poison", body, content_type=content_type)
    good.source(source_id, kind, "/poison", **settings)
    summary = good.check()
    assert summary.counts["baseline"] == 2 and summary.counts["failed"] == 1, summary.failures
    health = sources_json(run_cli, good)
    assert health["good-feed"]["last_ok_at"] and health["good-html"]["last_ok_at"]
    assert health[source_id]["consecutive_failures"] == 1 and reason in health[source_id]["last_error"]
    assert good.url_of("/poison") in health[source_id]["last_error"]


def test_an_unparsable_link_is_dropped_from_its_item(good):
    page = ("<ul><li><a href='http://[oops/x'>Broken link notice</a></li>"
            "<li><a href='/ok'>Fine notice</a></li></ul>")
    serve(good.server, "/links", page, content_type="text/html")
    good.source("links", "html", "/links", **HTML_ITEMS)
    summary = good.check()
    assert summary.counts["baseline"] == 3 and not summary.failures
    items = {i["title"]: i["link"] for i in snapshot_items(good, "links")}
    assert items == {"Broken link notice": None, "Fine notice": good.url_of("/ok")}


def test_text_a_database_refuses_is_cleaned_before_it_is_stored(good):
    serve(good.server, "/nul", "<ul><li><a href='/n'>Perpres\x00 signed</a></li></ul>", content_type="text/html")
    good.source("nul", "html", "/nul", **HTML_ITEMS)
    summary = good.check()
    assert summary.counts["baseline"] == 3 and not summary.failures
    assert [i["title"] for i in snapshot_items(good, "nul")] == ["Perpres signed"]


def test_a_parser_that_crashes_or_hangs_costs_only_its_page(good, monkeypatch):
    """Parsing processes: a segfault and an endless parse are their sources' failures, the process is
    replaced each time, and every other page of the pass is parsed."""
    monkeypatch.setattr(passes, "extract", hostile_parser.extract)
    good.fetch = '[fetch]\nallow_private = true\nbackoff = "0s"\nhost_delay = "0s"\nretries = 0\nper_host = 16\nparse_timeout = "2s"\n'
    for name in ("crash", "hang"):
        serve(good.server, f"/{name}", f"<ul><li><a href='/x'>{name.upper()}-THE-PARSER</a></li></ul>",
              content_type="text/html")
        good.source(name, "html", f"/{name}", **HTML_ITEMS)
    others = 3 * PARALLEL_PARSE_MIN
    for number in range(others):
        serve(good.server, f"/p{number}", f"<ul><li><a href='/d{number}'>Notice {number}</a></li></ul>",
              content_type="text/html")
        good.source(f"p{number}", "html", f"/p{number}", **HTML_ITEMS)
    summary = good.check()
    failures = dict(summary.failures)
    assert set(failures) == {"crash", "hang"}
    assert "the parsing process died (the parser crashed on this page)" in failures["crash"]
    assert "parsing took longer than 2 s" in failures["hang"]
    assert summary.counts["baseline"] == others + 2
    app = open_app(str(good.path))
    with app.transaction() as session:
        stored = set(session.scalars(select(Snapshot.source_id)))
        assert stored == {f"p{n}" for n in range(others)} | {"good-feed", "good-html"}
        assert session.get(Source, "hang").last_error == failures["hang"]

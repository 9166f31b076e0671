"""Silent failures made loud, end to end through the CLI and a real local server: an application shell and
a "Maintenance" decoy fail in ``sources --json``; a source unchanged for longer than ``stale_after`` is stale
in ``sources --json``, ``status`` and the digest, without an alert; ``sources test`` exit codes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.sources.conftest import PAGES

FETCH = '[fetch]\nallow_private = true\nbackoff = "0s"\nhost_delay = "0s"\nretries = 0\ncontact = "https://example.org/contact"\n'
FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title><item><title>Notice 1</title>'
        '<link>https://example.gov/1</link><guid>1</guid><description>Nothing new</description></item>'
        '</channel></rss>')


def write_config(tmp_path: Path, db_url: str, sources: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[database]\nurl = "{db_url}"\n{FETCH}\n{sources}', encoding="utf-8")
    return path


@pytest.fixture
def server(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    return httpserver


def test_an_application_shell_on_a_region_source_fails_naming_javascript(tmp_path, db_url, server, run_cli):
    server.expect_request("/press").respond_with_data((PAGES / "app_shell_listing.html").read_bytes(),
                                                      content_type="text/html; charset=utf-8")
    config = write_config(tmp_path, db_url, f'[[sources]]\nid = "imda-press"\nkind = "html"\n'
                                            f'url = "{server.url_for("/press")}"\nregion = "main"\n')
    assert run_cli("--config", config, "check", "--all", "--no-send").exit_code == 4  # its only source failed
    [record] = json.loads(run_cli("--config", config, "sources", "--json").stdout)
    assert record["consecutive_failures"] == 1 and record["last_ok_at"] is None
    assert "rendered by JavaScript" in record["last_error"] and 'fetch = "browser"' in record["last_error"]
    probe = run_cli("--config", config, "sources", "test", "imda-press", "--json")
    assert probe.exit_code == 1
    assert json.loads(probe.stdout)["health"] == "script_rendered"


def test_a_maintenance_decoy_instead_of_json_fails(tmp_path, db_url, server, run_cli):
    server.expect_request("/api/v1/search").respond_with_data((PAGES / "mas_maintenance.html").read_bytes(),
                                                              content_type="text/html")
    config = write_config(tmp_path, db_url, f'[[sources]]\nid = "sg-mas-news"\nkind = "json"\n'
                                            f'url = "{server.url_for("/api/v1/search")}?q=*:*&rows=15"\n'
                                            'items = "response.docs"\ntitle = "document_title_string_s"\n')
    assert run_cli("--config", config, "check", "--all", "--no-send").exit_code == 4  # its only source failed
    [record] = json.loads(run_cli("--config", config, "sources", "--json").stdout)
    assert record["consecutive_failures"] == 1
    assert "maintenance page: 'Maintenance'" in record["last_error"]
    assert json.loads(run_cli("--config", config, "sources", "test", "sg-mas-news", "--json").stdout)["health"] == \
        "error_page"


def test_a_source_unchanged_past_stale_after_is_stale_in_sources_status_and_the_digest(tmp_path, db_url, server,
                                                                                       run_cli):
    server.expect_request("/feed").respond_with_data(FEED, content_type="application/rss+xml")
    config = write_config(tmp_path, db_url, f'[[sources]]\nid = "gazette"\nkind = "feed"\n'
                                            f'url = "{server.url_for("/feed")}"\nstale_after = "30d"\n')
    start, later = "2026-10-01T08:00:00+00:00", "2026-11-05T08:00:00+00:00"
    run_cli("--config", config, "--now", start, "check", "--all", "--no-send")
    [fresh] = json.loads(run_cli("--config", config, "--now", start, "sources", "--json").stdout)
    assert fresh["stale"] is False and fresh["last_changed_at"] == "2026-10-01T08:00:00+00:00"
    assert fresh["stale_after"] == 30 * 86400
    run_cli("--config", config, "--now", later, "check", "--all", "--no-send")  # same content: no new snapshot
    [record] = json.loads(run_cli("--config", config, "--now", later, "sources", "--json").stdout)
    assert record["stale"] is True and record["consecutive_failures"] == 0
    assert record["last_ok_at"] == "2026-11-05T08:00:00+00:00"
    table = run_cli("--config", config, "--now", later, "sources").stdout
    assert "stale" in table and "unchanged" in table  # a table folds the cell: the words, not the line
    status = json.loads(run_cli("--config", config, "--now", later, "status", "--json").stdout)
    assert status["stale_sources"] == [{"source": "gazette", "last_changed_at": "2026-10-01T08:00:00+00:00",
                                        "days_unchanged": 35}]
    digest = run_cli("--config", config, "--now", later, "digest").stdout
    assert "gazette: unchanged for 35 days (stale after 30 days)" in digest
    alerts = json.loads(run_cli("--config", config, "--now", later, "alerts", "--json").stdout)
    assert alerts == []  # stale is shown, never alerted


def test_sources_test_all_prints_one_line_per_source_and_fails_when_one_fails(tmp_path, server, run_cli):
    server.expect_request("/feed").respond_with_data(FEED, content_type="application/rss+xml")
    server.expect_request("/gone").respond_with_data("Not Found", status=404)
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'never-created.db'}",
                          f'[[sources]]\nid = "gazette"\nkind = "feed"\nurl = "{server.url_for("/feed")}"\n\n'
                          f'[[sources]]\nid = "old-page"\nkind = "html"\nurl = "{server.url_for("/gone")}"\n')
    result = run_cli("--config", config, "sources", "test", "--all")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].split() == ["gazette", "feed", "ok,", "1", "item"]
    assert lines[1].startswith("old-page") and "fetch_failed" in lines[1] and "HTTP 404" in lines[1]
    assert not (tmp_path / "never-created.db").exists()  # nothing stored: the database is never opened


def test_sources_test_exit_codes_for_usage(tmp_path, run_cli):
    assert run_cli("sources", "test", "no-such-source").exit_code == 2
    assert run_cli("sources", "test", "asean-news", "--file", tmp_path / "missing.xml").exit_code == 2
    assert run_cli("sources", "test").exit_code == 2
    assert run_cli("sources", "test", "asean-news", "--all").exit_code == 2


def test_sources_test_shows_a_page_text_and_the_move_it_proposes(tmp_path, run_cli):
    page = tmp_path / "statement.html"
    page.write_text("<html><head><title>Statement</title></head><body><main><h1>Joint Media Statement</h1>"
                    "<p>ASEAN Leaders signed the ASEAN Digital Economy Framework Agreement (DEFA) today in "
                    "Kuala Lumpur.</p></main></body></html>", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text('[[sources]]\nid = "statement"\nkind = "html"\nurl = "https://asean.org/statement"\n'
                      'region = "main"\n\n' + _defa_milestone(), encoding="utf-8")
    result = run_cli("--config", config, "sources", "test", "statement", "--file", page, "--json")
    assert result.exit_code == 0
    probe = json.loads(result.stdout)
    assert probe["items"] == [] and probe["text"].startswith("Joint Media Statement\nASEAN Leaders signed")
    assert probe["proposals"] == [{"item": None, "milestone": "asean-defa", "status": "adopted",
                                   "confidence": "certain"}]


def _defa_milestone() -> str:
    return ('[[milestones]]\nid = "asean-defa"\ntitle = "DEFA"\njurisdiction = "ASEAN"\nstatus = "approval"\n'
            '[[milestones.signals]]\nstatus = "adopted"\nall = ["\\\\bdefa\\\\b"]\nany = ["\\\\bsigned\\\\b"]\n')

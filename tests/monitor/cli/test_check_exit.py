"""``regwatch check`` tells cron and monitoring what happened: exit 0 when every checked source is fine, 3 when
some failed, 4 when all failed (2 stays an unusable config); with nothing due it says when the next check is."""
from __future__ import annotations

import json
import re

import pytest

NOW = "2026-11-26T09:00:00+08:00"
FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>A</title><guid>a</guid></item></channel></rss>'


@pytest.fixture
def config(tmp_path, db_url, httpserver):
    def write(*paths: str):
        sources = "".join(f'[[sources]]\nid = "{p.strip("/")}"\nkind = "feed"\nurl = "{httpserver.url_for(p)}"\n'
                          f'robots = false\n' for p in paths)
        path = tmp_path / "config.toml"
        path.write_text(f'[database]\nurl = "{db_url}"\n[fetch]\nallow_private = true\nbackoff = "0s"\nretries = 0\n{sources}',
                        encoding="utf-8")
        return path

    httpserver.expect_request("/ok").respond_with_data(FEED, content_type="application/rss+xml")
    httpserver.expect_request("/fine").respond_with_data(FEED, content_type="application/rss+xml")
    httpserver.expect_request("/down").respond_with_data("gone", status=404)
    httpserver.expect_request("/broken").respond_with_data("oops", status=500)
    return write


def test_every_source_fine_exits_0(config, run_cli):
    result = run_cli("--config", config("/ok", "/fine"), "--now", NOW, "check")
    assert result.exit_code == 0
    assert result.stdout == "Checked 2 sources: 2 baseline.\nNothing to deliver.\n"
    again = run_cli("--config", config("/ok", "/fine"), "--now", NOW, "check", "--all")
    assert (again.exit_code, again.stdout) == (0, "Checked 2 sources: 2 unchanged.\nNothing to deliver.\n")


def test_some_sources_failed_exits_3_and_names_them(config, run_cli):
    result = run_cli("--config", config("/ok", "/down"), "--now", NOW, "check")
    assert result.exit_code == 3
    assert result.stdout.startswith("Checked 2 sources: 1 baseline, 1 failed.\n")
    assert "  failed down: " in result.stderr and "HTTP 404" in result.stderr


def test_all_sources_failed_exits_4(config, run_cli):
    result = run_cli("--config", config("/down", "/broken"), "--now", NOW, "check")
    assert result.exit_code == 4
    assert result.stdout.startswith("Checked 2 sources: 2 failed.\n")
    assert "failed down:" in result.stderr and "failed broken:" in result.stderr


def test_nothing_due_says_when_and_mentions_all(config, run_cli):
    path = config("/ok")
    assert run_cli("--config", path, "--now", NOW, "check").exit_code == 0
    result = run_cli("--config", path, "--now", "2026-11-26T10:00:00+08:00", "check")
    assert result.exit_code == 0
    # 6 h after the first check, less or more the scheduler's 10 % jitter, in the digest's time zone
    assert re.fullmatch(r"Checked 0 sources: nothing due\.\n"
                        r"The next check is due 2026-11-26 1[45]:\d\d \+08; `regwatch check --all` checks every "
                        r"source now\.\nNothing to deliver\.\n", result.stdout), result.stdout


def test_exit_codes_are_in_the_help_and_the_readme(run_cli):
    from tests.conftest import REPO

    text = " ".join(run_cli("check", "--help").stdout.split())
    for line in ("0 every checked source was fine", "2 the config or the database is unusable",
                 "3 some sources failed", "4 every checked source failed"):
        assert line in text
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "| 3 | `check`: some sources failed" in readme and "| 4 | `check`: every checked source failed" in readme


def test_unusable_config_stays_2(tmp_path, run_cli):
    path = tmp_path / "config.toml"
    path.write_text('[database]\nurl = 3\n', encoding="utf-8")
    result = run_cli("--config", path, "check")
    assert result.exit_code == 2
    assert result.stderr == f"Error: {path}:2: [database]: url: must be a non-empty string, not 3\n"


def test_json_summary_for_monitoring(config, run_cli):
    result = run_cli("--config", config("/ok", "/down"), "--now", NOW, "--json", "check")
    assert result.exit_code == 3
    record = json.loads(result.stdout)
    assert record["checked"] == 2 and record["counts"]["baseline"] == 1 and record["counts"]["failed"] == 1
    assert [f["source"] for f in record["failures"]] == ["down"] and "HTTP 404" in record["failures"][0]["error"]
    assert record["next_check_at"] is None and record["delivered"] == {}
    later = run_cli("--config", config("/ok", "/down"), "--now", "2026-11-26T10:00:00+08:00", "check", "--json")
    assert later.exit_code == 0 and json.loads(later.stdout)["next_check_at"].startswith("2026-11-26T")

"""The digest on quiet days and busy ones: overdue milestones and the next 30 days' deadlines always, news
grouped by the milestone's jurisdiction; and evidence excerpts that keep an item's title apart from its text."""
from __future__ import annotations

from tests.conftest import milestone_table

NOW = "2026-11-26T09:00:00+08:00"
QUIET = """== regwatch daily digest: no changes in the last 24 hours (2026-11-26) ==

Overdue
  - Q1 2026 (240 days overdue): Indonesia AI Presidential Regulations (National AI Roadmap 2026-2029 and AI Ethics): still approval, expected adopted
  - Sep 2026 (57 days overdue): Thailand AI law (draft principles of the AI Act): still drafting, expected approval

Deadlines in the next 30 days
  - Nov 2026 (4 days): ASEAN Digital Economy Framework Agreement (DEFA): approval -> adopted
"""
FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>ASEAN</title>{}'
        '<item><title>Old</title><guid>old</guid></item></channel></rss>')
THAI_NEWS = ("<item><title>ASEAN notes Thailand's draft AI law</title><link>https://asean.org/th-ai</link>"
             "<guid>th</guid><description>The Thai artificial intelligence act is in drafting.</description></item>")
CONFIG = '''[database]
url = "{db}"
[fetch]
allow_private = true
backoff = "0s"
[[sources]]
id = "asean-news"
kind = "feed"
url = "{url}"
jurisdiction = "ASEAN"
robots = false
''' + milestone_table("th-ai-law", "Thailand AI law", "TH", "drafting",
                      'expected = { status = "approval", date = "2026-12-20" }', "[[milestones.signals]]",
                      'status = "approval"', r"all = ['thai|thailand', '\bai\b|artificial intelligence']",
                      r"any = ['\bapproved\b']")


def test_quiet_day_still_lists_overdue_and_upcoming(run_cli, example_config):
    result = run_cli("--config", example_config, "--now", NOW, "digest")
    assert result.exit_code == 0
    assert result.stdout == QUIET


def test_news_is_grouped_by_the_milestones_jurisdiction(tmp_path, db_url, httpserver, run_cli):
    httpserver.expect_request("/feed").respond_with_data(FEED.format(""), content_type="application/rss+xml")
    config = tmp_path / "config.toml"
    config.write_text(CONFIG.replace("{db}", db_url).replace("{url}", httpserver.url_for("/feed")), encoding="utf-8")
    assert run_cli("--config", config, "--now", "2026-11-26T07:00:00+08:00", "check").exit_code == 0
    httpserver.clear_all_handlers()
    httpserver.expect_request("/feed").respond_with_data(FEED.format(THAI_NEWS), content_type="application/rss+xml")
    assert run_cli("--config", config, "--now", "2026-11-26T08:00:00+08:00", "check", "--all").exit_code == 0
    result = run_cli("--config", config, "--now", NOW, "digest")
    assert result.stdout == """== regwatch daily digest (2026-11-26) ==

New on tracked milestones: TH
  - ASEAN notes Thailand's draft AI law [th-ai-law]
    https://asean.org/th-ai

Deadlines in the next 30 days
  - 20 Dec 2026 (24 days): Thailand AI law: drafting -> approval
"""


def test_evidence_excerpt_keeps_title_and_text_apart(tmp_path, db_url, httpserver, run_cli):
    httpserver.expect_request("/feed").respond_with_data(FEED.format(""), content_type="application/rss+xml")
    config = tmp_path / "config.toml"
    config.write_text(CONFIG.replace("{db}", db_url).replace("{url}", httpserver.url_for("/feed")), encoding="utf-8")
    assert run_cli("--config", config, "--now", "2026-11-26T07:00:00+08:00", "check").exit_code == 0
    httpserver.clear_all_handlers()
    approved = ("<item><title>Cabinet approved Thailand's AI law</title><link>https://asean.org/th-approved</link>"
                "<guid>ok</guid><description>The artificial intelligence bill now goes to parliament."
                "</description></item>")
    httpserver.expect_request("/feed").respond_with_data(FEED.format(approved), content_type="application/rss+xml")
    assert run_cli("--config", config, "--now", "2026-11-26T08:00:00+08:00", "check", "--all",
                   "--no-send").exit_code == 0
    shown = run_cli("--config", config, "--now", NOW, "milestone", "show", "th-ai-law").stdout
    assert ('      "Cabinet approved Thailand\'s AI law · The artificial intelligence bill now goes to parliament."'
            in shown.splitlines())

"""Starting out: ``regwatch init`` in a fresh directory, then ``regwatch check``; the shipped milestones without
the shipped sources; a demo whose database is kept for a look around."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

EXECUTABLE = Path(sys.executable).with_name("regwatch")
FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>A</title><guid>a</guid></item></channel></rss>'


def regwatch(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_")}
    return subprocess.run([str(EXECUTABLE), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def _shipped_ids(kind: str) -> list[str]:
    from monitor.catalog import shipped_path

    return [entry["id"] for entry in tomllib.loads(shipped_path().read_text(encoding="utf-8"))[kind]]


def test_init_then_check_in_a_fresh_directory(tmp_path, httpserver):
    result = regwatch(tmp_path, "init", "--sources", "none")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote {tmp_path / 'config.toml'}. Next: regwatch deadlines, then regwatch check.\n"
    text = (tmp_path / "config.toml").read_text(encoding="utf-8")
    assert text.startswith("# regwatch configuration, written by `regwatch init`.")
    assert "[catalog]\n" in text and "sources = false" in text and "# [notifiers.slack]" in text
    milestones = json.loads(regwatch(tmp_path, "milestones", "--json").stdout)
    assert [m["id"] for m in milestones] == sorted(_shipped_ids("milestones"), key=lambda i: (
        next(m["jurisdiction"] for m in milestones if m["id"] == i), i))
    assert json.loads(regwatch(tmp_path, "sources", "--json").stdout) == []
    empty = regwatch(tmp_path, "check", "--no-send")
    assert empty.returncode == 0
    assert "No sources configured: add [[sources]] to config.toml, or set [catalog] sources = true.\n" in empty.stdout
    httpserver.expect_request("/feed").respond_with_data(FEED, content_type="application/rss+xml")
    written = (tmp_path / "config.toml").read_text(encoding="utf-8")
    (tmp_path / "config.toml").write_text(written.replace("[fetch]\n", "[fetch]\nallow_private = true\n", 1),
                                          encoding="utf-8")  # the test's feed is served on loopback
    with (tmp_path / "config.toml").open("a", encoding="utf-8") as config:
        config.write(f'\n[[sources]]\nid = "mine"\nkind = "feed"\nurl = "{httpserver.url_for("/feed")}"\n'
                     'robots = false\n')
    checked = regwatch(tmp_path, "check", "--no-send")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout == "Checked 1 source: 1 baseline.\n"
    assert (tmp_path / "regwatch.db").exists()
    again = regwatch(tmp_path, "init")
    assert again.returncode == 2
    assert again.stderr == f"Error: {tmp_path / 'config.toml'} exists: edit it, or give --force to replace it\n"


def test_init_with_the_catalog_sources(tmp_path):
    assert regwatch(tmp_path, "init").returncode == 0
    assert "sources = true" in (tmp_path / "config.toml").read_text(encoding="utf-8")
    listed = json.loads(regwatch(tmp_path, "sources", "--json").stdout)
    assert [s["id"] for s in listed] == _shipped_ids("sources")


def test_catalog_sources_false_keeps_milestones_and_own_sources(tmp_path, run_cli):
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "r.db"}"\n[catalog]\nsources = false\n'
                      '[[sources]]\nid = "team-feed"\nkind = "feed"\nurl = "https://example.org/feed"\n'
                      '[[milestones]]\nid = "th-ai-law"\ntitle = "Our Thai AI law"\njurisdiction = "TH"\n'
                      'status = "approval"\n', encoding="utf-8")
    sources = json.loads(run_cli("--config", config, "sources", "--json").stdout)
    assert [s["id"] for s in sources] == ["team-feed"]
    milestones = {m["id"]: m for m in json.loads(run_cli("--config", config, "milestones", "--json").stdout)}
    assert set(milestones) == set(_shipped_ids("milestones"))
    assert (milestones["th-ai-law"]["title"], milestones["th-ai-law"]["status"]) == ("Our Thai AI law", "approval")
    bad = tmp_path / "bad.toml"
    bad.write_text('[catalog]\nsources = "no"\n', encoding="utf-8")
    result = run_cli("--config", bad, "sources")
    assert result.exit_code == 2
    assert result.stderr == f"Error: {bad}:2: [catalog]: sources: must be true or false, not 'no'\n"


def test_demo_keeps_its_database_when_asked(tmp_path):
    kept = tmp_path / "demo"
    result = regwatch(tmp_path, "demo", "--keep", "demo")
    assert result.returncode == 0, result.stderr
    config = kept / "config.toml"
    assert f"Kept {kept}/demo.db and {config}: look around with `regwatch --config {config} alerts`" in result.stdout
    alerts = json.loads(regwatch(tmp_path, "--config", str(config), "alerts", "--json").stdout)
    assert [(a["kind"], a["milestone"], a["new_status"]) for a in alerts if a["kind"] == "status_change"] == [
        ("status_change", "asean-defa", "adopted")]
    again = regwatch(tmp_path, "demo", "--keep", "demo")
    assert again.returncode == 2
    assert again.stderr == "Error: demo/demo.db exists: give --keep an empty or new folder\n"  # as the user wrote it

"""The installed ``regwatch`` command in an empty directory: the shipped catalog works with no config file."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

EXECUTABLE = Path(sys.executable).with_name("regwatch")


@pytest.fixture
def regwatch(tmp_path, monkeypatch):
    if not EXECUTABLE.exists():
        pytest.fail(f"{EXECUTABLE} is missing: install the project first (pip install '.[test]')")
    monkeypatch.delenv("REGWATCH_CONFIG", raising=False)
    monkeypatch.delenv("REGWATCH_DATABASE_URL", raising=False)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(EXECUTABLE), *args], cwd=tmp_path, capture_output=True, text=True, timeout=120)

    return run


def test_deadlines_in_an_empty_directory(regwatch, tmp_path):
    result = regwatch("--now", "2026-11-26T09:00:00+08:00", "deadlines", "--json")
    assert result.returncode == 0, result.stderr
    rows = {r["milestone"]: r for r in json.loads(result.stdout)}
    assert (rows["asean-defa"]["expected_status"], rows["asean-defa"]["date"], rows["asean-defa"]["days_left"]) == (
        "adopted", "2026-11", 4)
    assert rows["id-ai-perpres"]["overdue"] and rows["th-ai-law"]["overdue"]
    assert (tmp_path / "regwatch.db").exists()  # the embedded default: SQLite in the working directory
    milestones = {m["id"]: m["status"] for m in json.loads(regwatch("milestones", "--json").stdout)}
    assert milestones["vn-ai-law"] == "in_force" and milestones["sg-mas-ai-guidelines"] == "consultation"


def test_help_lists_the_commands(regwatch):
    result = regwatch("-h")
    assert result.returncode == 0
    for command in ("deadlines", "milestones", "milestone", "db"):
        assert command in result.stdout


def test_bad_interval_exits_2_naming_the_key_and_source(regwatch, tmp_path):
    (tmp_path / "config.toml").write_text(
        '[[sources]]\nid = "asean-news"\nkind = "feed"\nurl = "https://asean.org/feed/"\ninterval = "abc"\n')
    result = regwatch("check")
    assert result.returncode == 2
    assert "interval" in result.stderr and "asean-news" in result.stderr and "config.toml:5" in result.stderr
    assert result.stdout == ""


def test_demo_runs_offline_and_ends_with_the_alert_and_the_digest(regwatch, tmp_path):
    result = regwatch("demo")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "4 baseline" in out and "Milestones moved: none" in out
    assert "approval -> adopted" in out and "Evidence kept for asean-defa" in out
    assert out.count("[regwatch] ASEAN Digital Economy Framework Agreement (DEFA): approval -> adopted") == 1
    assert "regwatch daily digest" in out and "Status changes" in out
    assert list(tmp_path.iterdir()) == []  # everything happened in a temporary directory

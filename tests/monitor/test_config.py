"""Bad configs stop with one line naming the file, line, table and key; exit status 2."""
from pathlib import Path

import pytest

from monitor import config
from monitor.errors import ConfigError
from tests.conftest import EXAMPLE_CONFIG

MILESTONE = '''
[[milestones]]
id = "x-law"
title = "X law"
jurisdiction = "ID"
status = "drafting"
'''


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_shipped_example_loads_with_the_required_milestones():
    loaded = config.load(str(EXAMPLE_CONFIG))
    ids = {m.id for m in loaded.milestones}
    assert {"asean-defa", "asean-ai-guide", "id-ai-perpres", "th-ai-law", "vn-ai-law", "my-ai-bill",
            "sg-mas-ai-guidelines", "ph-ai-bill"} <= ids
    defa = next(m for m in loaded.milestones if m.id == "asean-defa")
    assert (defa.status, defa.expected.status, defa.expected.date.text, defa.binding) == (
        "approval", "adopted", "2026-11", True)


@pytest.mark.parametrize("body, needles", [
    (MILESTONE.replace('"drafting"', '"signed"'), ["config.toml:6:", "[[milestones]]", '"x-law"', "status", "'signed'"]),
    (MILESTONE + 'expected = { status = "adopted", date = "soon" }\n',
     ["config.toml:7:", "expected", "'soon'", "2026-Q4"]),
    (MILESTONE + 'sources = ["nowhere"]\n', ["sources", "unknown source 'nowhere'"]),
    (MILESTONE + MILESTONE, ["duplicate id", '"x-law"', "config.toml:9:"]),
    (MILESTONE.replace('"ID"', '"XX"'), ["jurisdiction", "'XX'"]),
    (MILESTONE + 'colour = "red"\n', ["unknown key", "colour"]),
    ('[digest]\ntime = "8am"\n', ["config.toml:2:", "[digest]", "time", "HH:MM"]),
    ('[digest]\ntimezone = "Mars/Base"\n', ["timezone", "IANA"]),
    ('[databse]\nurl = "x"\n', ["unknown table", "databse"]),
    (MILESTONE + '[[milestones.signals]]\nstatus = "adopted"\nany = ["(unclosed"]\n', ["not a valid regex", "(unclosed"]),
    ("id = [", ["not valid TOML"]),
])
def test_bad_config_names_the_problem(tmp_path, body, needles):
    with pytest.raises(ConfigError) as caught:
        config.load(str(write(tmp_path, body)))
    message = str(caught.value)
    assert "\n" not in message
    assert str(tmp_path / "config.toml") in message
    for needle in needles:
        assert needle in message, (needle, message)


SOURCE = '[[sources]]\nid = "asean-news"\nkind = "feed"\nurl = "https://asean.org/feed/"\n'


@pytest.mark.parametrize("body, needles", [
    (SOURCE + 'interval = "abc"\n', ["config.toml:5:", "[[sources]]", '"asean-news"', "interval", "'abc'", "6h"]),
    (SOURCE.replace('"feed"', '"rss"'), ["config.toml:3:", "kind", "'rss'", "feed, html, json, pdf"]),
    (SOURCE + SOURCE, ["duplicate id", '"asean-news"']),
    (SOURCE.replace("https://asean.org/feed/", "asean.org/feed"), ["url", "not an http(s) URL"]),
    (SOURCE + 'items = "div"\n', ["unknown key for kind 'feed'", "items"]),
    (SOURCE.replace('"feed"', '"html"') + 'items = "div[["\n', ["config.toml:5:", "items"]),
    (SOURCE.replace('"feed"', '"json"'), ["items", "required for kind 'json'"]),
    (SOURCE + 'ignore = ["(Last updated"]\n', ["ignore", "not a valid regex"]),
    (SOURCE + MILESTONE + 'sources = ["asean-newz"]\n', ["unknown source 'asean-newz'"]),
    ('[fetch]\nconcurrency = 0\n', ["[fetch]", "concurrency", "positive whole number"]),
    (SOURCE + 'official = "yes"\n', ["config.toml:5:", '"asean-news"', "official", "true or false"]),
    (SOURCE + 'stale_after = "two months"\n', ["config.toml:5:", "stale_after", "'two months'"]),
    (SOURCE.replace('"feed"', '"json"') + 'items = "data"\ntext = ["docNum", 7]\n',
     ["config.toml:6:", "text", "a list of strings"]),
])
def test_bad_source_names_the_source_and_key(tmp_path, body, needles):
    with pytest.raises(ConfigError) as caught:
        config.load(str(write(tmp_path, body)))
    for needle in needles:
        assert needle in str(caught.value), (needle, str(caught.value))


def test_official_and_stale_after_defaults(tmp_path):
    [plain] = config.load(str(write(tmp_path, SOURCE))).sources
    assert (plain.official, plain.stale_after.days) == (False, 60)
    [marked] = config.load(str(write(tmp_path, SOURCE + 'official = true\nstale_after = "2w"\n'))).sources
    assert (marked.official, marked.stale_after.days) == (True, 14)
    assert marked.settings_hash == plain.settings_hash  # neither changes what is extracted: no new baseline


def test_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        config.load(str(tmp_path / "absent.toml"))


def test_resolution_order(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REGWATCH_CONFIG", raising=False)
    assert config.resolve_path(None).name == "config.example.toml"
    write(tmp_path, "")
    assert config.resolve_path(None) == Path("config.toml")
    monkeypatch.setenv("REGWATCH_CONFIG", "/elsewhere.toml")
    assert config.resolve_path(None) == Path("/elsewhere.toml")
    assert config.resolve_path("given.toml") == Path("given.toml")


def test_cli_exits_2_with_the_message(tmp_path, run_cli):
    path = write(tmp_path, MILESTONE.replace('"drafting"', '"signed"'))
    result = run_cli("--config", path, "milestones")
    assert result.exit_code == 2
    assert "'signed' is not one of" in result.stderr
    assert result.stdout == ""

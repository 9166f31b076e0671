"""The browser keys in the config: ``fetch``, ``wait_for`` on a source, and the ``[browser]`` table."""
from pathlib import Path

import pytest

from monitor import config
from monitor.errors import ConfigError
from monitor.settings import BrowserConfig

SOURCE = '[[sources]]\nid = "press"\nkind = "html"\nurl = "https://regulator.example/press"\nitems = "li"\n'


def load(tmp_path: Path, body: str) -> config.Config:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return config.load(str(path))


def test_browser_keys_load_with_their_defaults(tmp_path):
    loaded = load(tmp_path, SOURCE + 'fetch = "browser"\nwait_for = "li"\n')
    [source] = loaded.sources
    assert (source.fetch, source.wait_for) == ("browser", "li")
    assert loaded.browser == BrowserConfig(executable=None, pages=2)
    loaded = load(tmp_path, SOURCE + '[browser]\nexecutable = "/usr/bin/chromium"\npages = 4\n')
    assert (loaded.sources[0].fetch, loaded.browser) == ("http", BrowserConfig(executable="/usr/bin/chromium", pages=4))


def test_switching_to_the_browser_resets_the_baseline_but_plain_sources_keep_theirs(tmp_path):
    plain = load(tmp_path, SOURCE).sources[0]
    spelled_out = load(tmp_path, SOURCE + 'fetch = "http"\n').sources[0]
    browser = load(tmp_path, SOURCE + 'fetch = "browser"\n').sources[0]
    waiting = load(tmp_path, SOURCE + 'fetch = "browser"\nwait_for = "li"\n').sources[0]
    assert plain.settings_hash == spelled_out.settings_hash
    assert len({plain.settings_hash, browser.settings_hash, waiting.settings_hash}) == 3


@pytest.mark.parametrize("body, needles", [
    (SOURCE + 'fetch = "chrome"\n', ["config.toml:6:", '"press"', "fetch", "'chrome' is not one of http, browser"]),
    (SOURCE.replace('"html"', '"json"') + 'fetch = "browser"\n', ["fetch", "use it with kind html, not 'json'"]),
    (SOURCE + 'wait_for = "li"\n', ["config.toml:6:", "wait_for", 'needs fetch = "browser"']),
    (SOURCE + 'fetch = "browser"\nwait_for = " "\n', ["wait_for", "must be a CSS selector"]),
    ('[browser]\npages = 0\n', ["config.toml:2:", "[browser]", "pages", "positive whole number"]),
    ('[browser]\nheadless = false\n', ["[browser]", "unknown key", "executable, pages"]),
    ('[browser]\nexecutable = 5\n', ["[browser]", "executable", "non-empty string"]),
])
def test_bad_browser_keys_name_the_problem(tmp_path, body, needles):
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, body)
    message = str(caught.value)
    assert "\n" not in message
    for needle in needles:
        assert needle in message, (needle, message)

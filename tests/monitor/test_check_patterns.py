"""Hostile patterns through a real check pass: a local page server, the real database, ``regwatch`` processes.

`(a+)+$` hangs Python's re on a page built for it; on RE2 it is one linear scan, so the pass ends and the
source stays healthy. What can still be slow on a linear engine (a pattern matching at every other character
of a page) runs into ``[fetch] pattern_timeout``: the source fails with a message naming the pattern, nothing
of the change is kept, and a CLI write made while the pass runs succeeds.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from werkzeug import Request, Response

from monitor.app import open_app
from monitor.config import load
from monitor.errors import ConfigError
from storage.models import Change, Milestone, Snapshot, Source

FETCH_TIMEOUT = 20  # [fetch] timeout of these configs, in seconds: the bound a pass must end within
CATASTROPHIC = "(a+)+$"
BUILT_FOR_IT = "<html><body><p>" + "a" * 30_000 + "!</p></body></html>"  # 30 KB that makes re backtrack for ever
MANY_MATCHES = "<html><body>" + "".join("<p>" + "a " * 50 + "</p>" for _ in range(12_000)) + "</body></html>"


class Page:
    """The one page the local server serves; tests swap its body between checks."""

    def __init__(self, httpserver) -> None:
        self.body, self.requests = "<html><body><p>hello</p></body></html>", 0
        httpserver.expect_request("/page").respond_with_handler(self._serve)
        self.url = httpserver.url_for("/page")

    def _serve(self, _request: Request) -> Response:
        self.requests += 1
        return Response(self.body, content_type="text/html; charset=utf-8")


def write_config(path: Path, db_url: str, url: str, *, ignore: str | None = None, signal: str | None = None,
                 pattern_timeout: str = "2s") -> Path:
    lines = [f'[database]\nurl = "{db_url}"\n',
             f'[fetch]\nallow_private = true\ntimeout = "{FETCH_TIMEOUT}s"\nretries = 0\nhost_delay = "0s"\n'
             f'pattern_timeout = "{pattern_timeout}"\n',
             f'[[sources]]\nid = "page"\nkind = "html"\nurl = "{url}"\nrobots = false']
    if ignore:
        lines.append(f"ignore = ['{ignore}']")
    lines.append('\n[[milestones]]\nid = "x-law"\ntitle = "X law"\njurisdiction = "SG"\nstatus = "drafting"')
    if signal:
        lines.append(f"[[milestones.signals]]\nstatus = \"adopted\"\nall = ['{signal}']\nany = ['{signal}']")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def regwatch(config: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen, timeout: float = FETCH_TIMEOUT, status: int = 0) -> str:
    """Wait for ``process`` (at most ``timeout`` s: past it the test fails) and return its output; exit
    ``status`` expected (``check`` exits 4 when every source it checked failed)."""
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == status, err
    return out


def state(config: Path) -> tuple[Source, Milestone, int, int]:
    app = open_app(str(config))
    with app.transaction() as session:
        counts = (session.scalar(select(func.count()).select_from(Change)),
                  session.scalar(select(func.count()).select_from(Snapshot)))
        result = (session.get(Source, "page"), session.get(Milestone, "x-law"), *counts)
    app.sessions.kw["bind"].dispose()
    return result


def line_of(config: Path, start: str) -> int:
    return next(n for n, line in enumerate(config.read_text().splitlines(), 1) if line.startswith(start))


def test_config_refuses_what_re2_lacks_with_file_line_and_key(tmp_path):
    config = write_config(tmp_path / "config.toml", "sqlite:///x.db", "http://127.0.0.1/", ignore="x(?=y)")
    with pytest.raises(ConfigError) as caught:
        load(str(config))
    assert f"{config}:{line_of(config, 'ignore =')}:" in str(caught.value) and '"page": ignore:' in str(caught.value)
    assert "lookahead" in str(caught.value)
    write_config(config, "sqlite:///x.db", "http://127.0.0.1/", signal=r"(\w)\1")
    with pytest.raises(ConfigError) as caught:
        load(str(config))
    assert f"{config}:{line_of(config, 'all =')}:" in str(caught.value)
    assert '"x-law" signal #1: all:' in str(caught.value)
    assert "backreference" in str(caught.value)


def test_catastrophic_pattern_as_ignore_and_as_signal_does_not_stop_the_pass(tmp_path, db_url, httpserver):
    page = Page(httpserver)
    config = write_config(tmp_path / "config.toml", db_url, page.url, ignore=CATASTROPHIC, signal=CATASTROPHIC)
    finish(regwatch(config, "check", "--all", "--no-send"))  # baseline
    page.body = BUILT_FOR_IT
    out = finish(regwatch(config, "check", "--all", "--no-send"))
    source, milestone, changes, _ = state(config)
    assert "1 changed" in out and page.requests == 2
    assert source.consecutive_failures == 0 and source.last_error is None
    assert changes == 1 and milestone.status == "drafting"  # it matched nothing (the "!" ends the page)


def test_slow_signal_pattern_fails_the_source_naming_it_and_a_cli_write_meanwhile_succeeds(
        tmp_path, httpserver, run_cli):
    page = Page(httpserver)
    # SQLite, one write lock: the writer decides (and runs the signals) outside its write transaction, so a
    # person's write during a slow match is not blocked by it, and the pass does not overwrite it afterwards
    db_file = tmp_path / "regwatch.db"
    config = write_config(tmp_path / "config.toml", f"sqlite:///{db_file}", page.url, signal="a",
                          pattern_timeout="1s")
    finish(regwatch(config, "check", "--all", "--no-send"))  # baseline
    page.body = MANY_MATCHES  # 600,000 matches of "a": seconds of linear work
    started = time.monotonic()
    check = regwatch(config, "check", "--all", "--no-send")
    while page.requests < 2 and check.poll() is None:
        time.sleep(0.01)
    assert check.poll() is None, "the pass is still running its slow signal pattern"
    written = run_cli("--config", config, "milestone", "set", "x-law", "--status", "consultation")
    assert written.exit_code == 0 and "x-law: consultation" in written.output, written.output
    out = finish(check, timeout=FETCH_TIMEOUT - (time.monotonic() - started), status=4)
    source, milestone, changes, snapshots = state(config)
    assert "1 failed" in out
    assert "signal pattern 'a' ran past the 1s limit" in source.last_error and source.consecutive_failures == 1
    assert changes == 0 and snapshots == 1 and milestone.status == "consultation"
    write_config(config, f"sqlite:///{db_file}", page.url, pattern_timeout="1s")  # fixed: the change is read again
    finish(regwatch(config, "check", "--all", "--no-send"))
    source, _, changes, _ = state(config)
    assert changes == 1 and source.consecutive_failures == 0


def test_slow_ignore_pattern_fails_the_source_naming_it(tmp_path, httpserver):
    page = Page(httpserver)
    page.body = MANY_MATCHES
    config = write_config(tmp_path / "config.toml", f"sqlite:///{tmp_path / 'regwatch.db'}", page.url,
                          ignore="a", pattern_timeout="1s")
    out = finish(regwatch(config, "check", "--all", "--no-send"), status=4)
    source, _, _, snapshots = state(config)
    assert "1 failed" in out and snapshots == 0
    assert "ignore pattern 'a' ran past the 1s limit ([fetch] pattern_timeout)" in source.last_error


def test_sources_test_reports_a_slow_pattern_as_the_sources_health(tmp_path):
    saved = tmp_path / "page.html"
    saved.write_text(MANY_MATCHES, encoding="utf-8")
    config = write_config(tmp_path / "config.toml", f"sqlite:///{tmp_path / 'regwatch.db'}", "http://127.0.0.1/",
                          ignore="a", pattern_timeout="1s")
    probe = regwatch(config, "sources", "test", "page", "--file", str(saved), "--json")
    out, err = probe.communicate(timeout=FETCH_TIMEOUT)
    assert probe.returncode == 1, err
    result = json.loads(out)
    assert result["health"] == "pattern_timeout" and "ignore pattern 'a' ran past the 1s limit" in result["error"]

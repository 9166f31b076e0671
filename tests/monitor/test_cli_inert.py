"""Outside text printed by the CLI is inert: Rich markup shows as typed, escape sequences never reach the terminal.

A JSON source (JSON strings carry any character) serves items whose titles hold each terminal-injection string
of issue 13; a check turns them into a change, a move with evidence and a proposal, and ``changes``, ``review``
and ``milestone show`` print them, on a terminal (a Rich table, TTY_COMPATIBLE=1) and piped (plain lines).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from werkzeug import Response

from tests.passes import DEFA, FETCH, check_once, milestone, source

MARKUP = ["[/bold]", "[link=http://evil.example/]click here[/link]", "[bold red]loud[/]"]
SEQUENCES = ["\x1b[2J", "\x1b]0;pwned title\x07", "\x1b]8;;http://evil.example/\x1b\\hidden link\x1b]8;;\x1b\\",
             "\x1b[31m", "\u202eevil\u202c", "\x9b2J"]  # no NUL: PostgreSQL refuses it (see test_export_clean.py)
HOSTILE = " ".join(MARKUP + SEQUENCES)
LEAKS = ("\x1b", "\x07", "\x00", "\x9b", "\u202e", "]8;", "]0;", "[2J")
OWN_STYLES = re.compile(r"\x1b\[[0-9;]*m")  # Rich's SGR codes for regwatch's bold headers and coloured cells


@pytest.fixture
def hostile_site(tmp_path: Path, db_url: str, httpserver, monkeypatch) -> Path:
    records = {"items": [{"id": "1", "title": "Ministers met", "text": "routine"}]}
    httpserver.expect_request("/api").respond_with_handler(
        lambda _request: Response(json.dumps(records), content_type="application/json"))
    config = tmp_path / "config.toml"
    api = source("api", "json", httpserver.url_for("/api"), items="items", key="id", title="title", text="text")
    hearing = milestone("th-ai-law", "TH", "drafting", "consultation", "thai ai law", "hearing", certain=False)
    config.write_text(f'[database]\nurl = "{db_url}"\n{FETCH}{api}{DEFA}{hearing}', encoding="utf-8")

    check_once(config)  # baseline
    records["items"] += [{"id": "2", "title": f"{HOSTILE} ASEAN Leaders signed the DEFA {HOSTILE}", "text": HOSTILE},
                         {"id": "3", "title": f"{HOSTILE} Thai AI law public hearing opened {HOSTILE}", "text": ""}]
    check_once(config)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    return config


def assert_inert(result) -> None:
    """Exit 0, no escape sequence but the colours and bold of regwatch's own styles, the markup as typed."""
    assert result.exit_code == 0, result.output
    output = OWN_STYLES.sub("", result.output)
    for leak in LEAKS:
        assert leak not in output, (leak, output)
    assert "[/bold]" in output and "[link=http://evil.example/]click here[/link]" in output


@pytest.mark.parametrize("terminal", [True, False], ids=["table", "piped"])
@pytest.mark.parametrize("command", [("changes",), ("review",), ("milestone", "show", "asean-defa")])
def test_hostile_text_printed_by_the_cli_is_inert(hostile_site, run_cli, monkeypatch, command, terminal):
    if terminal:
        monkeypatch.setenv("TTY_COMPATIBLE", "1")
        monkeypatch.setenv("COLUMNS", "400")  # wide enough that no cell is folded across lines
    result = run_cli("--config", hostile_site, *command)
    assert_inert(result)
    if command[0] == "review":
        assert "th-ai-law" in result.output


def test_an_error_quoting_a_server_is_inert(tmp_path, slack_api, run_cli, monkeypatch):
    """`notify test` prints what Slack answered; a hostile stand-in's error code cannot reach the terminal."""
    from tests.fakes.slack_api import TOKEN_ENV, Reply

    monkeypatch.setenv(TOKEN_ENV, slack_api.token)
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "regwatch.db"}"\n{slack_api.notifier("#ai")}',
                      encoding="utf-8")
    slack_api.script(Reply(status=400, error=f"invalid_thing {HOSTILE}"))
    result = run_cli("--config", config, "notify", "test", "--channel", "slack")
    assert result.exit_code == 1 and "slack: FAILED" in result.stderr
    for leak in LEAKS:
        assert leak not in result.stderr, (leak, result.stderr)

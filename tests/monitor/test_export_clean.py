"""The report, the .ics and the CSV export lose NUL, ESC sequences and bidi overrides, as the notifications do:
every output cleans outside text through the one cleaner (notifiers.escape.clean_text)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from icalendar import Calendar

from monitor.app import open_app
from storage.models import HistoryEntry, Milestone

NOW = "2026-11-26T09:00:00+08:00"
CONTROLS = "\x00\x1b[2J\x1b]0;pwned\x07\u202eevil\u202c\x9b31m\x08"
FORBIDDEN = ("\x00", "\x1b", "\x07", "\u202e", "\u202c", "\x9b", "\x08", "[2J", "]0;")


@pytest.fixture
def hostile_history(tmp_path, run_cli):
    """The shipped catalog on SQLite (PostgreSQL refuses NUL in text) and a move whose evidence is hostile."""
    from tests.conftest import EXAMPLE_CONFIG

    config = tmp_path / "config.toml"
    config.write_text(EXAMPLE_CONFIG.read_text(encoding="utf-8").replace(
        'url = "sqlite:///regwatch.db"', f'url = "sqlite:///{tmp_path / "regwatch.db"}"', 1), encoding="utf-8")
    app = open_app(str(config))
    with app.transaction() as session:
        row = session.get(Milestone, "asean-defa")
        row.history.append(HistoryEntry(
            status="adopted", old_status=row.status, date="2026-11-20", source_id="asean-news",
            url=f"https://asean.org/defa{CONTROLS}", excerpt=f"Leaders {CONTROLS} signed the DEFA",
            note=f"note {CONTROLS}", actor="signal", detected_at=datetime(2026, 11, 20, tzinfo=timezone.utc)))
        row.status = "adopted"
    app.sessions.kw["bind"].dispose()
    return config


def assert_clean(text: str) -> None:
    for forbidden in FORBIDDEN:
        assert forbidden not in text, (forbidden, text[text.find(forbidden) - 80:text.find(forbidden) + 80])
    assert "signed the DEFA" in text and "pwned" not in text and "evil" in text


def test_report_loses_control_characters(run_cli, hostile_history, tmp_path):
    out = tmp_path / "report.html"
    assert run_cli("--config", hostile_history, "--now", NOW, "report", "--output", out).exit_code == 0
    assert_clean(out.read_text(encoding="utf-8"))


def test_ics_loses_control_characters(run_cli, hostile_history):
    result = run_cli("--config", hostile_history, "--now", NOW, "export", "ics")
    assert result.exit_code == 0
    assert_clean(result.output)
    events = [e for e in Calendar.from_ical(result.output).walk("VEVENT") if "2026-11-20" in str(e["UID"])]
    assert events and all(forbidden not in str(events[0]["DESCRIPTION"]) for forbidden in FORBIDDEN)


def test_csv_loses_control_characters(run_cli, hostile_history):
    result = run_cli("--config", hostile_history, "--now", NOW, "export", "csv")
    assert result.exit_code == 0
    assert_clean(result.output)

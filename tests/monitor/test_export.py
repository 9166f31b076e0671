"""``regwatch export ics|json|csv`` on SQLite and PostgreSQL: what a calendar or a spreadsheet receives."""
import csv
import io
import json
from datetime import date, datetime, timezone

from icalendar import Calendar

from monitor.app import open_app
from monitor.export import ALERT_COLUMNS, MILESTONE_COLUMNS
from storage.models import Alert, Delivery

NOW = "2026-11-26T09:00:00+08:00"
LATER = "2026-12-05T09:00:00+08:00"


def export(run_cli, config, *args, now=NOW) -> str:
    result = run_cli("--config", config, "--now", now, "export", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def events(run_cli, config, now=NOW) -> dict:
    calendar = Calendar.from_ical(export(run_cli, config, "ics", now=now))
    found = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(found) == len(calendar.walk("VEVENT")), "UIDs must be unique"
    return found


def add_alert(config, excerpt: str) -> None:
    app = open_app(str(config))
    with app.transaction() as session:
        alert = Alert(kind="status_change", dedupe_key="defa-adopted", milestone_id="asean-defa",
                      old_status="approval", new_status="adopted", event_date="2026-12-03", source_id="asean-news",
                      url="https://asean.org/defa-signed", excerpt=excerpt,
                      created_at=datetime(2026, 12, 3, 4, tzinfo=timezone.utc))
        alert.deliveries = [Delivery(channel="slack", state="sent", next_attempt_at=alert.created_at),
                            Delivery(channel="email", state="pending", next_attempt_at=alert.created_at)]
        session.add(alert)


def test_ics_has_all_day_events_on_the_last_day_of_fuzzy_windows(run_cli, example_config):
    calendar = Calendar.from_ical(export(run_cli, example_config, "ics"))
    assert str(calendar["PRODID"]).startswith("-//regwatch//")
    assert "regwatch" in str(calendar["X-WR-CALNAME"])
    found = events(run_cli, example_config)
    defa = found["asean-defa-expected-adopted@regwatch"]
    assert str(defa["SUMMARY"]) == "ASEAN Digital Economy Framework Agreement (DEFA): adopted expected (Nov 2026)"
    assert defa.decoded("DTSTART") == date(2026, 11, 30)  # a date, not a date-time: all day
    assert not isinstance(defa.decoded("DTSTART"), datetime)
    assert defa.decoded("DTEND") == date(2026, 12, 1)
    assert defa.decoded("DTSTAMP") == datetime(2026, 11, 26, 1, tzinfo=timezone.utc)
    assert found["id-ai-perpres-expected-adopted@regwatch"].decoded("DTSTART") == date(2026, 3, 31)  # 2026-Q1
    roadmap = found["asean-responsible-ai-roadmap-became-adopted-2025-02@regwatch"]  # a month-precise history date
    assert str(roadmap["SUMMARY"]) == "ASEAN Responsible AI Roadmap 2025-2030 became adopted (Feb 2025)"
    assert roadmap.decoded("DTSTART") == date(2025, 2, 28)
    assert "ph-ai-bill-expected-adopted@regwatch" not in found  # expected date not announced: no event
    assert not any(uid.startswith("vn-ai-law-expected") for uid in found)  # in force: nothing expected


def test_ics_uids_are_stable_across_exports_and_new_history(run_cli, example_config):
    first = events(run_cli, example_config)
    again = events(run_cli, example_config, now=LATER)
    assert set(first) == set(again)
    result = run_cli("--config", example_config, "--now", LATER, "milestone", "set", "my-ai-bill",
                     "--status", "consultation", "--date", "2026-12-03", "--url", "https://www.mcmc.gov.my/bill",
                     "--note", "Public consultation opened")
    assert result.exit_code == 0, result.output
    after = events(run_cli, example_config, now=LATER)
    assert set(after) - set(first) == {"my-ai-bill-became-consultation-2026-12-03@regwatch"}
    assert set(first) <= set(after)
    new = after["my-ai-bill-became-consultation-2026-12-03@regwatch"]
    assert str(new["SUMMARY"]).endswith("became consultation (3 Dec 2026)")
    assert str(new["URL"]) == "https://www.mcmc.gov.my/bill"
    assert "Evidence: https://www.mcmc.gov.my/bill" in str(new["DESCRIPTION"])
    assert new.decoded("DTSTART") == date(2026, 12, 3)


def test_json_export_has_milestones_with_evidence_and_alerts(run_cli, example_config):
    add_alert(example_config, "DEFA signed in Kuala Lumpur")
    data = json.loads(export(run_cli, example_config, "json"))
    assert set(data) == {"milestones", "alerts"}
    milestones = {m["id"]: m for m in data["milestones"]}
    defa = milestones["asean-defa"]
    assert {"id", "title", "jurisdiction", "status", "binding", "expected", "history"} <= set(defa)
    assert defa["expected"] == {"status": "adopted", "date": "2026-11", "precision": "month"}
    assert [h["date"] for h in defa["history"]] == ["2023-09-03", "2025-10-24", "2026-05-30"]
    assert {"source_url", "excerpt", "note", "actor", "source", "old_status"} <= set(defa["history"][0])
    [alert] = data["alerts"]
    assert alert["milestone"] == "asean-defa" and alert["excerpt"] == "DEFA signed in Kuala Lumpur"
    assert alert["delivered"] == {"email": "pending", "slack": "sent"}


def test_csv_exports_milestone_history_and_alerts(run_cli, example_config, tmp_path):
    add_alert(example_config, "=HYPERLINK(\"https://evil.example\",\"click\")")
    rows = list(csv.DictReader(io.StringIO(export(run_cli, example_config, "csv"))))
    assert tuple(rows[0]) == MILESTONE_COLUMNS
    defa = [r for r in rows if r["milestone"] == "asean-defa"]
    assert [r["entry_status"] for r in defa] == ["drafting", "drafting", "approval"]
    assert defa[0] | {"detected_at": ""} == {
        "milestone": "asean-defa", "title": "ASEAN Digital Economy Framework Agreement (DEFA)",
        "jurisdiction": "ASEAN", "status": "approval", "binding": "yes", "expected_status": "adopted",
        "expected_date": "2026-11", "entry_status": "drafting", "entry_date": "2023-09-03", "actor": "catalog",
        "source": "",
        "source_url": "https://www.allenandgledhill.com/sg/publication/articles/26244/asean-launches-negotiations-on-asean-"
                      "digital-economic-framework-agreement-and-commits-to-bolstering-regional-economic-integration",
        "excerpt": "", "note": "Negotiations launched at the 23rd AEC Council", "detected_at": ""}
    out = tmp_path / "alerts.csv"
    result = run_cli("--config", example_config, "export", "csv", "--what", "alerts", "--output", out)
    assert result.exit_code == 0, result.output
    [alert] = list(csv.DictReader(out.open(newline="", encoding="utf-8")))
    assert tuple(alert) == ALERT_COLUMNS
    assert alert["delivered"] == "email:pending slack:sent"
    assert alert["excerpt"].startswith("'=HYPERLINK")  # a spreadsheet shows it as text, never runs it


def test_export_to_an_unwritable_place_fails_clearly(run_cli, example_config, tmp_path):
    result = run_cli("--config", example_config, "export", "ics", "--output", tmp_path / "missing" / "x.ics")
    assert result.exit_code == 2
    assert "cannot write" in result.stderr


def test_ics_links_only_web_evidence(run_cli, example_config):
    result = run_cli("--config", example_config, "--now", NOW, "milestone", "set", "th-ai-law", "--status",
                     "consultation", "--date", "2026-11-20", "--url", "javascript:alert(1)")
    assert result.exit_code == 0, result.output
    event = events(run_cli, example_config)["th-ai-law-became-consultation-2026-11-20@regwatch"]
    assert "URL" not in event

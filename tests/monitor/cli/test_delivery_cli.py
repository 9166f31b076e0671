"""What a person sees of deliveries: Message-IDs unique per installation, refusals that say how to fix them,
shown in ``regwatch alerts``, and readable times in ``regwatch status``."""
from __future__ import annotations

from datetime import datetime, timezone

from monitor.app import open_app
from monitor.outbox import raise_alert
from storage.models import Worker
from tests.conftest import milestone_table
from tests.fakes.slack_api import TOKEN_ENV
from tests.fakes.smtp import email_notifier

NOW = datetime(2026, 11, 26, 1, 0, tzinfo=timezone.utc)
MILESTONE = milestone_table("asean-defa", "ASEAN Digital Economy Framework Agreement", "ASEAN", "approval")


def _config(path, db_url: str, notifiers: str):
    path.write_text(f'[database]\nurl = "{db_url}"\n{notifiers}{MILESTONE}', encoding="utf-8")
    return path


def _alert(config) -> int:
    app = open_app(str(config), NOW)
    with app.transaction() as session:
        return raise_alert(session, app.config.notifiers, kind="status_change", dedupe_key="defa", now=NOW,
                           jurisdiction="ASEAN", milestone_id="asean-defa", old_status="approval",
                           new_status="adopted", url="https://asean.org/defa").id


def test_two_installations_send_two_message_ids(tmp_path, db_url, smtp_server, run_cli):
    notifiers = email_notifier(smtp_server.port, timeout=5)
    (tmp_path / "a").mkdir()
    first = _config(tmp_path / "a" / "config.toml", db_url, notifiers)
    second = _config(tmp_path / "b.toml", f"sqlite:///{tmp_path / 'b.db'}", notifiers)
    assert _alert(first) == _alert(second) == 1  # alert 1 in each database
    for config in (first, second):
        result = run_cli("--config", config, "dispatch")
        assert (result.exit_code, result.stdout) == (0, "Delivered: 1 sent.\n")
    ids = [m.message["Message-ID"] for m in smtp_server.received]
    assert len(ids) == 2 and ids[0] != ids[1]
    assert all(i.startswith("<regwatch.alert-1.") and i.endswith("@example.org>") for i in ids)
    body = smtp_server.received[0].message.get_body(("plain",)).get_content()
    assert "(detected 2026-11-26T09:00:00+08:00 · alert 1)" in body  # the digest's time zone, like its dates
    # a test message is never retried: each one has a Message-ID of its own
    run_cli("--config", first, "notify", "test")
    run_cli("--config", first, "notify", "test")
    tests = [m.message["Message-ID"] for m in smtp_server.received[2:]]
    assert len(set(tests)) == 2 and not set(tests) & set(ids)


def test_refusals_name_the_fix_and_alerts_shows_them(tmp_path, db_url, smtp_server, slack_api, run_cli,
                                                     monkeypatch):
    monkeypatch.setenv(TOKEN_ENV, "xoxb-wrong")
    config = _config(tmp_path / "config.toml", db_url,
                     email_notifier(smtp_server.port, starttls=True, timeout=5) + slack_api.notifier())
    _alert(config)
    assert run_cli("--config", config, "--now", NOW.isoformat(), "dispatch").stdout == "Delivered: 2 failed.\n"
    result = run_cli("--config", config, "--now", NOW.isoformat(), "alerts")
    header, row = result.stdout.splitlines()
    assert header == "ID\tCreated\tKind\tMilestone / source\tWhat\tDelivered"
    assert row == (
        "1\t2026-11-26 09:00 +08\tstatus_change\tasean-defa\tapproval -> adopted\t"
        f"email: failed (email: 127.0.0.1:{smtp_server.port} refused STARTTLS (STARTTLS extension not supported by "
        "server.): for a server that takes plain SMTP (a local relay) set starttls = false in [notifiers.email]; for "
        "implicit TLS (port 465) set ssl = true); slack: failed (slack: refused (HTTP 200, invalid_auth): the token "
        "was not accepted: check that the variable named by token_env holds the app's Bot User OAuth Token "
        "(xoxb-...) and that the app is still installed in the workspace)")


def test_status_shows_readable_times_in_the_digest_time_zone(tmp_path, db_url, run_cli):
    config = _config(tmp_path / "config.toml", db_url, "")
    app = open_app(str(config), NOW)
    started = datetime(2026, 11, 26, 0, 59, 30, 123456, tzinfo=timezone.utc)
    with app.transaction() as session:
        session.add(Worker(id="host-1:42", host="host-1", pid=42, started_at=started, seen_at=NOW))
    result = run_cli("--config", config, "--now", NOW.isoformat(), "status")
    assert result.stdout.splitlines()[:2] == [
        "Workers: 1", "  host-1:42 since 2026-11-26 08:59 +08, last seen 2026-11-26 09:00 +08"]

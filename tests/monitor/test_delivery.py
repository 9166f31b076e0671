"""The outbox end to end: alerts delivered through the real slack-sdk client to a local Slack stand-in and
through smtplib to aiosmtpd, on SQLite and PostgreSQL; outages, retries, a killed dispatcher, two dispatchers."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from monitor.app import open_app
from monitor.dispatch import dispatch
from monitor.outbox import raise_alert
from storage.models import Delivery, Proposal
from tests.fakes.slack_api import TOKEN_ENV, Reply
from tests.fakes.smtp import email_notifier

NOW = datetime(2026, 11, 26, 1, 0, tzinfo=timezone.utc)
MILESTONE = '''
[[milestones]]
id = "asean-defa"
title = "ASEAN Digital Economy Framework Agreement"
jurisdiction = "ASEAN"
status = "approval"
binding = true
expected = { status = "adopted", date = "2026-12-15" }
[[milestones.signals]]
status = "adopted"
all = ["\\\\bdefa\\\\b|digital economy framework agreement"]
any = ["\\\\bsigned\\\\b"]

[[milestones]]
id = "id-ai-perpres"
title = "Indonesia AI Presidential Regulation"
jurisdiction = "ID"
status = "approval"
'''


class Setup:
    """A config with Slack and email channels pointed at the local stand-ins, and the app over it."""

    def __init__(self, tmp_path: Path, db_url: str, slack_api, smtp_server, monkeypatch) -> None:
        monkeypatch.setenv(TOKEN_ENV, slack_api.token)
        self.path, self.db_url, self.slack, self.smtp = tmp_path / "config.toml", db_url, slack_api, smtp_server
        self.email_port = smtp_server.port
        self.extra = ""
        self.write()

    def write(self) -> None:
        email = email_notifier(self.email_port, extra='kinds = ["status_change"]\njurisdictions = ["ID", "TH", "ASEAN"]\n')
        self.path.write_text(f'[database]\nurl = "{self.db_url}"\n{self.slack.notifier()}{email}{self.extra}\n{MILESTONE}',
                             encoding="utf-8")

    def app(self, at: datetime = NOW):
        return open_app(str(self.path), at)

    def alert(self, at: datetime = NOW, **fields):
        fields = {"kind": "status_change", "dedupe_key": f"move:{len(fields)}:{time.monotonic()}",
                  "jurisdiction": "ASEAN", "milestone_id": "asean-defa", "old_status": "approval",
                  "new_status": "adopted", "event_date": "2026-11-30", "url": "https://asean.org/defa-signed",
                  "excerpt": "ASEAN Leaders signed the DEFA on the sidelines of the Summit.", "source_id": "asean-news",
                  **fields}
        with self.app(at).transaction() as session:
            return raise_alert(session, self.app(at).config.notifiers, now=at, **fields).id

    def states(self) -> dict[tuple[int, str], str]:
        with self.app().transaction() as session:
            return {(d.alert_id, d.channel): d.state for d in session.scalars(select(Delivery))}


@pytest.fixture
def setup(tmp_path, db_url, slack_api, smtp_server, monkeypatch):
    return Setup(tmp_path, db_url, slack_api, smtp_server, monkeypatch)


def test_status_change_card_and_email(setup):
    alert_id = setup.alert()
    summary = dispatch(setup.app())
    assert summary.counts == {"sent": 2}
    [message] = setup.slack.messages
    posted = json.dumps(message.blocks)
    for needle in ("ASEAN Digital Economy Framework Agreement", "approval", "adopted", "ASEAN", "2026-11-30",
                   "signed the DEFA", "https://asean.org/defa-signed"):
        assert needle in posted or needle in message.text, needle
    [mail] = setup.smtp.received
    assert mail.message["Subject"] == "[regwatch] ASEAN Digital Economy Framework Agreement: approval -> adopted"
    assert mail.rcpt_tos == ["compliance@example.org"]
    assert setup.states() == {(alert_id, "slack"): "sent", (alert_id, "email"): "sent"}
    assert dispatch(setup.app()).counts == {}  # nothing is sent twice


def test_routing_sends_email_only_for_its_kinds_and_jurisdictions(setup):
    review = setup.alert(kind="review", dedupe_key="review-1")
    other = setup.alert(dedupe_key="vn", jurisdiction="VN", milestone_id=None)
    states = setup.states()
    assert (review, "email") not in states and (other, "email") not in states
    assert states[(review, "slack")] == states[(other, "slack")] == "pending"


def test_hostile_page_text_cannot_ping_or_inject(setup):
    setup.alert(excerpt="<!channel> <!here> read <https://evil.example|this> now", kind="status_change",
                url="https://asean.org/x\r\nBcc: victim@example.org")
    dispatch(setup.app())
    raw = "".join(setup.slack.raw_bodies())
    assert "<!channel>" not in raw and "<!here>" not in raw and "<https://evil" not in raw
    assert "&lt;!channel&gt;" in raw
    [mail] = setup.smtp.received
    assert mail.message["Bcc"] is None and mail.rcpt_tos == ["compliance@example.org"]


def test_slack_outage_then_rate_limit_then_success_delivers_once(setup):
    setup.slack.script(Reply(status=500), Reply(status=503), Reply(status=429, retry_after=1), Reply())
    alert_id = setup.alert()
    moments = [NOW, NOW + timedelta(seconds=31), NOW + timedelta(minutes=3)]
    results = [dispatch(setup.app(at)).counts for at in moments]
    assert results[0] == {"retrying": 1, "sent": 1}  # email went at once; Slack answered 500
    assert results[1] == {"retrying": 1}
    assert results[2] == {"sent": 1}  # 429 with Retry-After 1: the sdk waited and retried once
    assert len(setup.slack.messages) == 1
    assert setup.states()[(alert_id, "slack")] == "sent"
    assert dispatch(setup.app(NOW + timedelta(hours=1))).counts == {}


def test_retries_wait_for_their_backoff(setup):
    setup.slack.script(Reply(status=500))
    setup.alert()
    dispatch(setup.app())
    assert dispatch(setup.app(NOW + timedelta(seconds=5))).counts == {}  # not due yet


def test_smtp_outage_then_recovery_delivers_once(setup):
    setup.smtp.stop()
    alert_id = setup.alert()
    assert dispatch(setup.app()).counts == {"retrying": 1, "sent": 1}
    setup.smtp.start()
    assert dispatch(setup.app(NOW + timedelta(minutes=1))).counts == {"sent": 1}
    assert len(setup.smtp.received) == 1 and setup.states()[(alert_id, "email")] == "sent"


def test_permanent_failure_is_marked_failed_and_listed(setup, run_cli):
    setup.slack.script(Reply(status=200, error="channel_not_found"))
    alert_id = setup.alert()
    assert dispatch(setup.app()).counts == {"failed": 1, "sent": 1}
    listed = json.loads(run_cli("--config", setup.path, "alerts", "--json").stdout)
    assert listed == [{"id": alert_id, "kind": "status_change", "milestone": "asean-defa", "old_status": "approval",
                       "new_status": "adopted", "url": "https://asean.org/defa-signed",
                       "created_at": NOW.isoformat(), "delivered": {"email": "sent", "slack": "failed"}}]


class Blackhole:
    """A TCP server that accepts connections and never answers (an SMTP server that hangs)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.accepted = threading.Event()
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        try:
            while True:
                conn, _ = self.sock.accept()
                self.conns.append(conn)
                self.accepted.set()
        except OSError:
            pass

    def close(self) -> None:
        for conn in self.conns:
            conn.close()
        self.sock.close()


def test_dispatcher_killed_between_claim_and_record_loses_nothing(setup, tmp_path):
    hole = Blackhole()
    setup.email_port, setup.extra = hole.port, ""
    setup.write()
    alert_id = setup.alert(jurisdiction="ID", milestone_id="id-ai-perpres", dedupe_key="killed")
    with setup.app().transaction() as session:  # Slack delivery already done: only email is left
        session.execute(Delivery.__table__.update().where(Delivery.channel == "slack").values(state="sent"))
    env = {**os.environ, TOKEN_ENV: setup.slack.token}
    process = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(setup.path), "--now",
                                NOW.isoformat(), "dispatch"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert hole.accepted.wait(30), process.communicate(timeout=1)
        with setup.app().transaction() as session:
            delivery = session.scalars(select(Delivery).where(Delivery.channel == "email")).one()
            assert delivery.state == "pending" and delivery.claimed_by is not None  # claimed, not recorded
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        hole.close()
    setup.email_port = setup.smtp.port
    setup.write()
    assert dispatch(setup.app(NOW + timedelta(minutes=1))).counts == {}  # the dead worker's lease still holds
    with setup.app().transaction() as session:  # leases run on the database's clock: 6 minutes pass
        for delivery in session.scalars(select(Delivery).where(Delivery.claimed_until.is_not(None))):
            delivery.claimed_until -= timedelta(minutes=6)
    assert dispatch(setup.app(NOW + timedelta(minutes=6))).counts == {"sent": 1}
    assert len(setup.smtp.received) == 1 and setup.states()[(alert_id, "email")] == "sent"


def test_two_dispatchers_never_send_the_same_delivery(setup):
    setup.extra = ""
    for number in range(30):
        setup.alert(dedupe_key=f"bulk-{number}", jurisdiction="VN", milestone_id=None)
    env = {**os.environ, TOKEN_ENV: setup.slack.token}
    command = [sys.executable, "-m", "monitor", "--config", str(setup.path), "--now", NOW.isoformat(), "dispatch"]
    workers = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    outputs = [w.communicate(timeout=120) for w in workers]
    assert all(w.returncode == 0 for w in workers), outputs
    texts = [m.text for m in setup.slack.messages]
    assert len(texts) == 30
    assert set(setup.states().values()) == {"sent"}


def test_check_dispatches_to_the_console_by_default(tmp_path, db_url, httpserver, run_cli):
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n[fetch]\nallow_private = true\nbackoff = "0s"\nretries = 0\n'
                      f'[[sources]]\nid = "down"\nkind = "feed"\nurl = "{httpserver.url_for("/down")}"\nrobots = false\n')
    httpserver.expect_request("/down").respond_with_data("", status=500)
    for _ in range(2):
        assert run_cli("--config", config, "check", "--all").exit_code == 4  # its only source failed
    result = run_cli("--config", config, "check", "--all")
    assert "source_failing" in result.stdout.lower() or "failing" in result.stdout.lower()
    assert "Delivered: 1 sent." in result.stdout
    quiet = run_cli("--config", config, "check", "--all", "--no-send")
    assert "Delivered" not in quiet.stdout


def test_notify_test_reports_each_channel(setup, run_cli, monkeypatch):
    monkeypatch.setenv(TOKEN_ENV, setup.slack.token)
    result = run_cli("--config", setup.path, "notify", "test")
    assert result.exit_code == 0 and "slack: sent" in result.stdout and "email: sent" in result.stdout
    assert len(setup.slack.messages) == 1 and len(setup.smtp.received) == 1
    setup.smtp.stop()
    failed = run_cli("--config", setup.path, "notify", "test", "--channel", "email")
    assert failed.exit_code == 1 and "email: FAILED" in failed.stderr
    assert run_cli("--config", setup.path, "notify", "test", "--channel", "pager").exit_code == 2


def test_digest_sections_once_per_day(setup, run_cli, monkeypatch, httpserver):
    monkeypatch.setenv(TOKEN_ENV, setup.slack.token)
    feed = '<rss version="2.0"><channel><title>x</title>{}</channel></rss>'
    item = "<item><title>{}</title><link>https://asean.org/{}</link><guid>{}</guid></item>"
    httpserver.expect_request("/feed").respond_with_data(feed.format(item.format("Old news", "a", "a")))
    setup.extra = (f'[fetch]\nallow_private = true\nbackoff = "0s"\n[[sources]]\nid = "asean-news"\nkind = "feed"\n'
                   f'jurisdiction = "ASEAN"\nurl = "{httpserver.url_for("/feed")}"\nrobots = false\n'
                   f'[[sources]]\nid = "down"\nkind = "feed"\nurl = "{httpserver.url_for("/down")}"\nrobots = false\n')
    setup.write()
    httpserver.expect_request("/down").respond_with_data("", status=404)
    assert run_cli("--config", setup.path, "--now", NOW.isoformat(), "check", "--no-send").exit_code == 3  # down
    httpserver.clear_all_handlers()
    httpserver.expect_request("/feed").respond_with_data(feed.format(
        item.format("DEFA negotiations: <!channel> ministers meet", "b", "b") + item.format("Old news", "a", "a")))
    httpserver.expect_request("/down").respond_with_data("", status=404)
    later = NOW + timedelta(hours=7)
    assert run_cli("--config", setup.path, "--now", later.isoformat(), "check", "--all", "--no-send").exit_code == 3
    setup.alert(at=later)
    with setup.app(later).transaction() as session:
        session.add(Proposal(milestone_id="id-ai-perpres", kind="status", proposed_status="adopted",
                             url="https://example.org/perpres", state="pending", created_at=later))
    printed = run_cli("--config", setup.path, "--now", later.isoformat(), "digest")
    for needle in ("Status changes", "asean-defa: approval -> adopted", "Waiting for review", "#1 id-ai-perpres",
                   "New on tracked milestones: ASEAN", "DEFA negotiations", "Sources failing", "down",
                   "Deadlines in the next 30 days"):
        assert needle in printed.stdout, needle
    before = len(setup.slack.messages)
    sent = run_cli("--config", setup.path, "--now", later.isoformat(), "digest", "--send")
    assert sent.exit_code == 0
    digest_messages = setup.slack.messages[before:]
    posted = json.dumps([m.blocks for m in digest_messages])
    assert "New on tracked milestones" in posted and "&lt;!channel&gt;" in posted and "<!channel>" not in posted
    again = run_cli("--config", setup.path, "--now", (later + timedelta(hours=2)).isoformat(), "digest", "--send")
    assert "already queued" in again.stdout
    assert len(setup.slack.messages) == len(digest_messages) + before
    assert not any(m.message["Subject"].startswith("regwatch daily digest") for m in setup.smtp.received)


def test_empty_day_sends_one_line_unless_configured_off(setup, run_cli, monkeypatch):
    monkeypatch.setenv(TOKEN_ENV, setup.slack.token)
    run_cli("--config", setup.path, "--now", NOW.isoformat(), "digest", "--send")
    [message] = setup.slack.messages
    assert "no changes" in message.text.lower()
    setup.extra = "[digest]\nsend_empty = false\n"
    setup.write()
    result = run_cli("--config", setup.path, "--now", (NOW + timedelta(days=1)).isoformat(), "digest", "--send")
    assert result.exit_code == 0 and len(setup.slack.messages) == 1

"""The outbox keeps going whatever one delivery does: a poisoned Retry-After, a digest cut off half-way and
resumed by another process, two dispatchers whose clocks disagree."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from werkzeug import Request, Response

from monitor.app import open_app
from monitor.dispatch import RETRY_AFTER_MAX, claim, digest_to_json, dispatch
from monitor.outbox import raise_alert
from storage.models import Delivery
from tests.fakes.slack_api import TOKEN_ENV, Reply
from tests.notifiers.samples import make_digest

NOW = datetime(2026, 11, 26, 1, 0, tzinfo=timezone.utc)


def queue(app, count: int, kind: str = "status_change", **fields) -> list[int]:
    with app.transaction() as session:
        return [raise_alert(session, app.config.notifiers, kind=kind, dedupe_key=f"{kind}-{n}", now=app.now(),
                            jurisdiction="ASEAN", url=f"https://asean.org/{n}", **fields).id for n in range(count)]


def test_a_poisoned_retry_after_delays_only_its_own_delivery(tmp_path, db_url, httpserver):
    poisoned: list[int] = []

    def hook(request: Request) -> Response:
        alert_id = json.loads(request.data)["alert"]["id"]
        if alert_id == poisoned[0]:
            return Response("busy", status=503, headers={"Retry-After": "999999999999"})
        return Response("ok")

    httpserver.expect_request("/hook").respond_with_handler(hook)
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n[notifiers.webhook]\nurl = "{httpserver.url_for("/hook")}"\n')
    app = open_app(str(config), NOW)
    ids = queue(app, 4)
    poisoned.append(ids[0])  # the oldest: on its way out first, before the others
    assert dispatch(app).counts == {"retrying": 1, "sent": 3}
    with app.transaction() as session:
        deliveries = {d.alert_id: d for d in session.scalars(select(Delivery))}
    first = deliveries[ids[0]]
    assert first.state == "pending" and "HTTP 503" in first.last_error
    assert first.next_attempt_at == NOW + RETRY_AFTER_MAX  # capped, not 31,700 years
    assert {deliveries[i].state for i in ids[1:]} == {"sent"}
    assert dispatch(open_app(str(config), NOW + timedelta(hours=1))).counts == {}  # the outbox still runs


def test_a_digest_cut_off_half_way_is_resumed_by_another_process(tmp_path, db_url, slack_api):
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n{slack_api.notifier("#ai")}')
    queue(open_app(str(config), NOW), 1, kind="digest",
          detail=digest_to_json(make_digest(lines_per_section=30, sections=60)))
    slack_api.script(Reply(), Reply(status=500))  # part 1 posted, then an outage
    env = {**os.environ, TOKEN_ENV: slack_api.token}

    def dispatcher(at: datetime) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "monitor", "--config", str(config), "--now", at.isoformat(),
                               "dispatch"], env=env, capture_output=True, text=True, timeout=120)

    first = dispatcher(NOW)
    assert first.returncode == 0 and "1 retrying" in first.stdout, first.stderr
    assert len(slack_api.messages) == 1
    second = dispatcher(NOW + timedelta(minutes=5))  # a new process: nothing of the first is in memory
    assert second.returncode == 0 and "1 sent" in second.stdout, second.stderr
    texts = [m.text for m in slack_api.messages]
    total = len(texts)
    assert total > 2 and texts == [f"regwatch daily digest (2026-10-27) part {n}/{total}" for n in range(1, total + 1)]


def test_two_dispatchers_with_skewed_clocks_send_once(tmp_path, postgres_url, slack_api):
    """Leases run on the database's clock: a dispatcher whose clock is 6 minutes ahead does not take a
    delivery another dispatcher claimed a moment ago (on its own clock, that lease has run out)."""
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{postgres_url}"\n{slack_api.notifier("#ai")}')
    env = {TOKEN_ENV: slack_api.token}
    now = datetime.now(timezone.utc)
    queue(open_app(str(config), now), 1)
    behind, ahead = open_app(str(config), now), open_app(str(config), now + timedelta(minutes=6))
    claimed = claim(behind, "host-a:1")  # host A claims, and is still sending
    assert len(claimed) == 1
    assert dispatch(ahead, owner="host-b:2", env=env).counts == {}  # host B leaves it to A
    with behind.transaction() as session:  # A's claim ends (sent, or A died and its lease ran out)
        session.get(Delivery, claimed[0]).claimed_until = None
    assert dispatch(ahead, owner="host-b:2", env=env).counts == {"sent": 1}
    assert len(slack_api.messages) == 1

"""The Slack notifier driving the real slack-sdk against the local stand-in: what arrives, and failures."""
from __future__ import annotations

import json
import time

import pytest

from notifiers import DeliveryError, NotifierError, SlackNotifier
from notifiers.base import Alert, Notifier
from tests.fakes.slack_api import DEFAULT_TOKEN, Reply, SlackAPIStandIn
from tests.notifiers.samples import HOSTILE_EXCERPT, HOSTILE_TITLE, make_alert, make_digest

ENV = {"SLACK_BOT_TOKEN": DEFAULT_TOKEN}


def web_notifier(stand_in: SlackAPIStandIn, env: dict[str, str] = ENV, **settings: object) -> SlackNotifier:
    return SlackNotifier({"token_env": "SLACK_BOT_TOKEN", "channel": "#ai-regulation",
                          "api_url": stand_in.base_url, **settings}, env)


def deliver_like_the_outbox(notifier: Notifier, alert: Alert, attempts: int = 5) -> int:
    """Retry on retryable DeliveryErrors as the outbox will (without its long backoff); return the attempts."""
    for attempt in range(1, attempts + 1):
        try:
            notifier.send_alert(alert)
            return attempt
        except DeliveryError as error:
            assert not error.permanent, error
            time.sleep(min(error.retry_after or 0, 1))
    raise AssertionError("not delivered")


def test_status_change_card_arrives_in_the_channel(slack_api: SlackAPIStandIn) -> None:
    web_notifier(slack_api).send_alert(make_alert())
    [message] = slack_api.messages
    assert message.channel == "#ai-regulation"
    assert message.text == "ASEAN Digital Economy Framework Agreement: approval → adopted"
    posted = json.dumps(message.payload, ensure_ascii=False)
    for expected in ("ASEAN Digital Economy Framework Agreement", "*Status*\\napproval → adopted",
                     "*Jurisdiction*\\nASEAN", "*Binding*\\nyes", "*Event date*\\n2026-10-26", "47th Summit",
                     '"url": "https://asean.org/news/defa-signed?id=7&lang=en"'):
        assert expected in posted
    assert [b["type"] for b in message.blocks] == ["header", "section", "section", "actions", "context"]
    assert message.payload["unfurl_links"] is False
    assert slack_api.requests[0].headers["authorization"] == f"Bearer {DEFAULT_TOKEN}"


def test_hostile_text_reaches_slack_escaped(slack_api: SlackAPIStandIn) -> None:
    web_notifier(slack_api).send_alert(make_alert(title=HOSTILE_TITLE, excerpt=HOSTILE_EXCERPT))
    [raw] = slack_api.raw_bodies()
    assert "&lt;!channel&gt;" in raw and "&lt;!here&gt;" in raw and "&lt;https://evil.example|click&gt;" in raw
    assert "<!channel>" not in raw and "<!here>" not in raw and "<https://evil" not in raw


def test_outage_then_rate_limit_then_success_delivers_exactly_once(slack_api: SlackAPIStandIn) -> None:
    slack_api.script(Reply(status=500), Reply(status=503), Reply(status=429, retry_after=1))
    notifier = web_notifier(slack_api)
    started = time.monotonic()
    attempts = deliver_like_the_outbox(notifier, make_alert())
    assert attempts == 3          # 500 -> DeliveryError, 503 -> DeliveryError, 429 absorbed by the retry handler
    assert [r.status for r in slack_api.requests] == [500, 503, 429, 200]
    assert len(slack_api.messages) == 1
    assert time.monotonic() - started >= 1  # the handler honoured Retry-After


def test_rate_limit_beyond_the_retry_handler_carries_retry_after(slack_api: SlackAPIStandIn) -> None:
    slack_api.script(Reply(status=429, retry_after=1), Reply(status=429, retry_after=1))
    with pytest.raises(DeliveryError) as caught:
        web_notifier(slack_api).send_alert(make_alert())
    assert caught.value.retry_after == 1 and not caught.value.permanent
    assert slack_api.messages == []


def test_server_error_is_retryable(slack_api: SlackAPIStandIn) -> None:
    slack_api.script(Reply(status=500))
    with pytest.raises(DeliveryError) as caught:
        web_notifier(slack_api).send_alert(make_alert())
    assert not caught.value.permanent and "HTTP 500" in str(caught.value)


def test_invalid_token_is_permanent(slack_api: SlackAPIStandIn) -> None:
    with pytest.raises(DeliveryError) as caught:
        web_notifier(slack_api, env={"SLACK_BOT_TOKEN": "xoxb-wrong"}).send_alert(make_alert())
    assert caught.value.permanent and "invalid_auth" in str(caught.value)
    assert "xoxb-wrong" not in str(caught.value)
    assert slack_api.messages == []


def test_unknown_channel_is_permanent() -> None:
    with SlackAPIStandIn(channels={"#ai-regulation"}) as stand_in, pytest.raises(DeliveryError) as caught:
        web_notifier(stand_in, channel="#nowhere").send_alert(make_alert())
    assert caught.value.permanent and "channel_not_found" in str(caught.value)


def test_unreachable_slack_is_retryable(slack_api: SlackAPIStandIn) -> None:
    notifier = web_notifier(slack_api)
    slack_api.stop()
    with pytest.raises(DeliveryError) as caught:
        notifier.send_alert(make_alert())
    assert not caught.value.permanent and "cannot reach" in str(caught.value)
    slack_api.start()  # Slack is back on the same port: the outbox's next try gets through
    notifier.send_alert(make_alert())
    assert len(slack_api.messages) == 1


def test_incoming_webhook_alternative(slack_api: SlackAPIStandIn) -> None:
    notifier = SlackNotifier({"webhook_url_env": "SLACK_WEBHOOK_URL"}, {"SLACK_WEBHOOK_URL": slack_api.webhook_url})
    notifier.send_alert(make_alert(title=HOSTILE_TITLE))
    [message] = slack_api.messages
    assert message.endpoint == "webhook" and message.blocks[0]["type"] == "header"
    assert "&lt;!channel&gt;" in message.raw.decode() and "<!channel>" not in message.raw.decode()


def test_incoming_webhook_failures(slack_api: SlackAPIStandIn) -> None:
    notifier = SlackNotifier({"webhook_url_env": "URL"}, {"URL": slack_api.webhook_url})
    slack_api.script(Reply(status=429, retry_after=1), Reply(status=429, retry_after=1), Reply(status=500))
    with pytest.raises(DeliveryError) as limited:
        notifier.send_alert(make_alert())
    assert limited.value.retry_after == 1 and not limited.value.permanent
    with pytest.raises(DeliveryError) as broken:
        notifier.send_alert(make_alert())
    assert not broken.value.permanent
    gone = SlackNotifier({"webhook_url_env": "URL"}, {"URL": slack_api.webhook_url + "-revoked"})
    with pytest.raises(DeliveryError) as revoked:
        gone.send_alert(make_alert())
    assert revoked.value.permanent and "no_service" in str(revoked.value)
    assert slack_api.messages == []


def test_long_digest_arrives_as_several_messages_in_order(slack_api: SlackAPIStandIn) -> None:
    web_notifier(slack_api).send_digest(make_digest(lines_per_section=30, sections=60))
    assert len(slack_api.messages) > 1
    assert all(len(m.blocks) <= 50 for m in slack_api.messages)
    assert slack_api.messages[0].blocks[0]["text"]["text"] == "regwatch daily digest"
    total = len(slack_api.messages)
    assert [m.text for m in slack_api.messages] == [
        f"regwatch daily digest (2026-10-27) part {n}/{total}" for n in range(1, total + 1)]


class Counted:
    """A delivery's progress as the outbox keeps it (notifiers.Progress)."""

    def __init__(self) -> None:
        self.done, self.recorded = 0, []

    def record(self, done: int) -> None:
        self.done = done
        self.recorded.append(done)


def test_digest_retry_resumes_after_the_parts_already_posted(slack_api: SlackAPIStandIn) -> None:
    digest, progress = make_digest(lines_per_section=30, sections=60), Counted()
    slack_api.script(Reply(), Reply(status=500))  # part 1 posted, part 2 hits an outage
    with pytest.raises(DeliveryError):
        web_notifier(slack_api).send_digest(digest, progress)
    assert len(slack_api.messages) == 1 and progress.recorded == [1]
    web_notifier(slack_api).send_digest(digest, progress)  # the outbox's retry, with a new notifier
    texts = [m.text for m in slack_api.messages]
    assert len(texts) == len(set(texts)) > 2      # every part once, part 1 not repeated
    assert texts[0].endswith(f"part 1/{len(texts)}") and texts[-1].endswith(f"part {len(texts)}/{len(texts)}")


def test_empty_digest_is_one_line(slack_api: SlackAPIStandIn) -> None:
    web_notifier(slack_api).send_digest(make_digest(sections=0))
    [message] = slack_api.messages
    assert message.text == "regwatch daily digest (2026-10-27)"
    assert message.blocks[-1]["text"]["text"] == "No changes."


def test_test_message(slack_api: SlackAPIStandIn) -> None:
    web_notifier(slack_api).send_alert(Alert(id=0, kind="test", created_at="2026-10-27T01:00:00+00:00"))
    [message] = slack_api.messages
    assert message.text == "Test message from regwatch"
    assert message.blocks[0]["text"]["text"] == "regwatch test message"


@pytest.mark.parametrize("settings, env, key", [
    ({"token_env": "SLACK_BOT_TOKEN", "channel": "#c"}, {}, "token_env"),
    ({"webhook_url_env": "SLACK_WEBHOOK_URL"}, {"SLACK_BOT_TOKEN": "x"}, "webhook_url_env"),
])
def test_missing_env_var_names_the_notifier_and_the_key(settings: dict, env: dict, key: str) -> None:
    with pytest.raises(NotifierError) as caught:
        SlackNotifier(settings, env)
    message = str(caught.value)
    assert "'slack'" in message and repr(key) in message and repr(settings[key]) in message


@pytest.mark.parametrize("settings, complaint", [
    ({"channel": "#c"}, "exactly one of 'token_env' or 'webhook_url_env'"),
    ({"token_env": "T", "webhook_url_env": "W", "channel": "#c"}, "exactly one"),
    ({"token_env": "T"}, "missing key 'channel'"),
    ({"webhook_url_env": "W", "channel": "#c"}, "key 'channel' does not apply to an incoming webhook"),
    ({"token_env": "T", "channel": "#c", "chanel": "#typo"}, "unknown key 'chanel'"),
    ({"token_env": "T", "channel": "#c", "timeout": "soon"}, "'timeout' must be a positive number"),
])
def test_bad_settings_are_refused(settings: dict, complaint: str) -> None:
    with pytest.raises(NotifierError, match="notifier 'slack'") as caught:
        SlackNotifier(settings, {"T": "xoxb", "W": "https://hooks.example"})
    assert complaint in str(caught.value)

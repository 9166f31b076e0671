"""The webhook notifier against a real local HTTP server (pytest-httpserver)."""
from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import asdict

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from notifiers import DeliveryError, NotifierError, WebhookNotifier
from notifiers.webhook import alert_payload, signature
from tests.notifiers.samples import HOSTILE_TITLE, make_alert, make_digest

SECRET = "webhook-shared-secret"


def notifier_for(server: HTTPServer, **settings: object) -> WebhookNotifier:
    return WebhookNotifier({"url": server.url_for("/hooks/regwatch"), **settings}, {"HOOK_SECRET": SECRET})


def test_alert_is_posted_as_json_with_a_verifiable_signature(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/hooks/regwatch", method="POST").respond_with_data("", status=204)
    alert = make_alert(title=HOSTILE_TITLE)
    notifier_for(httpserver, secret_env="HOOK_SECRET").send_alert(alert)
    [(request, _)] = httpserver.log
    body = request.get_data()
    assert json.loads(body) == {"type": "alert", "alert": asdict(alert)}
    expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(request.headers["X-Regwatch-Signature"], expected)
    assert request.headers["X-Regwatch-Id"] == "alert-42" and request.headers["X-Regwatch-Event"] == "alert"
    assert request.headers["Content-Type"].startswith("application/json")


def test_the_installation_is_named_for_deduplication(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/hooks/regwatch").respond_with_data("", status=204)
    notifier_for(httpserver).send_alert(make_alert(installation="9f2c"))
    notifier_for(httpserver).send_alert(make_alert())
    (named, _), (unnamed, _) = httpserver.log
    assert named.headers["X-Regwatch-Installation"] == "9f2c"
    assert json.loads(named.get_data())["alert"]["installation"] == "9f2c"
    assert "X-Regwatch-Installation" not in unnamed.headers


def test_signature_changes_when_the_body_is_tampered_with() -> None:
    body = alert_payload(make_alert())
    assert signature(body, SECRET) != signature(body.replace(b"adopted", b"withdrawn"), SECRET)
    assert signature(body, SECRET) != signature(body, "another-secret")


def test_without_a_secret_there_is_no_signature(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/hooks/regwatch").respond_with_data("ok")
    notifier_for(httpserver).send_alert(make_alert())
    assert "X-Regwatch-Signature" not in httpserver.log[0][0].headers


def test_digest_is_posted(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/hooks/regwatch").respond_with_data("ok")
    notifier_for(httpserver).send_digest(make_digest(lines_per_section=1, sections=1))
    request = httpserver.log[0][0]
    assert json.loads(request.get_data()) == {"type": "digest", "digest": {
        "title": "regwatch daily digest", "day": "2026-10-27",
        "sections": [{"heading": "Section 0", "lines": [["Item 0.0", "https://example.org/0/0"]]}],
        "installation": None}}
    assert request.headers["X-Regwatch-Id"] == "digest-2026-10-27"


@pytest.mark.parametrize("status, permanent", [(500, False), (503, False), (429, False), (408, False),
                                               (400, True), (401, True), (404, True), (410, True), (301, True)])
def test_failures_are_classified(httpserver: HTTPServer, status: int, permanent: bool) -> None:
    httpserver.expect_request("/hooks/regwatch").respond_with_data("no", status=status, headers={"Retry-After": "1"})
    with pytest.raises(DeliveryError) as caught:
        notifier_for(httpserver).send_alert(make_alert())
    assert caught.value.permanent is permanent and f"HTTP {status}" in str(caught.value)
    assert caught.value.retry_after == (None if permanent else 1)


def test_retry_then_success_is_delivered_once(httpserver: HTTPServer) -> None:
    answers = iter([Response("busy", status=503, headers={"Retry-After": "1"}), Response("ok", status=200)])

    def handler(request: Request) -> Response:
        return next(answers)

    httpserver.expect_request("/hooks/regwatch").respond_with_handler(handler)
    notifier = notifier_for(httpserver)
    with pytest.raises(DeliveryError):
        notifier.send_alert(make_alert())
    notifier.send_alert(make_alert())
    assert [response.status_code for _, response in httpserver.log] == [503, 200]
    assert httpserver.log[0][0].get_data() == httpserver.log[1][0].get_data()  # the same body, same id


def test_unreachable_receiver_is_retryable(httpserver: HTTPServer) -> None:
    notifier = notifier_for(httpserver)
    httpserver.stop()
    try:
        with pytest.raises(DeliveryError) as caught:
            notifier.send_alert(make_alert())
    finally:
        httpserver.start()
    assert not caught.value.permanent and "cannot reach localhost" in str(caught.value)


def test_url_from_env_is_not_leaked_in_errors(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/hooks/secret-token-123").respond_with_data("no", status=403)
    notifier = WebhookNotifier({"url_env": "HOOK_URL"}, {"HOOK_URL": httpserver.url_for("/hooks/secret-token-123")})
    with pytest.raises(DeliveryError) as caught:
        notifier.send_alert(make_alert())
    assert caught.value.permanent and "secret-token-123" not in str(caught.value)


@pytest.mark.parametrize("settings, env, complaint", [
    ({"url_env": "HOOK_URL"}, {}, "'HOOK_URL' (from key 'url_env') is not set"),
    ({"url": "https://x.example", "secret_env": "HOOK_SECRET"}, {}, "'HOOK_SECRET' (from key 'secret_env')"),
    ({}, {}, "exactly one of 'url' or 'url_env'"),
    ({"url": "ftp://x.example"}, {}, "must be an http(s) URL"),
    ({"url": "https://x.example", "timeout": 0}, {}, "'timeout' must be a positive number"),
])
def test_bad_settings_are_refused(settings: dict, env: dict, complaint: str) -> None:
    with pytest.raises(NotifierError, match="notifier 'webhook'") as caught:
        WebhookNotifier(settings, env)
    assert complaint in str(caught.value)

"""The email notifier: the message it builds, and delivery to a real SMTP server (aiosmtpd on loopback)."""
from __future__ import annotations

import pytest

from notifiers import DeliveryError, EmailNotifier, NotifierError
from notifiers.email import build_digest_message, build_message
from tests.fakes.smtp import SMTPStandIn
from tests.notifiers.conftest import SMTP_PASSWORD, SMTP_USER
from tests.notifiers.samples import HOSTILE_EXCERPT, make_alert, make_digest

SENDER = "regwatch@example.com"
TO = ["compliance@example.com", "Legal Team <legal@example.com>"]
ENV = {"SMTP_USER": SMTP_USER, "SMTP_PASSWORD": SMTP_PASSWORD}


def notifier_for(server: SMTPStandIn, **settings: object) -> EmailNotifier:
    return EmailNotifier({"host": server.host, "port": server.port, "starttls": False, "sender": SENDER,
                          "to": TO, "username_env": "SMTP_USER", "password_env": "SMTP_PASSWORD", "timeout": 5,
                          **settings}, ENV)


def test_message_is_multipart_with_subject_and_stable_message_id() -> None:
    message = build_message(make_alert(), SENDER, TO)
    assert message["Subject"] == "[regwatch] ASEAN Digital Economy Framework Agreement: approval -> adopted"
    assert message["Message-ID"] == "<regwatch.alert-42@example.com>"
    assert build_message(make_alert(), SENDER, TO)["Message-ID"] == message["Message-ID"]  # same on a retry
    assert message["To"] == "compliance@example.com, Legal Team <legal@example.com>"
    assert message.get_content_type() == "multipart/alternative"
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for text in (plain, html):
        for expected in ("ASEAN", "approval -&gt; adopted" if text is html else "approval -> adopted",
                         "2026-10-26", "47th Summit", "asean-news"):
            assert expected in text
    assert "Binding:      yes" in plain
    assert '<a href="https://asean.org/news/defa-signed?id=7&amp;lang=en">Open the evidence</a>' in html


def test_html_part_escapes_page_text() -> None:
    alert = make_alert(title="<script>alert(1)</script> DEFA", excerpt=HOSTILE_EXCERPT,
                       url='https://evil.example/"><img src=x onerror=alert(1)>')
    html = build_message(alert, SENDER, TO).get_body(("html",)).get_content()
    assert "<script>" not in html and "<b>bold</b>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; DEFA" in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert 'href="https://evil.example/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E"' in html


def test_non_web_evidence_is_not_linked_in_html() -> None:
    html = build_message(make_alert(url="javascript:alert(1)"), SENDER, TO).get_body(("html",)).get_content()
    assert "href" not in html and "Open the evidence: javascript:alert(1)" in html


def test_digest_message() -> None:
    message = build_digest_message(make_digest(lines_per_section=2), SENDER, TO)
    assert message["Subject"] == "[regwatch] regwatch daily digest (2026-10-27)"
    assert message["Message-ID"] == "<regwatch.digest-2026-10-27@example.com>"
    html = message.get_body(("html",)).get_content()
    assert "<h3>Section 1</h3>" in html and '<a href="https://example.org/1/1">Item 1.1</a>' in html
    assert "  - Item 0.1\n    https://example.org/0/1" in message.get_body(("plain",)).get_content()


def test_alert_is_delivered_with_login(smtp_server: SMTPStandIn) -> None:
    notifier_for(smtp_server).send_alert(make_alert())
    [received] = smtp_server.received
    assert received.mail_from == SENDER
    assert received.rcpt_tos == ["compliance@example.com", "legal@example.com"]
    assert received.login == SMTP_USER and smtp_server.logins == [SMTP_USER]
    assert received.message["Subject"] == "[regwatch] ASEAN Digital Economy Framework Agreement: approval -> adopted"
    assert received.message["Message-ID"] == "<regwatch.alert-42@example.com>"
    assert received.message.get_body(("html",)) is not None


def test_crlf_in_a_title_cannot_inject_a_header(smtp_server: SMTPStandIn) -> None:
    title = "DEFA signed\r\nBcc: attacker@evil.example\r\nX-Injected: yes\n\nbody"
    notifier_for(smtp_server).send_alert(make_alert(title=title))
    [received] = smtp_server.received
    assert received.rcpt_tos == ["compliance@example.com", "legal@example.com"]
    assert received.message["Bcc"] is None and received.message["X-Injected"] is None
    subject = received.message["Subject"]
    assert "\r" not in subject and "\n" not in subject
    assert subject == ("[regwatch] DEFA signed Bcc: attacker@evil.example X-Injected: yes body: "
                       "approval -> adopted")


def test_non_ascii_title_survives(smtp_server: SMTPStandIn) -> None:
    notifier_for(smtp_server).send_alert(make_alert(title="ร่างพระราชบัญญัติปัญญาประดิษฐ์"))
    assert smtp_server.received[0].message["Subject"].startswith("[regwatch] ร่างพระราชบัญญัติปัญญาประดิษฐ์:")


def test_smtp_outage_is_retryable_and_ends_delivered_once(smtp_server: SMTPStandIn) -> None:
    notifier = notifier_for(smtp_server)
    smtp_server.stop()
    with pytest.raises(DeliveryError) as caught:
        notifier.send_alert(make_alert())
    assert not caught.value.permanent and "cannot reach" in str(caught.value)
    smtp_server.start()
    notifier.send_alert(make_alert())
    assert len(smtp_server.received) == 1


def test_temporary_refusal_is_retryable(smtp_server: SMTPStandIn) -> None:
    smtp_server.script("451 4.3.0 Try again later")
    with pytest.raises(DeliveryError) as caught:
        notifier_for(smtp_server).send_alert(make_alert())
    assert not caught.value.permanent and "451" in str(caught.value)
    assert smtp_server.received == []


def test_permanent_refusal_is_permanent(smtp_server: SMTPStandIn) -> None:
    smtp_server.script("554 5.7.1 Message rejected as spam")
    with pytest.raises(DeliveryError) as caught:
        notifier_for(smtp_server).send_alert(make_alert())
    assert caught.value.permanent and "554" in str(caught.value)


def test_wrong_password_is_permanent(smtp_server: SMTPStandIn) -> None:
    notifier = EmailNotifier({"host": smtp_server.host, "port": smtp_server.port, "starttls": False,
                              "sender": SENDER, "to": TO, "username_env": "U", "password_env": "P"},
                             {"U": SMTP_USER, "P": "wrong"})
    with pytest.raises(DeliveryError) as caught:
        notifier.send_alert(make_alert())
    assert caught.value.permanent and "535" in str(caught.value)
    assert set(smtp_server.failed_logins) == {SMTP_USER} and smtp_server.received == []  # PLAIN, then LOGIN


def test_starttls_refused_by_a_server_without_tls_is_permanent(smtp_server: SMTPStandIn) -> None:
    with pytest.raises(DeliveryError) as caught:
        notifier_for(smtp_server, starttls=True).send_alert(make_alert())
    assert caught.value.permanent and "STARTTLS" in str(caught.value)
    assert smtp_server.received == []


def test_digest_is_delivered(smtp_server: SMTPStandIn) -> None:
    notifier_for(smtp_server).send_digest(make_digest())
    assert smtp_server.received[0].message["Subject"] == "[regwatch] regwatch daily digest (2026-10-27)"


def test_missing_env_var_names_the_notifier_and_the_key() -> None:
    with pytest.raises(NotifierError) as caught:
        EmailNotifier({"host": "smtp.example.com", "sender": SENDER, "to": TO,
                       "username_env": "SMTP_USER", "password_env": "SMTP_PASSWORD"}, {"SMTP_USER": "me"})
    assert "'email'" in str(caught.value) and "'password_env'" in str(caught.value)
    assert "'SMTP_PASSWORD'" in str(caught.value)


@pytest.mark.parametrize("settings, complaint", [
    ({"sender": SENDER, "to": TO}, "missing key 'host'"),
    ({"host": "h", "sender": SENDER, "to": "compliance@example.com"}, "'to' must be a non-empty list"),
    ({"host": "h", "sender": SENDER, "to": []}, "'to' must be a non-empty list"),
    ({"host": "h", "sender": "a@b.c\r\nBcc: x@y.z", "to": TO}, "contains a line break"),
    ({"host": "h", "sender": SENDER, "to": TO, "username_env": "U"}, "missing key 'password_env'"),
    ({"host": "h", "sender": SENDER, "to": TO, "starttls": "yes"}, "'starttls' must be true or false"),
])
def test_bad_settings_are_refused(settings: dict, complaint: str) -> None:
    with pytest.raises(NotifierError, match="notifier 'email'") as caught:
        EmailNotifier(settings, {"U": "u"})
    assert complaint in str(caught.value)


def test_port_defaults_follow_the_tls_mode() -> None:
    assert EmailNotifier({"host": "h", "sender": SENDER, "to": TO}, {}).port == 587
    assert EmailNotifier({"host": "h", "sender": SENDER, "to": TO, "ssl": True}, {}).port == 465

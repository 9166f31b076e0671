"""Slack Block Kit rendering, without a server: the card's content, escaping, limits, the digest split."""
from __future__ import annotations

import json
from typing import Any

import pytest

from notifiers import DigestSection, slack
from notifiers.escape import ELLIPSIS
from tests.notifiers.samples import HOSTILE_EXCERPT, HOSTILE_TITLE, make_alert, make_digest

KINDS = ["status_change", "review", "expected_change", "reminder", "overdue", "source_failing", "test", "novel"]


def texts(blocks: list[dict[str, Any]]) -> list[str]:
    """Every text object's text in the blocks, in order."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") in ("plain_text", "mrkdwn"):
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(blocks)
    return found


def assert_within_limits(blocks: list[dict[str, Any]]) -> None:
    assert 0 < len(blocks) <= slack.MAX_BLOCKS
    for block in blocks:
        if block["type"] == "header":
            assert 0 < len(block["text"]["text"]) <= slack.HEADER_CHARS
        for field in block.get("fields", []):
            assert 0 < len(field["text"]) <= slack.FIELD_CHARS
    assert all(0 < len(text) <= slack.SECTION_CHARS for text in texts(blocks))


def test_status_change_card_shows_the_milestone_move_and_evidence() -> None:
    blocks = slack.alert_blocks(make_alert())
    assert blocks[0] == {"type": "header", "text": {"type": "plain_text", "emoji": True,
                                                    "text": "ASEAN Digital Economy Framework Agreement"}}
    fields = [f["text"] for f in blocks[1]["fields"]]
    assert fields == ["*Jurisdiction*\nASEAN", "*Binding*\nyes", "*Status*\napproval → adopted",
                      "*Event date*\n2026-10-26"]
    quote = blocks[2]["text"]["text"]
    assert quote == ">ASEAN Leaders signed the Digital Economy Framework Agreement at the 47th Summit."
    button = blocks[3]["elements"][0]
    assert button["url"] == "https://asean.org/news/defa-signed?id=7&lang=en" and button["type"] == "button"
    context = blocks[4]["elements"][0]["text"]
    assert "asean-news" in context and "2026-10-27T01:00:00+00:00" in context
    assert slack.alert_text(make_alert()) == "ASEAN Digital Economy Framework Agreement: approval → adopted"
    assert_within_limits(blocks)


def test_hostile_title_and_excerpt_arrive_as_text() -> None:
    alert = make_alert(title=HOSTILE_TITLE, excerpt=HOSTILE_EXCERPT)
    payload = json.dumps([slack.alert_blocks(alert), slack.alert_text(alert)])
    assert "&lt;!channel&gt;" in payload and "&lt;!here&gt;" in payload
    assert "&lt;https://evil.example|click&gt;" in payload and "&lt;@U123&gt;" in payload
    for control in ("<!channel>", "<!here>", "<https://evil", "<@U123>"):
        assert control not in payload
    assert all(part["verbatim"] for part in _mrkdwn_objects(slack.alert_blocks(alert)))


def _mrkdwn_objects(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [obj for obj in _all_dicts(blocks) if obj.get("type") == "mrkdwn"]


def _all_dicts(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        return [node] + [d for v in node.values() for d in _all_dicts(v)]
    if isinstance(node, list):
        return [d for v in node for d in _all_dicts(v)]
    return []


def test_non_web_evidence_is_shown_but_never_linked() -> None:
    blocks = slack.alert_blocks(make_alert(url="javascript:alert(1)"))
    assert not any(b["type"] == "actions" for b in blocks)
    assert "Evidence: javascript:alert(1)" in texts(blocks)


def test_oversized_text_is_cut_cleanly_to_slack_limits() -> None:
    alert = make_alert(title="Peraturan Presiden " * 30, excerpt="<!channel> " * 2000, detail="x" * 9000)
    blocks = slack.alert_blocks(alert)
    assert_within_limits(blocks)
    assert blocks[0]["text"]["text"].endswith(ELLIPSIS)
    quote = blocks[2]["text"]["text"]
    assert quote.endswith(ELLIPSIS) and "<!channel>" not in quote and not quote.rstrip(ELLIPSIS).endswith("&")


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_a_valid_card(kind: str) -> None:
    alert = make_alert(kind=kind, expected_date="2026-Q4", detail="HTTP 503 from asean.org")
    blocks = slack.alert_blocks(alert)
    assert_within_limits(blocks)
    assert blocks[0]["type"] == "header" and blocks[-1]["type"] == "context"
    assert slack.alert_text(alert)


def test_overdue_card_says_what_was_expected_by_when() -> None:
    alert = make_alert(kind="overdue", old_status="approval", new_status="adopted", expected_date="2026-H1")
    blocks = slack.alert_blocks(alert)
    assert blocks[0]["text"]["text"] == "Overdue: ASEAN Digital Economy Framework Agreement"
    assert "*Expected*\nadopted by 2026-H1" in texts(blocks) and "*Status*\napproval" in texts(blocks)


def test_source_failing_card_names_the_source_and_the_error() -> None:
    alert = make_alert(kind="source_failing", milestone=None, title=None, jurisdiction=None, binding=None,
                       old_status=None, new_status=None, event_date=None, url=None, excerpt=None,
                       detail="3 failures: HTTP 503")
    blocks = slack.alert_blocks(alert)
    assert blocks[0]["text"]["text"] == "Source failing: asean-news"
    assert "3 failures: HTTP 503" in texts(blocks)
    assert slack.alert_text(alert) == "Source failing: asean-news"


def test_short_digest_is_one_message_with_linked_lines() -> None:
    messages = slack.digest_messages(make_digest(lines_per_section=2, sections=2))
    assert len(messages) == 1
    body = texts(messages[0])
    assert body[0] == "regwatch daily digest" and body[1] == "2026-10-27"
    assert "*Section 0*\n• <https://example.org/0/0|Item 0.0>\n• <https://example.org/0/1|Item 0.1>" in body


def test_digest_line_text_cannot_forge_a_link_and_urls_are_escaped() -> None:
    digest = make_digest(lines_per_section=0, sections=0)
    digest.sections.append(DigestSection(
        heading="New items", lines=[("<!channel> see <https://evil|here>", "https://x.example/a?b=1&c=2")]))
    text = texts(slack.digest_messages(digest)[0])[2]
    assert text == ("*New items*\n• <https://x.example/a?b=1&amp;c=2|&lt;!channel&gt; see "
                    "&lt;https://evil|here&gt;>")


def test_long_digest_is_split_into_messages_within_limits() -> None:
    messages = slack.digest_messages(make_digest(lines_per_section=60, sections=40, line="A fairly long item " * 3))
    assert len(messages) > 1
    for number, message in enumerate(messages, start=1):
        assert_within_limits(message)
        assert len(json.dumps(message)) <= slack.DIGEST_MESSAGE_CHARS + 500
        assert f"part {number}/{len(messages)}" in json.dumps(message)
    lines = [line for m in messages for t in texts(m) for line in t.splitlines() if line.startswith("• ")]
    assert len(lines) == 60 * 40  # nothing lost in the split


def test_many_small_sections_are_split_at_fifty_blocks() -> None:
    messages = slack.digest_messages(make_digest(lines_per_section=1, sections=120))
    assert len(messages) >= 3 and all(len(m) <= slack.MAX_BLOCKS for m in messages)
    headings = [t for m in messages for t in texts(m) if t.startswith("*Section ")]
    assert len(headings) == 120


def test_empty_digest_says_no_changes() -> None:
    messages = slack.digest_messages(make_digest(sections=0))
    assert len(messages) == 1 and texts(messages[0])[-1] == "No changes."

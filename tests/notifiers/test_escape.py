"""Hostile text: what each escaping function lets through and how it cuts."""
from __future__ import annotations

import pytest

from notifiers.escape import ELLIPSIS, clean_text, header_text, safe_url, slack_text, truncate


@pytest.mark.parametrize("raw, expected", [
    ("<!channel> signed", "&lt;!channel&gt; signed"),
    ("<!here>", "&lt;!here&gt;"),
    ("<@U123>", "&lt;@U123&gt;"),
    ("<https://evil|click>", "&lt;https://evil|click&gt;"),
    ("R&D", "R&amp;D"),
    ("already &lt;escaped&gt;", "already &amp;lt;escaped&amp;gt;"),
])
def test_slack_text_escapes_control_sequences(raw: str, expected: str) -> None:
    assert slack_text(raw) == expected


def test_slack_text_strips_control_characters_but_keeps_lines() -> None:
    assert slack_text("a\x00b\x1b[31mred\r\nnext\u202eline\x07") == "abred\nnextline"


def test_clean_text_collapses_blank_lines_and_trims() -> None:
    assert clean_text("  one\r\r\n\n\n  \ntwo\u2028three  ") == "one\n\ntwo\nthree"


def test_header_text_puts_everything_on_one_line() -> None:
    assert header_text("DEFA\r\nBcc: victim@example.com\t\x00 done") == "DEFA Bcc: victim@example.com done"
    assert "\n" not in header_text("a\u2028b\x85c\nd") and header_text("a\u2028b\x85c\nd") == "a b c d"


def test_truncate_leaves_short_text_alone_and_cuts_long_text_to_the_limit() -> None:
    assert truncate("short", 10) == "short"
    cut = truncate("x" * 5000, 3000)
    assert len(cut) == 3000 and cut.endswith(ELLIPSIS)


def test_truncate_prefers_a_word_boundary() -> None:
    assert truncate("The agreement was signed by all ten members", 30) == "The agreement was signed by…"


def test_truncate_never_splits_a_thai_letter_from_its_vowel() -> None:
    # "กี่" is ก + SARA II (U+0E35) + MAI EK (U+0E48): three code points, one letter as read.
    text = "ก" * 8 + "กี่" + "ข" * 10
    cut = truncate(text, 11)  # 10 characters of room: a plain cut would keep ก and SARA II, drop MAI EK
    assert cut == "ก" * 8 + ELLIPSIS  # the whole letter goes


def test_slack_truncation_never_leaves_half_an_entity() -> None:
    escaped = slack_text("a" * 8 + "<b")      # aaaaaaaa&lt;b
    cut = truncate(escaped, 11, entities=True)
    assert cut == "a" * 8 + ELLIPSIS
    assert slack_text("a" * 8 + "<b", limit=11) == cut


@pytest.mark.parametrize("url, expected", [
    ("https://asean.org/a?b=1&c=2", "https://asean.org/a?b=1&c=2"),
    ("https://evil.example/x|click>", "https://evil.example/x%7Cclick%3E"),
    ("http://gov.example/a b", "http://gov.example/a%20b"),
    ("javascript:alert(1)", None),
    ("mailto:someone@example.com", None),
    ("https://", None),
    ("", None),
    (None, None),
])
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_safe_url_refuses_overlong_urls() -> None:
    assert safe_url("https://example.org/" + "a" * 3000) is None

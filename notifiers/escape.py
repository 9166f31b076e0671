"""Make hostile page text safe for every output, and cut it to a channel's limits.

Everything a regulator's page says ends up somewhere: a Slack message, an email, the terminal, the HTML
report, the calendar feed, a CSV export. A title like ``<!channel> DEFA signed`` must arrive as those
characters, never as a ping; a CR/LF in a title must not start a new email header; an escape sequence must
not repaint a terminal, retitle its window or hide a link (OSC 8); a right-to-left override must not disguise
text. :func:`clean_text` (and :func:`one_line` for a single line) is the one cleaner every output uses; the
channel-specific escaping (Slack entities, HTML, header folding) is added on top. Pure functions, no I/O.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, urlsplit

ELLIPSIS = "…"

# Terminal escape sequences, removed whole so no fragment ("[2J", "]0;title") is left: CSI (ESC [ ... final
# byte: cursor, colour, clear screen), OSC/DCS/APC/PM/SOS strings up to BEL or ST (window title, OSC 8 hidden
# links), their one-byte C1 forms, and any other ESC with the character it introduces. A string stops at the
# next introducer, so the scan stays linear however many unterminated ones a page holds.
_ESCAPE_SEQUENCE = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]"
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x90\x98\x9c-\x9f]*(?:\x07|\x1b\\\\|\x9c)"
    "|\x1b[0-~]")
# C0/C1 controls except TAB and LF, and the invisible bidi overrides used to disguise text ("Trojan source").
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
_HEADER_BREAK = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\\s]+")
_BLANK_LINES = re.compile("\n[ \t]*\n(?:[ \t]*\n)+")
_URL_UNSAFE = re.compile(r"[\s<>|\"\\^`{}]")
# Characters that belong to the character before them: cutting before one splits a letter (Thai vowels and
# tone marks, accents) or an emoji sequence.
_JOINERS = {"\u200c", "\u200d", "\ufe0e", "\ufe0f"}


def clean_text(text: str) -> str:
    """Outside text fit for any output: escape sequences and control characters (NUL, ESC, bidi overrides)
    gone, line breaks as LF, runs of blank lines as one."""
    text = _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", _LINE_BREAKS.sub("\n", text)))
    return _BLANK_LINES.sub("\n\n", text).strip()


def one_line(text: str) -> str:
    """Outside text for one line (a table cell, a plain tab-separated row): cleaned, every line break, tab
    and run of spaces as one space."""
    return " ".join(clean_text(text).split())


def slack_text(text: str, limit: int | None = None) -> str:
    """Page text for a Slack text object: cleaned, ``& < >`` escaped, then cut to ``limit`` characters.

    With ``<`` and ``>`` escaped no control sequence (``<!channel>``, ``<!here>``, ``<@U123>``,
    ``<https://evil|click>``) can be formed, so they show as typed. Use it for ``plain_text`` too: Slack
    decodes these three entities everywhere, and one rule is easier to check than two.
    """
    escaped = clean_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped if limit is None else truncate(escaped, limit, entities=True)


def header_text(text: str, limit: int | None = None) -> str:
    """A value for one email header line: every control character and line break becomes one space."""
    flat = _HEADER_BREAK.sub(" ", _ESCAPE_SEQUENCE.sub("", text)).strip()
    return flat if limit is None else truncate(flat, limit)


def safe_url(url: str | None, limit: int = 3000) -> str | None:
    """An http(s) URL fit for a link or a button, or None (other schemes, no host, too long).

    Characters that would end a Slack link (``|``, ``>``) or an HTML attribute are percent-encoded.
    """
    if not url:
        return None
    url = _URL_UNSAFE.sub(lambda m: quote(m.group(), safe=""), _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", url.strip())))
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or len(url) > limit:
        return None
    return url


def truncate(text: str, limit: int, *, entities: bool = False) -> str:
    """``text`` cut to at most ``limit`` characters ending in "…", never inside a letter.

    Cuts before combining marks (a Thai vowel stays with its consonant) and joiners; prefers a space
    near the end; with ``entities`` never leaves half of an ``&amp;``-style entity.
    """
    if len(text) <= limit:
        return text
    cut = max(0, limit - len(ELLIPSIS))
    while cut > 0 and (unicodedata.category(text[cut])[0] == "M" or text[cut] in _JOINERS
                       or text[cut - 1] == "\u200d"):
        cut -= 1
    if entities:
        amp = text.rfind("&", max(0, cut - 5), cut)
        if amp != -1 and ";" not in text[amp:cut]:
            cut = amp
    space = text.rfind(" ", max(0, cut - 20), cut + 1)
    if space > 0:
        cut = space
    return text[:cut].rstrip() + ELLIPSIS

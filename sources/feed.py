"""Kind ``feed``: RSS 1/2 or Atom, one item per entry, via feedparser (imported only when a feed is parsed).

Checks made before feedparser sees the bytes, because feedparser accepts almost anything and returns
*something*: an HTML page at a feed URL (bnm.gov.my/rss is a landing page) is :class:`NotAFeed`, after
the anti-bot and error-page checks; a document cut off before its closing root tag is :class:`ParseError`,
because the entries feedparser would still salvage from it look like "items removed". Other
ill-formedness (a stray ``&``, an HTML entity) is common in real feeds and tolerated.
"""
from __future__ import annotations

import io
import re
from collections.abc import Mapping
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from .base import Item, Kind, NotAFeed, Page, ParseError, join_link, register
from .decode import decode
from .htmltext import collapse, looks_like_html, parse_page, strip_tags

DATE_FIELDS = ("published", "updated", "created")
_ROOT = re.compile(
    r"\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*<([A-Za-z_][\w:.-]*)",
    re.DOTALL | re.IGNORECASE,
)
_TRAILER = r"\s*(?:<!--.*?-->\s*|<\?.*?\?>\s*)*\Z"
TAIL_CHARS = 2048  # the closing root tag is looked for this close to the end
# feedparser is handed UTF-8 and told so, so that it does not second-guess decode() with its own rules.
_UTF8_XML = {"content-type": "application/xml; charset=utf-8"}


@register
class FeedKind(Kind):
    """An RSS or Atom feed: one item per entry."""

    name = "feed"

    def parse(self, body: bytes, *, url: str, content_type: str | None, settings: Mapping[str, Any]) -> Page:
        text = decode(body, content_type)
        root = _root_name(text)
        if looks_like_html(text) or (root or "").lower() == "html":
            parse_page(text)  # raises BlockedPage or ErrorPage when the HTML is one
            raise NotAFeed(f"{url} returned an HTML page, not RSS/Atom")
        if root is None:
            raise NotAFeed(f"{url} returned no XML document, not RSS/Atom (starts {text[:40].strip()!r})")
        if not _closes(text, root):
            raise ParseError(f"{url}: feed is truncated, it does not end with </{root}>")

        import feedparser  # imported late: only feed sources need it

        # A file object, never a str: feedparser fetches a str that looks like a URL or opens a file path.
        result = feedparser.parse(io.BytesIO(text.encode("utf-8")), response_headers=_UTF8_XML,
                                  sanitize_html=False, resolve_relative_uris=False)
        if not result.get("version") and not result.entries:
            raise NotAFeed(f"{url} returned an XML <{root}> document, not RSS/Atom")
        return Page(items=[_item(entry, url) for entry in result.entries])


def _root_name(text: str) -> str | None:
    match = _ROOT.match(text)
    return match.group(1) if match else None


def _closes(text: str, root: str) -> bool:
    """Whether the document ends with ``</root>`` (then only comments or whitespace)."""
    closing = re.compile(rf"</{re.escape(root)}\s*>{_TRAILER}", re.DOTALL)
    return closing.search(text[-TAIL_CHARS:]) is not None


def _item(entry: Mapping[str, Any], url: str) -> Item:
    title = _plain(entry, "title")
    link = entry.get("link")
    link = join_link(url, link.strip()) if link else None
    key = (entry.get("id") or "").strip() or link or title
    return Item(key=key, title=title, link=link, date=_date(entry), text=_body(entry))


def _body(entry: Mapping[str, Any]) -> str:
    """The full content when the feed has it (signals need the whole article), else the summary."""
    contents = entry.get("content") or []
    if contents:
        return _as_text(contents[0].get("value", ""), contents[0].get("type", ""))
    return _plain(entry, "summary")


def _plain(entry: Mapping[str, Any], field: str) -> str:
    detail = entry.get(f"{field}_detail") or {}
    return _as_text(entry.get(field) or "", detail.get("type", "text/html"))


def _as_text(value: str, mime: str) -> str:
    return collapse(value) if mime == "text/plain" else strip_tags(value)


def _date(entry: Mapping[str, Any]) -> str | None:
    """The entry's date as ISO ``YYYY-MM-DD`` on the publisher's own calendar, else the raw string.

    feedparser's ``*_parsed`` values are in UTC, which moves a post made early morning in Jakarta or
    Manila to the day before, so the raw string is parsed with its offset first."""
    for field in DATE_FIELDS:
        raw = (entry.get(field) or "").strip()
        if not raw:
            continue
        local = _local_date(raw)
        if local is not None:
            return local.isoformat()
        parsed = entry.get(f"{field}_parsed")
        return date(*parsed[:3]).isoformat() if parsed else raw
    return None


def _local_date(raw: str) -> date | None:
    try:
        return parsedate_to_datetime(raw).date()  # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw).date()  # Atom: RFC 3339
    except ValueError:
        return None

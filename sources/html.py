"""Kind ``html``: a listing of items picked by CSS selectors, or the visible text of one region.

Items are compared across fetches by key (absolute link, else title) and whitespace-collapsed text, so a
re-indented template or a reordered list is not a change. A selector that matches nothing is reported
as :class:`EmptyResult` (the page changed shape), never as "all removed"; on an application shell, and for
a region that holds only a JavaScript application's static labels, it is :class:`ScriptRendered`.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from .appshell import check_app_shell
from .base import EmptyResult, Item, Kind, Page, SettingsError, join_link, register
from .decode import decode
from .htmltext import collapse, parse_page, visible_text

SELECTOR_KEYS = ("items", "title", "link", "date", "text", "region")
DEFAULT_REGION = "body"
_URL_JUNK = str.maketrans("", "", "\t\n\r")  # browsers drop these inside an href


@register
class HtmlKind(Kind):
    """An HTML page: items picked by CSS selectors, or the visible text of a region."""

    name = "html"
    optional = SELECTOR_KEYS

    def check_settings(self, settings: Mapping[str, Any]) -> None:
        probe = LexborHTMLParser("<p></p>")
        for key in SELECTOR_KEYS:
            if key in settings:
                _select(probe, settings, key)

    def parse(self, body: bytes, *, url: str, content_type: str | None, settings: Mapping[str, Any]) -> Page:
        html = decode(body, content_type)
        tree = parse_page(html)
        if "items" not in settings:
            text = _region_text(tree, settings, html)
            check_app_shell(html, tree, text)
            return Page(items=None, text=text)
        nodes = _select(tree, settings, "items")
        if not nodes:
            check_app_shell(html, tree, "")
            raise EmptyResult(f"items selector {settings['items']!r} matched nothing")
        base = _base_url(tree, url)
        items: dict[str, Item] = {}
        for node in nodes:
            item = _item(node, base, settings)
            if item is None:
                continue
            kept = items.get(item.key)
            if kept is None or (not kept.title and item.title):
                items[item.key] = item  # a repeated key keeps its first titled item (an image link has none)
        return Page(items=list(items.values()))


def _region_text(tree: LexborHTMLParser, settings: Mapping[str, Any], html: str) -> str:
    selector = settings.get("region", DEFAULT_REGION)
    nodes = _select(tree, settings, "region") if "region" in settings else tree.css(DEFAULT_REGION)
    text = "\n".join(filter(None, (visible_text(node) for node in nodes)))
    if not text:
        check_app_shell(html, tree, "")
        what = "matched nothing" if not nodes else "has no visible text"
        raise EmptyResult(f"region selector {selector!r} {what}")
    return text


def _item(node: LexborNode, base: str, settings: Mapping[str, Any]) -> Item | None:
    lines = visible_text(node)
    whole = collapse(lines)
    title = _first_text(node, settings, "title") or lines.partition("\n")[0]
    link = _link(node, base, settings)
    key = link or title
    if not key:
        return None
    text_nodes = _select(node, settings, "text") if "text" in settings else []
    text = " ".join(filter(None, (visible_text(n, one_line=True) for n in text_nodes))) or whole
    return Item(key=key, title=title, link=link, date=_date(node, settings), text=text)


def _first_text(node: LexborNode, settings: Mapping[str, Any], key: str) -> str:
    if key not in settings:
        return ""
    matches = _select(node, settings, key)
    return visible_text(matches[0], one_line=True) if matches else ""


def _date(node: LexborNode, settings: Mapping[str, Any]) -> str | None:
    """The ``date`` element's ``datetime`` attribute (a ``<time>``'s exact value), else its text."""
    if "date" not in settings:
        return None
    matches = _select(node, settings, "date")
    if not matches:
        return None
    exact = (matches[0].attributes.get("datetime") or "").strip()
    return exact or visible_text(matches[0], one_line=True) or None


def _link(node: LexborNode, base: str, settings: Mapping[str, Any]) -> str | None:
    if "link" in settings:
        matches = _select(node, settings, "link")
        anchor = matches[0] if matches else None
    else:
        anchor = node
    if anchor is not None and not anchor.attributes.get("href"):
        anchor = anchor.css_first("a[href]")
    if anchor is None:
        return None
    href = (anchor.attributes.get("href") or "").translate(_URL_JUNK).strip()
    if not href or href == "#" or href.lower().startswith("javascript:"):
        return None
    return join_link(base, href)


def _base_url(tree: LexborHTMLParser, url: str) -> str:
    node = tree.css_first("base[href]")
    href = (node.attributes.get("href") or "").translate(_URL_JUNK).strip() if node is not None else ""
    return (join_link(url, href) or url) if href else url


def _select(node: LexborNode | LexborHTMLParser, settings: Mapping[str, Any], key: str) -> list[LexborNode]:
    selector = settings[key]
    if not isinstance(selector, str) or not selector.strip():
        raise SettingsError(f"{key}: expected a CSS selector, got {selector!r}")
    try:
        return node.css(selector)
    except SelectolaxError as exc:
        raise SettingsError(f"{key}: {selector!r} is not a valid CSS selector") from exc

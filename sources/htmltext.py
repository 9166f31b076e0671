"""HTML to visible text, and the checks that keep non-content pages out of change detection.

This is the hot path of every HTML source, so it uses selectolax's lexbor backend (about 20 times faster
than BeautifulSoup with lxml on a 58 KB listing page). An anti-bot page or an error page served with
status 200 must never be taken for a content change; but a false alarm here would hide a real change,
so both checks need a strong signal *and* a short page. A "Maintenance" page counts as an error page: MAS
serves one, with status 200, to agents it does not take for a browser.
"""
from __future__ import annotations

import html as htmllib
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .base import BlockedPage, ErrorPage
from .decode import nfc

INVISIBLE_TAGS = ["script", "style", "noscript", "template"]
# Elements a reader never sees, whatever they hold: a page can hide "signed" in one and it must not count.
# Stylesheet rules are not evaluated here (a browser source renders them); inline styles and attributes are.
HIDDEN_SELECTOR = '[hidden], [aria-hidden="true" i], input[type="hidden" i], [style*="display" i], [style*="visibility" i]'
_HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important\s*)?(?:;|$)",
                           re.IGNORECASE)
_MAY_HIDE = re.compile(r"hidden|display|visibility|<template", re.IGNORECASE)
# Elements that start a new line of text; inline ones (a, b, span, ...) join their neighbours.
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul",
})
# A challenge page is a few hundred characters; a real page with a Cloudflare script is much longer.
BLOCKED_MAX_TEXT = 3000
# Error pages can carry a site's whole menu and footer; a real article or listing is longer.
ERROR_MAX_TEXT = 5000

# Searched in the lower-cased raw HTML, scripts included. Cloudflare also injects a
# "challenge-platform/scripts/jsd" script into ordinary pages: that one is not a marker.
BLOCK_MARKERS = (
    "cf_chl_opt", "__cf_chl_", "cf-challenge", "cf-browser-verification", "challenge-platform/h/",
    "challenge-platform/orchestrate", "ddos-guard", "sucuri website firewall", "sucuri_cloudproxy",
    "_incapsula_resource", "incapsula incident id", "the requested url was rejected",
    "checking your browser before accessing", "enable javascript and cookies to continue",
    "verify you are human by completing",
)
_BLOCK_TITLE = re.compile(
    r"just a moment\W*|attention required!? \| cloudflare|please wait\W*(?:\| cloudflare)?"
    r"|checking your browser\W*|ddos-guard|ddos protection by ddos-guard|sucuri website firewall\b.*"
    r"|access denied|one more step|pardon our interruption|request rejected",
    re.IGNORECASE,
)
_CODE = r"(?:(?:http|error|ralat|lỗi|status)\s*:?\s*)*(?:[45]\d\d|5xx)(?:\s*error)?"
_PHRASE = r"""(?:
    (?:the\s+)?(?:page|file|document|resource|url)?\s*(?:was\s+|is\s+|could\s+not\s+be\s+|cannot\s+be\s+)?not\s+found
  | (?:that|this|the)\s+page\s+(?:can[’']?t|cannot|could\s+not)\s+be\s+found
  | (?:the\s+)?(?:page|resource)\s+(?:you\s+(?:requested|are\s+looking\s+for)\s+)?(?:does\s+not|doesn[’']?t)\s+exist
  | forbidden | bad\s+request | service\s+(?:temporarily\s+)?unavailable | internal\s+server\s+error
  | server\s+error(?:\s+in\s+'[^']*'\s+application)? | runtime\s+error | bad\s+gateway | gateway\s+time-?out
  | too\s+many\s+requests | (?:(?:web)?site|page)?\s*(?:is\s+)?(?:currently\s+)?under\s+maintenance
  | (?:(?:site|system|scheduled|planned)\s+)?maintenance(?:\s+(?:in\s+progress|mode|notice))?
  | down\s+for\s+(?:scheduled\s+)?maintenance | we(?:[’']ll|\s+will)\s+be\s+back\s+soon
  | (?:sedang\s+)?dalam\s+(?:pemeliharaan|penyelenggaraan|perbaikan) | ปิดปรับปรุง(?:ระบบ)?(?:ชั่วคราว)?
  | (?:hệ\s+thống\s+)?đang\s+bảo\s+trì
  | halaman\s+(?:yang\s+anda\s+cari\s+)?tidak\s+(?:ditemukan|tersedia|dijumpai) | laman\s+tidak\s+dijumpai
  | ไม่พบหน้า[\u0E00-\u0E7F]* | เกิดข้อผิดพลาด
  | không\s+tìm\s+thấy\s+trang(?:\s+(?:yêu\s+cầu|bạn\s+yêu\s+cầu|này))?
  | trang\s+(?:bạn\s+(?:tìm\s+kiếm|yêu\s+cầu)\s+)?không\s+tồn\s+tại
)"""
_ERROR_TITLE = re.compile(
    rf"""(?:(?:oops|whoops|sorry|maaf|ขออภัย|xin\s+lỗi|error)[!,.:]*\s*)?
    (?:{_CODE}(?:\s*[-–—:.]?\s*{_PHRASE})?|{_PHRASE}(?:\s*[-–—:(]?\s*{_CODE}\)?)?)[\s.!]*""",
    re.IGNORECASE | re.VERBOSE,
)
_MAINTENANCE = re.compile(r"maintenance|be\s+back\s+soon|pemeliharaan|penyelenggaraan|ปิดปรับปรุง|bảo\s+trì",
                          re.IGNORECASE)
_TITLE_SEPARATORS = re.compile(r"\s+[|–—:»·•-]+\s+|\s*\|\s*")
_BREAK = "\x00"  # marks a block boundary while text is gathered; lexbor never yields NUL in text
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|bdi|big|cite|code|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong"
    r"|sub|sup|time|tt|u|var)\b[^>]*>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|</?[a-zA-Z][^>]*>", re.IGNORECASE | re.DOTALL)
_LOOKS_HTML = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)


def parse_page(html: str) -> LexborHTMLParser:
    """Parse a whole page, refuse anti-bot and error pages, and drop what a reader never sees."""
    tree = LexborHTMLParser(html)
    drop_hidden(tree)
    check_page(tree, html)
    return tree


def drop_hidden(tree: LexborHTMLParser) -> None:
    """Remove what is never shown: scripts, styles, templates, and elements hidden by the ``hidden`` or
    ``aria-hidden="true"`` attribute or an inline ``display: none`` / ``visibility: hidden`` style."""
    tree.strip_tags(INVISIBLE_TAGS)
    hidden = [node for node in tree.css(HIDDEN_SELECTOR) if _is_hidden(node)]
    for node in reversed(hidden):  # innermost first: a node is never removed after its ancestor
        node.decompose()


def _is_hidden(node: LexborNode) -> bool:
    """The selector is a cheap first cut ("display" in a style is not always "none"); this decides."""
    attributes = node.attributes
    return ("hidden" in attributes or (attributes.get("aria-hidden") or "").lower() == "true"
            or (node.tag == "input" and (attributes.get("type") or "").lower() == "hidden")
            or _HIDING_STYLE.search(attributes.get("style") or "") is not None)


def check_page(tree: LexborHTMLParser, html: str) -> None:
    """Raise :class:`BlockedPage` or :class:`ErrorPage` when ``tree`` (parsed from ``html``) is one."""
    title = page_title(tree)
    lowered = html.lower()
    marker = next((marker for marker in BLOCK_MARKERS if marker in lowered), None)
    if (marker or _BLOCK_TITLE.fullmatch(title)) and _text_length(tree) <= BLOCKED_MAX_TEXT:
        reason = f"marker {marker!r}" if marker else f"title {title!r}"
        raise BlockedPage(f"anti-bot or challenge page ({reason})")
    headings = [title, *(visible_text(h1, one_line=True) for h1 in tree.css("h1")[:3])]
    for heading in headings:
        if _is_error_heading(heading) and _text_length(tree) <= ERROR_MAX_TEXT:
            if _MAINTENANCE.search(heading):
                raise ErrorPage(f"maintenance page: {heading!r} (some sites serve one, with status 200, to agents "
                                "they do not take for a browser)")
            raise ErrorPage(f"error page: {heading!r}")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts like an HTML document (doctype, ``<html>``, ``<head>`` or ``<body>``)."""
    return _LOOKS_HTML.match(text) is not None


def page_title(tree: LexborHTMLParser) -> str:
    node = tree.css_first("title")
    return visible_text(node, one_line=True) if node is not None else ""


def visible_text(node: LexborNode, *, one_line: bool = False) -> str:
    """The text a reader sees in ``node``: one line per block element (or all on ``one_line``), runs of
    whitespace collapsed, empty lines dropped. Invisible elements must have been stripped already."""
    parts: list[str] = []
    for child in node.traverse(include_text=True):
        previous = child.prev
        if child.tag in BLOCK_TAGS or (previous is not None and previous.tag in BLOCK_TAGS):
            parts.append(_BREAK)
        if child.is_text_node:
            parts.append(child.text_content or "")
    text = "".join(parts)
    if one_line:
        return collapse(text.replace(_BREAK, " "))
    # A new line in the HTML source is only a space; lines come from block elements.
    return _join_lines(text.split(_BREAK))


def strip_tags(fragment: str) -> str:
    """Plain one-line text of an HTML fragment (a feed summary, a JSON field); cheaper than parsing, unless
    the fragment may hide an element (then it is parsed, and the hidden elements dropped)."""
    if "<" in fragment and _MAY_HIDE.search(fragment):
        tree = LexborHTMLParser(fragment)
        drop_hidden(tree)
        return visible_text(tree.body, one_line=True) if tree.body is not None else ""
    if "<" in fragment:
        fragment = _ANY_TAG.sub(" ", _INLINE_TAG.sub("", fragment))
    if "&" in fragment:
        fragment = htmllib.unescape(fragment)
    return collapse(fragment)


def collapse_lines(text: str) -> str:
    """``text`` with its line breaks kept but whitespace collapsed inside lines and empty lines dropped.
    Only ``\n`` breaks a line: U+2028 and friends are spaces here, never record separators."""
    return _join_lines(text.split("\n"))


def _join_lines(lines: list[str]) -> str:
    """Whitespace collapsed within each line, empty lines dropped. ``str.split()`` splits on exactly what
    ``\\s`` matches, and is several times faster than a regex substitution."""
    return nfc("\n".join(line for line in (" ".join(part.split()) for part in lines) if line))


def collapse(text: str) -> str:
    """``text`` on one line: every run of whitespace (including U+2028) becomes one space; NFC."""
    return nfc(" ".join(text.split()))


def _is_error_heading(heading: str) -> bool:
    if not heading:
        return False
    return any(_ERROR_TITLE.fullmatch(part) for part in (heading, *_TITLE_SEPARATORS.split(heading)))


def _text_length(tree: LexborHTMLParser) -> int:
    return len(visible_text(tree.body)) if tree.body is not None else 0

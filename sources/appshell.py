"""Pages whose content is built by JavaScript: an application shell is a health error, never content.

Such a page still carries static text (a heading, filter labels, the footer). A ``region`` source on it
sees the same text forever and an ``items`` source finds nothing: silence instead of an alarm. The checks
here need a framework's mark *and* little visible text, so a server-rendered page of a Next.js or Angular
site (full of scripts, but with its content in the HTML) is never refused.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from .base import ScriptRendered

# Mount points that frameworks fill in the browser; empty in the HTML of a client-rendered page.
MOUNT_SELECTORS = ("#root", "#app", "#__next", "#__nuxt", "#___gatsby", "app-root", "[ng-app]",
                   "[data-reactroot]", "bot-listing-page")
# Raw-HTML marks of a client-rendered page (searched lower-cased, scripts included).
FRAMEWORK_MARKERS = ("__next_data__", "window.__nuxt__", "window.__initial_state__", "ng-version=",
                     "data-server-rendered", "self.__next_f", "/_next/static/", "webpackjsonp")
_ENABLE_JS = re.compile(
    r"(?:enable|turn\s+on|activate)\s+javascript|javascript\s+(?:is\s+)?(?:required|disabled|must\s+be\s+enabled)"
    r"|aktifkan\s+javascript|เปิด(?:การใช้งาน)?\s*javascript|bật\s+javascript",
    re.IGNORECASE,
)
SHELL_MAX_TEXT = 1500       # visible characters: a real listing or article has more than a shell
SCRIPT_HEAVY_RATIO = 5      # script bytes per visible character that make a short page a script page
FIX = ('watch the JSON endpoint the page calls as a `json` source (see the browser\'s network tab), '
       'or set fetch = "browser"')
SHELL = "the page is rendered by JavaScript"
# For a page a browser has already rendered, fetch = "browser" is no longer the fix.
RENDERED = "the page is still an application shell after rendering in the browser"
RENDERED_FIX = ("set wait_for to the selector of what the page builds, or watch the JSON endpoint it calls as a "
                "`json` source")


def check_app_shell(raw_html: str, tree: LexborHTMLParser, found: str) -> None:
    """Raise :class:`ScriptRendered` when the page is an application shell.

    ``tree`` is the page with invisible elements already stripped; ``found`` is the text the source
    extracted (a region's text, or ``""`` when no item matched); ``raw_html`` still holds the scripts.
    """
    reason = shell_reason(raw_html, tree, found)
    if reason:
        raise ScriptRendered(f"{SHELL} ({reason}): {FIX}")


def after_rendering(error: ScriptRendered) -> ScriptRendered:
    """The verdict ``error`` as it reads for a source whose page a browser rendered (``fetch = "browser"``)."""
    return ScriptRendered(str(error).replace(SHELL, RENDERED, 1).replace(FIX, RENDERED_FIX, 1))


def shell_reason(raw_html: str, tree: LexborHTMLParser, found: str) -> str | None:
    """Why the page looks like an application shell, or None. Each rule pairs a framework's mark with
    little text, in what the source found or on the whole page."""
    if len(found) > SHELL_MAX_TEXT:  # the page text is longer still: nothing below can apply
        return None
    page_text = " ".join((tree.body.text(deep=True) if tree.body is not None else "").split())
    short_page = len(page_text) <= SHELL_MAX_TEXT
    for selector in MOUNT_SELECTORS:
        node = tree.css_first(selector)
        if node is not None and not (node.text(deep=True) or "").strip():
            return f"empty {selector} element"
    notice = short_page and (_noscript_notice(raw_html) or _notice(page_text))
    if notice:
        return f"notice {notice!r}"
    lowered = raw_html.lower()
    marker = next((m for m in FRAMEWORK_MARKERS if m in lowered), None)
    if marker and short_page and not found.strip():
        return f"framework marker {marker!r} and nothing found"
    script_bytes = sum(len(m.group(0)) for m in _SCRIPT.finditer(raw_html))
    if short_page and script_bytes > SCRIPT_HEAVY_RATIO * max(len(page_text), 1):
        return f"{script_bytes} bytes of script for {len(page_text)} characters of text"
    return None


_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.IGNORECASE | re.DOTALL)
_NOSCRIPT = re.compile(r"<noscript\b[^>]*>(.*?)</noscript\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def _notice(text: str) -> str | None:
    match = _ENABLE_JS.search(text)
    return text[max(match.start() - 20, 0):match.end() + 20].strip() if match else None


def _noscript_notice(raw_html: str) -> str | None:
    """The text of a ``noscript`` block asking to enable JavaScript (tracking pixels do not count)."""
    for block in _NOSCRIPT.finditer(raw_html):
        text = " ".join(_TAG.sub(" ", block.group(1)).split())
        if text and _ENABLE_JS.search(text):
            return text[:80]
    return None

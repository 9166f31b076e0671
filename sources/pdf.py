"""Kind ``pdf``: the text of a PDF (a gazette issue, a bill), via pypdf, imported only when a PDF is parsed.

pypdf raises many kinds of exceptions on damaged files; they are all translated here into
:class:`ParseError`, so a broken download is a source-health event and never a content change.
"""
from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from .base import EmptyResult, Kind, Page, ParseError, register
from .decode import decode
from .htmltext import collapse_lines, looks_like_html, parse_page

# The PDF header may follow some junk; readers accept it within the first kilobyte.
HEADER_WINDOW = 1024
SNIFF_BYTES = 65536  # enough of a non-PDF body to tell an HTML page from other bytes


@register
class PdfKind(Kind):
    """A PDF document: its text, page after page."""

    name = "pdf"

    def parse(self, body: bytes, *, url: str, content_type: str | None, settings: Mapping[str, Any]) -> Page:
        if b"%PDF-" not in body[:HEADER_WINDOW]:
            text = decode(body[:SNIFF_BYTES], content_type)
            if looks_like_html(text):
                parse_page(text)  # raises BlockedPage or ErrorPage when the HTML is one
                raise ParseError(f"{url} returned an HTML page, not a PDF")
            raise ParseError(f"{url} is not a PDF (no %PDF- header)")
        text = _extract(body, url)
        if not text:
            raise EmptyResult(f"{url}: the PDF has no extractable text (a scanned image?)")
        return Page(items=None, text=text)


def _extract(body: bytes, url: str) -> str:
    from pypdf import PdfReader  # imported late: only PDF sources need it

    try:
        reader = PdfReader(io.BytesIO(body))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ParseError(f"{url}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ParseError:
        raise
    except Exception as exc:  # pypdf raises PdfReadError, but also ValueError, KeyError, ... on damage
        raise ParseError(f"{url}: broken PDF ({type(exc).__name__}: {exc})") from exc
    return collapse_lines("\n".join(pages))

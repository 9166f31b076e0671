"""Source kinds: fetched bytes plus a source's settings -> a :class:`Page` of items or text.

Pure functions: no network, no database, no ``monitor``. ``KINDS`` maps a config's ``kind`` (feed, html,
json, pdf) to its parser. Importing this package stays cheap: feedparser, pypdf and charset-normalizer
are imported only when a feed, a PDF or a page without a usable charset is parsed.
"""
from __future__ import annotations

from . import feed, html, jsonapi, pdf  # noqa: F401  (each module registers its kind)
from .base import (
    KINDS,
    BlockedPage,
    EmptyResult,
    ErrorPage,
    Item,
    Kind,
    NotAFeed,
    Page,
    ParseError,
    ScriptRendered,
    SettingsError,
    SourceError,
)
from .decode import decode

__all__ = [
    "KINDS",
    "BlockedPage",
    "EmptyResult",
    "ErrorPage",
    "Item",
    "Kind",
    "NotAFeed",
    "Page",
    "ParseError",
    "ScriptRendered",
    "SettingsError",
    "SourceError",
    "decode",
]

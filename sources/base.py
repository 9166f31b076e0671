"""What every source kind shares: the parsed result, the errors, and the kind registry.

A source kind turns fetched bytes into items (title, link, date, text) or a page text. Kinds are pure:
no network, no database, no import of ``monitor``. Each kind is a subclass of :class:`Kind` that names
itself and declares its config keys; :data:`KINDS` maps the config's ``kind`` to an instance.

Exceptions::

    SourceError            the fetched bytes are not usable content (a source-health event, never a change)
    ├── BlockedPage        an anti-bot or challenge page (Cloudflare "Just a moment", ...)
    ├── ErrorPage          an HTML error page, even one served with status 200
    ├── NotAFeed           a feed URL that returned something else (an HTML landing page)
    ├── EmptyResult        a selector or path that matched nothing
    ├── ScriptRendered     an application shell: the content is built by JavaScript in the browser
    ├── ParseError         bytes that cannot be parsed (truncated feed, broken PDF, bad JSON)
    └── SettingsError      the source's settings can never work (bad CSS selector, bad path)
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import urljoin


class SourceError(Exception):
    """Fetched bytes that are not usable content."""


class BlockedPage(SourceError):
    """An anti-bot or challenge page stood where the content should be."""


class ErrorPage(SourceError):
    """An HTML error page ("404 Not Found", "Service Unavailable"), whatever the HTTP status said."""


class NotAFeed(SourceError):
    """A feed source returned something that is not RSS or Atom."""


class EmptyResult(SourceError):
    """The configured selector or path matched nothing: the page changed shape or is rendered by JS."""


class ScriptRendered(SourceError):
    """The page is an application shell whose content JavaScript builds in the browser: the HTML holds
    only static labels, so the source must read the page's JSON endpoint or use a browser fetch."""


class ParseError(SourceError):
    """The bytes could not be parsed at all."""


class SettingsError(SourceError, ValueError):
    """A setting can never work, whatever is fetched (a CSS selector that does not parse, a bad path)."""


@dataclass(frozen=True, kw_only=True)
class Item:
    """One entry of a listing or feed. ``key`` identifies it across fetches (guid, id, else link)."""

    key: str
    title: str
    link: str | None = None
    date: str | None = None
    text: str = ""


@dataclass(frozen=True, kw_only=True)
class Page:
    """What a kind extracted: a list of items, or (``items is None``) a single page text."""

    items: list[Item] | None = None
    text: str = ""


class Kind:
    """A kind of source. Subclasses set ``name``, ``required`` and ``optional`` and implement ``parse``;
    ``body_type`` is the media type of the request bodies ``request`` builds (sent as Content-Type)."""

    name: ClassVar[str]
    required: ClassVar[tuple[str, ...]] = ()
    optional: ClassVar[tuple[str, ...]] = ()
    body_type: ClassVar[str | None] = None

    def parse(self, body: bytes, *, url: str, content_type: str | None, settings: Mapping[str, Any]) -> Page:
        """Turn the fetched ``body`` of ``url`` into a :class:`Page`, or raise a :class:`SourceError`."""
        raise NotImplementedError

    def check_settings(self, settings: Mapping[str, Any]) -> None:
        """Raise :class:`SettingsError` for a setting that can never work, so a config is rejected at
        load time rather than failing on every fetch. The default accepts everything."""

    def request(self, settings: Mapping[str, Any], page: int) -> tuple[str, bytes | None] | None:
        """The HTTP method and body for page ``page`` (0-based); ``None`` when the kind does not paginate
        beyond page 0. The default is a single GET."""
        return ("GET", None) if page == 0 else None


def join_link(base: str, href: str) -> str | None:
    """``href`` resolved against ``base``; None for a link that cannot be parsed (``http://[oops/x``): such a
    link is dropped from its item, and the rest of the page is read as usual."""
    try:
        return urljoin(base, href)
    except ValueError:
        return None


KINDS: dict[str, Kind] = {}


def register(kind_class: type[Kind]) -> type[Kind]:
    """Class decorator: make ``kind_class`` available under its ``name`` in the config."""
    KINDS[kind_class.name] = kind_class()
    return kind_class

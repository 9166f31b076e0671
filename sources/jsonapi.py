"""Kind ``json``: records of a JSON API (law.go.th hearings, the vbpl.vn gateway), one item per record.

Paths are dotted (``data.items``; a number indexes a list; ``""`` or ``"."`` is the top level); ``text`` may
list several paths, joined in order (``["docNum", "docAbs"]``), and a record without them has no text
rather than the whole record (whose every edit would look like news). A paginated API is asked page after
page through :meth:`JsonKind.request`; the fetcher stops at the first page that parses to zero items,
because law.go.th's ``lastPage`` is wrong. GET query parameters belong in the source's ``url``. Record text is never split into lines:
law.go.th puts U+2028 inside fields, and ``str.splitlines`` would cut a record in two.
"""
from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any

from .base import EmptyResult, Item, Kind, Page, ParseError, SettingsError, join_link, register
from .decode import decode
from .htmltext import looks_like_html, parse_page, strip_tags

FIELD_KEYS = ("title", "link", "date", "text", "key")
METHODS = ("GET", "POST")
DEFAULT_PAGE_START = 0
DEFAULT_MAX_PAGES = 50
TITLE_MAX = 120  # a record with no title field is titled by the start of its text
_MISSING = object()


@register
class JsonKind(Kind):
    """A JSON API: one item per record of the list at the `items` path, paginated through a body field."""

    name = "json"
    required = ("items",)
    optional = (*FIELD_KEYS, "link_template", "method", "body", "page_field", "page_start", "max_pages")
    body_type = "application/json"

    def check_settings(self, settings: Mapping[str, Any]) -> None:
        for key in ("items", *FIELD_KEYS, "link_template", "page_field"):
            value = settings.get(key, "")
            several = key == "text" and isinstance(value, list) and value and all(isinstance(v, str) for v in value)
            if not isinstance(value, str) and not several:
                wanted = "a string or a list of strings" if key == "text" else "a string"
                raise SettingsError(f"{key}: expected {wanted}, got {value!r}")
        if "items" not in settings:
            raise SettingsError("items: required (the dotted path of the list of records)")
        for key in ("items", *FIELD_KEYS):
            if key in settings:
                _paths(settings, key)
        if str(settings.get("method", "GET")).upper() not in METHODS:
            raise SettingsError(f"method: expected one of {', '.join(METHODS)}, got {settings['method']!r}")
        if "body" in settings and not isinstance(settings["body"], Mapping):
            raise SettingsError(f"body: expected a table, got {settings['body']!r}")
        for key, least in (("page_start", 0), ("max_pages", 1)):
            value = settings.get(key, least)
            if not isinstance(value, int) or isinstance(value, bool) or value < least:
                raise SettingsError(f"{key}: expected a whole number >= {least}, got {value!r}")

    def request(self, settings: Mapping[str, Any], page: int) -> tuple[str, bytes | None] | None:
        self.check_settings(settings)
        method = str(settings.get("method", "GET")).upper()
        body = settings.get("body")
        if "page_field" not in settings:
            return (method, _dump(body) if body is not None else None) if page == 0 else None
        if page >= settings.get("max_pages", DEFAULT_MAX_PAGES):
            return None
        payload = copy.deepcopy(dict(body or {}))
        _set(payload, _path(settings, "page_field"), settings.get("page_start", DEFAULT_PAGE_START) + page)
        return method, _dump(payload)

    def parse(self, body: bytes, *, url: str, content_type: str | None, settings: Mapping[str, Any]) -> Page:
        self.check_settings(settings)
        text = decode(body, content_type)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            if looks_like_html(text):
                parse_page(text)  # raises BlockedPage or ErrorPage when the HTML is one
                raise ParseError(f"{url} returned an HTML page, not JSON") from exc
            raise ParseError(f"{url} returned invalid JSON: {exc}") from exc
        path = _path(settings, "items")
        records = _get(data, path)
        if records is _MISSING:
            raise EmptyResult(f"items path {settings['items']!r} not found in the JSON")
        if not isinstance(records, list):
            raise EmptyResult(f"items path {settings['items']!r} is a {type(records).__name__}, not a list")
        items: dict[str, Item] = {}
        for record in records:
            item = _item(record, url, settings)
            if item is not None:
                items.setdefault(item.key, item)  # a repeated key keeps its first record: stable, explicit
        return Page(items=list(items.values()))


def _item(record: Any, url: str, settings: Mapping[str, Any]) -> Item | None:
    """The record as an item; None for an empty record (``{}``, ``null``), which nothing can identify."""
    text = _field(record, settings, "text") if "text" in settings else _text(record)
    title = _field(record, settings, "title") or text[:TITLE_MAX]
    link = _field(record, settings, "link") or _from_template(record, settings.get("link_template"))
    link = join_link(url, link) if link else None
    key = _field(record, settings, "key") or link or title or text
    if not key:
        return None
    return Item(key=key, title=title, link=link, date=_field(record, settings, "date") or None, text=text)


def _field(record: Any, settings: Mapping[str, Any], key: str) -> str:
    """The text at the setting's path (or paths, joined with " — "); "" when absent."""
    if key not in settings:
        return ""
    values = (_get(record, path) for path in _paths(settings, key))
    return " — ".join(text for value in values if value is not _MISSING and (text := _text(value)))


def _from_template(record: Any, template: str | None) -> str | None:
    """``template`` filled with the record's top-level fields; None when the record lacks one."""
    if not template or not isinstance(record, Mapping):
        return None
    try:
        return template.format_map(record)
    except (KeyError, IndexError, ValueError, AttributeError):
        return None


def _text(value: Any) -> str:
    """One line of plain text for any JSON value: markup stripped, whitespace (U+2028 too) collapsed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return strip_tags(value)
    if isinstance(value, Mapping):
        return "; ".join(f"{key}: {text}" for key, item in value.items() if (text := _text(item)))
    if isinstance(value, list):
        return " ".join(filter(None, map(_text, value)))
    return str(value)


def _paths(settings: Mapping[str, Any], key: str) -> list[tuple[str, ...]]:
    specs = settings[key]
    return [_parse_path(spec, key) for spec in ([specs] if isinstance(specs, str) else specs)]


def _path(settings: Mapping[str, Any], key: str) -> tuple[str, ...]:
    return _parse_path(settings[key], key)


def _parse_path(spec: str, key: str) -> tuple[str, ...]:
    spec = spec.strip()
    if spec in ("", "."):
        return ()
    parts = tuple(spec.split("."))
    if not all(parts):
        raise SettingsError(f"{key}: {spec!r} is not a dotted path like 'data.items'")
    return parts


def _get(value: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return _MISSING
    return value


def _set(payload: dict[str, Any], path: tuple[str, ...], value: int) -> None:
    if not path:
        raise SettingsError("page_field: must name a field inside body, like 'page'")
    for part in path[:-1]:
        payload = payload.setdefault(part, {})
        if not isinstance(payload, dict):
            raise SettingsError(f"page_field: {part!r} in body is not a table")
    payload[path[-1]] = value


def _dump(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

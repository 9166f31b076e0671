"""Change detection, pure: normalise what a source kind extracted, hash it, and diff two versions.

Normalising (Unicode NFC, collapsed whitespace, the source's ``ignore`` regexes removed, on RE2 through
:mod:`monitor.patterns`) happens before hashing, so re-spaced text, a reordered item list or an "updated at"
line is not a change. Items are compared by key: added, removed, modified (with before and after). An item
that comes back after dropping off a listing is not "added" if any recent version had it.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from monitor.patterns import Pattern, compile_pattern, time_limit
from sources import KINDS, Item, Page

ITEM_FIELDS = ("key", "title", "link", "date", "text")
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\ufeff")  # count as spaces
_NUL = str.maketrans("", "", "\x00")  # PostgreSQL stores no NUL in text or JSON: cleaned before anything is stored


@dataclass(frozen=True)
class Content:
    """A normalised version of a source: ``items`` (dicts of ITEM_FIELDS) or ``text`` (lines)."""

    items: tuple[dict, ...] | None = None
    text: str | None = None
    hash: str = field(default="", compare=False)

    def to_bytes(self) -> bytes:
        body = {"items": list(self.items)} if self.items is not None else {"text": self.text}
        # Level 1: a third of level 6's time on a listing's JSON, for a snapshot about 10 % larger.
        return zlib.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(), 1)

    @classmethod
    def from_bytes(cls, data: bytes, content_hash: str) -> Content:
        """A stored version; its hash is stored beside it (hashing again would be a second JSON dump)."""
        body = json.loads(zlib.decompress(data))
        if "items" in body:
            return cls(items=tuple(body["items"]), hash=content_hash)
        return cls(text=body["text"], hash=content_hash)

    @property
    def keys(self) -> set[str]:
        return {item["key"] for item in self.items or ()}


@dataclass(frozen=True, kw_only=True)
class Diff:
    """What changed between two versions. Empty when the differences were only noise."""

    added: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    modified: list[dict] = field(default_factory=list)
    text_diff: str | None = None

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.modified)


def clean(text: str, ignore: Iterable[Pattern] = ()) -> str:
    """NFC, the ignored patterns removed, spaces collapsed within lines, blank lines dropped."""
    text = unicodedata.normalize("NFC", text.translate(_NUL))
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\r", "\n")
    for pattern in ignore:
        text = pattern.remove(text)
    for char in _ZERO_WIDTH:
        text = text.replace(char, " ")
    lines = (" ".join(line.split()) for line in text.split("\n"))  # split() is faster than a regex here
    return "\n".join(line for line in lines if line)


def parse(kind: str, body: bytes, url: str, content_type: str | None, settings: dict) -> Page:
    """What source kind ``kind`` extracts from ``body`` (runs in a parsing process)."""
    return KINDS[kind].parse(body, url=url, content_type=content_type, settings=settings)


def extract(kind: str, body: bytes, url: str, content_type: str | None, settings: dict,
            ignore: tuple[str, ...], pattern_timeout: float) -> tuple[str, bytes]:
    """Parse and normalise one fetched body (runs in a parsing process, so it lives here and not in
    monitor.checking, whose imports would double a parsing process's memory). Returns the content's hash and
    its compressed form: a few KB to send back and to hold until written, where the items are ten times that.
    The ``ignore`` patterns get ``pattern_timeout`` seconds in all (PatternTimeout past it)."""
    page = parse(kind, body, url, content_type, settings)
    with time_limit(pattern_timeout):
        content = normalise(page, ignore)
    return content.hash, content.to_bytes()


def normalise(page: Page, ignore: Iterable[str] = ()) -> Content:
    """The normalised, hashed Content of what a source kind extracted."""
    patterns = [compile_pattern(p) for p in ignore]
    if page.items is None:
        return make_text(clean(page.text, patterns))
    return make_items(tuple(_item(item, patterns) for item in _unique(page.items)))


def _unique(items: list[Item]) -> list[Item]:
    """First occurrence of each key: a listing that repeats an item (a "featured" box) is one item."""
    seen: dict[str, Item] = {}
    for item in items:
        seen.setdefault(item.key, item)
    return list(seen.values())


def _item(item: Item, patterns: list[Pattern]) -> dict:
    return {"key": item.key.translate(_NUL), "title": clean(item.title, patterns).replace("\n", " "),
            "link": item.link.translate(_NUL) if item.link else item.link,
            "date": item.date.translate(_NUL) if item.date else item.date,
            "text": clean(item.text, patterns).replace("\n", " ")}


def make_items(items: tuple[dict, ...]) -> Content:
    """Items hashed in key order, so a reordered listing hashes the same."""
    ordered = sorted(items, key=lambda i: i["key"])
    digest = hashlib.sha256(json.dumps(ordered, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
    return Content(items=items, hash=digest)


def make_text(text: str) -> Content:
    return Content(text=text, hash=hashlib.sha256(text.encode()).hexdigest())


def diff(old: Content, new: Content, *, recent_keys: set[str] = frozenset()) -> Diff:
    """Items added/removed/modified, or a unified diff of lines (whose added lines count as added)."""
    if new.items is None or old.items is None:
        return _text_diff(_as_text(old), _as_text(new))
    before = {item["key"]: item for item in old.items}
    after = {item["key"]: item for item in new.items}
    added = [i for k, i in after.items() if k not in before and k not in recent_keys]
    removed = [i for k, i in before.items() if k not in after]
    modified = [{"key": k, "before": before[k], "after": i} for k, i in after.items()
                if k in before and before[k] != i]
    return Diff(added=added, removed=removed, modified=modified)


def _as_text(content: Content) -> str:
    if content.items is None:
        return content.text or ""
    return "\n".join(f"{i['title']} {i['text']}".strip() for i in content.items)


def _text_diff(old: str, new: str) -> Diff:
    old_lines, new_lines = old.split("\n"), new.split("\n")
    unified = "\n".join(difflib.unified_diff(old_lines, new_lines, "before", "after", n=1, lineterm=""))
    seen = set(old_lines)
    added = [{"text": line} for line in new_lines if line and line not in seen]
    removed_set = set(new_lines)
    removed = [{"text": line} for line in old_lines if line and line not in removed_set]
    return Diff(added=added, removed=removed, text_diff=unified or None)

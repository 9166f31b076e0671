"""What a pass knows and finds of each source, between fetching and writing."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from monitor.settings import SourceConfig

STATES = ("changed", "unchanged", "not_modified", "baseline", "failed")


@dataclass(frozen=True, kw_only=True)
class Known:
    """What the database knew of a source before this pass."""

    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    settings_hash: str | None = None


@dataclass(kw_only=True)
class Outcome:
    """The result of checking one source, before it is written."""

    source: SourceConfig
    state: str
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    content_hash: str | None = None
    snapshot: bytes | None = None  # the parsed content, compressed (Content.to_bytes)
    change_id: int | None = None


@dataclass
class Summary:
    """Counts per state and the failures, for the one-line report."""

    counts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    changes: list[int] = field(default_factory=list)

    def line(self) -> str:
        total = sum(self.counts.values())
        parts = [f"{self.counts[s]} {s.replace('_', ' ')}" for s in STATES if self.counts[s]]
        return f"Checked {total} source{'s' if total != 1 else ''}: {', '.join(parts) or 'nothing due'}."

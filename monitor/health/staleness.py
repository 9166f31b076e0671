"""Sources whose extracted content has not changed for longer than their ``stale_after``.

A listing that never moves usually means a source that stopped reading the right thing (a page rebuilt in
JavaScript, a selector that now matches a static block), not a quiet regulator. Staleness is shown in
``sources``, ``status`` and the digest; it never raises an alert. A snapshot is stored only when the
content changed, so the newest snapshot's time is when the content last changed.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.settings import SourceConfig
from storage.models import Snapshot


@dataclass(frozen=True, kw_only=True)
class Freshness:
    """When a source's content last changed, and whether that is longer ago than it should be."""

    source_id: str
    last_changed_at: datetime | None
    stale: bool
    days_unchanged: int | None


def last_changes(session: Session) -> dict[str, datetime]:
    """Source id -> time of its newest stored snapshot (the last time its content changed)."""
    rows = session.execute(select(Snapshot.source_id, func.max(Snapshot.fetched_at)).group_by(Snapshot.source_id))
    return {source_id: moment for source_id, moment in rows if moment is not None}


def freshness(specs: Iterable[SourceConfig], changed: dict[str, datetime], now: datetime) -> dict[str, Freshness]:
    """The freshness of every source in ``specs``, from ``last_changes``."""
    found = {}
    for spec in specs:
        moment = changed.get(spec.id)
        age = now - moment if moment is not None else None
        found[spec.id] = Freshness(source_id=spec.id, last_changed_at=moment,
                                   stale=age is not None and age > spec.stale_after,
                                   days_unchanged=age.days if age is not None else None)
    return found


def stale_sources(session: Session, specs: Iterable[SourceConfig], now: datetime) -> list[Freshness]:
    """The stale sources, longest unchanged first."""
    stale = [f for f in freshness(specs, last_changes(session), now).values() if f.stale]
    return sorted(stale, key=lambda f: (-(f.days_unchanged or 0), f.source_id))

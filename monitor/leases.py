"""Who checks which source when several workers share one database.

A worker claims due sources with one guarded UPDATE (and ``FOR UPDATE SKIP LOCKED`` on PostgreSQL): a
source is due when its next check time has come and nobody holds an unexpired lease on it (judged on the
database's clock, storage.claims). A running pass renews its leases; the check's writer clears the leases it
holds and sets the next due time, so a source is fetched once per interval however many workers run; a
crashed worker's lease expires and its sources are taken over.
"""
from __future__ import annotations

import os
import random
import socket
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update

from monitor.app import App
from monitor.settings import SourceConfig
from storage.claims import claim as claim_rows
from storage.claims import renew as renew_rows
from storage.models import Source


def worker_id() -> str:
    """host:pid, so a lease names who holds it."""
    return f"{socket.gethostname()}:{os.getpid()}"


def claim_due(app: App, owner: str, limit: int = 500) -> list[SourceConfig]:
    """Atomically lease up to ``limit`` due sources to ``owner``; their configs, in config order."""
    now = app.now()
    configured = {s.id: s for s in app.config.sources}
    due = (Source.id.in_(configured), or_(Source.next_due_at.is_(None), Source.next_due_at <= now))
    with app.transaction() as session:
        mine = set(claim_rows(session, Source, due, order_by=Source.next_due_at, limit=limit,
                              owner_column=Source.lease_owner, until_column=Source.lease_until, owner=owner,
                              lease=app.config.daemon.lease))
    return [s for s in app.config.sources if s.id in mine]


def renew(app: App, owner: str) -> int:
    """Extend ``owner``'s leases on sources by a full lease (a pass still running keeps its sources)."""
    with app.transaction() as session:
        return renew_rows(session, Source, owner_column=Source.lease_owner, until_column=Source.lease_until,
                          owner=owner, lease=app.config.daemon.lease)


def release(app: App, owner: str) -> None:
    """Give back every lease ``owner`` holds (on a clean shutdown), so other workers need not wait."""
    with app.transaction() as session:
        session.execute(update(Source).where(Source.lease_owner == owner).values(lease_owner=None, lease_until=None))


FIRST_CHECK_WINDOW = 10  # ticks over which never-checked sources are spread, so a new install starts soon


def spread(app: App) -> None:
    """At start-up, give sources that are due a due time spread over their interval (never-checked ones over
    the first few ticks), so a restart never fires every source at once. Scheduled sources keep their time."""
    now = app.now()
    configured = {s.id: s for s in app.config.sources}
    first_window = app.config.daemon.tick * FIRST_CHECK_WINDOW
    with app.transaction() as session:
        for row in session.scalars(select(Source).where(Source.id.in_(configured))):
            if row.next_due_at is None or row.next_due_at <= now:
                window = configured[row.id].interval if row.last_checked_at else first_window
                row.next_due_at = now + min(window, configured[row.id].interval) * random.random()


def next_due(now: datetime, interval: timedelta, jitter: float) -> datetime:
    """The next check time: one interval later, give or take ``jitter`` of it."""
    return now + interval * (1 + random.uniform(-jitter, jitter))

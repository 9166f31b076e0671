"""Atomic claims on rows, the same on SQLite and PostgreSQL: how several workers share one queue.

The due rows are picked with ``FOR UPDATE SKIP LOCKED`` (PostgreSQL; SQLite serialises writers anyway), then
claimed by one UPDATE guarded by the same conditions, so a row another worker claimed in between is not
taken twice: under PostgreSQL's READ COMMITTED the guard is re-checked on the row's newest version.

A claim is a lease, and lease expiry is judged on the database's clock (``now()`` on PostgreSQL), which every
worker sharing the database reads alike: machines whose clocks differ by minutes still agree on whether a
lease has run out. A SQLite file lives on one machine, whose clock is then the database's.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session


def database_now(session: Session) -> datetime:
    """The database's current time (UTC): what leases are measured against."""
    if session.get_bind().dialect.name == "postgresql":
        return session.scalar(select(func.now())).astimezone(timezone.utc)
    return datetime.now(timezone.utc)


def claim(session: Session, model: Any, due: tuple, *, order_by: Any, limit: int,
          owner_column: InstrumentedAttribute, until_column: InstrumentedAttribute, owner: str,
          lease: timedelta) -> list:
    """Ids of up to ``limit`` rows of ``model`` matching ``due`` and held by nobody (or by an expired lease),
    now held by ``owner`` for ``lease``."""
    clock = database_now(session)
    free = (*due, or_(until_column.is_(None), until_column < clock))
    until = clock + lease
    picked = select(model.id).where(*free).order_by(order_by).limit(limit).with_for_update(skip_locked=True)
    ids = list(session.scalars(picked))
    if not ids:
        return []
    session.execute(update(model).where(model.id.in_(ids), *free)
                    .values({owner_column.key: owner, until_column.key: until}))
    return list(session.scalars(select(model.id).where(model.id.in_(ids), owner_column == owner,
                                                       until_column == until).order_by(order_by)))


def renew(session: Session, model: Any, *, owner_column: InstrumentedAttribute,
          until_column: InstrumentedAttribute, owner: str, lease: timedelta) -> int:
    """Extend every lease ``owner`` holds on ``model`` to ``lease`` from now; how many there were."""
    until = database_now(session) + lease
    result = session.execute(update(model).where(owner_column == owner, until_column.is_not(None))
                             .values({until_column.key: until}))
    return result.rowcount

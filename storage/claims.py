"""Atomic claims on rows, the same on SQLite and PostgreSQL: how several workers share one queue.

The due rows are picked with ``FOR UPDATE SKIP LOCKED`` (PostgreSQL; SQLite serialises writers anyway), then
claimed by one UPDATE guarded by the same conditions, so a row another worker claimed in between is not
taken twice: under PostgreSQL's READ COMMITTED the guard is re-checked on the row's newest version.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import InstrumentedAttribute, Session


def claim(session: Session, model: Any, free: tuple, *, order_by: Any, limit: int,
          owner_column: InstrumentedAttribute, until_column: InstrumentedAttribute, owner: str,
          until: datetime) -> list:
    """Ids of up to ``limit`` rows of ``model`` matching ``free``, now held by ``owner`` until ``until``."""
    due = select(model.id).where(*free).order_by(order_by).limit(limit).with_for_update(skip_locked=True)
    ids = list(session.scalars(due))
    if not ids:
        return []
    session.execute(update(model).where(model.id.in_(ids), *free)
                    .values({owner_column.key: owner, until_column.key: until}))
    return list(session.scalars(select(model.id).where(model.id.in_(ids), owner_column == owner,
                                                       until_column == until).order_by(order_by)))

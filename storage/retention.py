"""Snapshot retention: each source keeps its newest versions, and every version that is evidence of a move.

A page with one rotating token (a session id, a view counter) stores a new snapshot at every check, about
17 KB each, for ever. Pruning keeps, per source, the ``keep`` newest snapshots, the one its current content
is (a flip-flop can point back at an older one), and every snapshot named as evidence by a milestone's
history or by a proposal. Deleting a snapshot deletes the change detected with it (ON DELETE CASCADE): a
source's change list then reaches back ``keep`` versions.
"""
from __future__ import annotations

from sqlalchemy import and_, delete, func, select, union
from sqlalchemy.orm import Session

from storage.models import HistoryEntry, Proposal, Snapshot, Source


def prune_snapshots(session: Session, keep: int) -> int:
    """Delete the snapshots no rule keeps; returns how many were deleted."""
    ranked = select(Snapshot.id, func.row_number().over(
        partition_by=Snapshot.source_id, order_by=Snapshot.id.desc()).label("rank")).subquery()
    evidence = union(select(HistoryEntry.snapshot_id).where(HistoryEntry.snapshot_id.is_not(None)),
                     select(Proposal.snapshot_id).where(Proposal.snapshot_id.is_not(None)))
    current = select(Snapshot.id).join(Source, and_(Source.id == Snapshot.source_id,
                                                    Source.content_hash == Snapshot.content_hash))
    doomed = (select(ranked.c.id).where(ranked.c.rank > keep)
              .where(ranked.c.id.not_in(evidence)).where(ranked.c.id.not_in(current)))
    result = session.execute(delete(Snapshot).where(Snapshot.id.in_(doomed)).execution_options(
        synchronize_session=False))
    return result.rowcount or 0

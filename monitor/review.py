"""Proposals that need a person: a plausible but uncertain status move, or news of a new expected date.
Accepting applies the move (and alerts like any status change); rejecting keeps the milestone as it is.
Both are recorded in the milestone's history."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.settings import Config
from monitor.errors import NotFoundError, RegwatchError
from monitor.fuzzydate import FuzzyDate
from monitor.lifecycle import is_forward
from monitor.milestones import Evidence, move, record, set_expected
from monitor.events import status_key, supersede
from monitor.outbox import raise_alert
from storage.models import Milestone, Proposal


def pending(session: Session, *, everything: bool = False) -> list[Proposal]:
    query = select(Proposal).order_by(Proposal.id)
    return list(session.scalars(query if everything else query.where(Proposal.state == "pending")))


def decide(session: Session, config: Config, proposal_id: int, *, accept: bool, now: datetime,
           note: str | None = None) -> Proposal:
    """Accept or reject a pending proposal, and record the decision in the milestone's history."""
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFoundError(f"no proposal {proposal_id} (see `regwatch review`)")
    if proposal.state != "pending":
        raise RegwatchError(f"proposal {proposal_id} was already {proposal.state}")
    row = session.get(Milestone, proposal.milestone_id, with_for_update=True)
    evidence = Evidence(date=proposal.event_date, source_id=proposal.source_id, url=proposal.url,
                        excerpt=proposal.excerpt, snapshot_id=proposal.snapshot_id,
                        note=note or f"{'accepted' if accept else 'rejected'} proposal #{proposal.id}")
    if not accept:
        record(row, actor="review", now=now, evidence=evidence)
    elif proposal.kind == "expected":
        set_expected(row, proposal.proposed_status or row.expected_status, FuzzyDate.parse(proposal.proposed_date), actor="review", now=now,
                     evidence=evidence)
    else:
        if not is_forward(row.status, proposal.proposed_status):
            raise RegwatchError(f"{row.id} is already {row.status}; use `regwatch milestone set` to move it")
        old = row.status
        move(row, proposal.proposed_status, actor="review", now=now, evidence=evidence)
        supersede(session, row, now)
        raise_alert(session, config.notifiers, kind="status_change", now=now,
                    dedupe_key=status_key(session, row.id, proposal.proposed_status), jurisdiction=row.jurisdiction,
                    milestone_id=row.id, old_status=old, new_status=proposal.proposed_status,
                    event_date=proposal.event_date, url=proposal.url, excerpt=proposal.excerpt,
                    source_id=proposal.source_id, detail=f"accepted on review (proposal #{proposal.id})")
    proposal.state, proposal.decided_at = ("accepted" if accept else "rejected"), now
    return proposal

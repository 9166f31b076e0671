"""A person's move of a milestone (``regwatch milestone set``), and the correction it owes to the channels.

When a person moves a milestone back from a status regwatch had announced ("adopted" on a misread report),
every channel that received that wrong move gets a ``correction`` alert, and the digest lists it. The
correction also opens a new round for the status: a later real move to it is a new event and alerts again
(the move's dedupe key counts corrections, :func:`monitor.events.status_key`). One ``milestone set`` writes
one history entry, whatever it changes.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.fuzzydate import FuzzyDate
from monitor.lifecycle import reached
from monitor.milestones import Evidence, apply_expected, record
from monitor.outbox import raise_alert
from monitor.settings import Config
from storage.models import Alert, Delivery, HistoryEntry, Milestone

KEEP = object()  # "leave the expected status and date as they are"


def person_set(session: Session, config: Config, row: Milestone, *, status: str | None, now: datetime,
               evidence: Evidence, expected: tuple[str | None, FuzzyDate | None] | object = KEEP) -> HistoryEntry:
    """Apply a person's status and/or expected change as one history entry; raise the correction if it
    takes back a move that was alerted."""
    old = row.status
    if status:
        row.status = status
        if row.expected_status and reached(status, row.expected_status):
            apply_expected(row, None, None)
    if expected is not KEEP:
        apply_expected(row, *expected)  # type: ignore[misc]
    entry = record(row, actor="person", now=now, evidence=evidence, old_status=old)
    if status and status != old:
        session.flush()
        _correct(session, config, row, old, entry, now)
    return entry


def _correct(session: Session, config: Config, row: Milestone, old: str, entry: HistoryEntry,
             now: datetime) -> Alert | None:
    """A ``correction`` to every channel that was sent a move the milestone no longer stands at."""
    since = session.scalar(select(Alert.created_at).where(Alert.kind == "correction", Alert.milestone_id == row.id)
                           .order_by(Alert.created_at.desc()).limit(1))
    query = select(Alert).where(Alert.kind == "status_change", Alert.milestone_id == row.id)
    wrong = [a for a in session.scalars(query if since is None else query.where(Alert.created_at > since))
             if a.new_status and not reached(row.status, a.new_status)]
    if not wrong:
        return None
    channels = sorted({d.channel for d in session.scalars(select(Delivery).where(
        Delivery.alert_id.in_([a.id for a in wrong])))})
    taken_back = ", ".join(sorted({a.new_status for a in wrong}))
    note = f"; {entry.note}" if entry.note else ""
    return raise_alert(session, config.notifiers, kind="correction", dedupe_key=f"correction:{row.id}:{entry.id}",
                       now=now, channels=channels, jurisdiction=row.jurisdiction, milestone_id=row.id,
                       old_status=old, new_status=row.status, event_date=entry.date, url=entry.url or wrong[-1].url,
                       excerpt=wrong[-1].excerpt, detail=f"corrected by a person: the move to {taken_back} "
                                                         f"(alert {', '.join(str(a.id) for a in wrong)}) did not "
                                                         f"happen{note}")

"""Milestones in the database: loading the catalog, recording moves, and their JSON shape.

The catalog in the config is a starting point, not the truth of the moment: a status or expected date from
the config is applied only when that config value itself changed since it was last loaded, so a restart
never undoes a move made by a signal or a person. Every applied change is kept in the history.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.settings import ExpectedConfig, MilestoneConfig
from monitor.errors import NotFoundError
from monitor.fuzzydate import FuzzyDate
from monitor.lifecycle import reached
from storage.models import HistoryEntry, Milestone


@dataclass(frozen=True, kw_only=True)
class Evidence:
    """Why a move happened: where it was read, what it said, and when the event took place."""

    date: str | None = None
    source_id: str | None = None
    url: str | None = None
    excerpt: str | None = None
    snapshot_id: int | None = None
    note: str | None = None


def _expected_key(expected: ExpectedConfig | None) -> str:
    if expected is None:
        return "null"
    return json.dumps({"status": expected.status, "date": expected.date.text if expected.date else None})


def sync_catalog(session: Session, catalog: tuple[MilestoneConfig, ...], now: datetime) -> None:
    """Load the config's catalog: add new milestones, apply only the config values that were edited."""
    existing = {m.id: m for m in session.scalars(select(Milestone))}
    for milestone in existing.values():
        milestone.in_catalog = False
    for spec in catalog:
        row = existing.get(spec.id)
        if row is None:
            row = _create(session, spec, now)
        row.title, row.jurisdiction, row.instrument = spec.title, spec.jurisdiction, spec.instrument
        row.binding, row.in_catalog = spec.binding, True
        if row.config_status != spec.status:
            move(row, spec.status, actor="config", now=now, evidence=Evidence(note="status edited in the config"))
            row.config_status = spec.status
        expected_key = _expected_key(spec.expected)
        if row.config_expected != expected_key:
            set_expected(row, spec.expected.status if spec.expected else None,
                         spec.expected.date if spec.expected else None, actor="config", now=now,
                         evidence=Evidence(note="expected date edited in the config"))
            row.config_expected = expected_key


def _create(session: Session, spec: MilestoneConfig, now: datetime) -> Milestone:
    """A new milestone with the catalog's past moves as its history."""
    row = Milestone(id=spec.id, title=spec.title, jurisdiction=spec.jurisdiction, status=spec.status,
                    config_status=spec.status, updated_at=now)
    apply_expected(row, spec.expected.status if spec.expected else None,
                    spec.expected.date if spec.expected else None)
    row.config_expected = _expected_key(spec.expected)
    session.add(row)
    previous = None
    for past in sorted(spec.history, key=lambda h: h.date.first):
        row.history.append(HistoryEntry(status=past.status, old_status=previous, date=past.date.text,
                                        url=past.url, note=past.note, actor="catalog", detected_at=now))
        previous = past.status
    if previous != spec.status:
        row.history.append(HistoryEntry(status=spec.status, old_status=previous, actor="catalog",
                                        note="status when added to the catalog", detected_at=now))
    return row


def apply_expected(row: Milestone, status: str | None, date: FuzzyDate | None) -> None:
    row.expected_status = status
    row.expected_date = date.text if date else None
    row.expected_last_day = date.last if date else None


def move(row: Milestone, status: str, *, actor: str, now: datetime, evidence: Evidence) -> HistoryEntry:
    """Set the status and record it. Reaching the expected status fulfils (clears) the expectation."""
    old = row.status
    row.status = status
    if row.expected_status and reached(status, row.expected_status):
        apply_expected(row, None, None)
    return record(row, actor=actor, now=now, evidence=evidence, old_status=old)


def set_expected(row: Milestone, status: str | None, date: FuzzyDate | None, *, actor: str, now: datetime,
                 evidence: Evidence) -> HistoryEntry:
    """Change the expected next status and date, and record it."""
    apply_expected(row, status, date)
    return record(row, actor=actor, now=now, evidence=evidence)


def record(row: Milestone, *, actor: str, now: datetime, evidence: Evidence,
           old_status: str | None = None) -> HistoryEntry:
    """Append the milestone's current state to its history, with who did it and why."""
    entry = HistoryEntry(status=row.status, old_status=old_status or row.status, date=evidence.date,
                         expected_status=row.expected_status, expected_date=row.expected_date,
                         source_id=evidence.source_id, url=evidence.url, excerpt=evidence.excerpt,
                         snapshot_id=evidence.snapshot_id, actor=actor, note=evidence.note, detected_at=now)
    row.updated_at = now
    row.history.append(entry)
    return entry


def get(session: Session, milestone_id: str) -> Milestone:
    row = session.get(Milestone, milestone_id)
    if row is None or not row.in_catalog:
        raise NotFoundError(f"no milestone {milestone_id!r} (see `regwatch milestones`)")
    return row


def listed(session: Session, jurisdiction: str | None = None) -> list[Milestone]:
    """Milestones in the current catalog, by jurisdiction then id."""
    query = select(Milestone).where(Milestone.in_catalog.is_(True)).order_by(Milestone.jurisdiction, Milestone.id)
    if jurisdiction:
        query = query.where(Milestone.jurisdiction == jurisdiction.upper())
    return list(session.scalars(query))


def expected_json(row: Milestone) -> dict | None:
    if row.expected_status is None:
        return None
    precision = FuzzyDate.parse(row.expected_date).precision if row.expected_date else None
    return {"status": row.expected_status, "date": row.expected_date, "precision": precision}


def to_json(row: Milestone) -> dict:
    """The contract's shape of a milestone (``regwatch milestones --json``)."""
    return {
        "id": row.id, "title": row.title, "jurisdiction": row.jurisdiction, "status": row.status,
        "binding": row.binding, "expected": expected_json(row),
        "history": [{"status": h.status, "date": h.date, "source_url": h.url,
                     "detected_at": h.detected_at.isoformat()} for h in row.history],
    }

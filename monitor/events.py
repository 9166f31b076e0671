"""From a detected change to milestone events: status moves, review proposals and their alerts.

Runs in the writer's transaction, so a move, its history entry and its alert are stored together with the
change that caused them, or not at all. What is matched: every added item (title + text), every modified
item whose new text matches where its old text did not (a counter or a re-spacing never re-fires), and the
added lines of a changed page. Removed items never move anything. A status only moves forward, so the
second source or the next day reporting the same event finds it already reached: one event, one alert.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.settings import Config, MilestoneConfig, SourceConfig
from monitor.language.dates import extract_event_date, parse_published
from monitor.milestones import Evidence, move
from monitor.outbox import raise_alert
from monitor.language.signals import CERTAIN, Match, find_expected_change, match_signals
from monitor.language.normalise import PARAGRAPH, normalise
from storage.models import Change, Milestone, Proposal

log = logging.getLogger("monitor")


@dataclass(frozen=True, kw_only=True)
class Report:
    """One piece of changed text and where it was read."""

    text: str
    url: str
    published: str | None = None
    before: str | None = None  # the item's previous text, for modified items


def reports(change: Change, source: SourceConfig) -> list[Report]:
    """The texts of a change that may carry news."""
    found = []
    for item in change.added:
        if "key" in item:
            found.append(Report(text=_item_text(item), url=item.get("link") or source.url, published=item.get("date")))
    page_lines = [item["text"] for item in change.added if "key" not in item]
    if page_lines:
        found.append(Report(text="\n".join(page_lines), url=source.url))
    for pair in change.modified:
        after = pair["after"]
        found.append(Report(text=_item_text(after), url=after.get("link") or source.url, published=after.get("date"),
                            before=_item_text(pair["before"])))
    return found


def _item_text(item: dict) -> str:
    """Title and text, apart: the paragraph separator is a space to every matcher, and a " · " in an excerpt."""
    return f"{item.get('title', '')}{PARAGRAPH}{item.get('text', '')}".strip()


def apply_change(session: Session, config: Config, source: SourceConfig, change: Change, now: datetime,
                 today: date) -> None:
    """Match every report of ``change`` against every milestone that listens to ``source``."""
    listening = [m for m in config.milestones if m.signals and (m.sources is None or source.id in m.sources)]
    for report in reports(change, source):
        for spec in listening:
            row = session.get(Milestone, spec.id)
            if row is None:
                continue
            match = match_signals(spec.signals, report.text, current_status=row.status)
            if match:  # lock the row (PostgreSQL) and decide on its current status
                session.refresh(row, with_for_update=True)
                match = match_signals(spec.signals, report.text, current_status=row.status)
            if match and report.before is not None and match_signals(
                    spec.signals, report.before, current_status=row.status):
                match = None  # it said so before this edit already
            if match:
                _event(session, config, spec, row, match, report, source, change, now, today)
            elif report.before is None:
                _expected_news(session, config, spec, row, report, source, change, now, today)


def _event(session: Session, config: Config, spec: MilestoneConfig, row: Milestone, match: Match, report: Report,
           source: SourceConfig, change: Change, now: datetime, today: date) -> None:
    when = (extract_event_date(report.text, reference=today, near=match.offset)
            or parse_published(report.published, reference=today) or today)
    evidence = Evidence(date=when.isoformat(), source_id=source.id, url=report.url, excerpt=match.excerpt,
                        snapshot_id=change.snapshot_id)
    common = {"jurisdiction": row.jurisdiction, "milestone_id": row.id, "old_status": row.status,
              "new_status": match.status, "event_date": evidence.date, "url": report.url,
              "excerpt": match.excerpt, "source_id": source.id}
    if match.confidence == CERTAIN:
        move(row, match.status, actor="signal", now=now, evidence=evidence)
        raise_alert(session, config.notifiers, kind="status_change", dedupe_key=f"status:{row.id}:{match.status}",
                    now=now, **common)
        log.info("milestone %s moved to %s on evidence from %s", row.id, match.status, source.id)
        return
    if _pending(session, row.id, status=match.status):
        return
    proposal = _propose(session, row, "status", evidence, now, proposed_status=match.status)
    raise_alert(session, config.notifiers, kind="review", dedupe_key=f"review:{proposal.id}", now=now,
                proposal_id=proposal.id, detail=match.reason or None, **common)


def _expected_news(session: Session, config: Config, spec: MilestoneConfig, row: Milestone, report: Report,
                   source: SourceConfig, change: Change, now: datetime, today: date) -> None:
    """"Postponed to Q1 2027" about a tracked milestone proposes a new expected date; it moves nothing."""
    if row.expected_status is None or not mentions(spec, report.text):
        return
    news = find_expected_change(report.text, reference=today)
    if news is None or news.date.text == row.expected_date or _pending(session, row.id, date=news.date.text):
        return
    evidence = Evidence(date=today.isoformat(), source_id=source.id, url=report.url, excerpt=news.excerpt,
                        snapshot_id=change.snapshot_id)
    proposal = _propose(session, row, "expected", evidence, now, proposed_date=news.date.text)
    raise_alert(session, config.notifiers, kind="expected_change", now=now,
                dedupe_key=f"expected:{row.id}:{news.date.text}", jurisdiction=row.jurisdiction,
                milestone_id=row.id, old_status=row.status, expected_date=news.date.text, url=report.url,
                excerpt=news.excerpt, source_id=source.id, proposal_id=proposal.id,
                detail=f"expected {row.expected_status} {row.expected_date or 'date unknown'} -> {news.date.text}")


def mentions(spec: MilestoneConfig, text: str) -> bool:
    """The text names the milestone: every ``all`` pattern of one of its signals matches."""
    for signal in spec.signals:
        topic = signal.compiled("all")
        if topic and all(p.search(normalise(text, fold_diacritics=signal.fold_diacritics)) for p in topic):
            return True
    return False


def _pending(session: Session, milestone_id: str, *, status: str | None = None, date: str | None = None) -> bool:
    query = select(Proposal.id).where(Proposal.milestone_id == milestone_id, Proposal.state == "pending")
    query = query.where(Proposal.proposed_status == status) if status else query.where(Proposal.proposed_date == date)
    return session.scalar(query.limit(1)) is not None


def _propose(session: Session, row: Milestone, kind: str, evidence: Evidence, now: datetime, **proposed) -> Proposal:
    proposal = Proposal(milestone_id=row.id, kind=kind, event_date=evidence.date, source_id=evidence.source_id,
                        url=evidence.url, excerpt=evidence.excerpt, snapshot_id=evidence.snapshot_id, state="pending",
                        created_at=now, **proposed)
    session.add(proposal)
    session.flush()
    return proposal

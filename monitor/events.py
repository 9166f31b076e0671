"""From a detected change to milestone events: status moves, review proposals and their alerts.

Matching (:func:`find_events`) runs before the writer's transaction, which stays short; recording
(:func:`record_events`) runs in it, so a move, its history entry and its alert are stored together with the
change that caused them, or not at all. What is matched: every added item (title + text), every modified
item whose new text matches where its old text did not (a counter or a re-spacing never re-fires), and the
added lines of a changed page. Removed items never move anything. A status only moves forward, so the
second source or the next day reporting the same event finds it already reached: one event, one alert.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.language.certainty import CORROBORATION_DAYS, Decision, independent, settle
from monitor.language.dates import extract_event_date, parse_published
from monitor.language.engine import Finding, Match
from monitor.detect import Diff
from monitor.language.expected import ExpectedChange, find_expected_change
from monitor.language.matching import match, mentions as matching_mentions
from monitor.lifecycle import ORDER, reached
from monitor.milestones import Evidence, move
from monitor.outbox import raise_alert
from monitor.language.normalise import PARAGRAPH
from monitor.settings import Config, MilestoneConfig, SourceConfig
from storage.models import Alert, Change, Milestone, Proposal

log = logging.getLogger("monitor")


@dataclass(frozen=True, kw_only=True)
class Report:
    """One piece of changed text and where it was read."""

    text: str
    url: str
    published: str | None = None
    before: str | None = None  # the item's previous text, for modified items


def reports(change: Diff | Change, source: SourceConfig) -> list[Report]:
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


@dataclass(frozen=True, kw_only=True)
class Judged:
    """What one report says of one milestone, judged at the status the milestone had when it was read."""

    spec: MilestoneConfig
    report: Report
    published: date
    seen_status: str
    finding: Finding
    matches: tuple[Match, ...]
    named: ExpectedChange | None = None  # a new expected date read where the text names the milestone


def find_events(config: Config, source: SourceConfig, changes: Diff | Change, statuses: Mapping[str, str],
                today: date) -> list[Judged]:
    """Match every report of ``changes`` against every milestone that listens to ``source``, each at its
    status in ``statuses``: what may move or propose something. Pure and possibly slow (megabytes of text),
    so it runs outside any transaction."""
    listening = [m for m in config.milestones if m.watched and (m.sources is None or source.id in m.sources)
                 and m.id in statuses]
    found = []
    for report in reports(changes, source):
        published = min(parse_published(report.published, reference=today) or today, today)
        for spec in listening:
            judged = _judge(config, spec, source, report, statuses[spec.id], published)
            if judged.matches or judged.finding.expected is not None or judged.named is not None:
                found.append(judged)
    return found


def _judge(config: Config, spec: MilestoneConfig, source: SourceConfig, report: Report, status: str,
           published: date) -> Judged:
    finding = _find(config, spec, source, report.text, status, published)
    matches = finding.matches
    if matches and report.before is not None and _find(
            config, spec, source, report.before, status, published).matches:
        matches = ()  # it said so before this edit already
    named = None
    if report.before is None and finding.expected is None and mentions(config, spec, report.text, source):
        named = find_expected_change(report.text, reference=published)
    return Judged(spec=spec, report=report, published=published, seen_status=status, finding=finding,
                  matches=matches, named=named)


def record_events(session: Session, config: Config, source: SourceConfig, change: Change, found: list[Judged],
                  now: datetime) -> None:
    """Store the moves, proposals and alerts of ``found`` with ``change``, in the writer's transaction. Each
    milestone row is locked (PostgreSQL); a report judged at a status the milestone has left since (another
    source in the same batch, a person) is judged again on the current one, which is rare."""
    for judged in found:
        row = session.get(Milestone, judged.spec.id, with_for_update=True)
        if row is None:
            continue
        if row.status != judged.seen_status:
            judged = _judge(config, judged.spec, source, judged.report, row.status, judged.published)
        report = judged.report
        outcome = settle(judged.matches, binding=judged.spec.binding, official=source.official,
                         corroborated=lambda status: (
                             _corroborating(session, row.id, status, report.url, source.id, now) is not None))
        context = _Context(config, judged.spec, row, report, source, change, now, judged.published)
        if outcome.move:
            _move(session, context, outcome.move)
        if outcome.review:
            _review(session, context, *outcome.review)
        if report.before is None and outcome.move is None:
            _expected_news(session, context, judged)


@dataclass(frozen=True)
class _Context:
    """Where a finding was read, and about which milestone."""

    config: Config
    spec: MilestoneConfig
    row: Milestone
    report: Report
    source: SourceConfig
    change: Change
    now: datetime
    published: date

    def evidence(self, found: Match) -> Evidence:
        when = extract_event_date(self.report.text, reference=self.published, near=found.offset) or self.published
        return Evidence(date=when.isoformat(), source_id=self.source.id, url=self.report.url, excerpt=found.excerpt,
                        snapshot_id=self.change.snapshot_id)

    def fields(self, found: Match, evidence: Evidence) -> dict:
        return {"jurisdiction": self.row.jurisdiction, "milestone_id": self.row.id, "old_status": self.row.status,
                "new_status": found.status, "event_date": evidence.date, "url": self.report.url,
                "excerpt": found.excerpt, "source_id": self.source.id}


def _find(config: Config, spec: MilestoneConfig, source: SourceConfig, text: str, status: str,
          published: date) -> Finding:
    return match(spec.target, text, current_status=status, published=published,
                 source_jurisdiction=source.jurisdiction, vocabulary=config.vocabulary)


def status_key(session: Session, milestone_id: str, status: str) -> str:
    """The dedupe key of a move: one alert per real move, and a move again after a person's correction."""
    corrections = session.scalar(select(func.count(Alert.id)).where(
        Alert.kind == "correction", Alert.milestone_id == milestone_id)) or 0
    return f"status:{milestone_id}:{status}" + (f":{corrections}" if corrections else "")


def _move(session: Session, ctx: _Context, found: Match) -> None:
    """A certain move: the status, its history entry and its alert; a corroborated proposal is settled."""
    row, source = ctx.row, ctx.source
    evidence = ctx.evidence(found)
    fields = ctx.fields(found, evidence)
    earlier = None if source.official else _corroborating(session, row.id, found.status, ctx.report.url,
                                                          source.id, ctx.now)
    detail = None
    if earlier is not None:
        earlier.state, earlier.decided_at = "accepted", ctx.now
        detail = f"corroborated: also reported by {earlier.source_id} ({earlier.url})"
    move(row, found.status, actor="signal", now=ctx.now, evidence=evidence)
    supersede(session, row, ctx.now)
    raise_alert(session, ctx.config.notifiers, kind="status_change", now=ctx.now, detail=detail,
                dedupe_key=status_key(session, row.id, found.status), **fields)
    log.info("milestone %s moved to %s on evidence from %s", row.id, found.status, source.id)


def _review(session: Session, ctx: _Context, found: Match, decision: Decision) -> None:
    """A move that looks real but is not certain: a proposal and a review alert with the reason."""
    if _pending(session, ctx.row.id, status=found.status):
        return
    evidence = ctx.evidence(found)
    fields = ctx.fields(found, evidence)
    proposal = _propose(session, ctx.row, "status", evidence, ctx.now, proposed_status=found.status)
    raise_alert(session, ctx.config.notifiers, kind="review", dedupe_key=f"review:{proposal.id}", now=ctx.now,
                proposal_id=proposal.id, detail=decision.reason or None, **fields)


def supersede(session: Session, row: Milestone, now: datetime) -> None:
    """Pending proposals the milestone has overtaken (a review of a move to where it now is or behind, an expected date of
    a status it has reached: "the signing is set for Thursday" once it is signed) are settled as ``superseded``, so
    nobody is asked to decide what has happened anyway."""
    for proposal in session.scalars(select(Proposal).where(Proposal.milestone_id == row.id, Proposal.state == "pending")):
        if proposal.proposed_status in ORDER and reached(row.status, proposal.proposed_status):
            proposal.state, proposal.decided_at = "superseded", now


def _corroborating(session: Session, milestone_id: str, status: str, url: str, source_id: str,
                   now: datetime) -> Proposal | None:
    """A pending review of the same move, raised recently by an independent source."""
    since = now - timedelta(days=CORROBORATION_DAYS)
    candidates = session.scalars(select(Proposal).where(
        Proposal.milestone_id == milestone_id, Proposal.state == "pending", Proposal.kind == "status",
        Proposal.proposed_status == status, Proposal.created_at >= since).order_by(Proposal.id))
    return next((p for p in candidates if independent(p.url, p.source_id, url, source_id)), None)


def _expected_news(session: Session, ctx: _Context, judged: Judged) -> None:
    """"Takes effect on 1 March 2026" or "postponed to Q1 2027" about a tracked milestone proposes a new
    expected status and date; it moves nothing."""
    row, report, source = ctx.row, ctx.report, ctx.source
    news = judged.finding.expected
    if news is None and row.expected_status is not None:
        news = judged.named
    if news is None:
        return
    status = news.status or row.expected_status
    if (news.date.text == row.expected_date and status == row.expected_status) \
            or _pending(session, row.id, date=news.date.text):
        return
    evidence = Evidence(date=ctx.published.isoformat(), source_id=source.id, url=report.url, excerpt=news.excerpt,
                        snapshot_id=ctx.change.snapshot_id)
    proposal = _propose(session, row, "expected", evidence, ctx.now, proposed_date=news.date.text,
                        proposed_status=status)
    raise_alert(session, ctx.config.notifiers, kind="expected_change", now=ctx.now,
                dedupe_key=f"expected:{row.id}:{status}:{news.date.text}", jurisdiction=row.jurisdiction,
                milestone_id=row.id, old_status=row.status, new_status=status, expected_date=news.date.text,
                url=report.url, excerpt=news.excerpt, source_id=source.id, proposal_id=proposal.id,
                detail=f"expected {row.expected_status or 'nothing'} {row.expected_date or 'date unknown'} -> "
                       f"{status} {news.date.text}")


def mentions(config: Config, spec: MilestoneConfig, text: str, source: SourceConfig | None = None) -> bool:
    """The text names the milestone."""
    return matching_mentions(spec.target, text, source_jurisdiction=source.jurisdiction if source else None,
                             vocabulary=config.vocabulary)


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
